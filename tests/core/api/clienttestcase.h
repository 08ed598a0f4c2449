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
    bool startArchive() {
        if (!m_archive.start())
            return false;
        m_server = &m_archive.server();
        return true;
    }
    void resetArchive() {
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
};
