#include "webpagebody.h"

#include <QRegularExpression>

#include <array>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype longest = 120; // characters of the summary

QString plainText(QString html) {
    static const QRegularExpression hidden(u"<(script|style)\\b.*?</\\1\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<[^>]*>?"_s);
    html.remove(hidden);
    html.replace(tag, u" "_s);
    const std::array<std::pair<QString, QString>, 6> entities{{{u"&nbsp;"_s, u" "_s},
                                                               {u"&lt;"_s, u"<"_s},
                                                               {u"&gt;"_s, u">"_s},
                                                               {u"&quot;"_s, u"\""_s},
                                                               {u"&#39;"_s, u"'"_s},
                                                               {u"&amp;"_s, u"&"_s}}};
    for (const auto &[entity, text] : entities)
        html.replace(entity, text, Qt::CaseInsensitive);
    QString text = html.simplified();
    // Control characters and the like are not shown, whatever the page holds.
    text.removeIf([](QChar c) { return !c.isPrint(); });
    if (text.size() > longest)
        text = text.left(longest - 1) + u'…';
    return text;
}
} // namespace

std::optional<QString> WebPageBody::summary(const QByteArray &head) {
    QByteArray start = head.left(headBytes);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    start = start.trimmed();
    if (!start.startsWith('<'))
        return std::nullopt;
    const QByteArray lower = start.toLower();
    const bool page = lower.startsWith("<!doctype html") || lower.contains("<html") ||
                      lower.contains("<head") || lower.contains("<body") ||
                      lower.contains("<title");
    if (!page)
        return std::nullopt;
    const QString html = QString::fromUtf8(start);
    static const QRegularExpression title(u"<title[^>]*>(.*?)</title"_s,
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch titled = title.match(html);
    if (titled.hasMatch()) {
        const QString text = plainText(titled.captured(1));
        if (!text.isEmpty())
            return text;
    }
    static const QRegularExpression body(u"<body[^>]*>(.*)"_s,
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch bodied = body.match(html);
    const QString text = plainText(bodied.hasMatch() ? bodied.captured(1) : html);
    return text.isEmpty() ? u"a page without text"_s : text;
}

std::optional<QString> WebPageBody::reason(const QByteArray &head, const QString &expected) {
    const std::optional<QString> page = summary(head);
    if (!page)
        return std::nullopt;
    return u"the server sent a web page instead of %1: \"%2\""_s.arg(expected, *page);
}

} // namespace nbia
