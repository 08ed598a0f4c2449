#include "recordparser.h"

#include "webpagebody.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
bool isBlank(const QByteArray &body) {
    for (const char c : body) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    return true;
}

QString excerpt(const QByteArray &body) {
    constexpr qsizetype maxLength = 80;
    QString text = QString::fromUtf8(body.left(maxLength)).simplified();
    if (body.size() > maxLength)
        text += u"…"_s;
    return text;
}
} // namespace

ApiResult<QJsonArray> RecordParser::rows(const QByteArray &body) {
    if (isBlank(body))
        return QJsonArray();
    if (const auto page = WebPageBody::reason(body.left(WebPageBody::headBytes), u"data"_s))
        return ApiError::parse(*page);
    if (body.trimmed().startsWith('<'))
        return ApiError::parse(
            u"the server sent a web page instead of data (it starts \"%1\")"_s.arg(excerpt(body)));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiError::parse(u"%1 at byte %2 (body starts \"%3\")"_s.arg(
            error.errorString(), QString::number(error.offset), excerpt(body)));
    }
    if (document.isObject())
        return QJsonArray{document.object()};
    const QJsonArray array = document.array();
    for (const auto &row : array) {
        if (!row.isObject() && !row.isNull())
            return ApiError::parse(
                u"expected a list of objects (body starts \"%1\")"_s.arg(excerpt(body)));
    }
    return array;
}

QString RecordParser::shared(QString text) {
    constexpr qsizetype shortText = 40; // UIDs are longer and never repeat
    constexpr qsizetype maxEntries = 4096;
    if (text.isEmpty() || text.size() > shortText)
        return text;
    thread_local QSet<QString> seen;
    const auto found = seen.constFind(text);
    if (found != seen.constEnd())
        return *found;
    if (seen.size() < maxEntries)
        seen.insert(text);
    return text;
}

bool RecordParser::isJson(const QByteArray &body) {
    const QByteArray start = body.trimmed().left(1);
    return start.isEmpty() || start == "[" || start == "{";
}

ApiResult<QJsonArray> RecordParser::csvRows(const QByteArray &body) {
    if (const auto page = WebPageBody::reason(body.left(WebPageBody::headBytes), u"data"_s))
        return ApiError::parse(*page);
    if (body.trimmed().startsWith('<'))
        return rows(body); // the same message for a web page
    QString error;
    const std::optional<CsvTable> table = CsvTable::parse(body, &error);
    if (!table)
        return ApiError::parse(u"%1 (body starts \"%2\")"_s.arg(error, excerpt(body)));
    QJsonArray result;
    for (QStringList cells : table->rows) {
        // The archive's quoted CSV writer puts an extra empty field before a null first column.
        if (cells.size() == table->header.size() + 1 && cells.first().isEmpty())
            cells.removeFirst();
        QJsonObject row;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (cells[i].isEmpty())
                continue;
            // A cell past the header's end keeps its place rather than being lost.
            const QString key = i < table->header.size() && !table->header[i].isEmpty()
                                    ? table->header[i]
                                    : u"column %1"_s.arg(i + 1);
            if (!row.contains(key))
                row.insert(key, cells[i]);
        }
        result.append(row);
    }
    return result;
}

ApiResult<QList<ValueCount>> RecordParser::valueCounts(const QByteArray &body,
                                                       QLatin1StringView key) {
    ApiResult<QJsonArray> parsed = rows(body);
    if (!parsed.ok())
        return parsed.error();
    QList<ValueCount> result;
    result.reserve(parsed.value().size());
    const QString name(key);
    for (const auto &row : std::as_const(parsed.value())) {
        const QJsonObject object = row.toObject();
        ValueCount count;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            bool read = false;
            if (it.key() == name) {
                const std::optional<QString> text = FieldValue::toText(it.value());
                read = text.has_value();
                count.value = text.value_or(QString());
            } else if (it.key() == "Count"_L1 || it.key() == "count"_L1) {
                count.count = FieldValue::toInteger(it.value());
                read = count.count.has_value();
            } else if (it.key() == "Authorized"_L1) {
                count.authorized = FieldValue::toInteger(it.value());
                read = count.authorized.has_value();
            } else if (it.key() == "criteria"_L1) { // the unversioned endpoint's spelling
                const std::optional<QString> text = FieldValue::toText(it.value());
                read = text.has_value();
                count.value = text.value_or(QString());
            }
            if (!read)
                count.extra.append({it.key(), it.value()});
        }
        if (!object.isEmpty())
            result.append(count);
    }
    return result;
}

ApiResult<QStringList> RecordParser::values(const QByteArray &body, QLatin1StringView key) {
    ApiResult<QJsonArray> parsed = rows(body);
    if (!parsed.ok())
        return parsed.error();
    QStringList result;
    result.reserve(parsed.value().size());
    const QString name(key);
    for (const auto &row : std::as_const(parsed.value())) {
        const QJsonObject object = row.toObject();
        const std::optional<QString> text = FieldValue::toText(object.value(name));
        result.append(text ? *text : QString());
    }
    return result;
}

} // namespace nbia
