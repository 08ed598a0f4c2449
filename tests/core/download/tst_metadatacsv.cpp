#include <download/metadatacsv.h>

#include <QTest>
#include <QTimeZone>

using namespace nbia;
using namespace Qt::StringLiterals;

namespace {
MetadataCsv::Row lidcRow() {
    MetadataCsv::Row row;
    SeriesMetadata &s = row.series;
    s.seriesInstanceUid = u"1.3.6.1.4.1.14519.5.2.1.6279.6001.179049373636438705059720603192"_s;
    s.collection = u"LIDC-IDRI"_s;
    s.thirdPartyAnalysis = u"NO"_s;
    s.dataDescriptionUri = u"https://doi.org/10.7937/K9/TCIA.2015.LO9QL9SX"_s;
    s.subjectId = u"LIDC-IDRI-0001"_s;
    s.studyInstanceUid = u"1.3.6.1.4.1.14519.5.2.1.6279.6001.298806137288633453246975630178"_s;
    s.studyDate = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
    s.manufacturer = u"GE MEDICAL SYSTEMS"_s;
    s.modality = u"CT"_s;
    s.sopClassUid = u"1.2.840.10008.5.1.4.1.1.2"_s;
    s.numberOfImages = 133;
    s.fileSize = 70018838;
    row.sopClassName = u"CT Image Storage"_s;
    row.location = u"./LIDC-IDRI/LIDC-IDRI-0001/01-01-2000-NA-NA-30178/3000566.000000-NA-03192"_s;
    row.downloadedAt = QDateTime(QDate(2024, 5, 1), QTime(13, 45, 12, 123));
    return row;
}
} // namespace

// metadata.csv in the Data Retriever's columns.
class TestMetadataCsv final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void header() {
        QCOMPARE(MetadataCsv::header(),
                 QByteArray("Series UID,Collection,3rd Party Analysis,Data Description URI,"
                            "Subject ID,Study UID,Study Description,Study Date,Series Description,"
                            "Manufacturer,Modality,SOP Class Name,SOP Class UID,Number of Images,"
                            "File Size,File Location,Download Timestamp\r\n"));
    }

    void row() {
        QCOMPARE(MetadataCsv::row(lidcRow()),
                 QByteArray("1.3.6.1.4.1.14519.5.2.1.6279.6001.179049373636438705059720603192,"
                            "LIDC-IDRI,NO,https://doi.org/10.7937/K9/TCIA.2015.LO9QL9SX,"
                            "LIDC-IDRI-0001,"
                            "1.3.6.1.4.1.14519.5.2.1.6279.6001.298806137288633453246975630178,,"
                            "01-01-2000,,GE MEDICAL SYSTEMS,CT,CT Image Storage,"
                            "1.2.840.10008.5.1.4.1.1.2,133,70.02 MB,"
                            "./LIDC-IDRI/LIDC-IDRI-0001/01-01-2000-NA-NA-30178/"
                            "3000566.000000-NA-03192,2024-05-01T13:45:12.123\r\n"));
    }

    // A comma in a description would shift the columns: such values are quoted.
    void oddValuesAreQuoted() {
        MetadataCsv::Row row = lidcRow();
        row.series.seriesDescription = u"Chest, \"lung\" window"_s;
        const QByteArray line = MetadataCsv::row(row);
        QVERIFY(line.contains("\"Chest, \"\"lung\"\" window\""));
        QVERIFY(line.endsWith("\r\n"));
    }

    // The archive's texts never run in a spreadsheet: one that starts like a formula gets an
    // apostrophe first (then the usual quoting); the numbers and dates written here stay as
    // they are.
    void formulasAreNotRun_data() {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("a hyperlink") << u"=HYPERLINK(\"http://x\",\"x\")"_s
                                     << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\"");
        QTest::newRow("plus") << u"+1+2"_s << QByteArray(",'+1+2,");
        QTest::newRow("minus") << u"-cmd"_s << QByteArray(",'-cmd,");
        QTest::newRow("at") << u"@SUM(A1)"_s << QByteArray(",'@SUM(A1),");
        QTest::newRow("a tab first") << u"\t=1"_s << QByteArray(",'\t=1,");
        QTest::newRow("plain") << u"CHEST 3.0 B30f"_s << QByteArray(",CHEST 3.0 B30f,");
    }
    void formulasAreNotRun() {
        QFETCH(QString, description);
        QFETCH(QByteArray, written);
        MetadataCsv::Row row = lidcRow();
        row.series.seriesDescription = description;
        row.series.manufacturer = description;
        const QByteArray line = MetadataCsv::row(row);
        QVERIFY2(line.count(written) == 2, line.constData());
        QVERIFY(line.contains(",133,70.02 MB,"));
    }

    void fileSizes_data() {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << qint64(812) << u"812 B"_s;
        QTest::newRow("kilobytes") << qint64(1500) << u"1.50 KB"_s;
        QTest::newRow("megabytes") << qint64(12345678) << u"12.35 MB"_s;
        QTest::newRow("gigabytes") << qint64(2000000000) << u"2.00 GB"_s;
        QTest::newRow("terabytes") << qint64(3500000000000) << u"3.50 TB"_s;
        QTest::newRow("beyond") << qint64(7000000000000000) << u"7000.00 TB"_s;
    }
    void fileSizes() {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(MetadataCsv::fileSize(bytes), text);
    }

    void listedSeriesAreReadBack() {
        MetadataCsv::Row second = lidcRow();
        second.series.seriesInstanceUid = u"1.2.3"_s;
        const QByteArray csv =
            MetadataCsv::header() + MetadataCsv::row(lidcRow()) + MetadataCsv::row(second);
        QCOMPARE(MetadataCsv::listedSeries(csv),
                 (QStringList{lidcRow().series.seriesInstanceUid, u"1.2.3"_s}));
        QCOMPARE(MetadataCsv::listedSeries(MetadataCsv::header()), QStringList{});
        QCOMPARE(MetadataCsv::listedSeries({}), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestMetadataCsv)
#include "tst_metadatacsv.moc"
