#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nbia::emulator::testsupport {

// Expected JSON, written from the reference's rules (§2.2): compact, key order = columns, null
// keys left out, numbers and booleans bare, timestamps as java.sql.Timestamp.toString().
// One flat object, keys in the order they are put.
class ObjectWriter final {
public:
    // escapeSlashes: "/" as "\/" (the escape-slashes quirk).
    explicit ObjectWriter(bool escapeSlashes = false)
        : m_escape(escapeSlashes) {}

    // A null string is a null column: the key is left out.
    ObjectWriter &str(const QString &key, const QString &value);
    ObjectWriter &integer(const QString &key, qint64 value);
    ObjectWriter &real(const QString &key, std::optional<double> value);
    ObjectWriter &boolean(const QString &key, std::optional<bool> value);
    ObjectWriter &timestamp(const QString &key, const QDateTime &value);
    // A DATE column: midnight UTC as a timestamp.
    ObjectWriter &date(const QString &key, QDate value);
    [[nodiscard]] QByteArray text() const { return '{' + m_body + '}'; }

private:
    void put(const QString &key, const QByteArray &value);

    bool m_escape;
    QByteArray m_body;
};

} // namespace nbia::emulator::testsupport
