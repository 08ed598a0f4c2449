#pragma once

#include "collectioncharts.h"
#include "collectionsummary.h"
#include "seriesgroups.h"

#include <api/series.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace nbia {

class ApiCall;
class NbiaClient;

// Every series of a collection, fetched with one getSeries request when first asked for and
// kept: the flat series list, the filter panels' counts and the totals of selected studies,
// patients and collections whose series the tree has not loaded all come from here.
class SeriesCatalog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesCatalog)

public:
    explicit SeriesCatalog(NbiaClient *client, QObject *parent = nullptr);
    ~SeriesCatalog() override;

    // Starts fetching a collection's series unless they are here or on their way; a collection
    // whose fetch failed is fetched again.
    void load(const QString &collection);
    // The collection's series, or null while they are not loaded.
    [[nodiscard]] const QList<Series> *series(const QString &collection) const;
    [[nodiscard]] bool isLoading(const QString &collection) const;
    [[nodiscard]] QStringList loadedCollections() const;
    // The collection's series grouped by patient and study, and its totals: made on a worker
    // thread once the series are loaded (groupsReady follows loaded); null until then.
    [[nodiscard]] std::shared_ptr<const SeriesGroups> groups(const QString &collection) const;
    [[nodiscard]] std::shared_ptr<const CollectionSummary> summary(const QString &collection) const;
    // Its series per value, size per modality and releases per month (made with the groups).
    [[nodiscard]] std::shared_ptr<const CollectionCharts> charts(const QString &collection) const;
    [[nodiscard]] QString error(const QString &collection) const;
    // Forgets everything (another server, a reload), cancelling fetches under way.
    void clear();

Q_SIGNALS:
    void loaded(const QString &collection);
    void failed(const QString &collection, const QString &error);
    void groupsReady(const QString &collection);

private:
    void makeGroups(const QString &collection);

    struct Entry {
        QList<Series> series;
        std::shared_ptr<const SeriesGroups> groups;
        std::shared_ptr<const CollectionSummary> summary;
        std::shared_ptr<const CollectionCharts> charts;
        bool loaded = false;
        QString error;
        QPointer<ApiCall> call;
    };

    NbiaClient *m_client;
    QHash<QString, Entry> m_entries;
    quint64 m_generation = 1;
};

} // namespace nbia
