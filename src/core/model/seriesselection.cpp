#include "seriesselection.h"

namespace nbia {

QStringList SeriesSelection::Resolved::seriesUids() const {
    QStringList uids;
    uids.reserve(series.size());
    for (const Series &s : series)
        uids.append(s.seriesInstanceUid);
    return uids;
}

SeriesSelection::Wanted &SeriesSelection::wanted(const QString &collection) {
    if (!m_collections.contains(collection))
        m_collectionOrder.append(collection);
    return m_collections[collection];
}

void SeriesSelection::addCollection(const QString &collection) {
    wanted(collection).whole = true;
}

void SeriesSelection::addPatient(const QString &collection, const QString &patientId) {
    wanted(collection).patients.insert(patientId);
}

void SeriesSelection::addStudy(const QString &collection, const QString &studyInstanceUid) {
    wanted(collection).studies.insert(studyInstanceUid);
}

void SeriesSelection::addSeries(const Series &series) {
    m_series.append(series);
}

void SeriesSelection::addSeries(const QList<Series> &series, std::vector<int> indexes) {
    if (!indexes.empty())
        m_picked.append({series, std::move(indexes)});
}

bool SeriesSelection::isEmpty() const {
    return m_collections.isEmpty() && m_series.isEmpty() && m_picked.isEmpty();
}

qsizetype SeriesSelection::workload(const SeriesLookup &lookup) const {
    qsizetype total = m_series.size();
    for (const auto &[series, indexes] : m_picked)
        total += qsizetype(indexes.size());
    for (const QString &collection : m_collectionOrder) {
        if (const QList<Series> *all = lookup ? lookup(collection) : nullptr)
            total += all->size();
    }
    return total;
}

QStringList SeriesSelection::neededCollections() const {
    return m_collectionOrder;
}

SeriesSelection::Resolved SeriesSelection::resolve(const SeriesLookup &lookup,
                                                   const ArchiveFilter &filter) const {
    Resolved resolved;
    QSet<QString> seen;
    auto take = [&](const Series &s) {
        if (seen.contains(s.seriesInstanceUid))
            return;
        seen.insert(s.seriesInstanceUid);
        resolved.series.append(s);
        resolved.bytes += s.fileSize.value_or(0);
    };
    for (const Series &s : m_series)
        take(s);
    for (const auto &[series, indexes] : m_picked) {
        for (const int index : indexes)
            take(series.at(index));
    }
    for (const QString &collection : m_collectionOrder) {
        const QList<Series> *all = lookup ? lookup(collection) : nullptr;
        if (!all) {
            resolved.pendingCollections.append(collection);
            continue;
        }
        const Wanted want = m_collections.value(collection);
        for (const Series &s : *all) {
            const bool selected = want.whole || want.patients.contains(s.patientId) ||
                                  want.studies.contains(s.studyInstanceUid);
            if (selected && filter.accepts(s))
                take(s);
        }
    }
    return resolved;
}

} // namespace nbia
