#pragma once

#include "expected.h"
#include "httpresult.h"

#include <dicomcodecs.h>
#include <emulatorserver.h>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <memory>

namespace nbia::emulator::testsupport {

// The emulator against the reference (the NBIA API reference, nbia-api.md), over raw HTTP: an
// in-process EmulatorServer on 127.0.0.1 with the small archive, QNetworkAccessManager as the
// client.
class EmulatorFixture final {
public:
    // From initTestCase(): starts the server and checks (through QTest) that the small archive
    // has the quirks the tests rely on (the TCIA-like one; the NLST-like one is only started).
    void start(ArchiveSpec::Kind kind = ArchiveSpec::Kind::Tcia);
    // From init(): default quirks, no faults.
    void reset();
    // From cleanupTestCase().
    void stop();

    [[nodiscard]] EmulatorServer &server() { return *m_server; }
    [[nodiscard]] const SyntheticArchive &archive() const { return m_server->archive(); }
    [[nodiscard]] Expected expected() const { return Expected(archive()); }
    // "http://127.0.0.1:PORT/nbia-api/services/".
    [[nodiscard]] QString root() const { return m_root; }
    // A series of 10–99 images, stored out of InstanceNumber order, small: for the downloads.
    [[nodiscard]] qsizetype zipSeries() const { return m_zipSeries; }

    // Any method; a body ("x=1") is sent with methods other than GET. Waits on the reply's
    // signals (not a fixed sleep), at most 30 s.
    HttpResult request(const QUrl &url, const QByteArray &verb = "GET", int transferTimeoutMs = 0);
    // `pathAndQuery` below the service root, e.g. "v1/getSeries?Collection=X".
    HttpResult get(const QString &pathAndQuery, int transferTimeoutMs = 0);
    // A form POST (application/x-www-form-urlencoded) below the service root.
    HttpResult post(const QString &pathAndQuery, const QByteArray &form);
    // v1/<endpoint>?SeriesInstanceUID=<uid><extra>.
    HttpResult download(const QString &endpoint, const QString &uid, const QString &extra = {});

    // -1 when there is no collection of that name.
    [[nodiscard]] qsizetype collectionIndex(const QString &name) const;
    // The collection with the most distinct release dates (for the date filters).
    [[nodiscard]] qsizetype datedCollection() const;
    // The distinct release days of a collection's series (a null name: all), ascending.
    [[nodiscard]] QList<QDate> releaseDates(const QString &collection) const;

private:
    HttpResult exchange(const QUrl &url, const QByteArray &verb, const QByteArray &body,
                        int transferTimeoutMs);

    std::unique_ptr<DicomCodecs> m_codecs;
    std::unique_ptr<EmulatorServer> m_server;
    QNetworkAccessManager m_network;
    QString m_root;
    qsizetype m_zipSeries = -1;
};

} // namespace nbia::emulator::testsupport
