#pragma once

#include "core/fetch/probe.h"

#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pt::ui {

// How available an entry is, from the last probe of its CIDs (fetch::ProbeCache).
enum class Availability {
    Unknown,     // never checked
    Available,   // every CID verified on at least half of the gateways, or pinned somewhere
    Partial,     // every CID somewhere, but on fewer than half of the gateways and pinned nowhere
    Unavailable, // some CID on no source at all
};

// The figures of one entry, summed over its CIDs (an entry with a parent and SCC artifacts is
// only as available as its least available CID).
struct AvailabilitySummary
{
    Availability level = Availability::Unknown;
    int cids = 0;
    int gateways = 0;   // gateways asked (per CID)
    int gatewaysOk = 0; // the minimum over the CIDs
    bool daemonChecked = false;
    bool daemonHas = false;  // the local node holds every CID
    QStringList pinnedOn;    // services holding every CID
    QStringList notPinnedOn; // services asked that do not
    QDateTime checkedAt;     // oldest check among the CIDs
};

AvailabilitySummary summarize(const QList<fetch::ProbeResult> &entryResults);

// "available on 3 of 4 gateways, pinned on Pinata" (translated); "not checked yet" when unknown.
QString availabilityText(const AvailabilitySummary &summary);
// "3/4" for a table cell; empty when unknown.
QString availabilityShortText(const AvailabilitySummary &summary);
// A small coloured dot for the badge (green, amber, red; grey outline when unknown).
QIcon availabilityIcon(Availability level);

// The role a registry table model answers with the Availability value (as int), so a proxy can
// sort or filter by it.
inline constexpr int AvailabilityRole = Qt::UserRole + 0x4841; // 'HA'

// What a model's data() returns for the availability column: DisplayRole the short text,
// DecorationRole the dot, ToolTipRole the sentence plus the check time, AccessibleTextRole
// the sentence, AvailabilityRole the level. An invalid QVariant for other roles.
QVariant availabilityData(const AvailabilitySummary &summary, int role);

} // namespace pt::ui
