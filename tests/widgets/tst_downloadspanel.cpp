#include "clienttestcase.h"

#include <download/downloadqueue.h>
#include <download/downloadqueuemodel.h>
#include <download/tciamanifest.h>
#include <downloadspanel.h>
#include <faileddownloadsbar.h>

#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

// The downloads panel's buttons act on the selected rows, only when they can.
class TestDownloadsPanel final : public ClientTestCase {
    Q_OBJECT

private:
    // A queue of one download at a time into a folder of its own, in a panel.
    struct PanelQueue {
        QTemporaryDir dir;
        DownloadQueue queue;
        DownloadsPanel panel;

        explicit PanelQueue(NbiaClient *client)
            : queue(client, optionsIn(dir)) {
            panel.setQueue(&queue);
        }
        static DownloadOptions optionsIn(const QTemporaryDir &dir) {
            DownloadOptions options;
            options.root = dir.path();
            options.parallel = 1;
            return options;
        }
    };

    static bool isNoticeShown(const DownloadsPanel &panel) {
        const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>();
        return std::any_of(buttons.cbegin(), buttons.cend(), [](const QPushButton *b) {
            return b->text() == u"Resume all"_s && b->isVisible();
        });
    }

    static QPushButton *button(const DownloadsPanel &panel, const QString &text) {
        for (QPushButton *b : panel.findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == text)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase_data() { addApiVersions(); }
    void initTestCase() { QVERIFY(startArchive()); }
    void init() { resetArchive(); }

    void buttonsActOnTheSelection() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":throttle=100k"_s));
        PanelQueue shown(m_client.get());
        DownloadQueue &queue = shown.queue;
        DownloadsPanel &panel = shown.panel;
        panel.show();
        QVERIFY(panel.totalsText().contains(u"No downloads"_s));
        const QStringList uids = uidsOf(smallestSeries(3));
        queue.add(uids);

        QPushButton *pause = button(panel, u"Pause"_s);
        QPushButton *resume = button(panel, u"Resume"_s);
        QPushButton *cancel = button(panel, u"Cancel"_s);
        QPushButton *retry = button(panel, u"Retry"_s);
        QPushButton *top = button(panel, u"Move to top"_s);
        QVERIFY(pause && resume && cancel && retry && top);
        QVERIFY(!pause->isEnabled() && !top->isEnabled()); // nothing selected

        panel.view()->selectRow(2); // a queued row
        QVERIFY(pause->isEnabled() && cancel->isEnabled() && top->isEnabled());
        QVERIFY(!resume->isEnabled() && !retry->isEnabled());
        top->click();
        QCOMPARE(queue.items().first().seriesUid, uids.at(2));

        panel.view()->selectRow(1);
        const QString paused = queue.items().at(1).seriesUid;
        pause->click();
        QCOMPARE(queue.items().at(queue.row(paused)).state, DownloadState::Paused);
        QVERIFY(resume->isEnabled());

        panel.view()->selectRow(queue.row(paused));
        cancel->click();
        QCOMPARE(queue.items().at(queue.row(paused)).state, DownloadState::Cancelled);
        QVERIFY(retry->isEnabled() && !cancel->isEnabled());

        m_server->faults().clear();
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(queue.isFinished(), 30000);
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Done);
        QVERIFY2(panel.totalsText().startsWith(u"3 of 3 series done"_s),
                 qPrintable(panel.totalsText()));
    }

    // Several rows selected: each button acts on every one of them.
    void buttonsActOnEverySelectedRow() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":throttle=100k"_s));
        PanelQueue shown(m_client.get());
        DownloadQueue &queue = shown.queue;
        DownloadsPanel &panel = shown.panel;
        panel.show();
        const QStringList uids = uidsOf(smallestSeries(4));
        queue.add(uids);
        const auto selectRows = [&](const QList<int> &rows) {
            panel.view()->clearSelection();
            for (const int row : rows)
                panel.view()->selectionModel()->select(panel.view()->model()->index(row, 0),
                                                       QItemSelectionModel::Select |
                                                           QItemSelectionModel::Rows);
        };
        selectRows({1, 3});
        button(panel, u"Pause"_s)->click();
        QCOMPARE(queue.items().at(queue.row(uids.at(1))).state, DownloadState::Paused);
        QCOMPARE(queue.items().at(queue.row(uids.at(3))).state, DownloadState::Paused);
        QVERIFY(queue.items().at(queue.row(uids.at(0))).state != DownloadState::Paused);

        selectRows({queue.row(uids.at(1)), queue.row(uids.at(3))});
        button(panel, u"Cancel"_s)->click();
        QCOMPARE(queue.items().at(queue.row(uids.at(1))).state, DownloadState::Cancelled);
        QCOMPARE(queue.items().at(queue.row(uids.at(3))).state, DownloadState::Cancelled);

        m_server->faults().clear();
        selectRows({queue.row(uids.at(1)), queue.row(uids.at(3))});
        button(panel, u"Retry"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(queue.isFinished(), 30000);
        for (const DownloadItem &item : queue.items())
            QCOMPARE(item.state, DownloadState::Done);
    }

    // Clear finished empties the list of what is over; the spin box sets how many at once.
    void clearFinishedAndHowManyAtOnce() {
        PanelQueue shown(m_client.get());
        DownloadQueue &queue = shown.queue;
        DownloadsPanel &panel = shown.panel;
        panel.show();
        QPushButton *clear = button(panel, u"Clear finished"_s);
        auto *parallel = panel.findChild<QSpinBox *>();
        QVERIFY(clear && parallel);
        QCOMPARE(parallel->value(), 1);
        QVERIFY(!clear->isEnabled());
        DownloadItem failed;
        failed.seriesUid = u"1.2.3"_s;
        failed.target = queue.options().target();
        failed.state = DownloadState::Failed;
        queue.restore({failed}); // a finished row from the last session
        QVERIFY(clear->isEnabled());
        clear->click();
        QVERIFY(!clear->isEnabled());
        queue.pauseAll();
        queue.add(uidsOf(smallestSeries(3)));
        queue.cancel(queue.items().at(1).seriesUid);
        QVERIFY(clear->isEnabled());
        clear->click();
        QCOMPARE(queue.items().size(), 2);
        QCOMPARE(panel.view()->model()->rowCount(), 2);
        QVERIFY(!clear->isEnabled());

        QSignalSpy changed(&panel, &DownloadsPanel::parallelChanged);
        parallel->setValue(2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(queue.options().parallel, 2);
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":throttle=100k"_s));
        int most = 0; // v4 first asks for the rows' metadata: they start when it arrives
        connect(&queue, &DownloadQueue::rowChanged, &panel,
                [&] { most = std::max(most, queue.runningCount()); });
        queue.resumeAll();
        QTRY_VERIFY_WITH_TIMEOUT(queue.isFinished(), 30000);
        QCOMPARE(most, 2);
    }

    // The list keeps the running downloads in view until the user scrolls it.
    void followsTheRunningDownloads() {
        PanelQueue shown(m_client.get());
        DownloadQueue &queue = shown.queue;
        DownloadsPanel &panel = shown.panel;
        panel.resize(900, 220);
        panel.show();
        const QStringList uids = uidsOf(smallestSeries(30));
        queue.pauseAll();
        queue.add(uids);
        for (int i = 0; i < 20; ++i)
            queue.cancel(uids.at(i)); // finished: the first waiting one is far down
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":throttle=20k"_s));
        queue.resumeAll();
        QTRY_COMPARE(queue.items().at(20).state, DownloadState::Downloading);
        QVERIFY(panel.isFollowing());
        const QModelIndex running = panel.view()->model()->index(20, 0);
        QTRY_VERIFY(
            panel.view()->viewport()->rect().contains(panel.view()->visualRect(running).center()));

        panel.view()->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        QVERIFY(!panel.isFollowing());
        queue.pauseAll();
        queue.add(uidsOf(smallestSeries(31)).mid(30)); // more series: following again
        QVERIFY(panel.isFollowing());
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, QPoint(20, 10));
        QVERIFY(!panel.isFollowing()); // after a row: the list holds still
    }

    // A disk failure pauses the queue; the panel says why and resumes it.
    // Failed series can be tried again or kept as a manifest all at once, and each row tells
    // its whole reason.
    void failedDownloadsActTogether() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":not-public"_s));
        PanelQueue q(m_client.get());
        q.panel.show();
        const QStringList uids = uidsOf(smallestSeries(2));
        q.queue.add(uids);
        QTRY_VERIFY_WITH_TIMEOUT(q.queue.isFinished(), 30000);
        QCOMPARE(q.panel.failedUids().size(), 2);
        QTRY_VERIFY(q.panel.failedBar()->isVisible());
        QVERIFY(q.panel.failedBar()->text().contains(u"2 series failed"_s));
        const DownloadItem &failed = q.queue.items().first();
        QVERIFY(!failed.error.isEmpty());
        QVERIFY(q.panel.detailsText(failed.seriesUid).contains(failed.error));

        QTemporaryDir out;
        const QString path = out.filePath(u"failed.tcia"_s);
        QVERIFY(q.panel.exportFailed(path));
        QString error;
        const std::optional<TciaManifest> manifest = TciaManifest::readFile(path, &error);
        QVERIFY2(manifest, qPrintable(error));
        QStringList exported = manifest->seriesInstanceUids;
        QStringList expected = uids;
        exported.sort();
        expected.sort();
        QCOMPARE(exported, expected);

        m_server->faults().clear();
        q.panel.failedBar()->retryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(q.queue.isFinished() && q.panel.failedUids().isEmpty(), 30000);
        QVERIFY(!q.panel.failedBar()->isVisible());
        QCOMPARE(q.queue.totals().done, 2);
        // Any rows, done ones included, go out as a manifest from their menu.
        const QString one = out.filePath(u"one.tcia"_s);
        QVERIFY(q.panel.exportSeries({uids.last()}, one));
        QCOMPARE(TciaManifest::readFile(one, &error)->seriesInstanceUids, QStringList{uids.last()});
        QVERIFY(!q.panel.exportSeries({}, one));
    }

    void aPausedQueueSaysWhy() {
        QTemporaryDir dir;
        DownloadOptions options;
        options.root = dir.filePath(u"file"_s);
        QFile blocker(options.root);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DownloadQueue queue(m_client.get(), options);
        DownloadsPanel panel;
        panel.setQueue(&queue);
        panel.show();
        queue.add(uidsOf(smallestSeries(1)));
        QTRY_VERIFY(queue.isPaused());
        bool said = false;
        for (const QLabel *label : panel.findChildren<QLabel *>())
            said |= label->isVisible() && label->text().contains(queue.pauseReason());
        QVERIFY(said);
        QVERIFY(QFile::remove(options.root));
        QVERIFY(QDir().mkpath(options.root));
        button(panel, u"Resume all"_s)->click();
        QVERIFY(!queue.isPaused());
        QVERIFY(!said || !isNoticeShown(panel));
        QTRY_VERIFY_WITH_TIMEOUT(queue.isFinished(), 30000);

        // Paused and resumed from elsewhere (new downloads while the last session's wait): the
        // notice follows.
        queue.pauseAll(u"for a while"_s);
        QVERIFY(isNoticeShown(panel));
        queue.resumeAll();
        QVERIFY(!isNoticeShown(panel));
    }
};

QTEST_MAIN(TestDownloadsPanel)
#include "tst_downloadspanel.moc"
