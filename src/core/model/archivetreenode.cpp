#include "archivetreenode.h"

namespace nbia {

using namespace Qt::StringLiterals;

QString ArchiveTreeNode::collectionName() const {
    for (const ArchiveTreeNode *node = this; node; node = node->parent) {
        if (node->kind == Kind::Collection)
            return std::get<QString>(node->record);
    }
    return {};
}

QString ArchiveTreeNode::collectionKey(const QString &collection) {
    return u"collection\n"_s + collection;
}

QString ArchiveTreeNode::patientKey(const QString &collection, const QString &patientId) {
    return u"patient\n"_s + collection + u'\n' + patientId;
}

QString ArchiveTreeNode::studyKey(const QString &studyUid) {
    return u"study\n"_s + studyUid;
}

QString ArchiveTreeNode::seriesKey(const QString &seriesUid) {
    return u"series\n"_s + seriesUid;
}

QString ArchiveTreeNode::key() const {
    switch (kind) {
    case Kind::Root:
        return {};
    case Kind::Collection:
        return collectionKey(std::get<QString>(record));
    case Kind::Patient:
        return patientKey(collectionName(), std::get<Patient>(record).patientId);
    case Kind::Study:
        return studyKey(std::get<Study>(record).studyInstanceUid);
    case Kind::Series:
        return seriesKey(std::get<Series>(record).seriesInstanceUid);
    }
    return {};
}

} // namespace nbia
