#pragma once

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace nbia::emulator {

// What goes into a series ZIP (getImage, getImageWithMD5Hash).
struct ZipRequest {
    qsizetype series = 0;
    bool includeLicense = true;
    bool includeMd5Hashes = false;
    bool newFileNames = false;
};

// An endpoint's answer before it is written to the socket.
struct EmulatorResponse {
    int status = 200;
    QByteArray contentType; // empty: no Content-Type header at all
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::optional<ZipRequest> zip; // the body is a ZIP made while it is sent
    bool refusedParameter = false; // v4's "Invalid query parameter" 400

    // 200 with an empty body and no Content-Type: the archive's "no results".
    static EmulatorResponse empty() { return {}; }
    static EmulatorResponse text(int status, const QByteArray &body, const QByteArray &type) {
        EmulatorResponse response;
        response.status = status;
        response.body = body;
        response.contentType = type;
        return response;
    }
};

} // namespace nbia::emulator
