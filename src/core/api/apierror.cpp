#include "apierror.h"

#include <QCoreApplication>

namespace nbia {

namespace {
// The archive's error bodies are short plain-text sentences, sometimes followed by a stack trace.
QString firstLineOf(const QByteArray &body) {
    const QString text = QString::fromUtf8(body).trimmed();
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    QString line = newline < 0 ? text : text.left(newline).trimmed();
    constexpr qsizetype maxLength = 300;
    if (line.size() > maxLength)
        line = line.left(maxLength) + QStringLiteral("…");
    return line;
}
} // namespace

ApiError::ApiError(Kind kind, QString detail, int httpStatus, QByteArray body)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_detail(std::move(detail))
    , m_body(std::move(body)) {}

ApiError ApiError::http(int status, const QByteArray &body) {
    return {Kind::Http, firstLineOf(body), status, body};
}

bool ApiError::isTransient() const {
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return m_httpStatus == 408 || m_httpStatus == 429 || m_httpStatus >= 500;
    case Kind::None:
    case Kind::Parse:
    case Kind::Cancelled:
    case Kind::Io:
    case Kind::Unsupported:
    case Kind::Refused:
        return false;
    }
    return false;
}

QString ApiError::refusedParameter() const {
    static const QLatin1StringView prefix("Invalid query parameter: '");
    if (m_kind != Kind::Http || m_httpStatus != 400 || !m_detail.startsWith(prefix))
        return {};
    const qsizetype end = m_detail.indexOf(QLatin1Char('\''), prefix.size());
    return end < 0 ? QString() : m_detail.mid(prefix.size(), end - prefix.size());
}

QString ApiError::message() const {
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (m_brokenOff)
            return QCoreApplication::translate("nbia::ApiError",
                                               "The connection broke off during the transfer: %1")
                .arg(m_detail);
        return QCoreApplication::translate("nbia::ApiError", "Cannot reach the server: %1")
            .arg(m_detail);
    case Kind::Timeout:
        return QCoreApplication::translate("nbia::ApiError",
                                           "The server did not answer in time (%1)")
            .arg(m_detail);
    case Kind::Http:
        if (m_detail.isEmpty())
            return QCoreApplication::translate("nbia::ApiError", "The server answered HTTP %1")
                .arg(m_httpStatus);
        return QCoreApplication::translate("nbia::ApiError", "The server answered HTTP %1: %2")
            .arg(m_httpStatus)
            .arg(m_detail);
    case Kind::Parse:
        return QCoreApplication::translate("nbia::ApiError",
                                           "The server sent a response that cannot be read: %1")
            .arg(m_detail);
    case Kind::Cancelled:
        return QCoreApplication::translate("nbia::ApiError", "Cancelled");
    case Kind::Io:
        return QCoreApplication::translate("nbia::ApiError", "Cannot write the data: %1")
            .arg(m_detail);
    case Kind::Unsupported:
        return QCoreApplication::translate("nbia::ApiError",
                                           "This server's API version does not offer %1")
            .arg(m_detail);
    case Kind::Refused:
        return m_detail.isEmpty() ? m_detail : m_detail.front().toUpper() + m_detail.mid(1);
    }
    return {};
}

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

} // namespace nbia
