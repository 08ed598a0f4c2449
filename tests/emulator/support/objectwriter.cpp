#include "objectwriter.h"

#include "javadatetext.h"

#include <QLocale>

namespace nbia::emulator::testsupport {

namespace {

QByteArray jsonQuoted(const QString &text, bool escapeSlashes) {
    QByteArray out = "\"";
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '/':
            out += escapeSlashes ? "\\/" : "/";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += c;
        }
    }
    return out + '"';
}

} // namespace

ObjectWriter &ObjectWriter::str(const QString &key, const QString &value) {
    if (!value.isNull())
        put(key, jsonQuoted(value, m_escape));
    return *this;
}

ObjectWriter &ObjectWriter::integer(const QString &key, qint64 value) {
    put(key, QByteArray::number(value));
    return *this;
}

ObjectWriter &ObjectWriter::real(const QString &key, std::optional<double> value) {
    if (value)
        put(key, QByteArray::number(*value, 'g', QLocale::FloatingPointShortest));
    return *this;
}

ObjectWriter &ObjectWriter::boolean(const QString &key, std::optional<bool> value) {
    if (value)
        put(key, *value ? "true" : "false");
    return *this;
}

ObjectWriter &ObjectWriter::timestamp(const QString &key, const QDateTime &value) {
    if (value.isValid())
        put(key, jsonQuoted(javaTimestamp(value), m_escape));
    return *this;
}

ObjectWriter &ObjectWriter::date(const QString &key, QDate value) {
    return timestamp(key, midnightUtc(value));
}

void ObjectWriter::put(const QString &key, const QByteArray &value) {
    if (!m_body.isEmpty())
        m_body += ',';
    m_body += jsonQuoted(key, m_escape) + ':' + value;
}

} // namespace nbia::emulator::testsupport
