#pragma once

#include <QStyledItemDelegate>

namespace nbia {

// The state column of the downloads: the state's name over a progress bar while bytes come in.
class DownloadProgressDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace nbia
