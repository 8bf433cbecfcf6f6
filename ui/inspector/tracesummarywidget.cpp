#include "ui/inspector/tracesummarywidget.h"

#include <QHeaderView>
#include <QStringList>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pt::ui {

TraceSummaryWidget::TraceSummaryWidget(QWidget *parent) : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Property"), tr("Value")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Trace summary"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

void TraceSummaryWidget::clear()
{
    m_tree->clear();
}

void TraceSummaryWidget::addProperty(const QString &property, const QString &value,
                                     const QString &tooltip)
{
    addRow(property, value, tooltip);
}

void TraceSummaryWidget::addRow(const QString &property, const QString &value,
                                const QString &tooltip)
{
    auto *item = new QTreeWidgetItem(m_tree, {property, value});
    if (!tooltip.isEmpty()) {
        item->setToolTip(0, tooltip);
        item->setToolTip(1, tooltip);
    }
}

void TraceSummaryWidget::setTraceSummary(const trace::TraceSummary &s)
{
    clear();
    addRow(tr("Format"), s.isDiscrete ? tr("Elimination trace v1 (discrete)")
                                      : tr("Elimination trace v1 (continuous)"));
    addRow(tr("Vertices"), tr("%1 (start vertex %2)").arg(s.vertices).arg(s.startingVertex));
    addRow(tr("Edges"), QString::number(s.edges));
    addRow(tr("Parameters"), QString::number(s.parameters));
    addRow(tr("State length"), QString::number(s.stateLength));
    QStringList hist;
    for (int k = 0; k < trace::kOpTypeCount; ++k) {
        if (s.opHistogram[k])
            hist << QStringLiteral("%1 %2")
                        .arg(QLatin1String(trace::opTypeName(static_cast<trace::OpType>(k))))
                        .arg(s.opHistogram[k]);
    }
    addRow(tr("Operations"), QString::number(s.operations), hist.join(QStringLiteral(", ")));
    addRow(tr("Operation types"), hist.join(QStringLiteral(", ")));
    QStringList absorbing;
    for (std::size_t i = 0; i < s.absorbingVertices.size() && i < 12; ++i)
        absorbing << QString::number(s.absorbingVertices[i]);
    if (s.absorbingVertices.size() > 12)
        absorbing << tr("… (%1 in all)").arg(s.absorbingVertices.size());
    addRow(tr("Absorbing vertices"), absorbing.join(QStringLiteral(", ")));
    addRow(tr("Strongly connected components"),
           tr("%1, largest %2, %3 cyclic").arg(s.sccCount).arg(s.largestScc).arg(s.nontrivialSccs));
    addRow(tr("Graph"), s.acyclic ? tr("acyclic") : tr("has cycles"));
}

void TraceSummaryWidget::setPtdBinSummary(const trace::PtdBinSummary &s)
{
    clear();
    addRow(tr("Format"), tr("ptd_pcg artifact %1").arg(s.magic));
    addRow(tr("Format revision"), QString::number(s.formatRevision));
    if (s.layout == trace::PtdBinLayout::Rev1_2) {
        addRow(tr("Header version"), QString::number(s.version));
        addRow(tr("Graph hash prefix"),
               QStringLiteral("%1").arg(s.graphHashPrefix, 16, 16, QLatin1Char('0')));
    }
    addRow(tr("Size"), tr("%1 bytes").arg(s.fileSize));
    addRow(tr("Vertices"), QString::number(s.vertices));
    QStringList hist;
    for (int k = 0; k < trace::kPtdCommandTypes; ++k) {
        if (s.histogram[k])
            hist << QStringLiteral("%1 %2")
                        .arg(QLatin1String(trace::ptdCommandTypeName(k)))
                        .arg(s.histogram[k]);
    }
    addRow(tr("Commands"), QString::number(s.commands), hist.join(QStringLiteral(", ")));
    addRow(tr("Command types"), hist.join(QStringLiteral(", ")));
    addRow(tr("Mem doubles"), QString::number(s.memDoubles));
    if (s.layout == trace::PtdBinLayout::Rev3)
        addRow(tr("Inputs"), QString::number(s.inputs));
    addRow(tr("External inputs"), QString::number(s.externalInputs));
    addRow(tr("Evaluable"), tr("No: a compiled tape needs the model that produced it"));
}

QString TraceSummaryWidget::valueOf(const QString &property) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->text(0) == property)
            return m_tree->topLevelItem(i)->text(1);
    }
    return {};
}

int TraceSummaryWidget::rowCount() const
{
    return m_tree->topLevelItemCount();
}

} // namespace pt::ui
