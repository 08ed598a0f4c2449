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

    void aSeriesListedTwiceIsQueuedOnce() {
        DownloadQueue queue(m_client.get(), options());
        queue.pauseAll();
        const QStringList uids = uidsOf(smallestSeries(2));
        const DownloadIntake::Outcome outcome =
            DownloadIntake::add(queue, DownloadIntake::seriesOf(uids + uids + QStringList{u" "_s}),
                                options().target(), m_client->settings());
        QCOMPARE(outcome.error, QString());
        QCOMPARE(outcome.queued, 2);
        QCOMPARE(outcome.waiting, 0);
        QCOMPARE(queue.items().size(), 2);
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
