#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace nbia {

// Where and how the client talks to an NBIA server. The base path and the API version are
// settings so that v2 (token), v4 and other hosts (NLST) need no code change.
struct ClientSettings {
    static constexpr const char *defaultServiceRoot =
        "https://services.cancerimagingarchive.net/nbia-api/services/";

    QUrl serviceRoot = QUrl(QString::fromLatin1(defaultServiceRoot));
    QString apiVersion = QStringLiteral("v4"); // the public archive's; "v1" for older servers
    std::chrono::milliseconds timeout{30000};  // without a single byte received
    int maxRetries = 3; // further attempts after the first, transient errors only
    std::chrono::milliseconds retryBaseDelay{500};
    std::chrono::milliseconds retryMaxDelay{8000};
    int maxConcurrentRequests = 6;
    // A body kept in memory larger than this is refused (downloads into a sink have no limit).
    qint64 maxBodyBytes = qint64(1) << 30;
    QByteArray authorization; // the whole header value, e.g. "Bearer …"; empty sends none
    QByteArray userAgent = QByteArrayLiteral("NBIA-Browser/" NBIA_VERSION);

    // Accepts a service root ("https://host/nbia-api/services/"), a versioned base
    // (".../services/v4") or a bare host ("http://127.0.0.1:8080"). Nullopt if it is no http(s)
    // URL.
    static std::optional<ClientSettings> fromServerUrl(const QString &text,
                                                       const ClientSettings &base);
    static std::optional<ClientSettings> fromServerUrl(const QString &text);

    [[nodiscard]] QUrl endpointUrl(const QString &endpointPath) const;
};

} // namespace nbia
