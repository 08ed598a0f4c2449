#pragma once

#include "bodysource.h"
#include "emulatorresponse.h"
#include "faultplan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace nbia::emulator {

// Writes one response to the client's socket as the socket drains (never the whole of a large
// body at once), with the transport faults applied: latency, throttled bandwidth, a connection
// dropped after N bytes, or no answer at all. A body from a streaming source goes out with
// chunked transfer encoding and no Content-Length, as the archive sends its ZIPs.
class ResponseWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseWriter)

public:
    ResponseWriter(QHttpServerResponder &&responder, const EmulatorResponse &head,
                   std::unique_ptr<BodySource> body, bool chunked, const AppliedFault &fault,
                   QObject *parent = nullptr);
    ~ResponseWriter() override;

    void start();

Q_SIGNALS:
    void finished();

private:
    void writeHead();
    void pump();
    void finish();
    [[nodiscard]] qint64 allowance() const;

    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    EmulatorResponse m_head;
    std::unique_ptr<BodySource> m_body;
    bool m_chunked;
    AppliedFault m_fault;
    QTimer m_throttleTimer;
    QElapsedTimer m_clock;
    qint64 m_bodyBytesSent = 0;
    bool m_done = false;
};

} // namespace nbia::emulator
