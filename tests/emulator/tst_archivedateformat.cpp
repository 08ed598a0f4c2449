// The emulator's own date texts, pinned to the exact strings of the references: v1's
// java.sql.Timestamp and java.util.Date, getSeriesMetaData's MM-dd-yyyy, v4's date_format
// '%m-%d-%Y' and the STR_TO_DATE reading of v4's fromDate (nbia-api-v4.md §2.7).
#include "archivedateformat.h"
#include "v1endpoints.h"

#include <QTest>
#include <QTimeZone>

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

class TestArchiveDateFormat final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timestamp_data() {
        QTest::addColumn<QDateTime>("value");
        QTest::addColumn<QString>("text");
        const QTimeZone utc = QTimeZone::utc();
        QTest::newRow("midnight") << QDateTime(QDate(2000, 1, 1), QTime(0, 0), utc)
                                  << u"2000-01-01 00:00:00.0"_s;
        QTest::newRow("afternoon")
            << QDateTime(QDate(2024, 5, 1), QTime(13, 44, 24), utc) << u"2024-05-01 13:44:24.0"_s;
        QTest::newRow("milliseconds") << QDateTime(QDate(2024, 5, 1), QTime(13, 44, 24, 120), utc)
                                      << u"2024-05-01 13:44:24.12"_s;
        QTest::newRow("other zone in UTC")
            << QDateTime(QDate(2024, 5, 1), QTime(9, 44, 24), QTimeZone(-4 * 3600))
            << u"2024-05-01 13:44:24.0"_s;
        QTest::newRow("invalid") << QDateTime() << QString();
    }
    void timestamp() {
        QFETCH(QDateTime, value);
        QFETCH(QString, text);
        QCOMPARE(ArchiveDateFormat::timestamp(value), text);
    }

    void usDate_data() {
        QTest::addColumn<QDate>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("padded") << QDate(2024, 1, 31) << u"01-31-2024"_s;
        QTest::newRow("two digits") << QDate(1999, 12, 5) << u"12-05-1999"_s;
        QTest::newRow("invalid") << QDate() << QString();
    }
    void usDate() {
        QFETCH(QDate, value);
        QFETCH(QString, text);
        QCOMPARE(ArchiveDateFormat::usDate(value), text);
    }

    void javaDate_data() {
        QTest::addColumn<QDateTime>("value");
        QTest::addColumn<QString>("text");
        const QTimeZone utc = QTimeZone::utc();
        QTest::newRow("reference example") << QDateTime(QDate(2024, 5, 1), QTime(13, 44, 24), utc)
                                           << u"Wed May 01 13:44:24 UTC 2024"_s;
        QTest::newRow("midnight sunday")
            << QDateTime(QDate(2000, 1, 2), QTime(0, 0), utc) << u"Sun Jan 02 00:00:00 UTC 2000"_s;
        QTest::newRow("december") << QDateTime(QDate(2019, 12, 31), QTime(23, 59, 59), utc)
                                  << u"Tue Dec 31 23:59:59 UTC 2019"_s;
        QTest::newRow("invalid") << QDateTime() << QString();
    }
    void javaDate() {
        QFETCH(QDateTime, value);
        QFETCH(QString, text);
        QCOMPARE(ArchiveDateFormat::javaDate(value), text);
    }

    void parseUsDate_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid: matches nothing
        QTest::newRow("MM-DD-YYYY") << u"01-31-2024"_s << QDate(2024, 1, 31);
        QTest::newRow("one-digit month and day") << u"1-2-2024"_s << QDate(2024, 1, 2);
        QTest::newRow("one-digit day") << u"12-5-2019"_s << QDate(2019, 12, 5);
        QTest::newRow("v1 yyyy/MM/dd") << u"2024/01/31"_s << QDate();
        QTest::newRow("v1 dd/MM/yyyy") << u"31/01/2024"_s << QDate();
        QTest::newRow("ISO") << u"2024-01-31"_s << QDate();
        QTest::newRow("slashes") << u"01/31/2024"_s << QDate();
        QTest::newRow("no such day") << u"02-30-2024"_s << QDate();
        QTest::newRow("month 13") << u"13-01-2024"_s << QDate();
        QTest::newRow("two-digit year") << u"01-31-24"_s << QDate();
        QTest::newRow("garbage") << u"yesterday"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void parseUsDate() {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(ArchiveDateFormat::parseUsDate(text).value_or(QDate()), expected);
    }

    // The emulator's own v1 name table (case-sensitive, two without "get").
    void v1Names() {
        const QStringList names = V1Endpoints::names();
        QCOMPARE(names.size(), 18);
        for (const char *name :
             {"getCollectionValues", "getModalityValues", "getBodyPartValues",
              "getManufacturerValues", "getPatient", "getPatientByCollectionAndModality",
              "NewPatientsInCollection", "getPatientStudy", "NewStudiesInPatientCollection",
              "getSeries", "getUpdatedSeries", "getSeriesSize", "getSOPInstanceUIDs",
              "getSeriesMetaData", "getContentsByName", "getImage", "getImageWithMD5Hash",
              "getSingleImage"})
            QVERIFY2(names.contains(QLatin1StringView(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestArchiveDateFormat)
#include "tst_archivedateformat.moc"
