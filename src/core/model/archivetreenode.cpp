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

QString ArchiveTreeNode::key() const {
    switch (kind) {
    case Kind::Root:
        return {};
    case Kind::Collection:
        return u"collection\n"_s + std::get<QString>(record);
    case Kind::Patient:
        return u"patient\n"_s + collectionName() + u'\n' + std::get<Patient>(record).patientId;
    case Kind::Study:
        return u"study\n"_s + std::get<Study>(record).studyInstanceUid;
    case Kind::Series:
        return u"series\n"_s + std::get<Series>(record).seriesInstanceUid;
    }
    return {};
}

} // namespace nbia
