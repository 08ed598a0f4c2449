#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace nbia::emulator {

// Query parameters as a Java servlet reads them: names case-sensitive, '+' is a space, the
// first of repeated names wins, a present-but-empty value is an empty string (not absent).
class RequestParameters final {
public:
    static RequestParameters fromEncodedQuery(const QByteArray &query);

    [[nodiscard]] std::optional<QString> value(const QString &name) const;
    [[nodiscard]] bool has(const QString &name) const { return m_values.contains(name); }
    // Every value of a repeated name, in order (a form's `list=a&list=b`).
    [[nodiscard]] QStringList values(const QString &name) const { return m_all.value(name); }
    // The distinct names in the order they first appear.
    [[nodiscard]] const QStringList &names() const { return m_names; }

private:
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_all;
    QStringList m_names;
};

} // namespace nbia::emulator
