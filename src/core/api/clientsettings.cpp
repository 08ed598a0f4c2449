#include "clientsettings.h"

#include <QRegularExpression>

namespace nbia {

using namespace Qt::StringLiterals;

std::optional<ClientSettings> ClientSettings::fromServerUrl(const QString &text) {
    return fromServerUrl(text, ClientSettings());
}

std::optional<ClientSettings> ClientSettings::fromServerUrl(const QString &text,
                                                            const ClientSettings &defaults) {
    ClientSettings base = defaults;
    QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) ||
        url.host().isEmpty())
        return std::nullopt;

    QString path = url.path();
    static const QRegularExpression versionAtEnd(u"/(v\\d+)/?$"_s);
    if (const QRegularExpressionMatch match = versionAtEnd.match(path); match.hasMatch()) {
        base.apiVersion = match.captured(1);
        path.truncate(match.capturedStart());
    }
    if (path.isEmpty() || path == "/"_L1)
        path = u"/nbia-api/services"_s;
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    base.serviceRoot = url;
    return base;
}

QUrl ClientSettings::endpointUrl(const QString &endpointPath) const {
    QUrl url = serviceRoot;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    if (!apiVersion.isEmpty())
        path += apiVersion + u'/';
    url.setPath(path + endpointPath);
    return url;
}

} // namespace nbia
