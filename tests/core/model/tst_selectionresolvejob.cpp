#include <api/series.h>
#include <model/selectionresolvejob.h>

#include <QSignalSpy>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// A large selection's totals, worked out off the GUI thread: the same as resolving on the
// spot, and only the latest request is told.
class TestSelectionResolveJob final : public QObject {
    Q_OBJECT

private:
    static QList<Series> manySeries(int count) {
        QList<Series> series;
        for (int i = 0; i < count; ++i) {
            Series s;
            s.seriesInstanceUid = u"1.2.%1"_s.arg(i);
            s.patientId = u"P-%1"_s.arg(i / 4);
            s.modality = i % 2 ? u"CT"_s : u"MR"_s;
            s.fileSize = 1000 + i;
            series << s;
        }
        return series;
    }

    static SeriesSelection::Resolved onTheSpot(const SeriesSelection &selection,
                                               const QList<Series> &series,
                                               const ArchiveFilter &filter) {
        return selection.resolve(
            [&series](const QString &collection) {
                return collection == u"LUNG"_s ? &series : nullptr;
            },
            filter);
    }

private Q_SLOTS:
    void resolvesAsOnTheSpot_data() {
        QTest::addColumn<bool>("picked");
        QTest::newRow("series picked in a list") << true;
        QTest::newRow("patients and a collection") << false;
    }
    void resolvesAsOnTheSpot() {
        QFETCH(bool, picked);
        const QList<Series> series = manySeries(40000);
        SeriesSelection selection;
        if (picked) {
            std::vector<int> indexes;
            for (int i = 0; i < 30000; i += 3)
                indexes.push_back(i);
            selection.addSeries(series, indexes);
        } else {
            selection.addPatient(u"LUNG"_s, u"P-7"_s);
            selection.addCollection(u"LUNG"_s);
            selection.addCollection(u"NOT-LOADED"_s);
        }
        ArchiveFilter ct;
        ct.modalities = {u"CT"_s};
        SelectionResolveJob job;
        QSignalSpy ready(&job, &SelectionResolveJob::ready);
        job.request(selection, {{u"LUNG"_s, series}}, ct);
        QVERIFY(job.isBusy());
        QVERIFY(ready.wait());
        const auto totals = ready.first().first().value<SeriesSelection::Totals>();
        const SeriesSelection::Resolved expected = onTheSpot(selection, series, ct);
        QCOMPARE(totals.series, expected.series.size());
        QCOMPARE(totals.bytes, expected.bytes);
        QCOMPARE(totals.pendingCollections, expected.pendingCollections);
        QCOMPARE(totals.series, picked ? 10000 : 20000);
        QVERIFY(!job.isBusy());
    }

    // Requests in quick succession: only the last is told; a cleared job tells nothing.
    void onlyTheLatestIsTold() {
        const QList<Series> series = manySeries(50000);
        SeriesSelection all;
        all.addCollection(u"LUNG"_s);
        SeriesSelection one;
        one.addSeries(series, {5});
        SelectionResolveJob job;
        QSignalSpy ready(&job, &SelectionResolveJob::ready);
        job.request(all, {{u"LUNG"_s, series}}, {});
        job.request(all, {{u"LUNG"_s, series}}, {});
        job.request(one, {{u"LUNG"_s, series}}, {});
        QTRY_VERIFY(!job.isBusy());
        QCOMPARE(ready.count(), 1);
        const auto latest = ready.first().first().value<SeriesSelection::Totals>();
        QCOMPARE(latest.series, 1);
        QCOMPARE(latest.bytes, 1005);

        job.request(all, {{u"LUNG"_s, series}}, {});
        job.clear();
        QTRY_VERIFY(!job.isBusy());
        QCOMPARE(ready.count(), 1);
    }

    // What resolve() looks at: the picked series and the loaded collections' series.
    void workloadCountsWhatResolveWalks() {
        const QList<Series> series = manySeries(100);
        SeriesSelection selection;
        selection.addSeries(series, {1, 2, 3});
        selection.addCollection(u"LUNG"_s);
        selection.addCollection(u"NOT-LOADED"_s);
        const auto lookup = [&series](const QString &collection) {
            return collection == u"LUNG"_s ? &series : nullptr;
        };
        QCOMPARE(selection.workload(lookup), 103);
    }
};

QTEST_GUILESS_MAIN(TestSelectionResolveJob)
#include "tst_selectionresolvejob.moc"
