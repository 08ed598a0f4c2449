#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace nbia::emulator {

// Query parameters as a Java servlet reads them: names case-sensitive, '+' is a space, the
// first of repeated names wins, a present-but-empty value is an empty string (not absent).
class RequestParameters final {
public:
    static RequestParameters fromEncodedQuery(const QByteArray &query);

    [[nodiscard]] std::optional<QString> value(const QString &name) const;
    [[nodiscard]] bool has(const QString &name) const { return m_values.contains(name); }

private:
    QHash<QString, QString> m_values;
};

} // namespace nbia::emulator
