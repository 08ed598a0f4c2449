#pragma once

#include <QByteArray>
#include <QString>

namespace nbia {

// What went wrong with one API call. Core code keeps the kind and the raw detail; user-facing
// text is made by message() (translatable) or by the widgets.
class ApiError final {
public:
    enum class Kind {
        None,
        Network,     // connection refused, host not found, dropped connection, TLS
        Timeout,     // no bytes for longer than the configured timeout
        Http,        // the server answered with a non-success status
        Parse,       // the body is not what the endpoint should return
        Cancelled,   // the caller cancelled the call
        Io,          // writing the body to its destination failed
        Unsupported, // the server's API version does not offer this endpoint (nothing was sent)
        Refused,     // the body is not what was asked for (a web page), or passed its limit
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail, int httpStatus = 0, QByteArray body = {});

    static ApiError network(const QString &detail) { return {Kind::Network, detail}; }
    // A network error after part of the body had come: the server was reached.
    static ApiError brokenOff(const QString &detail) {
        ApiError error{Kind::Network, detail};
        error.m_brokenOff = true;
        return error;
    }
    static ApiError timeout(const QString &detail) { return {Kind::Timeout, detail}; }
    static ApiError http(int status, const QByteArray &body);
    static ApiError parse(const QString &detail) { return {Kind::Parse, detail}; }
    // `detail` says all, in a sentence ("the server sent a web page instead of …").
    static ApiError refused(const QString &detail) { return {Kind::Refused, detail}; }
    static ApiError cancelled() { return {Kind::Cancelled, QString()}; }
    static ApiError io(const QString &detail) { return {Kind::Io, detail}; }
    static ApiError unsupported(const QString &detail) { return {Kind::Unsupported, detail}; }

    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    [[nodiscard]] const QString &detail() const { return m_detail; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] bool isBrokenOff() const { return m_brokenOff; }
    // The name of the query parameter a v4 server refused ("Invalid query parameter: 'X'. …"),
    // or an empty string.
    [[nodiscard]] QString refusedParameter() const;

    // Worth trying again: the same request may well succeed a moment later.
    [[nodiscard]] bool isTransient() const;

    // One sentence a person understands, e.g. "The server answered HTTP 400: A parameter, ...".
    [[nodiscard]] QString message() const;

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_detail;
    QByteArray m_body;
    bool m_brokenOff = false;
};

} // namespace nbia
