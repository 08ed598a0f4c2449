#include <api/series.h>
#include <model/facetcountsjob.h>

#include <QSignalSpy>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// The filter counts of a collection, counted off the GUI thread: the result is the same as a
// pass on the spot, and only the latest request is told.
class TestFacetCountsJob final : public QObject {
    Q_OBJECT

private:
    static QList<Series> manySeries(int count) {
        QList<Series> series;
        const QStringList modalities{u"CT"_s, u"MR"_s, u"PT"_s, u"SEG"_s};
        for (int i = 0; i < count; ++i) {
            Series s;
            s.seriesInstanceUid = u"1.2.%1"_s.arg(i);
            s.modality = modalities.at(i % modalities.size());
            s.bodyPartExamined = i % 3 ? u"CHEST"_s : u"HEAD"_s;
            s.manufacturer = i % 5 ? u"SIEMENS"_s : QString();
            series << s;
        }
        return series;
    }

private Q_SLOTS:
    void countsAsAPassOnTheSpot_data() {
        QTest::addColumn<QStringList>("modalities");
        QTest::newRow("no filter") << QStringList();
        QTest::newRow("CT") << QStringList{u"CT"_s};
        QTest::newRow("CT or MR") << QStringList{u"CT"_s, u"MR"_s};
    }
    void countsAsAPassOnTheSpot() {
        QFETCH(QStringList, modalities);
        const QList<Series> series = manySeries(20000);
        ArchiveFilter filter;
        filter.modalities = QSet<QString>(modalities.cbegin(), modalities.cend());
        FacetCountsJob job;
        QSignalSpy ready(&job, &FacetCountsJob::ready);
        job.request(series, filter);
        QVERIFY(job.isBusy());
        QVERIFY(ready.wait());
        const auto counts = ready.first().first().value<FacetCounts>();
        const FacetCounts expected = FacetCounts::of(series, filter);
        QCOMPARE(counts.modalities, expected.modalities);
        QCOMPARE(counts.bodyParts, expected.bodyParts);
        QCOMPARE(counts.manufacturers, expected.manufacturers);
        QVERIFY(!job.isBusy());
    }

    // Requests in quick succession: only the last is told; a cleared job tells nothing.
    void onlyTheLatestIsTold() {
        const QList<Series> series = manySeries(50000);
        FacetCountsJob job;
        QSignalSpy ready(&job, &FacetCountsJob::ready);
        ArchiveFilter ct;
        ct.modalities = {u"CT"_s};
        job.request(series, {});
        job.request(series, {});
        job.request(series, ct);
        QTRY_VERIFY(!job.isBusy());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().value<FacetCounts>().bodyParts,
                 FacetCounts::of(series, ct).bodyParts);

        job.request(series, ct);
        job.clear();
        QTRY_VERIFY(!job.isBusy());
        QCOMPARE(ready.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFacetCountsJob)
#include "tst_facetcountsjob.moc"
