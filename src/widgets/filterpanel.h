#pragma once

#include <model/facetcounts.h>

#include <array>
#include <optional>

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;

namespace nbia {

class ApiCall;
class NbiaClient;

// Check-lists of the modalities, body parts and manufacturers the archive knows (from its value
// endpoints, scoped to a collection when one is chosen). Checked values make an ArchiveFilter:
// OR within a list, AND across lists. The archive's `{}` shows as "(not specified)". Beside each
// value, the number of series it would match given the other lists' choices; for the whole
// archive, on v4, the number of patients that have it.
class FilterPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)

public:
    explicit FilterPanel(NbiaClient *client, QWidget *parent = nullptr);
    ~FilterPanel() override;

    // For a new server: no value, count or check of the last one stays.
    void startOver();
    // Reloads the lists for a collection (empty: the whole archive), keeping what is checked.
    void setCollection(const QString &collection);
    [[nodiscard]] ArchiveFilter filter() const;
    // Checks these values as soon as the lists have them (for a remembered filter).
    void setFilter(const ArchiveFilter &filter);
    void clear();
    // How many series each value matches (from the collection's series), shown beside the
    // values; nullopt when not known, as for the whole archive.
    void setCounts(const std::optional<FacetCounts> &counts);
    [[nodiscard]] const std::optional<FacetCounts> &counts() const { return m_counts; }

    enum class List { Modalities, BodyParts, Manufacturers };
    // One check-list; each item keeps its archive value in Qt::UserRole.
    [[nodiscard]] QListWidget *list(List which) const;

Q_SIGNALS:
    void filterChanged(const nbia::ArchiveFilter &filter);

private:
    void load(List which);
    void fill(List which, const QStringList &values);
    void showCounts(List which);
    void loadArchiveCounts(List which);

    NbiaClient *m_client;
    QString m_collection;
    QListWidget *m_modalities;
    QListWidget *m_bodyParts;
    QListWidget *m_manufacturers;
    QLabel *m_scope;
    QList<QPointer<ApiCall>> m_calls;
    ArchiveFilter m_wanted;
    std::optional<FacetCounts> m_counts;
    std::array<QHash<QString, qint64>, 3> m_archiveCounts; // per List, by upper-cased value
};

} // namespace nbia
