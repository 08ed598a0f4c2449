#include <api/archivedate.h>

#include <QTest>
#include <QTimeZone>

using namespace nbia;
using namespace Qt::StringLiterals;

class TestArchiveDate final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime newYear2000(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
        QTest::newRow("timestamp") << u"2000-01-01 00:00:00.0"_s << newYear2000;
        QTest::newRow("timestamp nanos")
            << u"2014-03-02 11:22:33.123456789"_s
            << QDateTime(QDate(2014, 3, 2), QTime(11, 22, 33, 123), QTimeZone::utc());
        QTest::newRow("iso") << u"2000-01-01T00:00:00"_s << newYear2000;
        QTest::newRow("date only") << u"2000-01-01"_s << newYear2000;
        QTest::newRow("us date") << u"01-01-2000"_s << newYear2000;
        QTest::newRow("slashes") << u"2000/01/01"_s << newYear2000;
        QTest::newRow("dicom") << u"20000101"_s << newYear2000;
        QTest::newRow("java EDT") << u"Wed May 01 13:44:24 EDT 2024"_s
                                  << QDateTime(QDate(2024, 5, 1), QTime(17, 44, 24),
                                               QTimeZone::utc());
        QTest::newRow("java UTC") << u"Wed May 01 13:44:24 UTC 2024"_s
                                  << QDateTime(QDate(2024, 5, 1), QTime(13, 44, 24),
                                               QTimeZone::utc());
        QTest::newRow("epoch millis") << u"946684800000"_s << newYear2000;
        QTest::newRow("surrounding blanks") << u"  2000-01-01 "_s << newYear2000;
        QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("bad month") << u"2000-13-01"_s << QDateTime();
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = ArchiveDate::parse(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(parsed.toUTC(), expected);
    }

    void formatTimestamp_data() {
        QTest::addColumn<QDateTime>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("midnight") << QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc())
                                  << u"2000-01-01 00:00:00.0"_s;
        QTest::newRow("millis") << QDateTime(QDate(2021, 7, 9), QTime(8, 5, 3, 120),
                                             QTimeZone::utc())
                                << u"2021-07-09 08:05:03.12"_s;
        QTest::newRow("invalid") << QDateTime() << QString();
    }
    void formatTimestamp() {
        QFETCH(QDateTime, value);
        QFETCH(QString, expected);
        QCOMPARE(ArchiveDate::formatTimestamp(value), expected);
    }

    void queryFormats() {
        const QDate date(2010, 8, 16);
        QCOMPARE(ArchiveDate::formatForNewEntities(date), u"2010/08/16"_s);
        QCOMPARE(ArchiveDate::formatForUpdatedSeries(date), u"16/08/2010"_s);
        QCOMPARE(ArchiveDate::formatUsDate(date), u"08-16-2010"_s);
        QCOMPARE(ArchiveDate::formatJavaDate(QDateTime(date, QTime(13, 44, 24), QTimeZone::utc())),
                 u"Mon Aug 16 13:44:24 UTC 2010"_s);
    }

    void javaDateRoundTrip() {
        const QDateTime value(QDate(2024, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
        QCOMPARE(ArchiveDate::parse(ArchiveDate::formatJavaDate(value)), value);
    }
};

QTEST_GUILESS_MAIN(TestArchiveDate)
#include "tst_archivedate.moc"
