#pragma once

#include "downloadedmark.h"

#include <QStyledItemDelegate>

namespace nbia {

// The series list's first column, with the mark of series already downloaded.
class SeriesListDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesListDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~SeriesListDelegate() override;

    [[nodiscard]] DownloadedMark &downloadedMark() { return m_mark; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    DownloadedMark m_mark;
};

} // namespace nbia
