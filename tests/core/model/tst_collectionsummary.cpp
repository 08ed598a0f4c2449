#include <model/collectionsummary.h>

#include <QTest>
#include <QTimeZone>

using namespace nbia;
using namespace Qt::StringLiterals;

namespace {
Series series(const QString &patient, const QString &study, const QString &modality,
              const QString &bodyPart, std::optional<qint64> images, std::optional<qint64> bytes,
              QDate released = {}) {
    Series s;
    s.seriesInstanceUid = patient + study + modality;
    s.patientId = patient;
    s.studyInstanceUid = study;
    s.modality = modality;
    s.bodyPartExamined = bodyPart;
    s.manufacturer = u"SIEMENS"_s;
    s.imageCount = images;
    s.fileSize = bytes;
    s.licenseName = u"CC BY 4.0"_s;
    s.licenseUri = u"https://creativecommons.org/licenses/by/4.0/"_s;
    s.collectionUri = u"https://doi.org/10.7937/K9/TCIA.X"_s;
    if (released.isValid())
        s.dateReleased = QDateTime(released, QTime(0, 0), QTimeZone::utc());
    return s;
}
} // namespace

// The totals shown for a collection, counted from its series.
class TestCollectionSummary final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void empty() {
        const CollectionSummary summary = CollectionSummary::of({});
        QCOMPARE(summary.series, 0);
        QCOMPARE(summary.patients, 0);
        QVERIFY(summary.modalities.isEmpty());
        QVERIFY(summary.doi.isEmpty());
        QVERIFY(!summary.firstRelease.isValid());
    }

    void countsDistinctPatientsAndStudies() {
        const CollectionSummary summary = CollectionSummary::of({
            series(u"P1"_s, u"S1"_s, u"CT"_s, u"CHEST"_s, 100, 5000, {2020, 5, 1}),
            series(u"P1"_s, u"S1"_s, u"SEG"_s, u"CHEST"_s, 1, 700, {2021, 1, 2}),
            series(u"P1"_s, u"S2"_s, u"CT"_s, {}, std::nullopt, std::nullopt),
            series(u"P2"_s, u"S3"_s, u"CT"_s, u""_s, 50, 2500, {2019, 3, 4}),
        });
        QCOMPARE(summary.series, 4);
        QCOMPARE(summary.patients, 2);
        QCOMPARE(summary.studies, 3);
        QCOMPARE(summary.images, 151); // an unknown count adds nothing
        QCOMPARE(summary.bytes, 8200);
        QCOMPARE(summary.firstRelease.date(), QDate(2019, 3, 4));
        QCOMPARE(summary.lastRelease.date(), QDate(2021, 1, 2));
        QCOMPARE(summary.doi, u"https://doi.org/10.7937/K9/TCIA.X"_s);
        QCOMPARE(summary.licenses.size(), 1);
        QCOMPARE(summary.licenses.first().first, u"CC BY 4.0"_s);
    }

    // Most series first, ties by name; an empty and an absent value are one "not specified";
    // modalities and body parts in upper case, as the archive lists them.
    void valuesAreRankedBySeries() {
        const CollectionSummary summary = CollectionSummary::of({
            series(u"P1"_s, u"S1"_s, u"MR"_s, {}, 1, 1),
            series(u"P1"_s, u"S1"_s, u"CT"_s, u""_s, 1, 1),
            series(u"P1"_s, u"S1"_s, u"SEG"_s, u"CHEST"_s, 1, 1),
            series(u"P1"_s, u"S1"_s, u"SEG"_s, u"CHEST"_s, 1, 1),
            series(u"P1"_s, u"S1"_s, u"SEG"_s, u"Chest"_s, 1, 1),
        });
        using V = CollectionSummary::ValueCount;
        QCOMPARE(summary.modalities, (QList<V>{{u"SEG"_s, 3}, {u"CT"_s, 1}, {u"MR"_s, 1}}));
        QCOMPARE(summary.bodyParts, (QList<V>{{u"CHEST"_s, 3}, {QString(), 2}}));
        QVERIFY(summary.bodyParts.last().value.isNull());
    }

    void everyLicenseIsListedOnce() {
        QList<Series> list{series(u"P1"_s, u"S1"_s, u"CT"_s, {}, 1, 1),
                           series(u"P2"_s, u"S2"_s, u"CT"_s, {}, 1, 1),
                           series(u"P3"_s, u"S3"_s, u"CT"_s, {}, 1, 1)};
        list[1].licenseName = u"TCIA Restricted"_s;
        list[1].licenseUri = u"https://www.cancerimagingarchive.net/data-usage-policies/"_s;
        const CollectionSummary summary = CollectionSummary::of(list);
        QCOMPARE(summary.licenses.size(), 2);
        QCOMPARE(summary.licenses.at(1).first, u"TCIA Restricted"_s);
    }
};

QTEST_GUILESS_MAIN(TestCollectionSummary)
#include "tst_collectionsummary.moc"
