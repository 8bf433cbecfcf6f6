#include "ui/health/availability.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <climits>

namespace pt::ui {

// Free functions: translated in the context "pt::ui::Availability" (lupdate reads these calls).
AvailabilitySummary summarize(const QList<fetch::ProbeResult> &entryResults)
{
    AvailabilitySummary s;
    if (entryResults.isEmpty())
        return s;
    s.cids = int(entryResults.size());
    s.gatewaysOk = INT_MAX;
    s.daemonHas = true;
    bool someCidNowhere = false;
    QStringList services;
    for (const fetch::ProbeResult &r : entryResults) {
        s.gateways = qMax(s.gateways, r.count(QStringLiteral("gateway"), false));
        s.gatewaysOk = qMin(s.gatewaysOk, r.count(QStringLiteral("gateway"), true));
        if (r.count(QStringLiteral("daemon"), false) > 0) {
            s.daemonChecked = true;
            s.daemonHas = s.daemonHas && r.count(QStringLiteral("daemon"), true) > 0;
        }
        int anywhere = 0;
        for (const fetch::SourceCheck &c : r.sources) {
            anywhere += c.available;
            if (c.kind == QLatin1String("pinning") && !services.contains(c.source))
                services << c.source;
        }
        someCidNowhere = someCidNowhere || anywhere == 0;
        if (!s.checkedAt.isValid() || r.checkedAt < s.checkedAt)
            s.checkedAt = r.checkedAt;
    }
    if (!s.daemonChecked)
        s.daemonHas = false;
    for (const QString &service : std::as_const(services)) {
        bool everywhere = true;
        for (const fetch::ProbeResult &r : entryResults) {
            bool pinned = false;
            for (const fetch::SourceCheck &c : r.sources)
                pinned = pinned ||
                         (c.source == service && c.kind == QLatin1String("pinning") && c.available);
            everywhere = everywhere && pinned;
        }
        (everywhere ? s.pinnedOn : s.notPinnedOn) << service;
    }
    if (someCidNowhere)
        s.level = Availability::Unavailable;
    else if (!s.pinnedOn.isEmpty() || (s.gateways > 0 && 2 * s.gatewaysOk >= s.gateways))
        s.level = Availability::Available;
    else
        s.level = Availability::Partial;
    return s;
}

QString availabilityText(const AvailabilitySummary &s)
{
    if (s.level == Availability::Unknown)
        return QCoreApplication::translate("pt::ui::Availability", "not checked yet");
    QStringList parts;
    if (s.level == Availability::Unavailable)
        parts << (s.cids > 1
                      ? QCoreApplication::translate("pt::ui::Availability",
                                                    "some content is available nowhere")
                      : QCoreApplication::translate("pt::ui::Availability", "available nowhere"));
    else if (s.gateways == 1)
        parts << QCoreApplication::translate("pt::ui::Availability", "available on %1 of 1 gateway")
                     .arg(s.gatewaysOk);
    else if (s.gateways > 1)
        parts << QCoreApplication::translate("pt::ui::Availability",
                                             "available on %1 of %2 gateways")
                     .arg(s.gatewaysOk)
                     .arg(s.gateways);
    if (s.daemonChecked)
        parts << (s.daemonHas ? QCoreApplication::translate("pt::ui::Availability",
                                                            "kept by the local IPFS node")
                              : QCoreApplication::translate("pt::ui::Availability",
                                                            "not in the local IPFS node"));
    if (!s.pinnedOn.isEmpty())
        parts << QCoreApplication::translate("pt::ui::Availability", "pinned on %1")
                     .arg(QLocale().createSeparatedList(s.pinnedOn));
    if (!s.notPinnedOn.isEmpty())
        parts << QCoreApplication::translate("pt::ui::Availability", "not pinned on %1")
                     .arg(QLocale().createSeparatedList(s.notPinnedOn));
    return parts.join(QStringLiteral(", "));
}

QString availabilityShortText(const AvailabilitySummary &s)
{
    if (s.level == Availability::Unknown)
        return {};
    QString text = QStringLiteral("%1/%2").arg(s.gatewaysOk).arg(s.gateways);
    if (!s.pinnedOn.isEmpty())
        text += QStringLiteral(" +") + QString::number(s.pinnedOn.size());
    return text;
}

QIcon availabilityIcon(Availability level)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QColor color;
    switch (level) {
    case Availability::Available:
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case Availability::Partial:
        color = QColor(0xf9, 0xa8, 0x25);
        break;
    case Availability::Unavailable:
        color = QColor(0xc6, 0x28, 0x28);
        break;
    case Availability::Unknown:
        break;
    }
    if (color.isValid()) {
        p.setPen(color.darker(130));
        p.setBrush(color);
    } else {
        p.setPen(QColor(0x9e, 0x9e, 0x9e));
        p.setBrush(Qt::NoBrush);
    }
    p.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    p.end();
    return QIcon(pm);
}

QVariant availabilityData(const AvailabilitySummary &s, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return availabilityShortText(s);
    case Qt::DecorationRole:
        return availabilityIcon(s.level);
    case Qt::AccessibleTextRole:
        return availabilityText(s);
    case Qt::ToolTipRole:
        if (s.level == Availability::Unknown)
            return availabilityText(s);
        return QString(
            availabilityText(s) + u'\n' +
            QCoreApplication::translate("pt::ui::Availability", "checked %1")
                .arg(QLocale().toString(s.checkedAt.toLocalTime(), QLocale::ShortFormat)));
    case AvailabilityRole:
        return int(s.level);
    default:
        return {};
    }
}

} // namespace pt::ui
