#pragma once

#include "archivetreecolumns.h"
#include "archivetreenode.h"
#include "endpointfilter.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace nbia {

class NbiaClient;

// The archive as a tree, collection → patient → study → series, loaded lazily: a level is
// fetched when a view asks for it (fetchMore), never before, with one request per node. Each
// node remembers whether its children are not fetched, being fetched, fetched, or failed (with
// the error); a failed node can be retried. Replies that arrive after a reset are dropped.
class ArchiveTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveTreeModel)

public:
    using Column = ArchiveTreeColumns::Column;
    static constexpr int columnTotal = ArchiveTreeColumns::total;

    enum Role {
        KindRole = Qt::UserRole + 1, // ArchiveTreeNode::Kind
        StateRole,                   // ArchiveTreeNode::State of the children
        ErrorRole,                   // why fetching the children failed
        UidRole,                     // StudyInstanceUID (0020,000D) / SeriesInstanceUID (0020,000E)
        PatientIdRole,               // PatientID (0010,0020)
        CollectionRole,              // the collection the row belongs to
        SortRole,                    // a value that sorts naturally (numbers, dates)
    };

    explicit ArchiveTreeModel(NbiaClient *client, QObject *parent = nullptr);
    ~ArchiveTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Fetches the children of a node whose fetch failed, again.
    void retry(const QModelIndex &parent);
    // Drops everything (cancelling fetches under way) and starts from the collections again.
    void reload();
    // The filter the archive applies when a collection's patients or a study's series are
    // fetched. A change drops what was fetched below the collections, to be fetched again.
    void setEndpointFilter(const EndpointFilter &filter);
    [[nodiscard]] const EndpointFilter &endpointFilter() const { return m_endpointFilter; }

    [[nodiscard]] const ArchiveTreeNode *node(const QModelIndex &index) const;
    // A collection's series, grouped: its rows then show their series, images and sizes
    // (null: not known, "–").
    // Beyond inlineLimit() patients, the totals and the keys that sort the patients by them are
    // made on a worker and land together.
    void setSeriesGroups(const QString &collection, std::shared_ptr<const SeriesGroups> groups);

    // The sort keys of the children of `parent` for `column`, one per row, when they were made
    // ahead on a worker (a collection's patients) and still hold; null otherwise.
    [[nodiscard]] const std::vector<qint64> *childSortKeys(const QModelIndex &parent,
                                                           int column) const;
    static constexpr int defaultInlineLimit = 2000;
    [[nodiscard]] int inlineLimit() const { return m_inlineLimit; }
    void setInlineLimit(int patients) { m_inlineLimit = patients; }

Q_SIGNALS:
    void fetchFailed(const QModelIndex &parent, const QString &error);

private:
    ArchiveTreeNode *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const ArchiveTreeNode *node, int column = 0) const;
    void startFetch(ArchiveTreeNode *node);
    template<class Record>
    void insertChildren(quint64 nodeId, quint64 generation, ArchiveTreeNode::Kind kind,
                        const QList<Record> &records);
    void insertPatients(quint64 nodeId, quint64 generation, const QList<Patient> &patients);
    void adoptChildren(quint64 nodeId, quint64 generation,
                       std::vector<std::unique_ptr<ArchiveTreeNode>> children,
                       std::shared_ptr<const ArchiveTreeChildKeys> keys);
    void markFailed(quint64 nodeId, quint64 generation, const QString &error);
    ArchiveTreeNode *liveNode(quint64 nodeId, quint64 generation) const;
    void setState(ArchiveTreeNode *node, ArchiveTreeNode::State state);
    using Nodes = std::vector<std::unique_ptr<ArchiveTreeNode>>;

    QList<QPointer<ApiCall>> pendingCalls() const;
    QList<QPointer<ApiCall>> forgetCalls();
    static void freeElsewhere(Nodes nodes);
    void fetchPatientCounts(quint64 generation);
    [[nodiscard]] ArchiveTreeColumns::Context contextOf(const ArchiveTreeNode *node) const;
    void totalsChanged(const ArchiveTreeNode *collection);
    [[nodiscard]] ArchiveTreeNode *collectionNode(const QString &collection) const;
    void installGroups(const QString &collection, std::shared_ptr<const SeriesGroups> groups,
                       const ArchiveTreeChildKeys *madeFrom,
                       std::shared_ptr<const ArchiveTreeChildKeys> keys);
    void remakeChildKeys(ArchiveTreeNode *collection);

    NbiaClient *m_client;
    std::unique_ptr<ArchiveTreeNode> m_root;
    // The nodes that fetch (or fetched) their children, by id: only a reply looks a node up.
    QHash<quint64, ArchiveTreeNode *> m_nodes;
    quint64 m_nextId = 1;
    quint64 m_generation = 1;
    EndpointFilter m_endpointFilter;
    QHash<QString, std::shared_ptr<const SeriesGroups>> m_groups; // by collection
    QHash<QString, qint64> m_archivePatients;                     // by collection (v4)
    QHash<QString, quint64> m_groupsUnderWay; // the latest groups being keyed, by collection
    quint64 m_nextGroupsJob = 1;
    int m_inlineLimit = defaultInlineLimit;
    QPointer<ApiCall> m_patientCountsCall;
};

} // namespace nbia
