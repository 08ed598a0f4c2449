#include <api/series.h>
#include <download/safefilename.h>
#include <download/seriesfolderlayout.h>

#include <QTest>
#include <QTimeZone>

using namespace nbia;
using namespace Qt::StringLiterals;

namespace {
// The archive's canonical example: LIDC-IDRI-0001's CT, as the Data Retriever names it
// ".../LIDC-IDRI/LIDC-IDRI-0001/01-01-2000-NA-NA-30178/3000566.000000-NA-03192/1-001.dcm".
SeriesFolderFacts lidc() {
    SeriesFolderFacts facts;
    facts.collection = u"LIDC-IDRI"_s;
    facts.patientId = u"LIDC-IDRI-0001"_s;
    facts.studyInstanceUid = u"1.3.6.1.4.1.14519.5.2.1.6279.6001.298806137288633453246975630178"_s;
    facts.studyDate = QDate(2000, 1, 1);
    facts.seriesInstanceUid = u"1.3.6.1.4.1.14519.5.2.1.6279.6001.179049373636438705059720603192"_s;
    facts.seriesNumber = u"3000566.000000"_s;
    return facts;
}
} // namespace

// Folder names as the archive's Data Retriever makes them, made safe for every system.
class TestSeriesFolderLayout final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theArchivesExample() {
        QCOMPARE(SeriesFolderLayout::folders(FolderLayout::Descriptive, lidc()),
                 (QStringList{u"LIDC-IDRI"_s, u"LIDC-IDRI-0001"_s, u"01-01-2000-NA-NA-30178"_s,
                              u"3000566.000000-NA-03192"_s}));
    }

    void descriptiveNames_data() {
        QTest::addColumn<QString>("studyId");
        QTest::addColumn<QString>("studyDescription");
        QTest::addColumn<QDate>("studyDate");
        QTest::addColumn<QString>("seriesNumber");
        QTest::addColumn<QString>("seriesDescription");
        QTest::addColumn<QString>("study");
        QTest::addColumn<QString>("series");
        QTest::newRow("everything")
            << u"1234"_s << u"CT CHEST W/O CONTRAST"_s << QDate(2013, 7, 24) << u"2.000000"_s
            << u"Lung 1.0 B45f"_s << u"07-24-2013-1234-CT CHEST WO CONTRAST-30178"_s
            << u"2.000000-Lung 1.0 B45f-03192"_s;
        QTest::newRow("characters the servlet drops")
            << u"A#1"_s << u"Thorax^Routine (adult)"_s << QDate(1999, 12, 31) << QString()
            << u"t2_tse/tra: 3mm"_s << u"12-31-1999-A1-ThoraxRoutine adult-30178"_s
            << u"t2tsetra 3mm-03192"_s;
        QTest::newRow("a description cut at 53 characters")
            << QString() << u"x"_s.repeated(60) << QDate() << u"1.000000"_s << u"y"_s.repeated(80)
            << u"NA-"_s + u"x"_s.repeated(53) + u"-30178"_s
            << u"1.000000-"_s + u"y"_s.repeated(53) + u"-03192"_s;
        QTest::newRow("a literal null") << u"null"_s << u"null"_s << QDate() << u"null"_s
                                        << u"null"_s << u"30178"_s << u"03192"_s;
    }
    void descriptiveNames() {
        QFETCH(QString, studyId);
        QFETCH(QString, studyDescription);
        QFETCH(QDate, studyDate);
        QFETCH(QString, seriesNumber);
        QFETCH(QString, seriesDescription);
        QFETCH(QString, study);
        QFETCH(QString, series);
        SeriesFolderFacts facts = lidc();
        facts.studyId = studyId;
        facts.studyDescription = studyDescription;
        facts.studyDate = studyDate;
        facts.seriesNumber = seriesNumber;
        facts.seriesDescription = seriesDescription;
        QCOMPARE(SeriesFolderLayout::descriptiveStudyFolder(facts), study);
        QCOMPARE(SeriesFolderLayout::descriptiveSeriesFolder(facts), series);
    }

    void classicAndFlat() {
        const SeriesFolderFacts facts = lidc();
        QCOMPARE(SeriesFolderLayout::folders(FolderLayout::Classic, facts),
                 (QStringList{u"LIDC-IDRI"_s, u"LIDC-IDRI-0001"_s, facts.studyInstanceUid,
                              facts.seriesInstanceUid}));
        QCOMPARE(SeriesFolderLayout::folders(FolderLayout::Flat, facts),
                 QStringList{facts.seriesInstanceUid});
    }

    // Hostile metadata never makes a name that climbs out of the download folder or that a
    // system rejects.
    void hostileMetadata_data() {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("patient");
        QTest::newRow("climbing") << u".."_s << u"../../../etc"_s;
        QTest::newRow("absolute") << u"/etc"_s << u"C:\\Windows"_s;
        QTest::newRow("devices") << u"CON"_s << u"LPT1"_s;
        QTest::newRow("devices with extensions") << u"aux.txt"_s << u"com1.dcm"_s;
        QTest::newRow("empty") << QString() << u" "_s;
        QTest::newRow("Windows' characters") << u"A<B>C"_s << u"P|1?*\"\t"_s;
        QTest::newRow("trailing dots and spaces") << u"Coll. "_s << u"P-1..."_s;
    }
    void hostileMetadata() {
        QFETCH(QString, collection);
        QFETCH(QString, patient);
        SeriesFolderFacts facts = lidc();
        facts.collection = collection;
        facts.patientId = patient;
        facts.studyInstanceUid = u"../.."_s;
        facts.seriesInstanceUid = u"a/../../b"_s;
        for (const FolderLayout layout :
             {FolderLayout::Descriptive, FolderLayout::Classic, FolderLayout::Flat}) {
            for (const QString &folder : SeriesFolderLayout::folders(layout, facts)) {
                QVERIFY2(!folder.isEmpty() && folder != u"."_s && folder != u".."_s,
                         qPrintable(folder));
                QVERIFY2(!folder.contains(u'/') && !folder.contains(u'\\'), qPrintable(folder));
                QVERIFY2(!folder.contains(u':'), qPrintable(folder));
                QVERIFY2(SafeFileName::isSafe(folder), qPrintable(folder)); // on every system
            }
        }
    }

    void factsFromASeries() {
        Series s;
        s.collection = u"LIDC-IDRI"_s;
        s.patientId = u"LIDC-IDRI-0001"_s;
        s.studyInstanceUid = lidc().studyInstanceUid;
        s.seriesInstanceUid = lidc().seriesInstanceUid;
        s.seriesNumber = 3000566;
        s.studyDate = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
        const SeriesFolderFacts facts = SeriesFolderFacts::from(s);
        QCOMPARE(facts.seriesNumber, u"3000566.000000"_s);
        QCOMPARE(SeriesFolderLayout::folders(FolderLayout::Descriptive, facts),
                 SeriesFolderLayout::folders(FolderLayout::Descriptive, lidc()));
    }

    void layoutNames_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("layout"); // -1: not a layout
        QTest::newRow("descriptive") << u"descriptive"_s << int(FolderLayout::Descriptive);
        QTest::newRow("Classic") << u"Classic"_s << int(FolderLayout::Classic);
        QTest::newRow("FLAT") << u"FLAT"_s << int(FolderLayout::Flat);
        QTest::newRow("other") << u"nested"_s << -1;
    }
    void layoutNames() {
        QFETCH(QString, text);
        QFETCH(int, layout);
        const std::optional<FolderLayout> parsed = SeriesFolderLayout::parse(text);
        QCOMPARE(parsed ? int(*parsed) : -1, layout);
        if (parsed)
            QCOMPARE(SeriesFolderLayout::name(*parsed), text.toLower());
    }
};

QTEST_GUILESS_MAIN(TestSeriesFolderLayout)
#include "tst_seriesfolderlayout.moc"
