#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>

namespace nbia::emulator::testsupport {

// One HTTP exchange as the client saw it: status, error, headers and the whole body.
struct HttpResult {
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    // Header names compare case-insensitively.
    [[nodiscard]] bool has(QByteArrayView name) const;
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    // For failure messages: status, error and the start of the body.
    [[nodiscard]] QString describe() const;
};

} // namespace nbia::emulator::testsupport
