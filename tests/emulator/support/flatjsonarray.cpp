#include "flatjsonarray.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nbia::emulator::testsupport {

QStringList JsonRow::keys() const {
    QStringList result;
    for (const JsonField &field : fields)
        result.append(field.key);
    return result;
}

QJsonValue JsonRow::value(const QString &key) const {
    for (const JsonField &field : fields) {
        if (field.key == key)
            return field.value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool FlatJsonArray::parse(const QByteArray &text) {
    m_text = text;
    m_pos = 0;
    m_rows.clear();
    if (peek() != '[')
        return fail(u"no '[' at the start"_s);
    ++m_pos;
    if (peek() == ']') {
        ++m_pos;
    } else {
        for (;;) {
            JsonRow row;
            const qsizetype start = m_pos;
            if (!parseObject(row))
                return false;
            row.raw = m_text.mid(start, m_pos - start);
            m_rows.append(row);
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                break;
            }
            return fail(u"expected ',' or ']'"_s);
        }
    }
    if (m_pos != m_text.size())
        return fail(u"text after the array"_s);
    return true;
}

bool FlatJsonArray::fail(const QString &why) {
    m_error = why + u" at byte %1 of "_s.arg(m_pos) + QString::fromUtf8(m_text.left(200));
    return false;
}

bool FlatJsonArray::parseObject(JsonRow &row) {
    if (peek() != '{')
        return fail(u"expected '{'"_s);
    ++m_pos;
    if (peek() == '}') {
        ++m_pos;
        return true;
    }
    for (;;) {
        JsonField field;
        if (!parseString(field.key))
            return false;
        if (peek() != ':')
            return fail(u"expected ':'"_s);
        ++m_pos;
        if (!parseValue(field.value))
            return false;
        row.fields.append(field);
        if (peek() == ',') {
            ++m_pos;
            continue;
        }
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        return fail(u"expected ',' or '}'"_s);
    }
}

bool FlatJsonArray::parseString(QString &out) {
    if (peek() != '"')
        return fail(u"expected a string"_s);
    ++m_pos;
    QByteArray utf8;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos++];
        if (c == '"') {
            out = QString::fromUtf8(utf8);
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return fail(u"raw control character in a string"_s);
        if (c != '\\') {
            utf8 += c;
            continue;
        }
        if (m_pos >= m_text.size())
            break;
        const char escaped = m_text[m_pos++];
        switch (escaped) {
        case '"':
        case '\\':
        case '/':
            utf8 += escaped;
            break;
        case 'b':
            utf8 += '\b';
            break;
        case 'f':
            utf8 += '\f';
            break;
        case 'n':
            utf8 += '\n';
            break;
        case 'r':
            utf8 += '\r';
            break;
        case 't':
            utf8 += '\t';
            break;
        case 'u': {
            bool ok = false;
            const ushort code = m_text.mid(m_pos, 4).toUShort(&ok, 16);
            if (!ok || m_pos + 4 > m_text.size())
                return fail(u"bad \\u escape"_s);
            m_pos += 4;
            utf8 += QString(QChar(code)).toUtf8();
            break;
        }
        default:
            return fail(u"bad escape"_s);
        }
    }
    return fail(u"unterminated string"_s);
}

bool FlatJsonArray::parseValue(QJsonValue &out) {
    if (peek() == '"') {
        QString text;
        if (!parseString(text))
            return false;
        out = text;
        return true;
    }
    if (m_text.mid(m_pos, 4) == "true") {
        m_pos += 4;
        out = true;
        return true;
    }
    if (m_text.mid(m_pos, 5) == "false") {
        m_pos += 5;
        out = false;
        return true;
    }
    if (m_text.mid(m_pos, 4) == "null")
        return fail(u"a null value (Jettison leaves the key out)"_s);
    static const QRegularExpression number(u"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?"_s);
    const QRegularExpressionMatch match = number.match(QString::fromLatin1(m_text.mid(m_pos, 64)));
    if (!match.hasMatch())
        return fail(u"expected a value"_s);
    out = match.captured(0).toDouble();
    m_pos += match.capturedLength(0);
    return true;
}

} // namespace nbia::emulator::testsupport
