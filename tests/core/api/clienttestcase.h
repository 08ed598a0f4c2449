#pragma once

#include "awaitresult.h"
#include "emulatedarchive.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>

// Base of the client tests: the emulated archive, a fresh client per test, and short names for
// what the tests use. Derived classes call startArchive() in initTestCase() and resetArchive()
// in init().
class ClientTestCase : public QObject {
protected:
    // Called from initTestCase_data(): every test of the class runs on the emulator's v1 and on
    // its v4, the client speaking each one's dialect (EmulatedArchive::makeClient).
    void addApiVersions() {
        EmulatedArchive::addApiVersions();
        m_bothVersions = true;
    }
    static bool isV4() { return EmulatedArchive::apiVersionUnderTest() == QLatin1StringView("v4"); }
    // The endpoints a series download asks in the version under test, written out as the
    // references name them (not asked of the client, whose choice the tests check).
    static QString imageEndpoint(bool withMd5 = true) {
        return isV4() || !withMd5 ? QStringLiteral("getImage")
                                  : QStringLiteral("getImageWithMD5Hash");
    }
    // A fault written for "IMAGE:" (test data is made before the version is known), for the
    // endpoint that gives series' ZIPs in the version under test.
    static QString forThisVersion(const QString &fault) {
        return fault.startsWith(QLatin1StringView("IMAGE:")) ? imageEndpoint() + fault.mid(5)
                                                             : fault;
    }
    static QString metadataEndpoint() {
        return isV4() ? QStringLiteral("getSeriesMetadata") : QStringLiteral("getSeriesMetaData");
    }
    // The archive's refusal of a series it does not give out, in the version's words.
    static QString notAccessible(const QString &uid) {
        return isV4() ? QStringLiteral("The user has not been granted the access to image with "
                                       "given SeriesInstanceUID,%1. Please contact System Admin "
                                       "to resolve this issue.")
                            .arg(uid)
                      : QStringLiteral("Image with given SeriesInstanceUID,%1, is not in public "
                                       "domain.")
                            .arg(uid);
    }

    bool startArchive() {
        if (!m_archive.start())
            return false;
        m_server = &m_archive.server();
        return true;
    }
    void resetArchive() {
        if (m_bothVersions)
            EmulatedArchive::fetchApiVersion();
        m_archive.reset();
        m_client = makeClient();
    }
    // The archive as new, and an empty folder (m_dir) for the test's files.
    [[nodiscard]] bool resetArchiveAndFolder() {
        resetArchive();
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }

    template<class T, class Start>
    std::optional<nbia::ApiResult<T>> await(Start start, int timeoutMs = 15000) {
        return awaitResult<T>(start, timeoutMs);
    }
    std::unique_ptr<nbia::NbiaClient> makeClient(nbia::ClientSettings settings = {}) {
        return m_archive.makeClient(settings);
    }
    const nbia::emulator::SyntheticArchive &archive() const { return m_archive.archive(); }
    const nbia::emulator::ArchiveSeries &firstSeriesOf(const QString &modality) const {
        return m_archive.firstSeriesOf(modality);
    }
    // The archive's series with the fewest images (quick to download), `count` of them.
    QList<const nbia::emulator::ArchiveSeries *> smallestSeries(int count) const {
        QList<const nbia::emulator::ArchiveSeries *> all;
        for (const nbia::emulator::ArchiveSeries &s : archive().series())
            all << &s;
        std::stable_sort(all.begin(), all.end(), [](const auto *l, const auto *r) {
            return l->imageCount < r->imageCount;
        });
        return all.mid(0, count);
    }
    static QStringList uidsOf(const QList<const nbia::emulator::ArchiveSeries *> &series) {
        QStringList uids;
        for (const nbia::emulator::ArchiveSeries *s : series)
            uids << s->uid;
        return uids;
    }

    EmulatedArchive m_archive;
    nbia::emulator::EmulatorServer *m_server = nullptr;
    QNetworkAccessManager &m_network = m_archive.network();
    std::unique_ptr<nbia::NbiaClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir; // see resetArchiveAndFolder()
    bool m_bothVersions = false;          // see addApiVersions()
};
