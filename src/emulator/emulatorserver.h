#pragma once

#include "emulatoroptions.h"
#include "endpointhandlers.h"
#include "faultplan.h"
#include "syntheticarchive.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QUrl>

#include <memory>

namespace nbia::emulator {

// An NBIA-compatible HTTP server over a synthetic archive, at
// http://127.0.0.1:PORT/nbia-api/services/v1/<endpoint>, with faults injected on request.
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
    void resetRequestCounts();

Q_SIGNALS:
    void requestReceived(const QString &endpoint, const QUrl &url,
                         const QList<std::pair<QByteArray, QByteArray>> &headers);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void respond(QHttpServerResponder &&responder, const EmulatorResponse &response,
                 const AppliedFault &fault);

    std::unique_ptr<SyntheticArchive> m_archive;
    EmulatorQuirks m_quirks;
    FaultPlan m_faults;
    EndpointHandlers m_handlers;
    QHttpServer m_server;
    QHash<QString, int> m_requestCounts;
    int m_totalRequests = 0;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace nbia::emulator
