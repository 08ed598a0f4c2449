#pragma once

#include <api/patient.h>
#include <api/series.h>
#include <api/study.h>

#include <QPointer>
#include <QString>

#include <memory>
#include <variant>
#include <vector>

namespace nbia {

class ApiCall;
class ArchiveTreeChildKeys;

// One row of the archive tree, and what is known about its children.
struct ArchiveTreeNode {
    enum class Kind { Root, Collection, Patient, Study, Series };
    enum class State { NotFetched, Fetching, Fetched, Failed };

    Kind kind = Kind::Root;
    State state = State::NotFetched;
    QString error;  // why the last fetch of the children failed
    quint64 id = 0; // stays valid across replies; a pointer would not after a reset
    int row = 0;    // position under the parent: children are only ever appended
    ArchiveTreeNode *parent = nullptr;
    std::vector<std::unique_ptr<ArchiveTreeNode>> children;
    std::variant<std::monostate, QString, Patient, Study, Series> record;
    QPointer<ApiCall> call; // the fetch under way, if any
    // The children's sort keys for every column, when made ahead (a collection's patients).
    std::shared_ptr<const ArchiveTreeChildKeys> childKeys;

    [[nodiscard]] bool isLeaf() const { return kind == Kind::Series; }
    [[nodiscard]] QString collectionName() const;
    // Names the row across refetches and resets (kind and identity); empty for the root.
    [[nodiscard]] QString key() const;
    // The key of a row of each kind, from its identity.
    static QString collectionKey(const QString &collection);
    static QString patientKey(const QString &collection, const QString &patientId);
    static QString studyKey(const QString &studyUid);
    static QString seriesKey(const QString &seriesUid);
};

} // namespace nbia
