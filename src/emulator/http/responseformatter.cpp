#include "responseformatter.h"

#include "archivedateformat.h"

#include <QLocale>

#include <cmath>

namespace nbia::emulator {

using namespace Qt::StringLiterals;

std::optional<ResponseFormatter::Format> ResponseFormatter::parseFormat(const QString &value) {
    // Like getData.formatResponse: only an absent format (null) means JSON; a present value is
    // compared with equalsIgnoreCase as given, so "" or " csv" names no format (HTTP 500).
    if (value.isNull())
        return Format::Json;
    const QString name = value.toLower();
    if (name == "json"_L1)
        return Format::Json;
    if (name == "csv"_L1)
        return Format::Csv;
    if (name == "csv-download"_L1)
        return Format::CsvDownload;
    if (name == "csvquoted"_L1)
        return Format::CsvQuoted;
    if (name == "xml"_L1)
        return Format::Xml;
    if (name == "html"_L1)
        return Format::Html;
    return std::nullopt;
}

QByteArray ResponseFormatter::contentType(Format format) {
    switch (format) {
    case Format::Json:
        return "application/json";
    case Format::Csv:
    case Format::CsvDownload:
    case Format::CsvQuoted:
        return "text/csv";
    case Format::Xml:
        return "application/xml";
    case Format::Html:
        return "text/html";
    }
    return {};
}

QByteArray ResponseFormatter::format(const ResultTable &table, Format format, bool escapeSlashes) {
    switch (format) {
    case Format::Json:
        return json(table, escapeSlashes);
    case Format::Csv:
    case Format::CsvDownload:
        // Single-column lists are written raw; several columns always go through the quoted writer.
        return csv(table, table.columns.size() > 1);
    case Format::CsvQuoted:
        return csv(table, true);
    case Format::Xml:
        return xml(table);
    case Format::Html:
        return html(table);
    }
    return {};
}

QString ResponseFormatter::text(const QVariant &value, JavaType type) {
    if (value.isNull())
        return {};
    switch (type) {
    case JavaType::String:
        return value.toString();
    case JavaType::Integer:
    case JavaType::Long:
        return QString::number(value.toLongLong());
    case JavaType::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest); // as Double.toString
    }
    case JavaType::Boolean:
        return value.toBool() ? u"true"_s : u"false"_s;
    case JavaType::Timestamp:
        return ArchiveDateFormat::timestamp(value.toDateTime());
    }
    return {};
}

QByteArray ResponseFormatter::jsonString(const QString &text, bool escapeSlashes) {
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    qsizetype plainFrom = 0; // runs of characters that need no escaping are copied at once
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const char *escaped = nullptr;
        switch (c) {
        case '"':
            escaped = "\\\"";
            break;
        case '\\':
            escaped = "\\\\";
            break;
        case '/':
            escaped = escapeSlashes ? "\\/" : nullptr;
            break;
        case '\b':
            escaped = "\\b";
            break;
        case '\f':
            escaped = "\\f";
            break;
        case '\n':
            escaped = "\\n";
            break;
        case '\r':
            escaped = "\\r";
            break;
        case '\t':
            escaped = "\\t";
            break;
        default:
            break;
        }
        if (!escaped && c >= 0x20)
            continue;
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        if (escaped) {
            out += escaped;
        } else {
            out += "\\u00";
            out += QByteArray::number(c, 16).rightJustified(2, '0');
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out += '"';
    return out;
}

QByteArray ResponseFormatter::json(const ResultTable &table, bool escapeSlashes) {
    QByteArray out;
    out.reserve(table.rows.size() * table.columns.size() * 24 + 2);
    out += '[';
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (r > 0)
            out += ',';
        out += '{';
        bool first = true;
        const QList<QVariant> &row = table.rows[r];
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QVariant &value = row[c];
            if (value.isNull())
                continue; // Jettison drops keys whose value is null
            if (!first)
                out += ',';
            first = false;
            const ResultColumn &column = table.columns[c];
            out += jsonString(column.name, escapeSlashes);
            out += ':';
            switch (column.type) {
            case JavaType::String:
            case JavaType::Timestamp:
                out += jsonString(text(value, column.type), escapeSlashes);
                break;
            case JavaType::Integer:
            case JavaType::Long:
            case JavaType::Double:
            case JavaType::Boolean:
                out += text(value, column.type).toLatin1();
                break;
            }
        }
        out += '}';
    }
    out += ']';
    return out;
}

QByteArray ResponseFormatter::csv(const ResultTable &table, bool quoted) {
    auto field = [quoted](const QString &value) {
        if (!quoted)
            return value.toUtf8();
        QString escaped = value;
        escaped.replace(u'"', u"\"\""_s);
        return (u'"' + escaped + u'"').toUtf8();
    };
    QByteArray out;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (c > 0)
            out += ',';
        out += field(table.columns[c].name);
    }
    out += '\n';
    for (const QList<QVariant> &row : table.rows) {
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            if (c > 0)
                out += ',';
            out += field(text(row[c], table.columns[c].type));
        }
        out += '\n';
    }
    return out;
}

namespace {
QString javaTypeName(JavaType type) {
    switch (type) {
    case JavaType::String:
        return u"java.lang.String"_s;
    case JavaType::Integer:
        return u"java.lang.Integer"_s;
    case JavaType::Long:
        return u"java.lang.Long"_s;
    case JavaType::Double:
        return u"java.lang.Double"_s;
    case JavaType::Boolean:
        return u"java.lang.Boolean"_s;
    case JavaType::Timestamp:
        return u"java.sql.Timestamp"_s;
    }
    return {};
}
} // namespace

QByteArray ResponseFormatter::xml(const ResultTable &table) {
    QString out = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Results>"_s;
    for (const QList<QVariant> &row : table.rows) {
        out += "<Row>"_L1;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            if (row[c].isNull())
                continue;
            const ResultColumn &column = table.columns[c];
            out += u'<' + column.name + " type='"_L1 + javaTypeName(column.type) + "'>"_L1 +
                   text(row[c], column.type).toHtmlEscaped() + "</"_L1 + column.name + u'>';
        }
        out += "</Row>"_L1;
    }
    out += "</Results>"_L1;
    return out.toUtf8();
}

QByteArray ResponseFormatter::html(const ResultTable &table) {
    QString out = u"<P ALIGN='center'><TABLE BORDER=1><TR>"_s;
    for (const ResultColumn &column : table.columns)
        out += "<TH>"_L1 + column.name.toHtmlEscaped() + "</TH>"_L1;
    out += "</TR>"_L1;
    for (const QList<QVariant> &row : table.rows) {
        out += "<TR>"_L1;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            out += "<TD>"_L1;
            out +=
                row[c].isNull() ? u"&nbsp;"_s : text(row[c], table.columns[c].type).toHtmlEscaped();
            out += "</TD>"_L1;
        }
        out += "</TR>"_L1;
    }
    out += "</TABLE></P>"_L1;
    return out.toUtf8();
}

} // namespace nbia::emulator
