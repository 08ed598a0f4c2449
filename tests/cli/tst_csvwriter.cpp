#include <csvwriter.h>
#include <recordschemas.h>

#include <api/recordparser.h>
#include <api/series.h>

#include <QJsonDocument>
#include <QTest>

using namespace nbia;
using namespace nbia::cli;

Q_DECLARE_METATYPE(nbia::cli::RecordSchema)
Q_DECLARE_METATYPE(QList<nbia::FieldList>)
using namespace Qt::StringLiterals;

class TestCsvWriter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void field_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"CT"_s << u"CT"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces kept unquoted") << u" a b "_s << u" a b "_s;
        QTest::newRow("comma") << u"GE MEDICAL SYSTEMS, INC"_s << u"\"GE MEDICAL SYSTEMS, INC\""_s;
        QTest::newRow("quote") << u"5\" lens"_s << u"\"5\"\" lens\""_s;
        QTest::newRow("only quotes") << u"\"\""_s << u"\"\"\"\"\"\""_s;
        QTest::newRow("LF") << u"line 1\nline 2"_s << u"\"line 1\nline 2\""_s;
        QTest::newRow("CR") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("CRLF") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("semicolon unquoted") << u"a;b"_s << u"a;b"_s;
        QTest::newRow("unicode") << u"Müller–Ödön"_s << u"Müller–Ödön"_s;
    }
    void field() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::field(text), expected);
    }

    void write_data() {
        QTest::addColumn<RecordSchema>("schema");
        QTest::addColumn<QList<FieldList>>("rows");
        QTest::addColumn<QByteArray>("expected");

        const RecordSchema abc{{u"A"_s, u"B"_s, u"C"_s}, {}, TableLayout::Rows, {}};
        QTest::newRow("empty result: header only") << abc << QList<FieldList>{} << "A,B,C\n"_ba;
        QTest::newRow("absent values are empty fields")
            << abc << QList<FieldList>{{{u"A"_s, 1}, {u"C"_s, u"x,y"_s}}}
            << "A,B,C\n1,,\"x,y\"\n"_ba;
        QTest::newRow("extra keys appended in order seen")
            << abc
            << QList<FieldList>{{{u"A"_s, u"a"_s}, {u"Z"_s, u"z"_s}},
                                {{u"B"_s, true}, {u"Y"_s, u"y"_s}, {u"Z"_s, u"z2"_s}}}
            << "A,B,C,Z,Y\na,,,z,\n,true,,z2,y\n"_ba;
        QTest::newRow("number representation")
            << abc
            << QList<FieldList>{{{u"A"_s, 3000923.0}, {u"B"_s, 1.5}, {u"C"_s, qint64(16357620)}}}
            << "A,B,C\n3000923,1.5,16357620\n"_ba;
        QTest::newRow("empty string equals absent")
            << abc << QList<FieldList>{{{u"A"_s, u""_s}, {u"B"_s, false}}} << "A,B,C\n,false,\n"_ba;
        QTest::newRow("value list keeps a {} row")
            << RecordSchemas::valueList(u"BodyPartExamined"_s)
            << QList<FieldList>{{}, {{u"BodyPartExamined"_s, u"ABDOMEN"_s}}}
            << "BodyPartExamined\n\"\"\nABDOMEN\n"_ba;
        QTest::newRow("series size")
            << RecordSchemas::seriesSize()
            << QList<FieldList>{{{u"TotalSizeInBytes"_s, qint64(16357620)}, {u"ObjectCount"_s, 2}}}
            << "TotalSizeInBytes,ObjectCount\n16357620,2\n"_ba;
        QTest::newRow("utf-8 and quotes")
            << RecordSchemas::valueList(u"Manufacturer"_s)
            << QList<FieldList>{{{u"Manufacturer"_s, u"Ökö \"Med\""_s}}}
            << QByteArray("Manufacturer\n\"\xc3\x96k\xc3\xb6 \"\"Med\"\"\"\n");
    }
    void write() {
        QFETCH(RecordSchema, schema);
        QFETCH(QList<FieldList>, rows);
        QFETCH(QByteArray, expected);
        QCOMPARE(CsvWriter::write(ResultSet{schema, rows}), expected);
    }

    void seriesHasAllArchiveFieldsInOrder() {
        const QJsonObject object =
            QJsonDocument::fromJson(
                R"({"SeriesInstanceUID":"1.2.3","Modality":"DX","SeriesDate":"2000-01-01 00:00:00.0",
                    "SeriesNumber":3000923,"AnnotationsFlag":true,"ImageCount":2,
                    "FileSize":16357620,"Mystery":"m"})")
                .object();
        const Series series = RecordParser::fromObject<Series>(object);
        const QByteArray csv = CsvWriter::write(
            ResultSet{RecordSchemas::series(), {RecordJsonWriter::fieldList(series)}});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3); // header, row, and the empty string after the last "\n"
        QCOMPARE(lines[0], "SeriesInstanceUID,StudyInstanceUID,Modality,ProtocolName,SeriesDate,"
                           "SeriesDescription,BodyPartExamined,SeriesNumber,AnnotationsFlag,"
                           "Collection,PatientID,Manufacturer,ManufacturerModelName,"
                           "SoftwareVersions,ImageCount,TimeStamp,LicenseName,LicenseURI,"
                           "CollectionURI,FileSize,DateReleased,StudyDesc,StudyDate,"
                           "ThirdPartyAnalysis,Mystery"_ba);
        QCOMPARE(lines[1], "1.2.3,,DX,,2000-01-01 00:00:00.0,,,3000923,true,,,,,,2,,,,,16357620,"
                           ",,,,m"_ba);
        QVERIFY(!csv.contains('\r'));
    }

    void shortSeriesEndpointsHaveTheirOwnFields() {
        QCOMPARE(RecordSchemas::updatedSeries().columns.size(), 16);
        QCOMPARE(RecordSchemas::updatedSeries().columns.constLast(), u"DateReleased"_s);
        QCOMPARE(RecordSchemas::sharedList().columns.constLast(), u"Date Released"_s);
        QCOMPARE(RecordSchemas::patientIds().columns, QStringList{u"PatientId"_s});
        QCOMPARE(RecordSchemas::seriesMetadata().columns.size(), 27);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
