#include "archivetreemodel.h"

#include <api/nbiaclient.h>

#include <QLocale>
#include <QSet>

namespace nbia {

using namespace Qt::StringLiterals;
using Kind = ArchiveTreeNode::Kind;
using State = ArchiveTreeNode::State;
using Column = ArchiveTreeModel::Column;

namespace {
QString textOr(const QString &text, const QString &fallback) {
    return text.isEmpty() ? fallback : text;
}

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

QVariant optionalNumber(const std::optional<qint64> &value) {
    return value ? QVariant(*value) : QVariant();
}

QVariant dateOf(const QDateTime &dateTime) {
    return dateTime.isValid() ? QVariant(dateTime.date()) : QVariant();
}

QVariant seriesValue(const Series &s, Column column, bool forSorting) {
    switch (column) {
    case Column::Name:
        return textOr(s.seriesDescription, s.seriesInstanceUid);
    case Column::Description:
        return s.protocolName;
    case Column::Date:
        return dateOf(s.seriesDate);
    case Column::Modality:
        return s.modality;
    case Column::BodyPart:
        return s.bodyPartExamined;
    case Column::Manufacturer:
        return s.manufacturerModelName.isEmpty()
                   ? s.manufacturer
                   : QString(s.manufacturer + u' ' + s.manufacturerModelName);
    case Column::Children:
        return {};
    case Column::Images:
        return optionalNumber(s.imageCount);
    case Column::Size:
        if (!s.fileSize)
            return {};
        return forSorting ? QVariant(*s.fileSize)
                          : QVariant(QLocale().formattedDataSize(*s.fileSize, 1,
                                                                 QLocale::DataSizeSIFormat));
    }
    return {};
}

QVariant studyValue(const Study &s, Column column) {
    switch (column) {
    case Column::Name:
        return textOr(s.studyDescription, s.studyInstanceUid);
    case Column::Description:
        return s.studyId.isEmpty() ? QString() : QString(u"ID "_s + s.studyId);
    case Column::Date:
        return dateOf(s.studyDate);
    case Column::Children:
        return optionalNumber(s.seriesCount);
    default:
        return {};
    }
}

QVariant patientValue(const Patient &p, Column column) {
    switch (column) {
    case Column::Name:
        return p.patientId;
    case Column::Description:
        return p.patientName == p.patientId ? QString() : p.patientName;
    case Column::Date:
        return dateOf(p.patientBirthDate);
    default:
        return {};
    }
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
        return n->state == State::Failed ? QVariant(n->error) : QVariant();
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
    if (column == Column::Children && n->state == State::Fetched && n->kind != Kind::Study &&
        n->kind != Kind::Series)
        return qint64(n->children.size());
    switch (n->kind) {
    case Kind::Collection:
        return column == Column::Name ? QVariant(std::get<QString>(n->record)) : QVariant();
    case Kind::Patient:
        return patientValue(std::get<Patient>(n->record), column);
    case Kind::Study:
        return studyValue(std::get<Study>(n->record), column);
    case Kind::Series:
        return seriesValue(std::get<Series>(n->record), column, forSorting);
    case Kind::Root:
        break;
    }
    return {};
}

QVariant ArchiveTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnTotal)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Description:
        return tr("Description");
    case Column::Date:
        return tr("Date");
    case Column::Modality:
        return tr("Modality");
    case Column::BodyPart:
        return tr("Body part");
    case Column::Manufacturer:
        return tr("Manufacturer");
    case Column::Children:
        return tr("Items");
    case Column::Images:
        return tr("Images");
    case Column::Size:
        return tr("Size");
    }
    return {};
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

void ArchiveTreeModel::setEndpointFilter(const EndpointFilter &filter) {
    if (filter == m_endpointFilter)
        return;
    m_endpointFilter = filter;
    if (m_root->state != State::Fetched)
        return; // nothing below the collections yet
    beginResetModel();
    ++m_generation;
    const QList<QPointer<ApiCall>> calls = pendingCalls();
    m_nodes.clear();
    m_nodes.insert(m_root->id, m_root.get());
    for (const std::unique_ptr<ArchiveTreeNode> &collection : m_root->children) {
        collection->children.clear();
        collection->state = State::NotFetched;
        collection->error.clear();
        collection->call = nullptr;
        m_nodes.insert(collection->id, collection.get());
    }
    endResetModel();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void ArchiveTreeModel::reload() {
    beginResetModel();
    ++m_generation;
    const QList<QPointer<ApiCall>> calls = pendingCalls();
    m_nodes.clear();
    m_root = std::make_unique<ArchiveTreeNode>();
    m_root->id = m_nextId++;
    m_nodes.insert(m_root->id, m_root.get());
    endResetModel();
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
            m_nodes.insert(child->id, child.get());
            n->children.push_back(std::move(child));
        }
        endInsertRows();
    }
    setState(n, State::Fetched);
}

void ArchiveTreeModel::startFetch(ArchiveTreeNode *n) {
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
        });
        break;
    case Kind::Collection: {
        auto done = [=, this](const ApiResult<QList<Patient>> &result) {
            if (!result.ok())
                return fail(result.error());
            insertChildren(nodeId, generation, Kind::Patient, withoutRepeats(result.value()));
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
