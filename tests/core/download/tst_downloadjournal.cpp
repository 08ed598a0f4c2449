#include "clienttestcase.h"

#include <download/downloadjournal.h>
#include <download/downloadqueue.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

// The download queue on disk: every change is there at once, and what a crash leaves can be
// read back into a queue that finishes the job.
class TestDownloadJournal final : public ClientTestCase {
    Q_OBJECT

private:
    [[nodiscard]] QString journalPath() const { return m_dir->filePath(u"queue.jsonl"_s); }

    [[nodiscard]] DownloadOptions options() const {
        DownloadOptions o;
        o.root = m_dir->filePath(u"downloads"_s);
        return o;
    }

    static DownloadItem item(const QString &uid, DownloadState state) {
        DownloadItem item;
        item.seriesUid = uid;
        item.server = u"http://127.0.0.1:9/nbia-api/services/v1/"_s;
        item.target = {u"/data/tcia"_s, FolderLayout::Classic, FileNaming::ByInstanceNumber, false};
        item.state = state;
        item.bytesExpected = 1234;
        item.folder = u"C/P/1.2/"_s + uid;
        item.label = DownloadItem::labelFor(u"P-1"_s, u"CT"_s, u"Thorax 1.0 B70f \"quoted\""_s);
        item.error = state == DownloadState::Failed ? u"not in public domain"_s : QString();
        if (state == DownloadState::Cancelled)
            item.contents = FolderFiles{12, 6 * 1024 * 1024};
        return item;
    }

    static void write(const QString &path, const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QByteArray readAll(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase_data() { addApiVersions(); }
    void initTestCase() { QVERIFY(startArchive()); }

    void init() { QVERIFY(resetArchiveAndFolder()); }

    void readsBackWhatItWrote() {
        DownloadQueue queue(m_client.get(), options());
        queue.pauseAll();
        const QList<DownloadItem> items{item(u"1.1"_s, DownloadState::Failed),
                                        item(u"1.2"_s, DownloadState::Paused),
                                        item(u"1.3"_s, DownloadState::Cancelled)};
        queue.restore(items);
        DownloadJournal journal(journalPath());
        QVERIFY(journal.attach(&queue));
        const QList<DownloadItem> read = DownloadJournal::read(journalPath());
        QCOMPARE(read.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(read.at(i).seriesUid, items.at(i).seriesUid);
            QCOMPARE(read.at(i).server, items.at(i).server);
            QVERIFY(read.at(i).target == items.at(i).target);
            QCOMPARE(read.at(i).state, items.at(i).state);
            QCOMPARE(read.at(i).bytesExpected, 1234);
            QCOMPARE(read.at(i).folder, items.at(i).folder);
            QCOMPARE(read.at(i).error, items.at(i).error);
            QCOMPARE(read.at(i).label, u"P-1 · CT Thorax 1.0 B70f \"quoted\""_s);
            QCOMPARE(read.at(i).contents.has_value(), items.at(i).contents.has_value());
            if (items.at(i).contents)
                QVERIFY(*read.at(i).contents == *items.at(i).contents);
        }
    }

    void readsWhatACrashLeaves_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("uids");
        const QByteArray header = "{\"journal\":\"nbia-download-queue\",\"version\":1}\n";
        const QByteArray a = DownloadJournal::line(item(u"1.1"_s, DownloadState::Queued));
        const QByteArray b = DownloadJournal::line(item(u"1.2"_s, DownloadState::Done));
        QTest::newRow("whole") << header + a + b << QStringList{u"1.1"_s, u"1.2"_s};
        QTest::newRow("half a last line")
            << header + a + b.left(b.size() / 2) << QStringList{u"1.1"_s};
        QTest::newRow("junk and blank lines")
            << header + "\n\x01\x02 garbage\n[1,2]\n{\"uid\":\"\"}\n" + a + "\n" + b
            << QStringList{u"1.1"_s, u"1.2"_s};
        QByteArray crlf = header + a + b;
        crlf.replace("\n", "\r\n");
        QTest::newRow("CRLF") << crlf << QStringList{u"1.1"_s, u"1.2"_s};
        QTest::newRow("later line wins, order kept")
            << header + a + b + DownloadJournal::line(item(u"1.1"_s, DownloadState::Done))
            << QStringList{u"1.1"_s, u"1.2"_s};
        QTest::newRow("moved to the top") << header + a + b + "{\"moveToTop\":\"1.2\"}\n"
                                          << QStringList{u"1.2"_s, u"1.1"_s};
        QTest::newRow("unknown state or layout")
            << header + a + QByteArray(b).replace("\"done\"", "\"exploded\"") +
                   QByteArray(b).replace("classic", "fancy")
            << QStringList{u"1.1"_s};
        QTest::newRow("not a journal") << a + b << QStringList{};
        QTest::newRow("a later version")
            << QByteArray(header).replace("1}", "2}") + a + b << QStringList{};
        QTest::newRow("empty") << QByteArray() << QStringList{};
    }
    void readsWhatACrashLeaves() {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, uids);
        write(journalPath(), text);
        QStringList read;
        for (const DownloadItem &i : DownloadJournal::read(journalPath()))
            read << i.seriesUid;
        QCOMPARE(read, uids);
    }

    void aMissingJournalIsAnEmptyQueue() {
        QVERIFY(DownloadJournal::read(m_dir->filePath(u"nothing.jsonl"_s)).isEmpty());
    }

    // Changes are on disk when they happen; progress alone writes nothing, and the file is
    // written afresh before it grows far beyond the queue.
    void recordsEveryChangeAndStaysSmall() {
        DownloadOptions o = options();
        DownloadQueue queue(m_client.get(), o);
        queue.pauseAll();
        DownloadJournal journal(journalPath());
        QVERIFY(journal.attach(&queue));
        queue.add(QStringList{u"9.1"_s, u"9.2"_s, u"9.3"_s});
        queue.cancel(u"9.2"_s);
        queue.moveToTop(u"9.3"_s);
        QList<DownloadItem> read = DownloadJournal::read(journalPath());
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0).seriesUid, u"9.3"_s);
        QCOMPARE(read.at(2).state, DownloadState::Cancelled);
        QCOMPARE(read.at(2).target.root, o.root);

        queue.clearFinished();
        read = DownloadJournal::read(journalPath());
        QCOMPARE(read.size(), 2);

        const qint64 before = QFileInfo(journalPath()).size();
        for (int i = 0; i < 500; ++i) {
            queue.pause(u"9.1"_s);
            queue.resume(u"9.1"_s);
        }
        QVERIFY(QFileInfo(journalPath()).size() < before + 300 * 200);
        read = DownloadJournal::read(journalPath());
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(1).state, DownloadState::Queued);
        QVERIFY(journal.errorString().isEmpty());
    }

    void oneProgramAtATime() {
        DownloadJournal first(journalPath());
        QVERIFY(first.lock());
        QVERIFY(first.lock()); // taken already
        DownloadJournal second(journalPath());
        QVERIFY(!second.lock());
    }

    // A journal of a later version is not overwritten: it is kept aside.
    void aJournalItCannotReadIsKeptAside() {
        const QByteArray later =
            "{\"journal\":\"nbia-download-queue\",\"version\":2}\n{\"uid\":\"1.1\"}\n";
        write(journalPath(), later);
        DownloadQueue queue(m_client.get(), options());
        DownloadJournal journal(journalPath());
        QVERIFY(journal.attach(&queue));
        QCOMPARE(readAll(journalPath() + u".unreadable"_s), later);
        QVERIFY(readAll(journalPath())
                    .startsWith("{\"journal\":\"nbia-download-queue\",\"version\":1}"));
    }

    void anUnwritableJournalSaysWhy() {
        QVERIFY(QDir().mkpath(journalPath())); // a folder where the file should be
        DownloadQueue queue(m_client.get(), options());
        DownloadJournal journal(journalPath());
        QVERIFY(!journal.attach(&queue));
        QVERIFY(!journal.errorString().isEmpty());
    }

    // The journal as a crash in the middle of a download leaves it: the finished series stays
    // finished, the interrupted one starts again from the beginning, and all of them end up
    // complete.
    void aQueueCutShortResumesFromItsJournal() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":throttle=400k"_s));
        const auto series = smallestSeries(3);
        const QString crashed = m_dir->filePath(u"crashed.jsonl"_s);
        {
            DownloadOptions o = options();
            o.parallel = 1;
            DownloadQueue queue(m_client.get(), o);
            DownloadJournal journal(journalPath());
            QVERIFY(journal.attach(&queue));
            queue.add(uidsOf(series));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return queue.items().at(0).state == DownloadState::Done &&
                           queue.items().at(1).bytesReceived > 0;
                },
                30000));
            QVERIFY(QFile::copy(journalPath(), crashed));
        }
        m_server->faults().clear();
        const QList<DownloadItem> items = DownloadJournal::read(crashed);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).state, DownloadState::Done);
        QVERIFY(isActive(items.at(1).state));
        QCOMPARE(items.at(2).state, DownloadState::Queued);

        DownloadQueue queue(m_client.get(), options());
        queue.restore(items);
        QVERIFY(QTest::qWaitFor([&] { return queue.isFinished() && queue.runningCount() == 0; },
                                30000));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(queue.items().at(i).state, DownloadState::Done);
            const QDir folder(QDir(options().root).filePath(queue.items().at(i).folder));
            QCOMPARE(folder.entryList(QDir::Files).size(), series.at(i)->imageCount);
        }
        QCOMPARE(m_server->requestCount(imageEndpoint()), 4); // not the first again
    }
};

QTEST_GUILESS_MAIN(TestDownloadJournal)
#include "tst_downloadjournal.moc"
