#include <model/archivefilter.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

namespace {
Series series(const QString &modality, const QString &bodyPart, const QString &manufacturer) {
    Series s;
    s.modality = modality;
    s.bodyPartExamined = bodyPart;
    s.manufacturer = manufacturer;
    return s;
}
} // namespace

class TestArchiveFilter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accepts_data() {
        QTest::addColumn<ArchiveFilter>("filter");
        QTest::addColumn<Series>("series");
        QTest::addColumn<bool>("accepted");
        const Series ctChest = series(u"CT"_s, u"CHEST"_s, u"SIEMENS"_s);
        const Series mrNoPart = series(u"MR"_s, QString(), u"GE MEDICAL SYSTEMS"_s);
        QTest::newRow("empty accepts all") << ArchiveFilter{} << ctChest << true;
        QTest::newRow("modality in") << ArchiveFilter{{u"CT"_s}, {}, {}} << ctChest << true;
        QTest::newRow("modality out") << ArchiveFilter{{u"MR"_s}, {}, {}} << ctChest << false;
        QTest::newRow("OR within a panel")
            << ArchiveFilter{{u"MR"_s, u"CT"_s}, {}, {}} << ctChest << true;
        QTest::newRow("AND across panels")
            << ArchiveFilter{{u"CT"_s}, {u"HEAD"_s}, {}} << ctChest << false;
        QTest::newRow("all panels match")
            << ArchiveFilter{{u"CT"_s}, {u"CHEST"_s}, {u"SIEMENS"_s}} << ctChest << true;
        QTest::newRow("modality any case") << ArchiveFilter{{u"ct"_s}, {}, {}} << ctChest << true;
        QTest::newRow("body part any case")
            << ArchiveFilter{{}, {u"CHEST"_s}, {}} << series(u"CT"_s, u"Chest"_s, {}) << true;
        // v4 lists manufacturers upper-cased: a value matches whatever case a series has it in.
        QTest::newRow("manufacturer any case")
            << ArchiveFilter{{}, {}, {u"siemens"_s}} << ctChest << true;
        QTest::newRow("another manufacturer")
            << ArchiveFilter{{}, {}, {u"SIEMENS HEALTHINEERS"_s}} << ctChest << false;
        QTest::newRow("(not specified) matches a missing value")
            << ArchiveFilter{{}, {QString()}, {}} << mrNoPart << true;
        QTest::newRow("(not specified) rejects a value")
            << ArchiveFilter{{}, {QString()}, {}} << ctChest << false;
        QTest::newRow("a value rejects a missing one")
            << ArchiveFilter{{}, {u"CHEST"_s}, {}} << mrNoPart << false;
    }
    void accepts() {
        QFETCH(ArchiveFilter, filter);
        QFETCH(Series, series);
        QFETCH(bool, accepted);
        QCOMPARE(filter.accepts(series), accepted);
    }

    void emptiness() {
        QVERIFY(ArchiveFilter{}.isEmpty());
        QVERIFY(!(ArchiveFilter{{}, {}, {u"X"_s}}.isEmpty()));
        QCOMPARE(ArchiveFilter({{u"CT"_s}, {}, {}}), ArchiveFilter({{u"CT"_s}, {}, {}}));
    }
};

QTEST_GUILESS_MAIN(TestArchiveFilter)
#include "tst_archivefilter.moc"
