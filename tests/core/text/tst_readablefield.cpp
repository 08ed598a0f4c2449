#include <text/readablefield.h>

#include <QJsonValue>
#include <QLocale>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// The details speak the reader's language: labels for the archive's keys in both versions,
// dates, sizes and flags as people write them.
class TestReadableField final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void reads_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("shown");
        QTest::newRow("v1 birth date")
            << u"PatientBirthDate"_s << QJsonValue(u"1983-12-13 00:00:00.0"_s) << u"Birth date"_s
            << u"13 Dec 1983"_s;
        QTest::newRow("v4 study date")
            << u"StudyDate"_s << QJsonValue(u"01-02-2000"_s) << u"Study date"_s << u"2 Jan 2000"_s;
        QTest::newRow("v1 metadata date")
            << u"Study Date"_s << QJsonValue(u"01-02-2000"_s) << u"Study date"_s << u"2 Jan 2000"_s;
        QTest::newRow("size in bytes") << u"FileSize"_s << QJsonValue(54612344) << u"Size"_s
                                       << u"54.6 MB (54,612,344 bytes)"_s;
        QTest::newRow("size as text (v1 metadata)")
            << u"File Size"_s << QJsonValue(u"2000"_s) << u"Size"_s << u"2.0 kB (2,000 bytes)"_s;
        QTest::newRow("getSeriesSize") << u"TotalSizeInBytes"_s << QJsonValue(1500.0) << u"Size"_s
                                       << u"1.5 kB (1,500 bytes)"_s;
        QTest::newRow("count") << u"ImageCount"_s << QJsonValue(12345) << u"Images"_s
                               << u"12,345"_s;
        QTest::newRow("v1 count as text")
            << u"Number of Images"_s << QJsonValue(u"7"_s) << u"Images"_s << u"7"_s;
        QTest::newRow("flag") << u"AnnotationsFlag"_s << QJsonValue(u"1"_s) << u"Annotations"_s
                              << u"Yes"_s;
        QTest::newRow("flag no") << u"3rd Party Analysis"_s << QJsonValue(u"NO"_s)
                                 << u"Third-party analysis"_s << u"No"_s;
        QTest::newRow("uid") << u"SeriesInstanceUID"_s << QJsonValue(u"1.2.3"_s) << u"Series UID"_s
                             << u"1.2.3"_s;
        QTest::newRow("unknown key spelled out")
            << u"LongitudinalTemporalEventType"_s << QJsonValue(u"x"_s)
            << u"Longitudinal temporal event type"_s << u"x"_s;
        QTest::newRow("acronym kept")
            << u"SOPClassUID"_s << QJsonValue(u"1.2"_s) << u"SOP class UID"_s << u"1.2"_s;
        QTest::newRow("spaced key") << u"Manufacturer Model Name"_s << QJsonValue(u"Aera"_s)
                                    << u"Manufacturer model name"_s << u"Aera"_s;
        QTest::newRow("a date that is not one stays as sent")
            << u"SeriesDate"_s << QJsonValue(u"soon"_s) << u"Series date"_s << u"soon"_s;
        QTest::newRow("a size that is not one stays as sent")
            << u"FileSize"_s << QJsonValue(u"big"_s) << u"Size"_s << u"big"_s;
    }
    void reads() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, label);
        QFETCH(QString, shown);
        const ReadableField field = ReadableField::of(key, value);
        QCOMPARE(field.label, label);
        QCOMPARE(field.value, shown);
    }
};

QTEST_APPLESS_MAIN(TestReadableField)
#include "tst_readablefield.moc"
