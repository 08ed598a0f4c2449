#pragma once

#include "downloadedmark.h"

#include <QStyledItemDelegate>

namespace nbia {

// Shows a row's loading state in its name: "… (loading…)" while its children are fetched, and
// the reason in red when fetching them failed (the row's context menu offers Retry); series
// already downloaded carry a mark.
class ArchiveItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveItemDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~ArchiveItemDelegate() override;

    [[nodiscard]] DownloadedMark &downloadedMark() { return m_mark; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    DownloadedMark m_mark;
};

} // namespace nbia
