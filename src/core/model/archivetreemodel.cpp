#include "archivetreemodel.h"

#include "archivetreechildkeys.h"

#include <api/nbiaclient.h>

#include <QFutureWatcher>
#include <QLocale>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>
#include <work/workerpool.h>

namespace nbia {

using namespace Qt::StringLiterals;
using Kind = ArchiveTreeNode::Kind;
using State = ArchiveTreeNode::State;
using Column = ArchiveTreeModel::Column;

namespace {
// getPatientByCollectionAndModality may name a patient more than once.
QList<Patient> withoutRepeats(const QList<Patient> &patients) {
    QList<Patient> unique;
    QSet<QString> seen;
    for (const Patient &p : patients) {
        if (!seen.contains(p.patientId)) {
            seen.insert(p.patientId);
            unique.append(p);
        }
    }
    return unique;
}

} // namespace

ArchiveTreeModel::ArchiveTreeModel(NbiaClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
    , m_root(std::make_unique<ArchiveTreeNode>()) {
    m_root->id = m_nextId++;
    m_nodes.insert(m_root->id, m_root.get());
}

ArchiveTreeModel::~ArchiveTreeModel() {
    ++m_generation; // replies of cancelled calls find nothing to change
    for (ArchiveTreeNode *node : std::as_const(m_nodes)) {
        if (node->call)
            node->call->cancel();
    }
}

ArchiveTreeNode *ArchiveTreeModel::nodeAt(const QModelIndex &index) const {
    return index.isValid() ? static_cast<ArchiveTreeNode *>(index.internalPointer()) : m_root.get();
}

const ArchiveTreeNode *ArchiveTreeModel::node(const QModelIndex &index) const {
    return nodeAt(index);
}

QModelIndex ArchiveTreeModel::indexOf(const ArchiveTreeNode *node, int column) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<ArchiveTreeNode *>(node));
}

QModelIndex ArchiveTreeModel::index(int row, int column, const QModelIndex &parent) const {
    const ArchiveTreeNode *parentNode = nodeAt(parent);
    if (row < 0 || column < 0 || column >= columnTotal ||
        size_t(row) >= parentNode->children.size())
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex ArchiveTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int ArchiveTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int ArchiveTreeModel::columnCount(const QModelIndex &) const {
    return columnTotal;
}

bool ArchiveTreeModel::hasChildren(const QModelIndex &parent) const {
    if (parent.column() > 0)
        return false;
    const ArchiveTreeNode *n = nodeAt(parent);
    if (n->isLeaf())
        return false;
    // Cheap and without a request: unknown children count as "maybe".
    return n->state != State::Fetched || !n->children.empty();
}

QVariant ArchiveTreeModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const ArchiveTreeNode *n = nodeAt(index);
    const auto column = Column(index.column());
    switch (role) {
    case KindRole:
        return int(n->kind);
    case StateRole:
        return int(n->state);
    case ErrorRole:
        return n->error;
    case CollectionRole:
        return n->collectionName();
    case Qt::ToolTipRole:
        if (n->state == State::Failed && column == Column::Name)
            return n->error;
        return n->kind == Kind::Root ? QString()
                                     : ArchiveTreeColumns::toolTip(*n, column, contextOf(n));
    case Qt::TextAlignmentRole:
        return ArchiveTreeColumns::isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                     : QVariant();
    case UidRole:
        if (const auto *study = std::get_if<Study>(&n->record))
            return study->studyInstanceUid;
        if (const auto *series = std::get_if<Series>(&n->record))
            return series->seriesInstanceUid;
        return {};
    case PatientIdRole:
        if (const auto *patient = std::get_if<Patient>(&n->record))
            return patient->patientId;
        if (const auto *study = std::get_if<Study>(&n->record))
            return study->patientId;
        if (const auto *series = std::get_if<Series>(&n->record))
            return series->patientId;
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool forSorting = role == SortRole;
    if (n->kind == Kind::Root)
        return {};
    return ArchiveTreeColumns::value(*n, column, contextOf(n), forSorting);
}

ArchiveTreeColumns::Context ArchiveTreeModel::contextOf(const ArchiveTreeNode *node) const {
    ArchiveTreeColumns::Context context;
    if (node->kind == Kind::Series)
        return context;
    const QString collection = node->collectionName();
    context.groups = m_groups.value(collection).get();
    const auto counted = m_archivePatients.constFind(collection);
    if (counted != m_archivePatients.constEnd())
        context.archivePatients = *counted;
    return context;
}

QVariant ArchiveTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnTotal)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return ArchiveTreeColumns::header(Column(section));
    case Qt::ToolTipRole:
        return ArchiveTreeColumns::headerToolTip(Column(section));
    case Qt::TextAlignmentRole:
        return ArchiveTreeColumns::isNumeric(Column(section))
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }
}

void ArchiveTreeModel::setSeriesGroups(const QString &collection,
                                       std::shared_ptr<const SeriesGroups> groups) {
    const ArchiveTreeNode *node = collectionNode(collection);
    if (!node || !node->childKeys || node->children.size() <= size_t(m_inlineLimit)) {
        m_groupsUnderWay.remove(collection); // a newer one wins
        installGroups(collection, std::move(groups), nullptr, nullptr);
        return;
    }
    // Sorting by a total re-sorts the rows when it changes: its keys must be there by then.
    const quint64 job = m_nextGroupsJob++;
    m_groupsUnderWay.insert(collection, job);
    auto *watcher = new QFutureWatcher<std::shared_ptr<const ArchiveTreeChildKeys>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, collection, groups, job, from = node->childKeys] {
                watcher->deleteLater();
                if (m_groupsUnderWay.value(collection) != job)
                    return; // a newer one, or the tree was reloaded
                m_groupsUnderWay.remove(collection);
                installGroups(collection, groups, from.get(), watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(
        workerPool(), [from = node->childKeys, groups] { return from->withGroups(groups); }));
}

// `keys`, made from `madeFrom` with these groups, replace the collection's patients' keys if
// they are still those patients'.
void ArchiveTreeModel::installGroups(const QString &collection,
                                     std::shared_ptr<const SeriesGroups> groups,
                                     const ArchiveTreeChildKeys *madeFrom,
                                     std::shared_ptr<const ArchiveTreeChildKeys> keys) {
    if (groups)
        m_groups.insert(collection, groups);
    else if (!m_groups.remove(collection))
        return;
    ArchiveTreeNode *node = collectionNode(collection);
    if (!node)
        return;
    if (keys && node->childKeys.get() == madeFrom)
        node->childKeys = std::move(keys);
    else
        remakeChildKeys(node);
    totalsChanged(node);
}

ArchiveTreeNode *ArchiveTreeModel::collectionNode(const QString &collection) const {
    for (const std::unique_ptr<ArchiveTreeNode> &node : m_root->children) {
        if (std::get<QString>(node->record) == collection)
            return node.get();
    }
    return nullptr;
}

// Keys made with other totals than the collection's now are made again, if there are many.
void ArchiveTreeModel::remakeChildKeys(ArchiveTreeNode *collection) {
    const std::shared_ptr<const ArchiveTreeChildKeys> from = collection->childKeys;
    std::shared_ptr<const SeriesGroups> groups = m_groups.value(collection->collectionName());
    if (!from || from->groups() == groups.get() || from->size() <= size_t(m_inlineLimit))
        return;
    auto *watcher = new QFutureWatcher<std::shared_ptr<const ArchiveTreeChildKeys>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, nodeId = collection->id, generation = m_generation, from] {
                watcher->deleteLater();
                ArchiveTreeNode *node = liveNode(nodeId, generation);
                const std::shared_ptr<const ArchiveTreeChildKeys> made = watcher->result();
                if (node && node->childKeys == from &&
                    made->groups() == m_groups.value(node->collectionName()).get())
                    node->childKeys = made;
            });
    watcher->setFuture(QtConcurrent::run(
        workerPool(), [from, groups = std::move(groups)] { return from->withGroups(groups); }));
}

const std::vector<qint64> *ArchiveTreeModel::childSortKeys(const QModelIndex &parent,
                                                           int column) const {
    const ArchiveTreeNode *n = nodeAt(parent);
    if (!n->childKeys || column < 0 || column >= columnTotal ||
        n->childKeys->size() != n->children.size() ||
        n->childKeys->groups() != m_groups.value(n->collectionName()).get())
        return nullptr;
    return &n->childKeys->column(column);
}

// The totals of a collection and of every loaded row under it (not the series: theirs are
// their own), one signal per level of each loaded parent.
void ArchiveTreeModel::totalsChanged(const ArchiveTreeNode *collection) {
    const QList<int> roles{Qt::DisplayRole, SortRole, Qt::ToolTipRole};
    Q_EMIT dataChanged(indexOf(collection, int(Column::Patients)),
                       indexOf(collection, int(Column::Size)), roles);
    std::function<void(const ArchiveTreeNode *)> under = [&](const ArchiveTreeNode *parent) {
        if (parent->children.empty() || parent->children.front()->kind == Kind::Series)
            return;
        Q_EMIT dataChanged(indexOf(parent->children.front().get(), int(Column::Series)),
                           indexOf(parent->children.back().get(), int(Column::Size)), roles);
        for (const std::unique_ptr<ArchiveTreeNode> &child : parent->children)
            under(child.get());
    };
    under(collection);
}

// v4 counts every collection's patients in one request: shown until the series are listed.
void ArchiveTreeModel::fetchPatientCounts(quint64 generation) {
    if (!m_client->dialect().offers(Endpoint::CollectionValuesAndCounts))
        return;
    m_patientCountsCall = m_client->valueCounts(
        Endpoint::CollectionValuesAndCounts, {}, this,
        [this, generation](const ApiResult<QList<ValueCount>> &result) {
            if (generation != m_generation || !result.ok())
                return; // the counts are a help, not needed
            m_archivePatients.clear();
            for (const ValueCount &row : result.value())
                m_archivePatients[row.value] += row.count.value_or(0);
            if (!m_root->children.empty())
                Q_EMIT dataChanged(index(0, int(Column::Patients)),
                                   index(int(m_root->children.size()) - 1, int(Column::Patients)),
                                   {Qt::DisplayRole, SortRole, Qt::ToolTipRole});
        });
}

bool ArchiveTreeModel::canFetchMore(const QModelIndex &parent) const {
    if (parent.column() > 0)
        return false;
    const ArchiveTreeNode *n = nodeAt(parent);
    return !n->isLeaf() && n->state == State::NotFetched;
}

void ArchiveTreeModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        startFetch(nodeAt(parent));
}

void ArchiveTreeModel::retry(const QModelIndex &parent) {
    ArchiveTreeNode *n = nodeAt(parent);
    if (n->state != State::Failed)
        return;
    n->error.clear();
    startFetch(n);
}

QList<QPointer<ApiCall>> ArchiveTreeModel::pendingCalls() const {
    QList<QPointer<ApiCall>> calls;
    for (ArchiveTreeNode *n : std::as_const(m_nodes)) {
        if (n->call)
            calls.append(n->call);
    }
    return calls;
}

// The calls under way, each node letting go of its own: rows that go are freed elsewhere, where
// no QPointer may be let go.
QList<QPointer<ApiCall>> ArchiveTreeModel::forgetCalls() {
    QList<QPointer<ApiCall>> calls = pendingCalls();
    for (ArchiveTreeNode *n : std::as_const(m_nodes))
        n->call = nullptr;
    return calls;
}

// A collection's tens of thousands of rows are freed on a worker: on the GUI thread that took
// 20 ms and more at 50,000 patients, waiting on the allocator of the worker that made them.
// They hold records and plain values only (see forgetCalls()).
void ArchiveTreeModel::freeElsewhere(Nodes nodes) {
    if (nodes.empty())
        return;
    // Held by the job alone, so that the last of them always goes there.
    (void)QtConcurrent::run(workerPool(), [gone = std::make_shared<Nodes>(
                                               std::move(nodes))]() mutable { gone.reset(); });
}

void ArchiveTreeModel::setEndpointFilter(const EndpointFilter &filter) {
    if (filter == m_endpointFilter)
        return;
    m_endpointFilter = filter;
    if (m_root->state != State::Fetched)
        return; // nothing below the collections yet
    beginResetModel();
    ++m_generation;
    const QList<QPointer<ApiCall>> calls = forgetCalls();
    m_nodes.clear();
    m_nodes.insert(m_root->id, m_root.get());
    Nodes gone;
    for (const std::unique_ptr<ArchiveTreeNode> &collection : m_root->children) {
        std::move(collection->children.begin(), collection->children.end(),
                  std::back_inserter(gone));
        collection->children.clear();
        collection->childKeys = nullptr;
        collection->state = State::NotFetched;
        collection->error.clear();
        collection->call = nullptr;
        m_nodes.insert(collection->id, collection.get());
    }
    endResetModel();
    freeElsewhere(std::move(gone));
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void ArchiveTreeModel::reload() {
    beginResetModel();
    ++m_generation;
    m_groups.clear();
    m_groupsUnderWay.clear();
    m_archivePatients.clear();
    const QList<QPointer<ApiCall>> calls = forgetCalls();
    m_nodes.clear();
    Nodes gone;
    gone.push_back(std::exchange(m_root, std::make_unique<ArchiveTreeNode>()));
    m_root->id = m_nextId++;
    m_nodes.insert(m_root->id, m_root.get());
    endResetModel();
    freeElsewhere(std::move(gone));
    for (const QPointer<ApiCall> &call : std::as_const(calls)) {
        if (call)
            call->cancel();
    }
}

void ArchiveTreeModel::setState(ArchiveTreeNode *n, State state) {
    n->state = state;
    if (n != m_root.get())
        Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, columnTotal - 1),
                           {StateRole, ErrorRole, Qt::ToolTipRole, Qt::DisplayRole});
}

ArchiveTreeNode *ArchiveTreeModel::liveNode(quint64 nodeId, quint64 generation) const {
    return generation == m_generation ? m_nodes.value(nodeId) : nullptr;
}

void ArchiveTreeModel::markFailed(quint64 nodeId, quint64 generation, const QString &error) {
    ArchiveTreeNode *n = liveNode(nodeId, generation);
    if (!n)
        return;
    n->error = error;
    setState(n, State::Failed);
    Q_EMIT fetchFailed(indexOf(n), error);
}

template<class Record>
void ArchiveTreeModel::insertChildren(quint64 nodeId, quint64 generation, Kind kind,
                                      const QList<Record> &records) {
    ArchiveTreeNode *n = liveNode(nodeId, generation);
    if (!n)
        return; // the tree was reset while the reply was on its way
    if (!records.isEmpty()) {
        beginInsertRows(indexOf(n), int(n->children.size()),
                        int(n->children.size() + size_t(records.size()) - 1));
        n->children.reserve(n->children.size() + size_t(records.size()));
        for (const Record &record : records) {
            auto child = std::make_unique<ArchiveTreeNode>();
            child->kind = kind;
            child->id = m_nextId++;
            child->row = int(n->children.size());
            child->parent = n;
            child->record = record;
            if (kind == Kind::Series)
                child->state = State::Fetched;
            n->children.push_back(std::move(child));
        }
        endInsertRows();
    }
    setState(n, State::Fetched);
}

// Tens of thousands of patients: their repeats are dropped and their sort keys made (what the
// tree's first sort needs) on a worker; the rows then come in one insert.
void ArchiveTreeModel::insertPatients(quint64 nodeId, quint64 generation,
                                      const QList<Patient> &patients) {
    const ArchiveTreeNode *collection = liveNode(nodeId, generation);
    if (!collection)
        return;
    struct Made {
        Nodes nodes;
        std::shared_ptr<const ArchiveTreeChildKeys> keys;
    };
    auto *watcher = new QFutureWatcher<std::shared_ptr<Made>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, nodeId, generation] {
        watcher->deleteLater();
        const std::shared_ptr<Made> made = watcher->result();
        adoptChildren(nodeId, generation, std::move(made->nodes), made->keys);
    });
    // The rows are made there too: tens of thousands of fresh allocations fault their pages in.
    watcher->setFuture(QtConcurrent::run(
        workerPool(), [patients, groups = m_groups.value(collection->collectionName())] {
            const QList<Patient> unique = withoutRepeats(patients);
            auto made = std::make_shared<Made>();
            made->keys = std::make_shared<const ArchiveTreeChildKeys>(unique, groups);
            made->nodes.reserve(size_t(unique.size()));
            for (const Patient &patient : unique) {
                auto node = std::make_unique<ArchiveTreeNode>();
                node->kind = Kind::Patient;
                node->record = patient;
                made->nodes.push_back(std::move(node));
            }
            return made;
        }));
}

// Rows made elsewhere join the tree in one insert, with their sort keys if made.
void ArchiveTreeModel::adoptChildren(quint64 nodeId, quint64 generation, Nodes children,
                                     std::shared_ptr<const ArchiveTreeChildKeys> keys) {
    ArchiveTreeNode *n = liveNode(nodeId, generation);
    if (!n)
        return; // the tree was reset while they were made
    if (!children.empty()) {
        beginInsertRows(indexOf(n), int(n->children.size()),
                        int(n->children.size() + children.size() - 1));
        n->children.reserve(n->children.size() + children.size());
        for (std::unique_ptr<ArchiveTreeNode> &child : children) {
            child->id = m_nextId++;
            child->row = int(n->children.size());
            child->parent = n;
            n->children.push_back(std::move(child));
        }
        n->childKeys = std::move(keys);
        remakeChildKeys(n); // if the totals changed while they were made
        endInsertRows();
    }
    setState(n, State::Fetched);
}

void ArchiveTreeModel::startFetch(ArchiveTreeNode *n) {
    m_nodes.insert(n->id, n); // its reply finds it by id
    setState(n, State::Fetching);
    const quint64 nodeId = n->id;
    const quint64 generation = m_generation;
    auto fail = [this, nodeId, generation](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            markFailed(nodeId, generation, error.message());
    };
    switch (n->kind) {
    case Kind::Root:
        n->call = m_client->collections(this, [=, this](const ApiResult<QStringList> &result) {
            if (!result.ok())
                return fail(result.error());
            QStringList names = result.value();
            names.removeAll(QString());
            insertChildren(nodeId, generation, Kind::Collection, names);
            fetchPatientCounts(generation);
        });
        break;
    case Kind::Collection: {
        auto done = [=, this](const ApiResult<QList<Patient>> &result) {
            if (!result.ok())
                return fail(result.error());
            insertPatients(nodeId, generation, result.value());
        };
        const QString &collection = std::get<QString>(n->record);
        n->call =
            m_endpointFilter.modality.isEmpty()
                ? m_client->patients({collection, {}}, this, done)
                : m_client->patientsByModality(collection, m_endpointFilter.modality, this, done);
        break;
    }
    case Kind::Patient:
        n->call =
            m_client->studies({n->collectionName(), std::get<Patient>(n->record).patientId, {}},
                              this, [=, this](const ApiResult<QList<Study>> &result) {
                                  if (!result.ok())
                                      return fail(result.error());
                                  insertChildren(nodeId, generation, Kind::Study, result.value());
                              });
        break;
    case Kind::Study: {
        SeriesQuery query;
        query.collection = n->collectionName();
        query.studyInstanceUid = std::get<Study>(n->record).studyInstanceUid;
        m_endpointFilter.applyTo(query);
        n->call = m_client->series(query, this, [=, this](const ApiResult<QList<Series>> &result) {
            if (!result.ok())
                return fail(result.error());
            insertChildren(nodeId, generation, Kind::Series, result.value());
        });
        break;
    }
    case Kind::Series:
        break;
    }
}

} // namespace nbia
