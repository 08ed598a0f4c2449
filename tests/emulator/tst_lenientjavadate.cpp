// LenientJavaDate: java.text.SimpleDateFormat("yyyy/MM/dd" | "dd/MM/yyyy") in lenient mode, as
// the New* endpoints (nbia-api.md §3.7, §3.9) and getUpdatedSeries (§3.11) parse their dates.
#include "lenientjavadate.h"

#include <QTest>

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

class TestLenientJavaDate final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void yearMonthDay_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid: cannot parse
        QTest::newRow("swagger example") << u"2010/08/16"_s << QDate(2010, 8, 16);
        QTest::newRow("one-digit month") << u"2010/8/16"_s << QDate(2010, 8, 16);
        QTest::newRow("one-digit fields") << u"2010/1/2"_s << QDate(2010, 1, 2);
        QTest::newRow("leap day") << u"2024/02/29"_s << QDate(2024, 2, 29);
        QTest::newRow("month 13 rolls over") << u"2010/13/01"_s << QDate(2011, 1, 1);
        QTest::newRow("month 14 day 31") << u"2010/14/31"_s << QDate(2011, 3, 3);
        QTest::newRow("day 32 rolls over") << u"2010/01/32"_s << QDate(2010, 2, 1);
        QTest::newRow("Feb 30 rolls over") << u"2023/02/30"_s << QDate(2023, 3, 2);
        QTest::newRow("day 0 is the day before") << u"2010/03/00"_s << QDate(2010, 2, 28);
        QTest::newRow("month 0 is December before") << u"2010/00/15"_s << QDate(2009, 12, 15);
        QTest::newRow("day 366") << u"2010/01/366"_s << QDate(2011, 1, 1);
        QTest::newRow("trailing text ignored") << u"2010/08/16T10:00"_s << QDate(2010, 8, 16);
        QTest::newRow("trailing time ignored") << u"2010/08/16 23:59:59"_s << QDate(2010, 8, 16);
        // dd/MM/yyyy text read as yyyy/MM/dd: year 16, day 2010.
        QTest::newRow("dd/MM/yyyy misread") << u"16/08/2010"_s << QDate(16, 8, 1).addDays(2009);
        QTest::newRow("garbage") << u"yesterday"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
        QTest::newRow("dashes") << u"2010-08-16"_s << QDate();
        QTest::newRow("two fields") << u"2010/08"_s << QDate();
        QTest::newRow("missing day") << u"2010/08/"_s << QDate();
        QTest::newRow("letters in field") << u"2010/Aug/16"_s << QDate();
        QTest::newRow("dots") << u"16.08.2010"_s << QDate();
        QTest::newRow("compact") << u"20100816"_s << QDate();
    }
    void yearMonthDay() {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const std::optional<QDate> parsed =
            LenientJavaDate::parse(text, LenientJavaDate::Order::YearMonthDay);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(*parsed, expected);
    }

    void dayMonthYear_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("plain") << u"16/08/2010"_s << QDate(2010, 8, 16);
        QTest::newRow("default") << u"01/01/1900"_s << QDate(1900, 1, 1);
        QTest::newRow("one-digit fields") << u"1/2/2010"_s << QDate(2010, 2, 1);
        QTest::newRow("one-digit day") << u"5/11/2023"_s << QDate(2023, 11, 5);
        QTest::newRow("month 13 rolls over") << u"01/13/2010"_s << QDate(2011, 1, 1);
        QTest::newRow("US order rolls over") << u"08/16/2010"_s << QDate(2011, 4, 8);
        QTest::newRow("Feb 31 rolls over") << u"31/02/2010"_s << QDate(2010, 3, 3);
        QTest::newRow("day 0") << u"00/03/2012"_s << QDate(2012, 2, 29);
        // §3.11: "2024/01/01" is day 2024 of month 1 of year 1, i.e. in year 6.
        QTest::newRow("yyyy/MM/dd quirk") << u"2024/01/01"_s << QDate(6, 7, 17);
        QTest::newRow("trailing text ignored") << u"16/08/2010 12:00"_s << QDate(2010, 8, 16);
        QTest::newRow("garbage") << u"last week"_s << QDate();
        QTest::newRow("empty") << u""_s << QDate();
        QTest::newRow("dashes") << u"16-08-2010"_s << QDate();
        QTest::newRow("iso") << u"2010-08-16"_s << QDate();
        QTest::newRow("letters") << u"aa/bb/cccc"_s << QDate();
    }
    void dayMonthYear() {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const std::optional<QDate> parsed =
            LenientJavaDate::parse(text, LenientJavaDate::Order::DayMonthYear);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(*parsed, expected);
    }

    void quirkMatchesNearlyEverything() {
        // The misread date lies before any plausible release date: "matches nearly everything".
        const std::optional<QDate> parsed =
            LenientJavaDate::parse(u"2024/01/01"_s, LenientJavaDate::Order::DayMonthYear);
        QVERIFY(parsed.has_value());
        QVERIFY(*parsed < QDate(1900, 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestLenientJavaDate)
#include "tst_lenientjavadate.moc"
