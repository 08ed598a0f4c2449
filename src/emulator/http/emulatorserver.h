#pragma once

#include "capturedrequest.h"
#include "emulatoroptions.h"
#include "endpointsupport.h"
#include "faultplan.h"
#include "syntheticarchive.h"
#include "v1endpoints.h"
#include "v4endpoints.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QUrl>

#include <memory>

namespace nbia::emulator {

// An NBIA-compatible HTTP server over a synthetic archive, with faults injected on request: API
// v1 at http://127.0.0.1:PORT/nbia-api/services/v1/<endpoint> and v4 beside it at
// …/services/v4/<endpoint> (and /nbia-api/v4/<endpoint>, as the servlet is also mapped at /*).
class EmulatorServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorServer)

public:
    explicit EmulatorServer(const EmulatorOptions &options = {}, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Port 0 picks a free port. False (with errorString()) when the address is taken.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // "http://127.0.0.1:PORT/nbia-api/services/": what a client takes as its service root.
    [[nodiscard]] QUrl serviceRoot() const;

    [[nodiscard]] const SyntheticArchive &archive() const { return *m_archive; }
    [[nodiscard]] FaultPlan &faults() { return m_faults; }
    [[nodiscard]] EmulatorQuirks &quirks() { return m_quirks; }

    // Requests seen per endpoint path segment, e.g. "getSeries"; empty name: all requests.
    [[nodiscard]] int requestCount(const QString &endpoint = {}) const;
    // v4 requests refused with "Invalid query parameter" (400).
    [[nodiscard]] int refusedParameterCount() const { return m_refusedParameters; }
    void resetRequestCounts();

Q_SIGNALS:
    void requestReceived(const QString &endpoint, const QUrl &url,
                         const QList<std::pair<QByteArray, QByteArray>> &headers);
    // The same request in full (method, version, body too), emitted right after requestReceived.
    void requestCaptured(const nbia::emulator::CapturedRequest &request);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    EmulatorResponse answerV1(const QHttpServerRequest &request, const QString &endpoint,
                              const AppliedFault &fault);
    EmulatorResponse answerV4(const QHttpServerRequest &request, const QString &endpoint,
                              const AppliedFault &fault);
    static EmulatorResponse injected(const AppliedFault &fault);
    static EmulatorResponse webPage();
    void respond(QHttpServerResponder &&responder, const EmulatorResponse &response,
                 const AppliedFault &fault);

    std::unique_ptr<SyntheticArchive> m_archive;
    EmulatorQuirks m_quirks;
    FaultPlan m_faults;
    EndpointSupport m_support;
    V1Endpoints m_v1;
    V4Endpoints m_v4;
    QHttpServer m_server;
    QHash<QString, int> m_requestCounts;
    int m_totalRequests = 0;
    int m_refusedParameters = 0;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace nbia::emulator
