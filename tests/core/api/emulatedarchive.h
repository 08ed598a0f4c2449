#pragma once

#include <api/nbiaclient.h>
#include <dicomcodecs.h>
#include <emulatorserver.h>

#include <QNetworkAccessManager>

#include <memory>

// The emulator on 127.0.0.1 with a small archive, and clients pointed at it that retry fast.
class EmulatedArchive final {
public:
    EmulatedArchive();

    bool start();
    // Back to no faults, default quirks and zeroed request counts.
    void reset();

    // A client of the emulator, in the API version under test (see apiVersionUnderTest).
    std::unique_ptr<nbia::NbiaClient> makeClient(nbia::ClientSettings settings = {});

    // Global test data with a row per API version ("v1", "v4"), for initTestCase_data().
    static void addApiVersions();
    // The row of that global data running now (set by fetchApiVersion() in init()); v4, the
    // default, in a test without it.
    static QString apiVersionUnderTest();
    static void fetchApiVersion();

    nbia::emulator::EmulatorServer &server() { return *m_server; }
    const nbia::emulator::SyntheticArchive &archive() const { return m_server->archive(); }
    QNetworkAccessManager &network() { return m_network; }
    const nbia::emulator::ArchiveSeries &firstSeriesOf(const QString &modality) const;
    QString collectionOf(const nbia::emulator::ArchiveSeries &series) const;

private:
    nbia::DicomCodecs m_codecs;
    QNetworkAccessManager m_network;
    std::unique_ptr<nbia::emulator::EmulatorServer> m_server;
};
