#pragma once

#include "archivefilter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

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

    void addCollection(const QString &collection);
    void addPatient(const QString &collection, const QString &patientId);
    void addStudy(const QString &collection, const QString &studyInstanceUid);
    // A single series is taken as it is: the user saw and picked it.
    void addSeries(const Series &series);

    [[nodiscard]] bool isEmpty() const;
    // Collections whose series resolve() needs.
    [[nodiscard]] QStringList neededCollections() const;
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

    Wanted &wanted(const QString &collection);
};

} // namespace nbia
