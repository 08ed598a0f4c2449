#include "clienttestcase.h"

#include <api/csvtable.h>
#include <download/metadatacsv.h>
#include <syntheticimagefactory.h>

#include <download/downloadfolderlock.h>
#include <download/downloadqueue.h>
#include <download/instancefilenames.h>
#include <download/seriesfoldercommit.h>
#include <work/workerpool.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

// The download queue against the emulator: series land in their layout's folders, complete and
// checked, whatever the archive throws at it.
class TestDownloadQueue final : public ClientTestCase {
    Q_OBJECT

private:
    DownloadOptions options(FolderLayout layout = FolderLayout::Descriptive) const {
        DownloadOptions o;
        o.root = m_dir->filePath(u"downloads"_s);
        o.layout = layout;
        return o;
    }

    static bool waitUntilFinished(DownloadQueue &queue, int timeoutMs = 30000) {
        return QTest::qWaitFor([&] { return queue.isFinished() && queue.runningCount() == 0; },
                               timeoutMs);
    }

    // Files under the download folder, relative to it, without the partial area's folder.
    QStringList filesUnder(const QString &root) const {
        QStringList files;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(root).relativeFilePath(it.next());
        files.sort();
        return files;
    }

    // Every worker busy until `release`, so that what the queue starts on them waits.
    class WorkersHeld final {
    public:
        WorkersHeld() {
            for (int i = 0; i < m_threads; ++i) {
                workerPool()->start([this] {
                    m_arrived.release();
                    m_leave.acquire();
                });
            }
            m_arrived.acquire(m_threads);
        }
        ~WorkersHeld() { release(); }
        void release() {
            m_leave.release(m_threads - m_released);
            m_released = m_threads;
        }

    private:
        const int m_threads = workerPool()->maxThreadCount();
        int m_released = 0;
        QSemaphore m_arrived;
        QSemaphore m_leave;
    };

    // Returns once every job started on the workers before it has run: the pool takes jobs in
    // order, and each worker ends in one of these.
    static void letWorkersCatchUp() {
        const int threads = workerPool()->maxThreadCount();
        QSemaphore arrived;
        QSemaphore leave;
        QSemaphore left;
        for (int i = 0; i < threads; ++i) {
            workerPool()->start([&] {
                arrived.release();
                leave.acquire();
                left.release();
            });
        }
        arrived.acquire(threads);
        leave.release(threads);
        left.acquire(threads);
    }

private Q_SLOTS:
    void initTestCase_data() { addApiVersions(); }
    void initTestCase() { QVERIFY(startArchive()); }

    void init() {
        QVERIFY(resetArchiveAndFolder());
        QVERIFY(QDir().mkpath(m_dir->filePath(u"downloads"_s)));
    }

    void seriesLandInTheirLayout_data() {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("depth");
        QTest::newRow("descriptive") << int(FolderLayout::Descriptive) << 4;
        QTest::newRow("classic") << int(FolderLayout::Classic) << 4;
        QTest::newRow("flat") << int(FolderLayout::Flat) << 1;
    }
    void seriesLandInTheirLayout() {
        QFETCH(int, layout);
        QFETCH(int, depth);
        const auto series = smallestSeries(3);
        DownloadQueue queue(m_client.get(), options(FolderLayout(layout)));
        QSignalSpy added(&queue, &DownloadQueue::rowsAdded);
        queue.add(uidsOf(series) + uidsOf(series)); // twice: queued once
        QCOMPARE(queue.items().size(), 3);
        QCOMPARE(added.size(), 1);
        QVERIFY(waitUntilFinished(queue));
        const QString root = queue.options().root;
        for (int i = 0; i < 3; ++i) {
            const DownloadItem &item = queue.items().at(i);
            QCOMPARE(item.state, DownloadState::Done);
            QCOMPARE(item.folder.count(u'/') + 1, depth);
            const QStringList files = QDir(QDir(root).filePath(item.folder)).entryList(QDir::Files);
            QCOMPARE(files.size(), series.at(i)->imageCount);
        }
        QFile csv(QDir(root).filePath(u"metadata.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QCOMPARE(text.count("\r\n"), 4);
        for (const ArchiveSeries *s : series)
            QVERIFY(text.contains(s->uid.toLatin1()));
        // Nothing is left of the partial files.
        QVERIFY(!QFileInfo::exists(SeriesFolderCommit::partialArea(root)));
        if (FolderLayout(layout) != FolderLayout::Flat) {
            const QString collection = queue.items().first().folder.section(u'/', 0, 0);
            QVERIFY(QFile::exists(QDir(root).filePath(collection + u"/LICENSE"_s)));
        }
    }

    // metadata.csv has the Data Retriever's columns and the same values whichever version fed
    // it (v4's metadata has no SOP Class UID: it comes from the files).
    void metadataCsvIsTheSameOnEitherVersion() {
        const auto series = smallestSeries(3);
        DownloadQueue queue(m_client.get(), options());
        queue.add(uidsOf(series));
        QVERIFY(waitUntilFinished(queue));
        QFile file(QDir(queue.options().root).filePath(u"metadata.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::optional<CsvTable> csv = CsvTable::parse(file.readAll());
        QVERIFY(csv);
        QCOMPARE(csv->header,
                 (QStringList{u"Series UID"_s, u"Collection"_s, u"3rd Party Analysis"_s,
                              u"Data Description URI"_s, u"Subject ID"_s, u"Study UID"_s,
                              u"Study Description"_s, u"Study Date"_s, u"Series Description"_s,
                              u"Manufacturer"_s, u"Modality"_s, u"SOP Class Name"_s,
                              u"SOP Class UID"_s, u"Number of Images"_s, u"File Size"_s,
                              u"File Location"_s, u"Download Timestamp"_s}));
        QCOMPARE(csv->rows.size(), series.size());
        for (const QStringList &row : csv->rows) {
            const auto found = std::find_if(series.cbegin(), series.cend(),
                                            [&row](const auto *s) { return s->uid == row[0]; });
            QVERIFY(found != series.cend());
            const ArchiveSeries &s = **found;
            const ArchiveStudy &study = archive().studyOf(s);
            const ArchiveCollection &collection =
                archive().collectionOf(archive().patientOf(study));
            QCOMPARE(row[1], collection.name);
            QCOMPARE(row[3], collection.doi);
            QCOMPARE(row[4], archive().patientOf(study).id);
            QCOMPARE(row[5], study.uid);
            QCOMPARE(row[7], study.date.toString(u"MM-dd-yyyy"_s));
            QCOMPARE(row[10], s.modality);
            QVERIFY2(!row[11].isEmpty(), "a SOP class name");
            QCOMPARE(row[12], SyntheticImageFactory::sopClassUid(s.modality, s.frames));
            QCOMPARE(row[13], QString::number(s.imageCount));
            QCOMPARE(row[14], MetadataCsv::fileSize(s.totalSize()));
        }
    }

    // A failure on the archive's side mid-series ends a valid ZIP with fewer images: caught by
    // the image count (before the MD5 list, which such a ZIP lacks), fetched again, and failed
    // when it stays short.
    void aShortZipIsCaught_data() {
        QTest::addColumn<bool>("md5");
        QTest::addColumn<bool>("once");
        QTest::addColumn<QString>("reason");
        QTest::newRow("checked, once") << true << true << QString();
        QTest::newRow("unchecked, once") << false << true << QString();
        QTest::newRow("checked, always") << true << false << u"images"_s;
        QTest::newRow("unchecked, always") << false << false << u"images"_s;
    }
    void aShortZipIsCaught() {
        QFETCH(bool, md5);
        QFETCH(bool, once);
        QFETCH(QString, reason);
        m_server->faults().add(*FaultRule::parse(imageEndpoint(md5) + u":short-zip"_s +
                                                 (once ? u",first=1"_s : u""_s)));
        const ArchiveSeries *series = nullptr;
        for (const ArchiveSeries *s : smallestSeries(20)) {
            if (s->imageCount >= 4) {
                series = s;
                break;
            }
        }
        QVERIFY(series);
        DownloadOptions o = options();
        o.verifyMd5 = md5;
        DownloadQueue queue(m_client.get(), o);
        queue.add(QStringList{series->uid});
        QVERIFY(waitUntilFinished(queue));
        const DownloadItem &item = queue.items().first();
        if (once) {
            QCOMPARE(item.state, DownloadState::Done);
            QCOMPARE(m_server->requestCount(imageEndpoint(md5)), 2);
            QCOMPARE(QDir(QDir(o.root).filePath(item.folder)).entryList(QDir::Files).size(),
                     series->imageCount);
        } else {
            QCOMPARE(item.state, DownloadState::Failed);
            QVERIFY2(item.error.contains(reason), qPrintable(item.error));
            QCOMPARE(filesUnder(o.root), QStringList{});
        }
    }

    // A second run (a restart, the same command again) keeps the complete folders and fetches
    // only what is missing or incomplete.
    void completeFoldersAreNotDownloadedAgain() {
        const auto series = smallestSeries(3);
        {
            DownloadQueue queue(m_client.get(), options());
            queue.add(uidsOf(series));
            QVERIFY(waitUntilFinished(queue));
        }
        const QString root = options().root;
        QCOMPARE(m_server->requestCount(imageEndpoint()), 3);
        // One series lost a file.
        DownloadQueue second(m_client.get(), options());
        QString damaged;
        {
            DownloadQueue probe(m_client.get(), options());
            probe.add(uidsOf(series));
            QVERIFY(waitUntilFinished(probe));
            damaged = QDir(root).filePath(probe.items().at(1).folder);
        }
        QCOMPARE(m_server->requestCount(imageEndpoint()), 3); // all complete: none
        const QStringList files = QDir(damaged).entryList(QDir::Files);
        QVERIFY(QFile::remove(QDir(damaged).filePath(files.first())));
        second.add(uidsOf(series));
        QVERIFY(waitUntilFinished(second));
        for (const DownloadItem &item : second.items())
            QCOMPARE(item.state, DownloadState::Done);
        QCOMPARE(m_server->requestCount(imageEndpoint()), 4);
        QCOMPARE(QDir(damaged).entryList(QDir::Files).size(), series.at(1)->imageCount);
        QFile csv(QDir(root).filePath(u"metadata.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 1 + 3); // a row per series, not per download
    }

    void faults_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("imageRequests");
        QTest::addColumn<QString>("reason"); // what the failed row must say
        QTest::newRow("dropped connection")
            << u"IMAGE:drop-after=2k,first=1"_s << int(DownloadState::Done) << 2 << QString();
        QTest::newRow("truncated ZIP")
            << u"IMAGE:truncate-zip,first=1"_s << int(DownloadState::Done) << 2 << QString();
        QTest::newRow("server error")
            << u"IMAGE:status=503,first=1"_s << int(DownloadState::Done) << 2 << QString();
        QTest::newRow("wrong MD5 once")
            << u"IMAGE:bad-md5,first=1"_s << int(DownloadState::Done) << 2 << QString();
        QTest::newRow("wrong MD5 always")
            << u"IMAGE:bad-md5"_s << int(DownloadState::Failed) << 4 << u"MD5"_s;
        QTest::newRow("corrupt ZIP always")
            << u"IMAGE:corrupt-zip"_s << int(DownloadState::Failed) << 4 << QString();
        QTest::newRow("server error always")
            << u"IMAGE:status=502"_s << int(DownloadState::Failed) << 4 << u"502"_s;
        // Permanent: failed at once, in the archive's words.
        QTest::newRow("not in public domain")
            << u"IMAGE:not-public"_s << int(DownloadState::Failed) << 1 << u"ACCESS"_s;
        QTest::newRow("client error")
            << u"IMAGE:status=400"_s << int(DownloadState::Failed) << 1 << u"Injected fault"_s;
        // A hostile or misled answer: stopped and said, never retried.
        QTest::newRow("a web page instead of the ZIP")
            << u"IMAGE:web-page"_s << int(DownloadState::Failed) << 1
            << u"The server sent a web page instead of the images: \"Access denied & logged - "
               u"Hospital web filter\""_s;
        QTest::newRow("a ZIP without end") << u"IMAGE:endless-zip"_s << int(DownloadState::Failed)
                                           << 1 << u"for a series the archive lists at"_s;
    }
    void faults() {
        QFETCH(QString, fault);
        QFETCH(int, state);
        QFETCH(int, imageRequests);
        QFETCH(QString, reason);
        if (reason == "ACCESS"_L1) // the archive's own words, which v4 changed
            reason = isV4() ? u"has not been granted the access"_s : u"is not in public domain"_s;
        m_server->faults().add(*FaultRule::parse(forThisVersion(fault)));
        const auto series = smallestSeries(1);
        DownloadQueue queue(m_client.get(), options());
        queue.add(uidsOf(series));
        QVERIFY(waitUntilFinished(queue));
        const DownloadItem &item = queue.items().first();
        QCOMPARE(int(item.state), state);
        QCOMPARE(m_server->requestCount(imageEndpoint()), imageRequests);
        const QStringList files = filesUnder(queue.options().root);
        if (item.state == DownloadState::Done) {
            QCOMPARE(files.size(), series.first()->imageCount + 2); // + LICENSE, metadata.csv
        } else {
            QVERIFY(!item.error.isEmpty());
            QVERIFY2(item.error.contains(reason), qPrintable(item.error));
            QCOMPARE(files, QStringList{}); // no folder, no partial file, no metadata row
        }
    }

    // A server that stops answering: the transfer times out and is asked again, and the series
    // lands whole; one that never answers fails the row with the timeout as the reason.
    void aSilentServerTimesOut_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("state");
        QTest::newRow("once") << u"IMAGE:hang,first=1"_s << int(DownloadState::Done);
        QTest::newRow("always") << u"IMAGE:hang"_s << int(DownloadState::Failed);
    }
    void aSilentServerTimesOut() {
        QFETCH(QString, fault);
        QFETCH(int, state);
        m_server->faults().add(*FaultRule::parse(forThisVersion(fault)));
        ClientSettings quick = m_client->settings();
        quick.timeout = std::chrono::milliseconds(300);
        quick.maxRetries = 1;
        m_client->setSettings(quick);
        const auto series = smallestSeries(1);
        DownloadQueue queue(m_client.get(), options());
        queue.add(uidsOf(series));
        QVERIFY(waitUntilFinished(queue));
        const DownloadItem &item = queue.items().first();
        QCOMPARE(int(item.state), state);
        QCOMPARE(m_server->requestCount(imageEndpoint()), 2);
        if (item.state == DownloadState::Done) {
            QCOMPARE(filesUnder(options().root).size(), series.first()->imageCount + 2);
        } else {
            QVERIFY2(item.error.contains(u"time"_s, Qt::CaseInsensitive), qPrintable(item.error));
            QCOMPARE(filesUnder(options().root), QStringList{});
        }
    }

    // A damaged ZIP is fetched again after the client's backoff; cancelling in the wait stops
    // it there.
    void aDamagedZipWaitsBeforeTheNextTry() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":bad-md5"_s));
        ClientSettings slow = m_client->settings();
        slow.retryBaseDelay = std::chrono::minutes(1);
        slow.retryMaxDelay = std::chrono::minutes(1);
        m_client->setSettings(slow);
        DownloadQueue queue(m_client.get(), options());
        bool checked = false;
        bool waiting = false;
        connect(&queue, &DownloadQueue::rowChanged, &queue, [&](int row) {
            const DownloadState state = queue.items().at(row).state;
            checked |= state == DownloadState::Verifying;
            waiting |= checked && state == DownloadState::Downloading;
        });
        queue.add(uidsOf(smallestSeries(1)));
        QTRY_VERIFY_WITH_TIMEOUT(waiting, 15000);
        QCOMPARE(m_server->requestCount(imageEndpoint()), 1);
        queue.cancel(queue.items().first().seriesUid);
        QCOMPARE(queue.items().first().state, DownloadState::Cancelled);
        QCOMPARE(queue.runningCount(), 0);
        QCOMPARE(filesUnder(options().root), QStringList{});
    }

    void anUnknownSeriesFails() {
        DownloadQueue queue(m_client.get(), options());
        queue.add({u"1.2.3.4.5.6.7.8.9"_s});
        QVERIFY(waitUntilFinished(queue));
        QCOMPARE(queue.items().first().state, DownloadState::Failed);
        QVERIFY(!queue.items().first().error.isEmpty());
    }

    void atMostParallelAtOnce() {
        const auto series = smallestSeries(6);
        DownloadOptions o = options();
        o.parallel = 2;
        DownloadQueue queue(m_client.get(), o);
        int most = 0;
        connect(&queue, &DownloadQueue::rowChanged, &queue, [&] {
            most = std::max(
                most, int(std::count_if(queue.items().cbegin(), queue.items().cend(),
                                        [](const DownloadItem &i) { return isActive(i.state); })));
        });
        queue.add(uidsOf(series));
        // The rows wait for their folder's lock, taken on a worker; on v4 for their metadata
        // too, asked for all of them in one request.
        QCOMPARE(queue.runningCount(), 0);
        QVERIFY(waitUntilFinished(queue));
        QCOMPARE(most, 2);
        QCOMPARE(queue.metadataBatchesSent(), isV4() ? 1 : 0);
        QCOMPARE(m_server->requestCount(metadataEndpoint()), isV4() ? 1 : int(series.size()));
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Done);
    }

    // By instance number, the files are named as the archive names them when asked to, with the
    // MD5 check (renamed here) or without it (named by the archive).
    void filesNamedByInstanceNumber_data() {
        QTest::addColumn<bool>("md5");
        QTest::newRow("checked, renamed here") << true;
        QTest::newRow("named by the archive") << false;
    }
    void filesNamedByInstanceNumber() {
        QFETCH(bool, md5);
        const ArchiveSeries *series = nullptr;
        for (const ArchiveSeries &s : archive().series()) {
            if (s.imageCount >= 10 && s.imageCount < 100 &&
                (!series || s.imageCount < series->imageCount))
                series = &s;
        }
        QVERIFY(series);
        DownloadOptions o = options(FolderLayout::Flat);
        o.naming = FileNaming::ByInstanceNumber;
        o.verifyMd5 = md5;
        DownloadQueue queue(m_client.get(), o);
        queue.add(QStringList{series->uid});
        QVERIFY(waitUntilFinished(queue));
        QCOMPARE(queue.items().first().state, DownloadState::Done);
        const QDir folder(QDir(o.root).filePath(series->uid));
        QStringList expected;
        for (int i = 1; i <= series->imageCount; ++i)
            expected << u"1-%1.dcm"_s.arg(i, 2, 10, QChar(u'0'));
        QCOMPARE(folder.entryList(QDir::Files), expected);
        int previous = std::numeric_limits<int>::min();
        for (const QString &name : expected) {
            const std::optional<int> instance =
                InstanceFileNames::read(folder.filePath(name)).instance;
            QVERIFY(instance && *instance >= previous);
            previous = *instance;
        }
        QCOMPARE(m_server->requestCount(imageEndpoint(md5)), 1);
    }

    // Each row goes through its states in order, and says each one once.
    void statesFollowEachOther_data() {
        QTest::addColumn<bool>("md5");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QList<int>>("states");
        const int d = int(DownloadState::Downloading);
        const int v = int(DownloadState::Verifying);
        const int e = int(DownloadState::Extracting);
        const int done = int(DownloadState::Done);
        const int failed = int(DownloadState::Failed);
        QTest::newRow("checked") << true << QString() << QList<int>{d, v, done};
        QTest::newRow("unchecked") << false << QString() << QList<int>{d, e, done};
        QTest::newRow("damaged once, downloaded again")
            << true << u"IMAGE:bad-md5,first=1"_s << QList<int>{d, v, d, v, done};
        QTest::newRow("refused") << true << u"IMAGE:status=400"_s << QList<int>{d, failed};
    }
    void statesFollowEachOther() {
        QFETCH(bool, md5);
        QFETCH(QString, fault);
        QFETCH(QList<int>, states);
        if (!fault.isEmpty())
            m_server->faults().add(*FaultRule::parse(forThisVersion(fault)));
        DownloadOptions o = options();
        o.verifyMd5 = md5;
        DownloadQueue queue(m_client.get(), o);
        QList<int> seen;
        connect(&queue, &DownloadQueue::rowChanged, &queue, [&](int row) {
            const int state = int(queue.items().at(row).state);
            if (seen.isEmpty() || seen.last() != state)
                seen << state;
        });
        queue.add(uidsOf(smallestSeries(1)));
        QVERIFY(waitUntilFinished(queue));
        QCOMPARE(seen, states);
    }

    // A folder in the way that holds another series is left alone: the series goes beside it.
    void anotherSeriesFolderIsNeverReplaced() {
        const QStringList uid = uidsOf(smallestSeries(1));
        const QString taken = QDir(options().root).filePath(uid.first());
        QVERIFY(QDir().mkpath(taken));
        QFile mine(QDir(taken).filePath(u"my-notes.txt"_s));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("precious");
        mine.close();
        DownloadQueue queue(m_client.get(), options(FolderLayout::Flat));
        queue.add(uid);
        QVERIFY(waitUntilFinished(queue));
        QCOMPARE(queue.items().first().state, DownloadState::Done);
        QCOMPARE(queue.items().first().folder, uid.first() + u"-2"_s);
        QCOMPARE(QDir(taken).entryList(QDir::Files), QStringList{u"my-notes.txt"_s});
        QCOMPARE(QDir(taken + u"-2"_s).entryList(QDir::Files).size(),
                 smallestSeries(1).first()->imageCount);
    }

    void atMostPerHostAtOnce() {
        const auto series = smallestSeries(5);
        DownloadOptions o = options();
        o.parallel = 6;
        o.perHost = 2;
        DownloadQueue queue(m_client.get(), o);
        int most = 0;
        connect(&queue, &DownloadQueue::rowChanged, &queue,
                [&] { most = std::max(most, queue.runningCount()); });
        queue.add(uidsOf(series));
        QCOMPARE(queue.runningCount(), 0); // waiting for the folder's lock (v4: the metadata)
        QVERIFY(waitUntilFinished(queue));
        QCOMPARE(most, 2);
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Done);
    }

    // Each download keeps its folder, layout and metadata.csv, whatever is queued after it.
    void rowsKeepTheirOwnFolder() {
        const auto series = smallestSeries(3);
        DownloadQueue queue(m_client.get(), options());
        queue.add(uidsOf(series.mid(0, 2)));
        const DownloadTarget other{m_dir->filePath(u"elsewhere"_s), FolderLayout::Flat,
                                   FileNaming::AsSent, true};
        Series third;
        third.seriesInstanceUid = series.at(2)->uid;
        queue.add(QList<Series>{third}, other);
        QVERIFY(waitUntilFinished(queue));
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Done);
        QCOMPARE(queue.items().at(2).folder, series.at(2)->uid);
        QVERIFY(QDir(other.root).exists(series.at(2)->uid));
        for (const QString &root : {options().root, other.root}) {
            QFile csv(QDir(root).filePath(u"metadata.csv"_s));
            QVERIFY(csv.open(QIODevice::ReadOnly));
            QCOMPARE(csv.readAll().count("\r\n"), 1 + (root == other.root ? 1 : 2));
            QVERIFY(!QDir(SeriesFolderCommit::partialArea(root)).exists());
        }
    }

    // Pointing the window at another server does not send the queued series there.
    void rowsKeepTheirArchive() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":throttle=300k"_s));
        const auto series = smallestSeries(2);
        DownloadOptions o = options();
        o.parallel = 1;
        DownloadQueue queue(m_client.get(), o);
        queue.add(uidsOf(series));
        m_client->setSettings(*ClientSettings::fromServerUrl(u"http://127.0.0.1:9"_s));
        m_server->faults().clear();
        QVERIFY(waitUntilFinished(queue));
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Done);
    }

    // Another program downloading into the same folder holds its lock: that folder's rows
    // wait, saying why; the others go on.
    void anotherProgramsLockPausesItsRows() {
        const QString area = SeriesFolderCommit::partialArea(options().root);
        QVERIFY(QDir().mkpath(area));
        QLockFile other(QDir(area).filePath(u".lock"_s));
        other.setStaleLockTime(0);
        QVERIFY(other.tryLock(0));
        const auto series = smallestSeries(2);
        DownloadQueue queue(m_client.get(), options());
        queue.add(uidsOf(series.mid(0, 1)));
        Series elsewhere;
        elsewhere.seriesInstanceUid = series.at(1)->uid;
        queue.add({elsewhere}, DownloadTarget{m_dir->filePath(u"elsewhere"_s) + u"/./"_s});
        QTRY_COMPARE(queue.items().first().state, DownloadState::Paused);
        QVERIFY(!queue.isPaused());
        QVERIFY(queue.items().first().error.contains(u"Another program"_s));
        QTRY_COMPARE_WITH_TIMEOUT(queue.items().at(1).state, DownloadState::Done, 30000);
        QCOMPARE(queue.items().at(1).target.root, m_dir->filePath(u"elsewhere"_s));
        other.unlock();
        queue.resume(series.first()->uid);
        QVERIFY(waitUntilFinished(queue));
        QCOMPARE(queue.items().first().state, DownloadState::Done);
        QVERIFY(queue.items().first().error.isEmpty());
    }

    // A folder's lock is let go once nothing of the queue downloads into it.
    void locksGoWhenTheirFolderIsIdle() {
        const auto series = smallestSeries(2);
        DownloadQueue queue(m_client.get(), options());
        queue.pauseAll();
        queue.add(uidsOf(series));
        queue.pause(series.at(1)->uid); // a paused row does not hold the folder
        queue.resumeAll();
        QTRY_COMPARE_WITH_TIMEOUT(queue.items().first().state, DownloadState::Done, 30000);
        QTRY_VERIFY(queue.runningCount() == 0);
        QLockFile other(QDir(SeriesFolderCommit::partialArea(options().root)).filePath(u".lock"_s));
        QDir().mkpath(SeriesFolderCommit::partialArea(options().root));
        QVERIFY(other.tryLock(0));
        other.unlock();
    }

    // The lock is taken on a worker: a queue gone before it heard of it does not keep it.
    void aQueueGoneBeforeItsFolderIsLockedLetsItGo() {
        const QString lock =
            QDir(SeriesFolderCommit::partialArea(options().root)).filePath(u".lock"_s);
        {
            DownloadQueue queue(m_client.get(), options());
            queue.add(uidsOf(smallestSeries(1)));
            // Without an event loop pass: the worker's news cannot reach the queue.
            QDeadlineTimer deadline(15000);
            while (!QFile::exists(lock) && !deadline.hasExpired())
                QThread::yieldCurrentThread();
            QVERIFY(QFile::exists(lock));
            QCOMPARE(queue.runningCount(), 0);
        }
        // At once: the queue let it go before it went, and left no partial area behind.
        QVERIFY(!QFileInfo::exists(SeriesFolderCommit::partialArea(options().root)));
        QVERIFY(QDir().mkpath(SeriesFolderCommit::partialArea(options().root)));
        QLockFile other(lock);
        other.setStaleLockTime(0);
        QVERIFY(other.tryLock(0));
        other.unlock();
    }

    // A take for a queue that has gone gives the lock back rather than clear a killed run's
    // leftovers, which can take long while the queue waits for it.
    void aTakeForAGoneQueueLeavesTheLeftovers() {
        const QString area = SeriesFolderCommit::partialArea(options().root);
        QVERIFY(QDir().mkpath(area));
        const QString leftover = QDir(area).filePath(u"killed.zip"_s);
        QFile file(leftover);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const std::atomic_bool gone{true};
        const DownloadFolderLock::Taken taken = DownloadFolderLock::take(options().root, &gone);
        QVERIFY(!taken.lock);
        QVERIFY(QFile::exists(leftover));
        QLockFile other(QDir(area).filePath(u".lock"_s));
        other.setStaleLockTime(0);
        QVERIFY(other.tryLock(0));
        other.unlock();
    }

    // A queue gone before its worker started to take the lock: the take never happens, so it
    // cannot hold the folder against the next queue (it did, now and then, with two workers).
    void aLockTakeNotStartedIsDropped() {
        const QString area = SeriesFolderCommit::partialArea(options().root);
        QVERIFY(!QFileInfo::exists(area));
        WorkersHeld held;
        {
            DownloadQueue queue(m_client.get(), options());
            queue.add(uidsOf(smallestSeries(1)));
            QCOMPARE(queue.runningCount(), 0);
        }
        held.release();
        letWorkersCatchUp();
        QVERIFY(!QFileInfo::exists(area)); // the take makes it first
    }

    // What a killed run leaves in the partial area is cleared by the next one.
    void leftoversOfAKilledRunAreCleared() {
        const QString area = SeriesFolderCommit::partialArea(options().root);
        QVERIFY(QDir().mkpath(area + u"/1.2.3"_s));
        QFile zip(area + u"/1.2.3.zip"_s);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.write("PK\x03\x04 and then nothing");
        zip.close();
        DownloadQueue queue(m_client.get(), options());
        queue.add(uidsOf(smallestSeries(1)));
        QVERIFY(waitUntilFinished(queue));
        QVERIFY(!QDir(area).exists());
    }

    void restoredRowsStartAgainCleanly() {
        const auto series = smallestSeries(4);
        DownloadQueue first(m_client.get(), options());
        first.add(uidsOf(series.mid(0, 1)));
        QVERIFY(waitUntilFinished(first));
        QList<DownloadItem> items = first.items();
        for (const auto state :
             {DownloadState::Downloading, DownloadState::Paused, DownloadState::Failed}) {
            DownloadItem item = items.first();
            item.seriesUid = series.at(items.size())->uid;
            item.state = state;
            item.folder.clear();
            items << item;
        }
        DownloadItem gone = items.first(); // done, but its folder was deleted since
        gone.seriesUid = series.at(0)->uid;
        {
            DownloadQueue second(m_client.get(), options());
            second.pauseAll();
            second.restore(items);
            QCOMPARE(second.items().size(), 4);
            QCOMPARE(second.items().at(0).state, DownloadState::Done);
            QCOMPARE(second.items().at(1).state, DownloadState::Queued);
            QCOMPARE(second.items().at(2).state, DownloadState::Paused);
            QCOMPARE(second.items().at(3).state, DownloadState::Failed);
            QCOMPARE(second.runningCount(), 0);
            second.resumeAll();
            QTRY_COMPARE_WITH_TIMEOUT(second.items().at(1).state, DownloadState::Done, 30000);
            QCOMPARE(m_server->requestCount(imageEndpoint()), 2);
        } // its unfinished rows hold the folder's lock until it goes

        QVERIFY(QDir(QDir(options().root).filePath(items.first().folder)).removeRecursively());
        DownloadQueue third(m_client.get(), options());
        third.restore({items.first()});
        QVERIFY(waitUntilFinished(third));
        QCOMPARE(third.items().first().state, DownloadState::Done);
        QCOMPARE(m_server->requestCount(imageEndpoint()), 3);
    }

    // A finished series of an earlier run whose folder changed since (a file lost) is checked
    // against what the folder held when done and waits, paused with the reason, until the user
    // resumes it; an intact one (a file manager's own file beside the images does not count)
    // stays done, and nothing is asked of the archive for it.
    void aRestoredFolderThatChangedIsDownloadedAgain() {
        const auto series = smallestSeries(2);
        QList<DownloadItem> items;
        {
            DownloadQueue first(m_client.get(), options());
            first.add(uidsOf(series));
            QVERIFY(waitUntilFinished(first));
            items = first.items();
        }
        for (int i = 0; i < 2; ++i) {
            QVERIFY(items.at(i).contents);
            QCOMPARE(items.at(i).contents->count, series.at(i)->imageCount);
            QVERIFY(items.at(i).contents->bytes > 0);
        }
        const QDir damaged(QDir(options().root).filePath(items.at(1).folder));
        QVERIFY(QFile::remove(damaged.filePath(damaged.entryList(QDir::Files).first())));
        const QDir looked(QDir(options().root).filePath(items.at(0).folder));
        for (const QString &junk : {u".DS_Store"_s, u"Thumbs.db"_s}) {
            QFile file(looked.filePath(junk));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("file manager");
        }
        m_server->resetRequestCounts();

        DownloadQueue second(m_client.get(), options());
        second.restore(items);
        QCOMPARE(second.items().at(0).state, DownloadState::Done);
        QCOMPARE(second.items().at(1).state, DownloadState::Done); // until it is checked
        QTRY_COMPARE_WITH_TIMEOUT(second.items().at(1).state, DownloadState::Paused, 15000);
        QVERIFY(!second.items().at(1).error.isEmpty());
        QCOMPARE(second.runningCount(), 0); // nothing starts by itself
        QCOMPARE(m_server->requestCount(metadataEndpoint()), 0);
        second.resume(items.at(1).seriesUid);
        QVERIFY(waitUntilFinished(second));
        QCOMPARE(second.items().at(1).state, DownloadState::Done);
        QCOMPARE(damaged.entryList(QDir::Files).size(), series.at(1)->imageCount);
        QCOMPARE(m_server->requestCount(imageEndpoint()), 1);
        QCOMPARE(m_server->requestCount(metadataEndpoint()), 1); // none for the intact one
        QCOMPARE(second.items().at(0).state, DownloadState::Done);
    }

    // A finished series asked for again is downloaded again, into the folder now chosen; one
    // still waiting is not queued twice.
    void aFinishedSeriesCanBeQueuedAgainElsewhere() {
        const QStringList uid = uidsOf(smallestSeries(1));
        DownloadQueue queue(m_client.get(), options());
        QCOMPARE(queue.add(uid), 1);
        QVERIFY(waitUntilFinished(queue));
        Series series;
        series.seriesInstanceUid = uid.first();
        const DownloadTarget elsewhere{m_dir->filePath(u"elsewhere"_s), FolderLayout::Flat,
                                       FileNaming::AsSent, true};
        queue.pauseAll();
        QCOMPARE(queue.add({series}, elsewhere), 1);
        QCOMPARE(queue.items().size(), 1);
        QCOMPARE(queue.items().first().state, DownloadState::Queued);
        QCOMPARE(queue.add({series}, elsewhere), 0); // waiting already
        queue.resumeAll();
        QVERIFY(waitUntilFinished(queue));
        QCOMPARE(queue.items().first().state, DownloadState::Done);
        QVERIFY(QDir(elsewhere.root).exists(uid.first()));
    }

    void clearFinishedKeepsTheRest() {
        const auto series = smallestSeries(4);
        DownloadOptions o = options();
        o.parallel = 1;
        DownloadQueue queue(m_client.get(), o);
        queue.pauseAll();
        queue.add(uidsOf(series));
        queue.cancel(series.at(1)->uid);
        queue.cancel(series.at(2)->uid);
        QSignalSpy removed(&queue, &DownloadQueue::rowsRemoved);
        queue.clearFinished();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).toInt(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 2);
        QCOMPARE(queue.items().size(), 2);
        QCOMPARE(queue.row(series.at(3)->uid), 1);
        QCOMPARE(queue.row(series.at(1)->uid), -1);
        queue.resumeAll();
        QVERIFY(waitUntilFinished(queue));
        queue.clearFinished();
        QVERIFY(queue.items().isEmpty());
    }

    void pauseResumeCancelRetryAndMoveToTop() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":throttle=200k"_s));
        const auto series = smallestSeries(3);
        DownloadOptions o = options();
        o.parallel = 1;
        DownloadQueue queue(m_client.get(), o);
        queue.add(uidsOf(series));
        const QString first = series.at(0)->uid;
        const QString last = series.at(2)->uid;
        QTRY_VERIFY(isActive(queue.items().first().state));

        queue.pause(first);
        QCOMPARE(queue.items().first().state, DownloadState::Paused);
        queue.moveToTop(last);
        QCOMPARE(queue.items().first().seriesUid, last);
        QTRY_VERIFY(isActive(queue.items().first().state)); // the moved one runs now
        queue.cancel(last);
        QCOMPARE(queue.items().first().state, DownloadState::Cancelled);
        queue.resume(first);
        m_server->faults().clear();
        QTRY_VERIFY_WITH_TIMEOUT(queue.items().at(queue.row(first)).state == DownloadState::Done,
                                 30000);
        queue.retry(last);
        QVERIFY(waitUntilFinished(queue));
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Done);
        QCOMPARE(QDir(SeriesFolderCommit::partialArea(queue.options().root))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{});
    }

    // Pausing or cancelling while a worker unpacks and checks: the row goes where it was sent,
    // the worker's files go when it is done, and the series lands whole once resumed.
    void pauseOrCancelWhileVerifying_data() {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("pause") << false;
        QTest::newRow("cancel") << true;
    }
    void pauseOrCancelWhileVerifying() {
        QFETCH(bool, cancel);
        const auto series = smallestSeries(1);
        DownloadQueue queue(m_client.get(), options());
        const QString uid = series.first()->uid;
        bool stopped = false;
        connect(&queue, &DownloadQueue::rowChanged, &queue, [&](int row) {
            if (!stopped && queue.items().at(row).state == DownloadState::Verifying) {
                stopped = true;
                // As a click would: once the worker has started.
                QMetaObject::invokeMethod(
                    &queue, [&] { cancel ? queue.cancel(uid) : queue.pause(uid); },
                    Qt::QueuedConnection);
            }
        });
        queue.add(uidsOf(series));
        const DownloadState expected = cancel ? DownloadState::Cancelled : DownloadState::Paused;
        QTRY_COMPARE_WITH_TIMEOUT(queue.items().first().state, expected, 15000);
        QCOMPARE(queue.runningCount(), 0);
        const QString area = SeriesFolderCommit::partialArea(options().root);
        // The worker finishes on its own; then nothing of it is left.
        QTRY_VERIFY_WITH_TIMEOUT(
            !QFileInfo::exists(area) ||
                QDir(area).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
            15000);
        QCOMPARE(filesUnder(options().root), QStringList{});
        cancel ? queue.retry(uid) : queue.resume(uid);
        QVERIFY(waitUntilFinished(queue));
        QCOMPARE(queue.items().first().state, DownloadState::Done);
        QCOMPARE(filesUnder(options().root).size(), series.first()->imageCount + 2);
    }

    // The queue (the window) goes while a worker unpacks: the worker finishes on its own, puts
    // nothing in place and leaves nothing behind.
    void aQueueGoneWhileUnpackingLeavesNothing() {
        const auto series = smallestSeries(1);
        auto queue = std::make_unique<DownloadQueue>(m_client.get(), options());
        connect(queue.get(), &DownloadQueue::rowChanged, queue.get(), [&](int row) {
            if (queue->items().at(row).state == DownloadState::Verifying)
                QMetaObject::invokeMethod(
                    this, [&] { queue.reset(); }, Qt::QueuedConnection);
        });
        queue->add(uidsOf(series));
        QTRY_VERIFY_WITH_TIMEOUT(!queue, 15000);
        const QString area = SeriesFolderCommit::partialArea(options().root);
        QTRY_VERIFY_WITH_TIMEOUT(
            !QFileInfo::exists(area) ||
                QDir(area).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
            15000);
        QCOMPARE(filesUnder(options().root), QStringList{});
    }

    // What a finished row holds is counted where its folder was unpacked, and is what the
    // folder holds once in place.
    void aFinishedRowKnowsWhatItsFolderHolds() {
        const auto series = smallestSeries(2);
        DownloadQueue queue(m_client.get(), options());
        queue.add(uidsOf(series));
        QVERIFY(waitUntilFinished(queue));
        for (int i = 0; i < 2; ++i) {
            const DownloadItem &item = queue.items().at(i);
            QCOMPARE(item.state, DownloadState::Done);
            QVERIFY(item.contents);
            QCOMPARE(item.contents->count, series.at(i)->imageCount);
            QCOMPARE(*item.contents, FolderFiles::of(QDir(options().root).filePath(item.folder)));
        }
    }

    // A failed row tried again starts from the beginning and can succeed.
    void aFailedRowIsRetried() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":not-public,first=1"_s));
        DownloadQueue queue(m_client.get(), options());
        queue.add(uidsOf(smallestSeries(1)));
        QVERIFY(waitUntilFinished(queue));
        const DownloadItem &item = queue.items().first();
        QCOMPARE(item.state, DownloadState::Failed);
        QSignalSpy changed(&queue, &DownloadQueue::rowChanged);
        queue.retry(item.seriesUid);
        // It waits for the folder's lock, let go when the queue was idle (v4: for its metadata).
        QCOMPARE(queue.items().first().state, DownloadState::Queued);
        QVERIFY(queue.items().first().error.isEmpty());
        QVERIFY(waitUntilFinished(queue));
        QCOMPARE(queue.items().first().state, DownloadState::Done);
        QCOMPARE(queue.items().first().attempts, 1);
        queue.retry(item.seriesUid); // a done row is not downloaded again
        QCOMPARE(queue.items().first().state, DownloadState::Done);
        QCOMPARE(m_server->requestCount(imageEndpoint()), 2);
    }

    // Pausing the whole queue sends the running rows back to the queue, where they wait.
    void pauseAllSendsRunningRowsBack() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":throttle=100k"_s));
        const auto series = smallestSeries(3);
        DownloadOptions o = options();
        o.parallel = 2;
        DownloadQueue queue(m_client.get(), o);
        queue.add(uidsOf(series));
        QTRY_COMPARE_WITH_TIMEOUT(queue.runningCount(), 2, 15000);
        QSignalSpy paused(&queue, &DownloadQueue::paused);
        queue.pauseAll(u"for a test"_s);
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused.first().first().toString(), u"for a test"_s);
        QCOMPARE(queue.runningCount(), 0);
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Queued);
        queue.retry(series.at(2)->uid); // only failed or cancelled rows are retried
        QCOMPARE(queue.runningCount(), 0);
        m_server->faults().clear();
        queue.resumeAll();
        QVERIFY(!queue.isPaused());
        QVERIFY(waitUntilFinished(queue));
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Done);
    }

    // The disk fails under a running download: the queue pauses with the reason, and no row
    // is ever said to have failed.
    void aDiskFailureMidDownloadFailsNoRow() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":throttle=100k"_s));
        const auto series = smallestSeries(2);
        DownloadOptions o = options();
        o.parallel = 1;
        DownloadQueue queue(m_client.get(), o);
        bool everFailed = false;
        connect(&queue, &DownloadQueue::rowChanged, &queue, [&](int row) {
            everFailed |= queue.items().at(row).state == DownloadState::Failed;
        });
        QSignalSpy paused(&queue, &DownloadQueue::paused);
        queue.add(uidsOf(series));
        QTRY_VERIFY_WITH_TIMEOUT(queue.items().first().bytesReceived > 0, 15000);
        // The partial area becomes a file: nothing can be unpacked.
        const QString area = SeriesFolderCommit::partialArea(o.root);
        QVERIFY(QDir(area).removeRecursively());
        QFile blocker(area);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        m_server->faults().clear();
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, 30000);
        QVERIFY(!everFailed);
        QVERIFY(queue.isPaused());
        QVERIFY2(queue.pauseReason().contains(area), qPrintable(queue.pauseReason()));
        QCOMPARE(queue.runningCount(), 0);
        // The one it happened to waits with the reason; none is failed.
        int waiting = 0;
        for (const DownloadItem &item : queue.items()) {
            QVERIFY(item.state == DownloadState::Queued || item.state == DownloadState::Done);
            waiting += item.error == queue.pauseReason() ? 1 : 0;
        }
        QCOMPARE(waiting, 1);

        QVERIFY(QFile::remove(area));
        queue.resumeAll();
        QVERIFY(waitUntilFinished(queue));
        QVERIFY(!everFailed);
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Done);
    }

    // A run killed after a series folder was in place but before its metadata.csv row was
    // written: the next run finds the folder complete and writes the row.
    void aCompleteFolderGetsItsMissingMetadataRow() {
        const auto series = smallestSeries(2);
        {
            DownloadQueue queue(m_client.get(), options());
            queue.add(uidsOf(series));
            QVERIFY(waitUntilFinished(queue));
        }
        const QString csvPath = QDir(options().root).filePath(u"metadata.csv"_s);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = csv.readAll().split('\n');
        csv.close();
        const QByteArray lost = series.at(1)->uid.toLatin1();
        lines.removeIf([&](const QByteArray &line) { return line.contains(lost); });
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write(lines.join('\n'));
        csv.close();

        DownloadQueue again(m_client.get(), options());
        again.add(uidsOf(series));
        QVERIFY(waitUntilFinished(again));
        QCOMPARE(m_server->requestCount(imageEndpoint()), 2); // nothing downloaded
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QCOMPARE(text.count("\r\n"), 1 + 2);
        QCOMPARE(text.count(lost), 1);
        QVERIFY(text.contains(series.at(0)->uid.toLatin1()));
    }

    // A download folder that cannot be written pauses the queue with the reason, instead of
    // failing every row; once the folder is fixed, it goes on.
    void aDiskFailurePausesTheQueue() {
        const auto series = smallestSeries(3);
        DownloadOptions o = options();
        o.root = m_dir->filePath(u"blocked"_s);
        QFile blocker(o.root); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DownloadQueue queue(m_client.get(), o);
        QSignalSpy paused(&queue, &DownloadQueue::paused);
        queue.add(uidsOf(series));
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, 15000); // at once, or when it writes
        QVERIFY(queue.isPaused());
        QVERIFY(!queue.pauseReason().isEmpty());
        QTRY_COMPARE(queue.runningCount(), 0);
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Queued);

        QVERIFY(QFile::remove(o.root));
        QVERIFY(QDir().mkpath(o.root));
        queue.resumeAll();
        QVERIFY(waitUntilFinished(queue));
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Done);
    }
};

QTEST_GUILESS_MAIN(TestDownloadQueue)
#include "tst_downloadqueue.moc"
