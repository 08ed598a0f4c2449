#include "saferichtext.h"

#include <QRegularExpression>
#include <QSet>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
const QSet<QString> &allowedTags() {
    static const QSet<QString> tags{
        u"p"_s,  u"br"_s,  u"ul"_s,   u"ol"_s,         u"li"_s,   u"b"_s,  u"strong"_s, u"i"_s,
        u"em"_s, u"u"_s,   u"h1"_s,   u"h2"_s,         u"h3"_s,   u"h4"_s, u"h5"_s,     u"h6"_s,
        u"a"_s,  u"div"_s, u"span"_s, u"blockquote"_s, u"code"_s, u"pre"_s};
    return tags;
}

// A safe href: http, https or mailto, without quotes or spaces to break out of the attribute.
QString safeHref(const QString &attributes) {
    static const QRegularExpression href(u"\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = href.match(attributes);
    if (!match.hasMatch())
        return {};
    QString url = match.captured(1) + match.captured(2) + match.captured(3);
    url = url.trimmed();
    static const QRegularExpression scheme(u"^(https?://|mailto:)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (!scheme.match(url).hasMatch())
        return {};
    return url.toHtmlEscaped();
}

QString decodedText(const QString &text) {
    // Entities stay as written (they are safe); a stray '<' or '>' is escaped.
    QString result = text;
    result.replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
    return result;
}
} // namespace

QString SafeRichText::fromHtml(const QString &html) {
    static const QRegularExpression dropped(
        u"<(script|style|iframe|object|embed|template|noscript|svg|math|head|title)\\b.*?"
        "(</\\1\\s*>|$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(u"<!--.*?(-->|$)"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9]*)([^>]*)>"_s);
    QString text = html;
    text.remove(comments);
    text.remove(dropped);
    QString out;
    qsizetype from = 0;
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += decodedText(text.mid(from, match.capturedStart() - from));
        from = match.capturedEnd();
        const bool closing = !match.captured(1).isEmpty();
        const QString name = match.captured(2).toLower();
        if (!allowedTags().contains(name))
            continue;
        if (closing) {
            out += u"</"_s + name + u'>';
        } else if (name == "a"_L1) {
            const QString href = safeHref(match.captured(3));
            out += href.isEmpty() ? u"<a>"_s : u"<a href=\""_s + href + u"\">"_s;
        } else {
            out += u'<' + name + u'>';
        }
    }
    out += decodedText(text.mid(from));
    return out;
}

} // namespace nbia
