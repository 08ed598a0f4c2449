#include "requestparameters.h"

#include <QUrl>

namespace nbia::emulator {

RequestParameters RequestParameters::fromEncodedQuery(const QByteArray &query) {
    RequestParameters parameters;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QUrl::fromPercentEncoding(name);
        const QString decoded = QUrl::fromPercentEncoding(value);
        if (!parameters.m_values.contains(key)) {
            parameters.m_values.insert(key, decoded);
            parameters.m_names.append(key);
        }
        parameters.m_all[key].append(decoded);
    }
    return parameters;
}

std::optional<QString> RequestParameters::value(const QString &name) const {
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace nbia::emulator
