#include "archiveitemdelegate.h"

#include <model/archivetreemodel.h>

namespace nbia {

ArchiveItemDelegate::~ArchiveItemDelegate() = default;

void ArchiveItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != 0)
        return;
    if (index.data(ArchiveTreeModel::KindRole).toInt() == int(ArchiveTreeNode::Kind::Series))
        m_mark.apply(option, index.data(ArchiveTreeModel::UidRole).toString());
    switch (ArchiveTreeNode::State(index.data(ArchiveTreeModel::StateRole).toInt())) {
    case ArchiveTreeNode::State::Fetching:
        option->text = tr("%1 (loading…)").arg(option->text);
        break;
    case ArchiveTreeNode::State::Failed:
        option->text = tr("%1 — could not load: %2")
                           .arg(option->text, index.data(ArchiveTreeModel::ErrorRole).toString());
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x20, 0x20));
        break;
    case ArchiveTreeNode::State::NotFetched:
    case ArchiveTreeNode::State::Fetched:
        break;
    }
}

} // namespace nbia
