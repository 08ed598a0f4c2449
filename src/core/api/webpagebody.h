#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace nbia {

// A body that should have been a series' ZIP (or JSON) but is a web page: what a proxy, a web
// filter or a login portal sends, with status 200, in place of what was asked for. Told apart by
// its first bytes, and summed up by its title (or its first words) so that the user sees whose page
// it is.
class WebPageBody final {
public:
    // How many of the body's first bytes summary() needs.
    static constexpr qsizetype headBytes = 8192;

    // The page's title, or its first words, when `head` starts an HTML page; nullopt otherwise.
    [[nodiscard]] static std::optional<QString> summary(const QByteArray &head);
    // "the server sent a web page instead of `expected`: "<summary>"" when `head` starts a page.
    [[nodiscard]] static std::optional<QString> reason(const QByteArray &head,
                                                       const QString &expected);
};

} // namespace nbia
