#include <model/searchtext.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// What a search finds, in each kind of record: identifiers and descriptions, without case,
// with the typed text trimmed.
class TestSearchText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void series_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("found");

        QTest::newRow("patient ID, any case") << u"lidc-0001"_s << true;
        QTest::newRow("series description") << u"axial"_s << true;
        QTest::newRow("protocol") << u"routine"_s << true;
        QTest::newRow("series UID") << u"1.2.3.4"_s << true;
        QTest::newRow("study UID") << u"9.8.7"_s << true;
        QTest::newRow("study description") << u"thorax"_s << true;
        QTest::newRow("trimmed") << u"  AXIAL  "_s << true;
        QTest::newRow("modality is a filter, not a search") << u"CT"_s << false;
        QTest::newRow("absent") << u"brain"_s << false;
    }

    void series() {
        QFETCH(QString, typed);
        QFETCH(bool, found);
        Series s;
        s.patientId = u"LIDC-0001"_s;
        s.seriesDescription = u"Axial 1mm"_s;
        s.protocolName = u"Chest routine"_s;
        s.seriesInstanceUid = u"1.2.3.4.5"_s;
        s.studyInstanceUid = u"9.8.7.6"_s;
        s.studyDescription = u"THORAX"_s;
        s.modality = u"CT"_s;
        QCOMPARE(SearchText(typed).matches(s), found);
    }

    void otherRecords() {
        Patient patient;
        patient.patientId = u"P-17"_s;
        patient.patientName = u"Phantom"_s;
        QVERIFY(SearchText(u"p-1"_s).matches(patient));
        QVERIFY(SearchText(u"phan"_s).matches(patient));
        Study study;
        study.studyId = u"4711"_s;
        study.studyDescription = u"Head"_s;
        QVERIFY(SearchText(u"471"_s).matches(study));
        QVERIFY(!SearchText(u"neck"_s).matches(study));
        QVERIFY(SearchText(u"lung"_s).matches(u"Lung-Screening-CT"_s));
        QVERIFY(SearchText(u"  "_s).isEmpty());
        QCOMPARE(SearchText(u" x "_s), SearchText(u"x"_s));
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
