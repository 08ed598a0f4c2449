#include "jsonrowscanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

namespace nbia {

static_assert(JsonRowScanner::padding >= qsizetype(simdjson::SIMDJSON_PADDING));

namespace {
// Numbers as QJsonDocument stores them: an integer that fits in 64 bits as one, any other
// number as a double.
QJsonValue valueOf(simdjson::dom::element element) {
    switch (element.type()) {
    case simdjson::dom::element_type::INT64:
        return QJsonValue(qint64(int64_t(element)));
    case simdjson::dom::element_type::UINT64:
        return QJsonValue(double(uint64_t(element)));
    case simdjson::dom::element_type::DOUBLE:
        return QJsonValue(double(element));
    case simdjson::dom::element_type::BOOL:
        return QJsonValue(bool(element));
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    case simdjson::dom::element_type::ARRAY:
    case simdjson::dom::element_type::OBJECT:
    case simdjson::dom::element_type::STRING:
        break;
    }
    // Nested values are rare (no endpoint sends them): Qt parses their text.
    const std::string text = "[" + simdjson::minify(element) + "]";
    return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())))
        .array()
        .at(0);
}
} // namespace

bool JsonRowScanner::scan(const QByteArray &array, Visitor &visitor) {
    // One parser per thread keeps its buffers from piece to piece.
    thread_local simdjson::dom::parser parser;
    const bool padded = array.capacity() - array.size() >= padding;
    simdjson::dom::element document;
    if (parser.parse(array.constData(), size_t(array.size()), !padded).get(document))
        return false;
    simdjson::dom::array rows;
    if (document.get_array().get(rows))
        return false;
    visitor.begin(qsizetype(rows.size()));
    Member member;
    for (simdjson::dom::element row : rows) {
        simdjson::dom::object object;
        if (row.get_object().get(object))
            return false;
        visitor.beginRow();
        for (const simdjson::dom::key_value_pair field : object) {
            member.key = field.key;
            member.isString = field.value.type() == simdjson::dom::element_type::STRING;
            if (member.isString) {
                member.text = std::string_view(field.value);
                member.value = QJsonValue();
            } else {
                member.text = {};
                member.value = valueOf(field.value);
            }
            if (!visitor.member(member))
                return false;
        }
        if (!visitor.endRow())
            return false;
    }
    return true;
}

} // namespace nbia
