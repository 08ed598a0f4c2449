#include <text/naturalorder.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// Patient IDs and descriptions in the order people read them.
class TestNaturalOrder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void orders_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("numbers by value") << u"LIDC-IDRI-2"_s << u"LIDC-IDRI-10"_s;
        QTest::newRow("longer numbers") << u"P9"_s << u"P100"_s;
        QTest::newRow("leading zeros by value") << u"P-007"_s << u"P-10"_s;
        QTest::newRow("case does not lead") << u"abc"_s << u"ABD"_s;
        QTest::newRow("a prefix first") << u"TCGA"_s << u"TCGA-02"_s;
        QTest::newRow("text after numbers") << u"10a"_s << u"10b"_s;
        QTest::newRow("digits before letters") << u"A1"_s << u"AB"_s;
        QTest::newRow("empty first") << QString() << u"0"_s;
        QTest::newRow("numbers past 64 bits")
            << u"x99999999999999999999998"_s << u"x99999999999999999999999"_s;
        QTest::newRow("ties: fewer zeros first") << u"P7"_s << u"P007"_s;
        QTest::newRow("ties: upper case first") << u"Abc"_s << u"abc"_s;
    }
    void orders() {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QVERIFY(NaturalOrder::compare(first, second) < 0);
        QVERIFY(NaturalOrder::compare(second, first) > 0);
        QCOMPARE(NaturalOrder::compare(first, first), 0);
    }

    void sortsPatientIds() {
        QStringList ids{u"LUNG1-100"_s, u"LUNG1-2"_s, u"lung1-010"_s, u"LUNG1-1"_s, u"LUNG1-20"_s};
        std::sort(ids.begin(), ids.end(), NaturalOrder::less);
        QCOMPARE(ids, (QStringList{u"LUNG1-1"_s, u"LUNG1-2"_s, u"lung1-010"_s, u"LUNG1-20"_s,
                                   u"LUNG1-100"_s}));
    }
};

QTEST_APPLESS_MAIN(TestNaturalOrder)
#include "tst_naturalorder.moc"
