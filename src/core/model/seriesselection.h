#pragma once

#include "archivefilter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <vector>

namespace nbia {

// What the user selected for download, at any level of the archive: whole collections,
// patients, studies and single series. resolve() turns it into the series it stands for,
// through the filter, from each collection's full series list (see SeriesCatalog), so that a
// selected patient counts all its series even when the tree has not loaded them.
class SeriesSelection final {
public:
    // The series of a collection, or null when they are not loaded yet.
    using SeriesLookup = std::function<const QList<Series> *(const QString &collection)>;

    struct Resolved {
        QList<Series> series;           // each once, in selection order per collection
        qint64 bytes = 0;               // the archive's sizes, summed
        QStringList pendingCollections; // whose series are needed and not loaded yet
        [[nodiscard]] QStringList seriesUids() const;
    };
    // What a status bar says of a selection: how many series, how large, what is still missing.
    struct Totals {
        qsizetype series = 0;
        qint64 bytes = 0;
        QStringList pendingCollections;
        static Totals of(const Resolved &resolved) {
            return {resolved.series.size(), resolved.bytes, resolved.pendingCollections};
        }
    };

    void addCollection(const QString &collection);
    void addPatient(const QString &collection, const QString &patientId);
    void addStudy(const QString &collection, const QString &studyInstanceUid);
    // A single series is taken as it is: the user saw and picked it.
    void addSeries(const Series &series);
    // Series picked in a list, by index into it: `series` is shared, not copied, and nothing is
    // copied until resolve() (which may run on a worker).
    void addSeries(const QList<Series> &series, std::vector<int> indexes);

    [[nodiscard]] bool isEmpty() const;
    // Collections whose series resolve() needs.
    [[nodiscard]] QStringList neededCollections() const;
    // How many series resolve() looks at, given the collections' series: the measure of whether
    // it is quick enough to do on the spot.
    [[nodiscard]] qsizetype workload(const SeriesLookup &lookup) const;
    [[nodiscard]] Resolved resolve(const SeriesLookup &lookup, const ArchiveFilter &filter) const;

private:
    struct Wanted {
        bool whole = false;
        QSet<QString> patients;
        QSet<QString> studies;
    };
    QHash<QString, Wanted> m_collections;
    QStringList m_collectionOrder;
    QList<Series> m_series;
    QList<std::pair<QList<Series>, std::vector<int>>> m_picked;

    Wanted &wanted(const QString &collection);
};

} // namespace nbia
