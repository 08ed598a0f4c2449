#include "downloadedmark.h"

#include <QCoreApplication>
#include <QStyleOptionViewItem>

namespace nbia {

void DownloadedMark::apply(QStyleOptionViewItem *option, const QString &seriesUid) const {
    if (!isDownloaded(seriesUid))
        return;
    option->icon = m_icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace nbia
