#include "csvtext.h"

namespace nbia {

using namespace Qt::StringLiterals;

QString CsvText::field(const QString &text) {
    const bool needsQuotes =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvText::textField(const QString &text) {
    return field(inert(text));
}

QString CsvText::inert(const QString &text) {
    static constexpr QStringView formulaStarts = u"=+-@\t\r";
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return u'\'' + text;
    return text;
}

QString CsvText::line(const QStringList &fields) {
    if (fields.size() == 1 && fields.first().isEmpty())
        return u"\"\"\n"_s;
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &text : fields)
        quoted.append(field(text));
    return quoted.join(u',') + u'\n';
}

} // namespace nbia
