#include <model/archivetreenode.h>
#include <model/filterscope.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

namespace {
Series series(const QString &patient, const QString &study, const QString &modality) {
    Series s;
    s.patientId = patient;
    s.studyInstanceUid = study;
    s.modality = modality;
    return s;
}

std::shared_ptr<const SeriesGroups> groups(const QList<Series> &series) {
    return std::make_shared<const SeriesGroups>(series);
}

// A collection row with one patient row and one study row under it.
struct Branch {
    ArchiveTreeNode collection;
    ArchiveTreeNode patient;
    ArchiveTreeNode study;

    Branch(const QString &collectionName, const QString &patientId, const QString &studyUid) {
        collection.kind = ArchiveTreeNode::Kind::Collection;
        collection.record = collectionName;
        patient.kind = ArchiveTreeNode::Kind::Patient;
        patient.parent = &collection;
        Patient p;
        p.patientId = patientId;
        patient.record = p;
        study.kind = ArchiveTreeNode::Kind::Study;
        study.parent = &patient;
        Study s;
        s.studyInstanceUid = studyUid;
        study.record = s;
    }
};
} // namespace

// Which patient and study rows may hold a series the filter accepts.
class TestFilterScope final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rows_data() {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("patient");
        QTest::addColumn<QString>("study");
        QTest::addColumn<bool>("patientStays");
        QTest::addColumn<bool>("studyStays");
        QTest::newRow("holds a CT") << u"A"_s << u"P1"_s << u"1.1"_s << true << true;
        QTest::newRow("patient with a CT, study without")
            << u"A"_s << u"P1"_s << u"1.2"_s << true << false;
        QTest::newRow("only MR") << u"A"_s << u"P2"_s << u"2.1"_s << false << false;
        QTest::newRow("same patient ID in another known collection")
            << u"B"_s << u"P1"_s << u"9.9"_s << false << false;
        QTest::newRow("a collection not known") << u"C"_s << u"P7"_s << u"7.1"_s << true << true;
    }
    void rows() {
        QFETCH(QString, collection);
        QFETCH(QString, patient);
        QFETCH(QString, study);
        QFETCH(bool, patientStays);
        QFETCH(bool, studyStays);
        const ArchiveFilter ct{{u"CT"_s}, {}, {}};
        FilterScope scope(ct);
        scope.add(u"A"_s,
                  groups({series(u"P1"_s, u"1.1"_s, u"CT"_s), series(u"P1"_s, u"1.2"_s, u"MR"_s),
                          series(u"P2"_s, u"2.1"_s, u"MR"_s)}));
        scope.add(u"B"_s, groups({series(u"P9"_s, u"9.1"_s, u"CT"_s)}));
        const Branch branch(collection, patient, study);
        QCOMPARE(scope.mayHoldAccepted(branch.patient), patientStays);
        QCOMPARE(scope.mayHoldAccepted(branch.study), studyStays);
        QVERIFY(scope.mayHoldAccepted(branch.collection));
        // Prepared in one pass (as on a worker), it answers the same.
        const FilterScope prepared = scope.prepared();
        QCOMPARE(prepared.mayHoldAccepted(branch.patient), patientStays);
        QCOMPARE(prepared.mayHoldAccepted(branch.study), studyStays);
        QVERIFY(prepared.mayHoldAccepted(branch.collection));
        QCOMPARE(scope.seriesCount(), 4);
    }

    void emptyScopeKeepsEverything() {
        const Branch branch(u"A"_s, u"P1"_s, u"1.1"_s);
        const FilterScope scope;
        QVERIFY(!scope.covers(u"A"_s));
        QVERIFY(scope.mayHoldAccepted(branch.patient));
        QVERIFY(scope.mayHoldAccepted(branch.study));
    }

    void groupsFindASeriesByPatientAndStudy() {
        const SeriesGroups groups({series(u"P1"_s, u"1.1"_s, u"CT"_s),
                                   series(u"P2"_s, u"2.1"_s, u"MR"_s),
                                   series(u"P1"_s, u"1.2"_s, u"SEG"_s)});
        QCOMPARE(groups.ofPatient(u"P1"_s), (std::vector<int>{0, 2}));
        QCOMPARE(groups.ofStudy(u"2.1"_s), std::vector<int>{1});
        QVERIFY(groups.ofPatient(u"P3"_s).empty());
        QVERIFY(groups.ofStudy(QString()).empty());
    }

    void aKnownCollectionWithoutMatchesHidesAll() {
        FilterScope scope({{u"CT"_s}, {}, {}});
        scope.add(u"A"_s, groups({series(u"P1"_s, u"1.1"_s, u"MR"_s)}));
        QVERIFY(scope.covers(u"A"_s));
        const Branch branch(u"A"_s, u"P1"_s, u"1.1"_s);
        QVERIFY(!scope.mayHoldAccepted(branch.patient));
        QVERIFY(!scope.mayHoldAccepted(branch.study));
    }
};

QTEST_GUILESS_MAIN(TestFilterScope)
#include "tst_filterscope.moc"
