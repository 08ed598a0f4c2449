#include "htmltext.h"

#include <QRegularExpression>

namespace nbia::cli {

using namespace Qt::StringLiterals;

QString HtmlText::toPlainText(const QString &html) {
    static const QRegularExpression hidden(u"<(script|style)\\b.*?</\\1\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(u"<\\s*(br|/p|/div|/li|/h\\d|/tr)\\b[^>]*>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression items(u"<\\s*li\\b[^>]*>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression blankLines(u"\\n\\s*\\n+"_s);
    static const QRegularExpression spaces(u"[ \\t\\r]+"_s);
    QString text = html;
    text.remove(hidden);
    text.replace(u'\n', u' ');
    text.replace(breaks, u"\n"_s);
    text.replace(items, u"- "_s);
    text.remove(tags);
    text.replace(spaces, u" "_s);
    text.replace(u"&nbsp;"_s, u" "_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&amp;"_s, u"&"_s);
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(u'\n').replace(blankLines, u"\n"_s).trimmed();
}

} // namespace nbia::cli
