#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace nbia::emulator::testsupport {

// JSON: a strict reader for the archive's compact arrays of flat objects that keeps key order
// (QJsonObject sorts its keys) and each object's raw text.

struct JsonField {
    QString key;
    QJsonValue value;
};

struct JsonRow {
    QByteArray raw;
    QList<JsonField> fields;

    [[nodiscard]] QStringList keys() const;
    // Undefined when the key is absent.
    [[nodiscard]] QJsonValue value(const QString &key) const;
};

class FlatJsonArray final {
public:
    // False (with error()) for anything but an array of flat objects without nulls.
    bool parse(const QByteArray &text);
    [[nodiscard]] const QList<JsonRow> &rows() const { return m_rows; }
    [[nodiscard]] QString error() const { return m_error; }

private:
    [[nodiscard]] char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    bool fail(const QString &why);
    bool parseObject(JsonRow &row);
    bool parseString(QString &out);
    bool parseValue(QJsonValue &out);

    QByteArray m_text;
    qsizetype m_pos = 0;
    QList<JsonRow> m_rows;
    QString m_error;
};

} // namespace nbia::emulator::testsupport
