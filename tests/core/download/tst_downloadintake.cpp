#include "clienttestcase.h"

#include <download/downloadintake.h>
#include <download/downloadqueue.h>

#include <QDir>
#include <QFile>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// How series join the queue, for the window and the command line alike.
class TestDownloadIntake final : public ClientTestCase {
    Q_OBJECT

private:
    DownloadOptions options() const {
        DownloadOptions o;
        o.root = m_dir->filePath(u"downloads"_s);
        o.parallel = 2;
        return o;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startArchive()); }
    void init() { QVERIFY(resetArchiveAndFolder()); }

    // Given as indexes into two series' UIDs; -1 is a blank UID.
    void aSeriesListedTwiceIsQueuedOnce_data() {
        QTest::addColumn<QList<int>>("listed");
        QTest::newRow("all again, then a blank") << QList<int>{0, 1, 0, 1, -1};
        QTest::newRow("a blank first") << QList<int>{-1, 0, 1};
        QTest::newRow("a repeat in between") << QList<int>{0, 0, 1};
        QTest::newRow("each once") << QList<int>{0, 1};
    }
    void aSeriesListedTwiceIsQueuedOnce() {
        QFETCH(QList<int>, listed);
        DownloadQueue queue(m_client.get(), options());
        queue.pauseAll();
        const QStringList uids = uidsOf(smallestSeries(2));
        QStringList given;
        for (const int i : listed)
            given << (i < 0 ? u" "_s : uids.at(i));
        const DownloadIntake::Outcome outcome = DownloadIntake::add(
            queue, DownloadIntake::seriesOf(given), options().target(), m_client->settings());
        QCOMPARE(outcome.error, QString());
        QCOMPARE(outcome.queued, 2);
        QCOMPARE(outcome.waiting, 0);
        QCOMPARE(queue.items().size(), 2);
        QCOMPARE(queue.items().at(0).seriesUid, uids.at(0)); // in the order given
        QCOMPARE(queue.items().at(1).seriesUid, uids.at(1));
        const DownloadIntake::Outcome again = DownloadIntake::add(
            queue, DownloadIntake::seriesOf(uids), options().target(), m_client->settings());
        QCOMPARE(again.queued, 0);
        QCOMPARE(again.waiting, 2); // waiting in the queue already
    }

    void aFolderThatCannotBeMadeQueuesNothing() {
        const QString file = m_dir->filePath(u"a-file"_s);
        QFile blocker(file);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DownloadTarget target = options().target();
        target.root = file + u"/below"_s;
        DownloadQueue queue(m_client.get(), options());
        const DownloadIntake::Outcome outcome =
            DownloadIntake::add(queue, DownloadIntake::seriesOf(uidsOf(smallestSeries(1))), target,
                                m_client->settings());
        QVERIFY2(outcome.error.contains(u"below"_s), qPrintable(outcome.error));
        QVERIFY(queue.items().isEmpty());
    }

    // The rows of the last session keep waiting; new ones start at once.
    void newSeriesDoNotWaitForTheLastSession() {
        DownloadQueue queue(m_client.get(), options());
        queue.pauseAll(PauseReason::LastSession);
        const QList<const emulator::ArchiveSeries *> series = smallestSeries(2);
        queue.add(DownloadIntake::seriesOf({series.at(0)->uid}));
        QCOMPARE(queue.pauseKind(), PauseReason::LastSession);
        const DownloadIntake::Outcome outcome =
            DownloadIntake::add(queue, DownloadIntake::seriesOf({series.at(1)->uid}),
                                options().target(), m_client->settings());
        QCOMPARE(outcome.queued, 1);
        QVERIFY(!queue.isPaused());
        QCOMPARE(queue.items().at(0).state, DownloadState::Paused);
        QTRY_COMPARE_WITH_TIMEOUT(queue.items().at(1).state, DownloadState::Done, 30000);
        QCOMPARE(queue.items().at(0).state, DownloadState::Paused);
    }
};

QTEST_MAIN(TestDownloadIntake)
#include "tst_downloadintake.moc"
