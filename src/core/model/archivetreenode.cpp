#include "archivetreenode.h"

namespace nbia {

QString ArchiveTreeNode::collectionName() const {
    for (const ArchiveTreeNode *node = this; node; node = node->parent) {
        if (node->kind == Kind::Collection)
            return std::get<QString>(node->record);
    }
    return {};
}

} // namespace nbia
