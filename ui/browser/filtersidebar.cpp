#include "ui/browser/filtersidebar.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pt::ui {

namespace {
constexpr int kValueRole = Qt::UserRole + 1;
}

FilterSidebar::FilterSidebar(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Filters"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_lists = {};
    auto section = [&](const QString &facet, const QString &title, const QString &accessible) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), content);
        QListWidget *l = addList(facet, title, accessible);
        label->setBuddy(l);
        layout->addWidget(label);
        layout->addWidget(l);
    };
    section(QStringLiteral("domain"), tr("&Domain"), tr("Domain filter"));
    section(QStringLiteral("model"), tr("&Model type"), tr("Model type filter"));
    section(QStringLiteral("tags"), tr("&Tags (all of)"), tr("Tag filter"));
    section(QStringLiteral("license"), tr("&License"), tr("License filter"));
    section(QStringLiteral("kind"), tr("&Kind"), tr("Kind filter"));

    auto *form = new QFormLayout;
    m_minParams = new QSpinBox(content);
    m_maxParams = new QSpinBox(content);
    for (QSpinBox *box : {m_minParams, m_maxParams}) {
        box->setRange(-1, 1000);
        box->setValue(-1);
        box->setSpecialValueText(tr("any"));
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                emit filtersChanged();
        });
    }
    m_minParams->setAccessibleName(tr("Minimum parameter count"));
    m_maxParams->setAccessibleName(tr("Maximum parameter count"));
    form->addRow(tr("Params &from"), m_minParams);
    form->addRow(tr("Params &to"), m_maxParams);
    m_downloaded = new QComboBox(content);
    m_downloaded->setAccessibleName(tr("Downloaded filter"));
    m_downloaded->addItem(tr("Any"));
    m_downloaded->addItem(tr("Downloaded"));
    m_downloaded->addItem(tr("Not downloaded"));
    connect(m_downloaded, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit filtersChanged();
    });
    form->addRow(tr("Do&wnloaded"), m_downloaded);
    layout->addLayout(form);
    m_clear = new QPushButton(tr("&Clear filters"), content);
    m_clear->setAccessibleName(tr("Clear filters"));
    connect(m_clear, &QPushButton::clicked, this, &FilterSidebar::clearFilters);
    layout->addWidget(m_clear);

    // Collections: the registry's named groups of traces, downloaded in one go.
    m_collections = new QWidget(content);
    auto *collections = new QVBoxLayout(m_collections);
    collections->setContentsMargins(0, 8, 0, 0);
    auto *collectionLabel = new QLabel(tr("C&ollections"), m_collections);
    m_collection = new QComboBox(m_collections);
    m_collection->setAccessibleName(tr("Collection"));
    collectionLabel->setBuddy(m_collection);
    m_downloadCollection = new QPushButton(tr("Download &collection"), m_collections);
    m_downloadCollection->setAccessibleName(tr("Download every trace of the collection"));
    connect(m_downloadCollection, &QPushButton::clicked, this, [this] {
        if (m_collection->currentIndex() >= 0)
            emit collectionDownloadRequested(m_collection->currentData().toString());
    });
    collections->addWidget(collectionLabel);
    collections->addWidget(m_collection);
    collections->addWidget(m_downloadCollection);
    layout->addWidget(m_collections);
    m_collections->hide();
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setMinimumWidth(180);
}

QListWidget *FilterSidebar::addList(const QString &facet, const QString &,
                                    const QString &accessible)
{
    auto *l = new QListWidget(this);
    l->setAccessibleName(accessible);
    l->setUniformItemSizes(true);
    l->setMaximumHeight(130);
    l->setSelectionMode(QAbstractItemView::NoSelection);
    connect(l, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit filtersChanged();
    });
    // Keyboard: arrows move, Space toggles (the item delegate handles it for checkable items).
    m_lists.append({facet, l});
    return l;
}

QListWidget *FilterSidebar::list(const QString &facet) const
{
    for (const auto &p : m_lists) {
        if (p.first == facet)
            return p.second;
    }
    return nullptr;
}

QStringList FilterSidebar::checked(const QListWidget *l)
{
    QStringList out;
    for (int i = 0; i < l->count(); ++i) {
        const QListWidgetItem *item = l->item(i);
        if (item->checkState() == Qt::Checked)
            out << item->data(kValueRole).toString();
    }
    return out;
}

void FilterSidebar::applyTo(registry::Query &q) const
{
    q.domains = checked(list(QStringLiteral("domain")));
    q.modelTypes = checked(list(QStringLiteral("model")));
    q.tags = checked(list(QStringLiteral("tags")));
    q.licenses = checked(list(QStringLiteral("license")));
    const QStringList kinds = checked(list(QStringLiteral("kind")));
    // One kind narrows; both (or none) means any.
    q.kind = kinds.size() == 1 ? registry::kindFromName(kinds.first()) : std::nullopt;
    q.minParams = m_minParams->value();
    q.maxParams = m_maxParams->value();
    switch (m_downloaded->currentIndex()) {
    case 1:
        q.downloaded = registry::Query::Downloaded::Yes;
        break;
    case 2:
        q.downloaded = registry::Query::Downloaded::No;
        break;
    default:
        q.downloaded = registry::Query::Downloaded::Any;
        break;
    }
}

void FilterSidebar::fill(QListWidget *l, const QList<registry::FacetValue> &values)
{
    const QStringList selected = checked(l);
    const int scroll = l->verticalScrollBar()->value();
    // Same values in the same order: update the counts in place (no flicker, keeps focus).
    bool same = l->count() == values.size();
    for (int i = 0; same && i < l->count(); ++i)
        same = l->item(i)->data(kValueRole).toString() == values.at(i).value;
    if (!same)
        l->clear();
    for (int i = 0; i < values.size(); ++i) {
        const registry::FacetValue &v = values.at(i);
        const QString text = QStringLiteral("%1 (%2)").arg(v.value).arg(v.count);
        QListWidgetItem *item = same ? l->item(i) : new QListWidgetItem(l);
        item->setText(text);
        if (!same) {
            item->setData(kValueRole, v.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(selected.contains(v.value) ? Qt::Checked : Qt::Unchecked);
        }
    }
    l->verticalScrollBar()->setValue(scroll);
}

void FilterSidebar::setFacets(const registry::SearchResult &r)
{
    m_updating = true;
    fill(list(QStringLiteral("domain")), r.domains);
    fill(list(QStringLiteral("model")), r.modelTypes);
    fill(list(QStringLiteral("tags")), r.tags);
    fill(list(QStringLiteral("license")), r.licenses);
    QListWidget *kinds = list(QStringLiteral("kind"));
    fill(kinds, r.kinds);
    // Entry kinds are fixed registry vocabulary: shown translated, filtered by the raw value.
    for (int i = 0; i < kinds->count() && i < r.kinds.size(); ++i) {
        const QString value = kinds->item(i)->data(kValueRole).toString();
        const QString label = value == QLatin1String("trace")
                                  ? QCoreApplication::translate("pt::registry::kind", "trace")
                              : value == QLatin1String("compute")
                                  ? QCoreApplication::translate("pt::registry::kind", "compute")
                                  : value;
        kinds->item(i)->setText(QStringLiteral("%1 (%2)").arg(label).arg(r.kinds.at(i).count));
    }
    int yes = 0, no = 0;
    for (const registry::FacetValue &v : r.downloaded) {
        if (v.value == QLatin1String("yes"))
            yes = v.count;
        else if (v.value == QLatin1String("no"))
            no = v.count;
    }
    m_downloaded->setItemText(1, tr("Downloaded (%1)").arg(yes));
    m_downloaded->setItemText(2, tr("Not downloaded (%1)").arg(no));
    QStringList histogram;
    for (const registry::FacetValue &v : r.paramCounts)
        histogram << tr("%1 parameters: %2 entries").arg(v.value).arg(v.count);
    m_minParams->setToolTip(histogram.join(QLatin1Char('\n')));
    m_maxParams->setToolTip(histogram.join(QLatin1Char('\n')));
    m_updating = false;
}

bool FilterSidebar::hasFilters() const
{
    for (const auto &p : m_lists) {
        if (!checked(p.second).isEmpty())
            return true;
    }
    return m_minParams->value() >= 0 || m_maxParams->value() >= 0 ||
           m_downloaded->currentIndex() != 0;
}

void FilterSidebar::clearFilters()
{
    m_updating = true;
    for (const auto &p : m_lists) {
        for (int i = 0; i < p.second->count(); ++i)
            p.second->item(i)->setCheckState(Qt::Unchecked);
    }
    m_minParams->setValue(-1);
    m_maxParams->setValue(-1);
    m_downloaded->setCurrentIndex(0);
    m_updating = false;
    emit filtersChanged();
}

bool FilterSidebar::setChecked(const QString &facet, const QString &value, bool on)
{
    QListWidget *l = list(facet);
    if (!l)
        return false;
    for (int i = 0; i < l->count(); ++i) {
        QListWidgetItem *item = l->item(i);
        if (item->data(kValueRole).toString() == value) {
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QStringList FilterSidebar::itemTexts(const QString &facet) const
{
    QStringList out;
    if (QListWidget *l = list(facet)) {
        for (int i = 0; i < l->count(); ++i)
            out << l->item(i)->text();
    }
    return out;
}

void FilterSidebar::setCollections(const QList<registry::Collection> &collections)
{
    QStringList names;
    for (const registry::Collection &c : collections)
        names << c.name;
    QStringList shown;
    for (int i = 0; i < m_collection->count(); ++i)
        shown << m_collection->itemData(i).toString();
    if (names == shown)
        return; // keep the user's choice across searches
    m_collection->clear();
    for (const registry::Collection &c : collections) {
        m_collection->addItem(tr("%1 (%2)").arg(c.name).arg(c.traces.size()), c.name);
        m_collection->setItemData(m_collection->count() - 1, c.description, Qt::ToolTipRole);
    }
    m_collections->setVisible(!collections.isEmpty());
}

} // namespace pt::ui
