#pragma once

#include <QIcon>
#include <QString>

#include <functional>

class QStyleOptionViewItem;

namespace nbia {

// The mark of a series whose download is done and checked: an icon before its name and a tool
// tip saying so. The check is the window's (the download queue knows the finished series).
class DownloadedMark final {
public:
    using Check = std::function<bool(const QString &seriesUid)>;

    void setCheck(Check check) { m_check = std::move(check); }
    [[nodiscard]] bool isDownloaded(const QString &seriesUid) const {
        return m_check && !seriesUid.isEmpty() && m_check(seriesUid);
    }
    // Adds the mark to a cell's option when the series is downloaded.
    void apply(QStyleOptionViewItem *option, const QString &seriesUid) const;

private:
    Check m_check;
    QIcon m_icon{QStringLiteral(":/icons/downloaded.svg")};
};

} // namespace nbia
