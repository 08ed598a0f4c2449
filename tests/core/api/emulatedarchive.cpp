#include "emulatedarchive.h"

#include <QTest>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

EmulatedArchive::EmulatedArchive()
    : m_codecs(DicomCodecs::Mode::DecodeAndEncode) {}

bool EmulatedArchive::start() {
    EmulatorOptions options;
    options.archive = *ArchiveSpec::fromSize(u"small"_s, 7);
    m_server = std::make_unique<EmulatorServer>(options);
    return m_server->listen();
}

void EmulatedArchive::reset() {
    m_server->faults().clear();
    m_server->quirks() = EmulatorQuirks();
    m_server->resetRequestCounts();
}

void EmulatedArchive::addApiVersions() {
    QTest::addColumn<QString>("apiVersion");
    QTest::newRow("v1") << QStringLiteral("v1");
    QTest::newRow("v4") << QStringLiteral("v4");
}

namespace {
QString &versionUnderTest() {
    static QString version = QStringLiteral("v4");
    return version;
}
} // namespace

QString EmulatedArchive::apiVersionUnderTest() {
    return versionUnderTest();
}

void EmulatedArchive::fetchApiVersion() {
    QFETCH_GLOBAL(QString, apiVersion);
    versionUnderTest() = apiVersion;
}

std::unique_ptr<NbiaClient> EmulatedArchive::makeClient(ClientSettings settings) {
    settings.serviceRoot = m_server->serviceRoot();
    settings.apiVersion = apiVersionUnderTest();
    settings.retryBaseDelay = milliseconds(1);
    settings.retryMaxDelay = milliseconds(5);
    return std::make_unique<NbiaClient>(&m_network, settings);
}

const ArchiveSeries &EmulatedArchive::firstSeriesOf(const QString &modality) const {
    for (const ArchiveSeries &series : archive().series()) {
        if (series.modality == modality)
            return series;
    }
    return archive().series().first();
}

QString EmulatedArchive::collectionOf(const ArchiveSeries &series) const {
    return archive().collectionOf(archive().patientOf(archive().studyOf(series))).name;
}
