#include "downloadprogressdelegate.h"

#include <download/downloadqueuemodel.h>
#include <download/downloadstate.h>

#include <QApplication>
#include <QPainter>

namespace nbia {

void DownloadProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const {
    const int percent = index.data(DownloadQueueModel::PercentRole).toInt();
    const auto state = DownloadState(index.data(DownloadQueueModel::StateRole).toInt());
    if (!isActive(state) || percent < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = percent;
    bar.text = index.data().toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace nbia
