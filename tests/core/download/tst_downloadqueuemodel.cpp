#include "clienttestcase.h"

#include <download/downloadqueue.h>
#include <download/downloadqueuemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

// The download queue as a table, under the model tester, through a whole run.
class TestDownloadQueueModel final : public ClientTestCase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addApiVersions(); }
    void initTestCase() { QVERIFY(startArchive()); }
    void init() { resetArchive(); }

    // Ten thousand rows, six of them reporting progress over and over: the view hears of it
    // once per tick, with the totals kept row by row; a new state shows at once.
    void progressIsCoalesced() {
        QTemporaryDir dir;
        DownloadOptions options;
        options.root = dir.path();
        DownloadQueue queue(m_client.get(), options);
        DownloadQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueue(&queue);
        QList<DownloadItem> rows;
        for (int i = 0; i < 10000; ++i) {
            DownloadItem item;
            item.seriesUid = u"1.2.840.%1"_s.arg(i);
            item.target = options.target();
            item.state = i % 2 ? DownloadState::Failed : DownloadState::Cancelled;
            item.bytesExpected = 1000;
            rows << item;
        }
        queue.restore(rows);
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(model.totals().series, 10000);
        QCOMPARE(model.totals().failed, 5000);
        QCOMPARE(model.totals().bytesExpected, qint64(10000) * 1000);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy totals(&model, &DownloadQueueModel::totalsChanged);
        for (int i = 0; i < 600; ++i)
            Q_EMIT queue.rowChanged(1000 * (i % 6) + 2);
        QCOMPARE(changed.count(), 0);
        QVERIFY(changed.wait(DownloadQueueModel::tickMs * 10));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 5002);

        // Retrying a failed row changes its state: shown at once, and counted.
        queue.retry(queue.items().at(1).seriesUid);
        QVERIFY(changed.count() >= 2); // no tick waited for (it may start downloading, too)
        QCOMPARE(model.totals().failed, 4999);
        queue.pauseAll();
    }

    void followsTheQueue() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DownloadOptions options;
        options.root = dir.path();
        options.parallel = 2;
        DownloadQueue queue(m_client.get(), options);
        DownloadQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueue(&queue);
        QSignalSpy totals(&model, &DownloadQueueModel::totalsChanged);

        QStringList uids;
        QList<Series> series;
        for (qsizetype i = 0; i < 4; ++i) {
            uids << archive().series().at(i).uid;
            Series s;
            s.seriesInstanceUid = uids.last();
            s.fileSize = archive().series().at(i).totalSize();
            series << s;
        }
        queue.add(series);
        QCOMPARE(model.rowCount(), 4);
        // The sizes the browser knew count from the start.
        QCOMPARE(model.totals().bytesExpected,
                 std::accumulate(series.cbegin(), series.cend(), qint64(0),
                                 [](qint64 sum, auto &s) { return sum + *s.fileSize; }));
        queue.moveToTop(uids.last());
        QCOMPARE(model.index(0, 0).data(DownloadQueueModel::UidRole).toString(), uids.last());
        queue.cancel(uids.at(1));
        const int cancelled = queue.row(uids.at(1));
        QCOMPARE(model.index(cancelled, int(DownloadQueueModel::Column::State)).data().toString(),
                 u"Cancelled"_s);
        QTRY_VERIFY_WITH_TIMEOUT(queue.isFinished(), 30000);

        const DownloadQueueModel::Totals sum = model.totals();
        QCOMPARE(sum.series, 4);
        QCOMPARE(sum.done, 3);
        QCOMPARE(sum.active, 0);
        QVERIFY(sum.bytesReceived > 0);
        QVERIFY(!totals.isEmpty());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex state = model.index(row, int(DownloadQueueModel::Column::State));
            if (state.data(DownloadQueueModel::StateRole).toInt() == int(DownloadState::Done)) {
                QCOMPARE(state.data(DownloadQueueModel::PercentRole).toInt(), 100);
                QVERIFY(!model.index(row, int(DownloadQueueModel::Column::Folder))
                             .data()
                             .toString()
                             .isEmpty());
                // Named for people once its metadata came; the UID in the tool tip.
                const QModelIndex name = model.index(row, int(DownloadQueueModel::Column::Series));
                const QString uid = name.data(DownloadQueueModel::UidRole).toString();
                const qsizetype at = uids.indexOf(uid);
                QVERIFY(name.data().toString().contains(archive().series().at(at).modality));
                QVERIFY(name.data().toString() != uid);
                QCOMPARE(name.data(Qt::ToolTipRole).toString(), uid);
            }
        }
        queue.clearFinished(); // rows removed under the model tester's eyes
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totals().series, 0);
        model.setQueue(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // A failed row says why, shows the series' size (not the bytes of the refusal) and no
    // folder, since none was made.
    void aFailedRow() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":not-public"_s));
        QTemporaryDir dir;
        DownloadOptions options;
        options.root = dir.path();
        DownloadQueue queue(m_client.get(), options);
        DownloadQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueue(&queue);
        const ArchiveSeries &s = archive().series().first();
        queue.add(QStringList{s.uid});
        QTRY_VERIFY_WITH_TIMEOUT(queue.isFinished(), 30000);
        const auto cell = [&](DownloadQueueModel::Column column) {
            return model.index(0, int(column)).data().toString();
        };
        QCOMPARE(cell(DownloadQueueModel::Column::State), u"Failed"_s);
        QVERIFY2(cell(DownloadQueueModel::Column::Reason)
                     .contains(isV4() ? u"has not been granted the access"_s
                                      : u"not in public domain"_s),
                 qPrintable(cell(DownloadQueueModel::Column::Reason)));
        QCOMPARE(cell(DownloadQueueModel::Column::Folder), QString());
        QCOMPARE(model.index(0, 0).data(DownloadQueueModel::PathRole).toString(), dir.path());
        QCOMPARE(cell(DownloadQueueModel::Column::Progress),
                 QLocale().formattedDataSize(s.totalSize(), 1, QLocale::DataSizeSIFormat));
        QVERIFY(model.index(0, int(DownloadQueueModel::Column::State))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(isV4() ? u"has not been granted the access"_s
                                     : u"not in public domain"_s));
    }

    void durations_data() {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(7) << u"0:07"_s;
        QTest::newRow("minutes") << qint64(125) << u"2:05"_s;
        QTest::newRow("hours") << qint64(3 * 3600 + 61) << u"3:01:01"_s;
    }
    void durations() {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(DownloadQueueModel::duration(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestDownloadQueueModel)
#include "tst_downloadqueuemodel.moc"
