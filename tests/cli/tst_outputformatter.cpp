#include <outputformatter.h>
#include <recordschemas.h>

#include <api/recordparser.h>
#include <api/series.h>
#include <api/seriessize.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nbia;
using namespace nbia::cli;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nbia::cli::RecordSchema)
Q_DECLARE_METATYPE(QList<nbia::FieldList>)
Q_DECLARE_METATYPE(nbia::cli::OutputFormat)

namespace {
// The keys of each object of a JSON array, in the order they appear in the text.
QList<QStringList> keyOrder(const QByteArray &json) {
    QList<QStringList> result;
    const QList<QByteArray> lines = json.split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith('{'))
            result.append(QStringList());
        if (trimmed.startsWith('"'))
            result.last().append(QString::fromUtf8(trimmed.mid(1, trimmed.indexOf("\":") - 1)));
    }
    return result;
}
} // namespace

class TestOutputFormatter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void json_data() {
        QTest::addColumn<RecordSchema>("schema");
        QTest::addColumn<QList<FieldList>>("rows");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty is []") << RecordSchemas::series() << QList<FieldList>{} << "[]\n"_ba;
        QTest::newRow("value list, {} kept as empty object")
            << RecordSchemas::valueList(u"BodyPartExamined"_s)
            << QList<FieldList>{{}, {{u"BodyPartExamined"_s, u"ABDOMEN"_s}}}
            << "[\n  {},\n  {\n    \"BodyPartExamined\": \"ABDOMEN\"\n  }\n]\n"_ba;
        QTest::newRow("series size")
            << RecordSchemas::seriesSize()
            << QList<FieldList>{{{u"TotalSizeInBytes"_s, qint64(16357620)}, {u"ObjectCount"_s, 2}}}
            << "[\n  {\n    \"TotalSizeInBytes\": 16357620,\n    \"ObjectCount\": 2\n  }\n]\n"_ba;
        QTest::newRow("unicode and escapes")
            << RecordSchemas::valueList(u"Collection"_s)
            << QList<FieldList>{{{u"Collection"_s, u"Ö \"q\" a/b"_s}}}
            << QByteArray("[\n  {\n    \"Collection\": \"\xc3\x96 \\\"q\\\" a/b\"\n  }\n]\n");
    }
    void json() {
        QFETCH(RecordSchema, schema);
        QFETCH(QList<FieldList>, rows);
        QFETCH(QByteArray, expected);
        QCOMPARE(OutputFormatter(OutputFormat::Json).format(ResultSet{schema, rows}), expected);
    }

    // A live getSeries row, parsed and written again: same keys, order and value types.
    void seriesRoundTrip() {
        const QByteArray live =
            R"([{"SeriesInstanceUID":"1.3.6.1.4.1.14519.5.2.1.6279.6001.141365756818074696859567662357",)"
            R"("StudyInstanceUID":"1.3.6.1.4.1.14519.5.2.1.6279.6001.175012972118199124641098335511",)"
            R"("Modality":"DX","SeriesDate":"2000-01-01 00:00:00.0","BodyPartExamined":"CHEST",)"
            R"("SeriesNumber":3000923,"AnnotationsFlag":true,"Collection":"LIDC-IDRI",)"
            R"("PatientID":"LIDC-IDRI-0001","Manufacturer":"GE MEDICAL SYSTEMS",)"
            R"("ManufacturerModelName":"Revolution XQi ADS_28.2","ImageCount":2,"FileSize":16357620,)"
            R"("LicenseName":"Creative Commons Attribution 3.0 Unported License",)"
            R"("LicenseURI":"http://creativecommons.org/licenses/by/3.0/",)"
            R"("CollectionURI":"https://doi.org/10.7937/K9/TCIA.2015.LO9QL9SX","NewKey":[1,2]}])";
        const ApiResult<QList<Series>> parsed = RecordParser::records<Series>(live);
        QVERIFY(parsed.ok());
        const ResultSet result{RecordSchemas::series(),
                               RecordJsonWriter::fieldLists(parsed.value())};
        const QByteArray json = OutputFormatter(OutputFormat::Json).format(result);

        QCOMPARE(QJsonDocument::fromJson(json).array(), QJsonDocument::fromJson(live).array());
        const QStringList expectedOrder{u"SeriesInstanceUID"_s,
                                        u"StudyInstanceUID"_s,
                                        u"Modality"_s,
                                        u"SeriesDate"_s,
                                        u"BodyPartExamined"_s,
                                        u"SeriesNumber"_s,
                                        u"AnnotationsFlag"_s,
                                        u"Collection"_s,
                                        u"PatientID"_s,
                                        u"Manufacturer"_s,
                                        u"ManufacturerModelName"_s,
                                        u"ImageCount"_s,
                                        u"LicenseName"_s,
                                        u"LicenseURI"_s,
                                        u"CollectionURI"_s,
                                        u"FileSize"_s,
                                        u"NewKey"_s};
        QCOMPARE(keyOrder(json), QList<QStringList>{expectedOrder});
        QVERIFY(json.contains("\"SeriesNumber\": 3000923,"));
        QVERIFY(json.contains("\"AnnotationsFlag\": true,"));
        QVERIFY(json.endsWith("\n]\n"));
    }

    // getContentsByName spells the release date "Date Released"; the output must too.
    void sharedListKeepsItsSpelling() {
        const QByteArray live = R"([{"SeriesInstanceUID":"1.2.3","ImageCount":4,)"
                                R"("Date Released":"2019-05-06 07:08:09.0"}])";
        const ApiResult<QList<Series>> parsed = RecordParser::records<Series>(live);
        QVERIFY(parsed.ok());
        const RecordSchema schema = RecordSchemas::sharedList();
        const ResultSet result{schema,
                               schema.renamed(RecordJsonWriter::fieldLists(parsed.value()))};
        QCOMPARE(
            QJsonDocument::fromJson(OutputFormatter(OutputFormat::Json).format(result)).array(),
            QJsonDocument::fromJson(live).array());
        const QByteArray csv = OutputFormatter(OutputFormat::Csv).format(result);
        QVERIFY(csv.startsWith("SeriesInstanceUID,"));
        QVERIFY(csv.contains(",Date Released\n"));
        QVERIFY(!csv.contains("DateReleased"));
        QVERIFY(csv.endsWith(",4,2019-05-06 07:08:09.0\n"));
    }

    void formatChoosesWriter_data() {
        QTest::addColumn<OutputFormat>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("table") << OutputFormat::Table << "Modality\nCT\n(not specified)\n"_ba;
        QTest::newRow("csv") << OutputFormat::Csv << "Modality\nCT\n\"\"\n"_ba;
        QTest::newRow("json") << OutputFormat::Json
                              << "[\n  {\n    \"Modality\": \"CT\"\n  },\n  {}\n]\n"_ba;
    }
    void formatChoosesWriter() {
        QFETCH(OutputFormat, format);
        QFETCH(QByteArray, expected);
        const ResultSet result{RecordSchemas::valueList(u"Modality"_s),
                               {{{u"Modality"_s, u"CT"_s}}, {}}};
        QCOMPARE(OutputFormatter(format).format(result), expected);
    }
};

QTEST_GUILESS_MAIN(TestOutputFormatter)
#include "tst_outputformatter.moc"
