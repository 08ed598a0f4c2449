#include "recordparser.h"

#include <QJsonDocument>
#include <QJsonParseError>

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
