#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <utility>

namespace nbia::emulator {

// A whole request as the emulator received it, for tests that check what a client sends.
struct CapturedRequest {
    QByteArray method; // "GET", "POST", …
    QString version;   // the path's version segment, "v1" or "v4" (empty when none)
    QString endpoint;  // the last path segment, e.g. "getSeries"
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

} // namespace nbia::emulator

Q_DECLARE_METATYPE(nbia::emulator::CapturedRequest)
