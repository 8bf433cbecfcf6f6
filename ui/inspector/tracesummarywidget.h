#pragma once

#include "core/trace/ptdbin.h"
#include "core/trace/trace.h"

#include <QWidget>

class QTreeWidget;

namespace pt::ui {

// A read-only property list of a trace's (or a .bin artifact's) validated summary.
class TraceSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TraceSummaryWidget(QWidget *parent = nullptr);

    void setTraceSummary(const trace::TraceSummary &summary);
    void setPtdBinSummary(const trace::PtdBinSummary &summary);
    void clear();
    // An extra row (e.g. metadata validation results) after the summary.
    void addProperty(const QString &property, const QString &value, const QString &tooltip = {});

    // "Property" → "Value" pairs as shown (for tests and copy).
    QString valueOf(const QString &property) const;
    int rowCount() const;

private:
    void addRow(const QString &property, const QString &value, const QString &tooltip = {});

    QTreeWidget *m_tree = nullptr;
};

} // namespace pt::ui
