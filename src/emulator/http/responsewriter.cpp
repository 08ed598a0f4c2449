#include "responsewriter.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

namespace nbia::emulator {

namespace {
constexpr qint64 kSocketHighWater = qint64(1024) * 1024;
constexpr qint64 kPieceSize = qint64(256) * 1024;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
} // namespace

ResponseWriter::ResponseWriter(QHttpServerResponder &&responder, const EmulatorResponse &head,
                               std::unique_ptr<BodySource> body, bool chunked,
                               const AppliedFault &fault, QObject *parent)
    : QObject(parent)
    , m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
    , m_socket(m_responder->socket())
    , m_head(head)
    , m_body(std::move(body))
    , m_chunked(chunked)
    , m_fault(fault) {
    m_throttleTimer.setSingleShot(true);
    connect(&m_throttleTimer, &QTimer::timeout, this, &ResponseWriter::pump);
    if (m_socket) {
        connect(m_socket, &QTcpSocket::bytesWritten, this, &ResponseWriter::pump);
        connect(m_socket, &QObject::destroyed, this, &ResponseWriter::finish);
        connect(m_socket, &QTcpSocket::disconnected, this, &ResponseWriter::finish);
    }
}

ResponseWriter::~ResponseWriter() = default;

void ResponseWriter::start() {
    if (!m_socket) {
        finish();
        return;
    }
    if (m_fault.hang)
        return; // keep the connection open and say nothing until the server goes away
    if (m_fault.latencyMs > 0) {
        QTimer::singleShot(m_fault.latencyMs, this, [this] {
            writeHead();
            pump();
        });
        return;
    }
    writeHead();
    pump();
}

void ResponseWriter::writeHead() {
    if (!m_socket || m_done)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_head.status) + ' ' +
                      reasonPhrase(m_head.status) + "\r\n";
    if (!m_head.contentType.isEmpty())
        head += "Content-Type: " + m_head.contentType + "\r\n";
    for (const auto &[name, value] : m_head.headers)
        head += name + ": " + value + "\r\n";
    if (m_chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (m_head.status != 204)
        head += "Content-Length: " + QByteArray::number(m_head.body.size()) + "\r\n";
    head += "\r\n";
    m_socket->write(head);
    m_clock.start();
}

qint64 ResponseWriter::allowance() const {
    qint64 allowed = kPieceSize;
    if (m_fault.throttleBytesPerSecond > 0) {
        const qint64 earned =
            m_fault.throttleBytesPerSecond * std::max<qint64>(m_clock.elapsed(), 1) / 1000;
        allowed = std::min(allowed, earned - m_bodyBytesSent);
    }
    if (m_fault.dropAfterBytes >= 0)
        allowed = std::min(allowed, m_fault.dropAfterBytes - m_bodyBytesSent);
    return allowed;
}

void ResponseWriter::pump() {
    if (!m_socket || m_done || !m_clock.isValid())
        return;
    while (m_socket->bytesToWrite() < kSocketHighWater) {
        if (m_fault.dropAfterBytes >= 0 && m_bodyBytesSent >= m_fault.dropAfterBytes) {
            // Let what was written reach the client, then close mid-body.
            m_done = true;
            m_socket->disconnectFromHost();
            Q_EMIT finished();
            return;
        }
        if (m_body->atEnd()) {
            if (m_chunked)
                m_socket->write("0\r\n\r\n");
            finish();
            return;
        }
        const qint64 allowed = allowance();
        if (allowed <= 0) {
            m_throttleTimer.start(20);
            return;
        }
        const QByteArray piece = m_body->read(allowed);
        if (piece.isEmpty())
            continue;
        if (m_chunked)
            m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        else
            m_socket->write(piece);
        m_bodyBytesSent += piece.size();
    }
}

void ResponseWriter::finish() {
    if (m_done)
        return;
    m_done = true;
    m_throttleTimer.stop();
    Q_EMIT finished();
}

} // namespace nbia::emulator
