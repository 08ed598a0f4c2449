#include <api/csvtable.h>
#include <api/dicomtag.h>
#include <api/patient.h>
#include <api/recordjsonwriter.h>
#include <api/recordparser.h>
#include <api/referencedseries.h>
#include <api/series.h>
#include <api/seriesmetadata.h>
#include <api/study.h>

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace nbia;
using namespace Qt::StringLiterals;

namespace {
QByteArray fixture(const QString &name) {
    QFile file(QStringLiteral(NBIA_FIXTURES_DIR "/archive/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll().trimmed();
}

QDateTime day(int y, int m, int d) {
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc());
}

// getSeriesMetadata's 40 columns (§3.18), in order.
const QByteArray metadataHeader =
    "\"PatientID\",\"PatientName\",\"PatientSex\",\"EthnicGroup\",\"Phantom\",\"SpeciesCode\","
    "\"SpeciesDescription\",\"StudyInstanceUID\",\"StudyDate\",\"StudyDesc\","
    "\"AdmittingDiagnosisDescription\",\"StudyID\",\"PatientAge\","
    "\"LongitudinalTemporalEventType\",\"LongitudinalTemporalOffsetFromEvent\","
    "\"SeriesInstanceUID\",\"Collection\",\"Site\",\"Modality\",\"ProtocolName\",\"SeriesDate\","
    "\"SeriesDescription\",\"BodyPartExamined\",\"SeriesNumber\",\"AnnotationsFlag\","
    "\"Manufacturer\",\"ManufacturerModelName\",\"PixelSpacing(mm)-Row\",\"SliceThickness(mm)\","
    "\"SoftwareVersions\",\"ImageCount\",\"MaxSubmissionTimestamp\",\"LicenseName\","
    "\"LicenseURI\",\"DataDescriptionURI\",\"FileSize\",\"ReleasedStatus\",\"DateReleased\","
    "\"ThirdPartyAnalysis\",\"Authorized\"\n";

const QByteArray metadataRow =
    "\"P-1\",\"P^1\",\"M\",\"\",\"NO\",\"337915000\",\"Homo sapiens\",\"1.2.3\",\"03-04-2001\","
    "\"CHEST, W/O\",\"\",\"77\",\"061Y\",\"\",\"\",\"1.2.3.4\",\"Coll A\",\"Site\",\"CT\","
    "\"Proto\",\"03-04-2001\",\"Axial \"\"thin\"\"\",\"CHEST\",\"3.000000\",\"1\",\"SIEMENS\","
    "\"Force\",\"0.703125, 0.781250\",\"1.250000\",\"VB10\",\"120\",\"05-06-2020\",\"CC BY 4.0\","
    "\"https://creativecommons.org/licenses/by/4.0/\",\"https://doi.org/10.1/x\",\"62914560\","
    "\"Released\",\"05-06-2020\",\"NO\",\"1\"\n";
} // namespace

class TestV4Records final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seriesRow() {
        const ApiResult<QList<Series>> parsed =
            RecordParser::records<Series>(fixture(u"v4/getSeries.json"_s));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().size(), 1);
        const Series &s = parsed.value().first();
        QCOMPARE(s.seriesInstanceUid, u"1.3.6.1.662357"_s);
        QCOMPARE(s.seriesDate, day(2000, 1, 1));
        QCOMPARE(s.seriesNumber, 3000923.0);
        QCOMPARE(s.annotationsFlag, true);
        QCOMPARE(s.site, u"Site A"_s);
        QCOMPARE(s.patientSex, u"F"_s);
        QCOMPARE(s.patientAge, u"062Y"_s);
        QCOMPARE(s.admittingDiagnosisDescription, u"Nodule"_s);
        QCOMPARE(s.imageCount, 2);
        QCOMPARE(s.timeStamp, day(2019, 6, 14)); // MaxSubmissionTimestamp
        QCOMPARE(s.collectionUri, u"https://doi.org/10.7937/K9/TCIA.2015.LO9QL9SX"_s);
        QCOMPARE(s.licenseUri, u"http://creativecommons.org/licenses/by/3.0/"_s);
        QCOMPARE(s.fileSize, 16357620);
        QCOMPARE(s.releasedStatus, u"Released"_s);
        QCOMPARE(s.dateReleased, day(2019, 6, 14));
        QCOMPARE(s.studyDate, day(2000, 1, 1));
        QCOMPARE(s.authorized, 1);
        QVERIFY2(s.extra.isEmpty(), "every v4 key has its field");
    }

    // --format json in the v4 dialect gives the server's keys, order and types back.
    void seriesWrittenInV4() {
        const Series s =
            RecordParser::records<Series>(fixture(u"v4/getSeries.json"_s)).value().first();
        const QByteArray json =
            RecordJsonWriter::toJson({RecordJsonWriter::fieldList(s, ApiVersion::V4)});
        QByteArray expected = fixture(u"v4/getSeries.json"_s);
        expected.replace("\\/", "/");
        QCOMPARE(json, expected);
    }

    // Table and CSV keep v1's names whatever the version; v4's own fields follow.
    void seriesWrittenInV1Names() {
        const Series s =
            RecordParser::records<Series>(fixture(u"v4/getSeries.json"_s)).value().first();
        const FieldList fields = RecordJsonWriter::fieldList(s, ApiVersion::V1);
        QStringList keys;
        for (const auto &[key, value] : fields)
            keys << key;
        QVERIFY(keys.indexOf(u"TimeStamp"_s) >= 0);
        QVERIFY(keys.indexOf(u"CollectionURI"_s) >= 0);
        QVERIFY(keys.indexOf(u"MaxSubmissionTimestamp"_s) < 0);
        QVERIFY(keys.indexOf(u"Site"_s) > keys.indexOf(u"ThirdPartyAnalysis"_s));
        QCOMPARE(keys.constLast(), u"Authorized"_s);
    }

    void olderV4Keys() {
        // v4 before 9.6.3 still said TimeStamp and CollectionURI.
        const QByteArray body = "[{\"SeriesInstanceUID\":\"1\",\"TimeStamp\":\"06-14-2019\","
                                "\"CollectionURI\":\"https:\\/\\/doi.org\\/x\"}]";
        const Series s = RecordParser::records<Series>(body).value().first();
        QCOMPARE(s.timeStamp, day(2019, 6, 14));
        QCOMPARE(s.collectionUri, u"https://doi.org/x"_s);
    }

    void patientAndStudy() {
        const Patient p =
            RecordParser::records<Patient>(
                "[{\"PatientId\":\"A-1\",\"PatientName\":\"A\",\"PatientSex\":\"M\",\"Collection\":"
                "\"C\",\"Phantom\":\"NO\",\"SpeciesCode\":\"337915000\",\"SpeciesDescription\":"
                "\"Homo sapiens\",\"Authorized\":1}]")
                .value()
                .first();
        QCOMPARE(p.patientId, u"A-1"_s);
        QCOMPARE(p.authorized, 1);
        QVERIFY(p.extra.isEmpty());
        const Study s =
            RecordParser::records<Study>(
                "[{\"StudyInstanceUID\":\"1.2\",\"StudyDate\":\"12-31-1999\",\"PatientID\":\"A-1\","
                "\"SeriesCount\":3,\"LongitudinalTemporalOffsetFromEvent\":12,\"Authorized\":1}]")
                .value()
                .first();
        QCOMPARE(s.studyDate, day(1999, 12, 31));
        QCOMPARE(s.seriesCount, 3);
        QCOMPARE(s.longitudinalTemporalOffsetFromEvent, 12.0);
        QCOMPARE(s.authorized, 1);
        QCOMPARE(
            RecordJsonWriter::toJson({RecordJsonWriter::fieldList(s, ApiVersion::V4)}),
            QByteArray("[{\"StudyInstanceUID\":\"1.2\",\"StudyDate\":\"12-31-1999\",\"PatientID\":"
                       "\"A-1\",\"SeriesCount\":3,\"LongitudinalTemporalOffsetFromEvent\":12,"
                       "\"Authorized\":1}]"));
    }

    void metadataCsv() {
        const ApiResult<QList<SeriesMetadata>> parsed =
            RecordParser::tableRecords<SeriesMetadata>(metadataHeader + metadataRow);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed.value().size(), 1);
        const SeriesMetadata &m = parsed.value().first();
        QCOMPARE(m.seriesInstanceUid, u"1.2.3.4"_s);
        QCOMPARE(m.subjectId, u"P-1"_s);
        QCOMPARE(m.patientName, u"P^1"_s);
        QCOMPARE(m.studyInstanceUid, u"1.2.3"_s);
        QCOMPARE(m.studyDate, day(2001, 3, 4));
        QCOMPARE(m.studyDescription, u"CHEST, W/O"_s);
        QCOMPARE(m.studyId, u"77"_s);
        QCOMPARE(m.collection, u"Coll A"_s);
        QCOMPARE(m.seriesDescription, u"Axial \"thin\""_s);
        QCOMPARE(m.seriesNumber, 3.0);
        QCOMPARE(m.annotationsFlag, true);
        QCOMPARE(m.pixelSpacingRow, u"0.703125, 0.781250"_s);
        QCOMPARE(m.sliceThickness, u"1.250000"_s);
        QCOMPARE(m.numberOfImages, 120);
        QCOMPARE(m.fileSize, 62914560);
        QCOMPARE(m.licenseUrl, u"https://creativecommons.org/licenses/by/4.0/"_s);
        QCOMPARE(m.dataDescriptionUri, u"https://doi.org/10.1/x"_s);
        QCOMPARE(m.timeStamp, day(2020, 5, 6));
        QCOMPARE(m.authorized, 1);
        QVERIFY(m.extra.isEmpty());
    }

    // 9.5–9.6.2 wrote spaced headers; a column nobody knows is kept, not dropped.
    void metadataCsvVariants() {
        const QByteArray spaced =
            "Patient ID,Series Instance UID,Project,Image Count,File Size,Collection URI,"
            "Pixel Spacing(mm)- Row,Brand New Column\r\n"
            "P-9,9.8.7,Old Coll,4,100,https://doi.org/y,0.5,surprise\r\n";
        const ApiResult<QList<SeriesMetadata>> parsed =
            RecordParser::tableRecords<SeriesMetadata>(spaced);
        QVERIFY(parsed.ok());
        const SeriesMetadata &m = parsed.value().first();
        QCOMPARE(m.subjectId, u"P-9"_s);
        QCOMPARE(m.seriesInstanceUid, u"9.8.7"_s);
        QCOMPARE(m.collection, u"Old Coll"_s);
        QCOMPARE(m.numberOfImages, 4);
        QCOMPARE(m.dataDescriptionUri, u"https://doi.org/y"_s);
        QCOMPARE(m.pixelSpacingRow, u"0.5"_s);
        QCOMPARE(m.extra.size(), 1);
        QCOMPARE(m.extra.first().first, u"Brand New Column"_s);
        QCOMPARE(m.extra.first().second.toString(), u"surprise"_s);

        // format=json gives the same record.
        const ApiResult<QList<SeriesMetadata>> json = RecordParser::tableRecords<SeriesMetadata>(
            "[{\"SeriesInstanceUID\":\"1.2.3.4\",\"ImageCount\":120,\"SeriesNumber\":\"3.000000\"}"
            "]");
        QVERIFY(json.ok());
        QCOMPARE(json.value().first().numberOfImages, 120);
        QCOMPARE(json.value().first().seriesNumber, 3.0);
    }

    void metadataBadBodies_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("web page") << QByteArray("<!DOCTYPE html><html><body>502</body></html>");
        QTest::newRow("quote never ends") << metadataHeader + QByteArray("\"1.2.3,4\n");
        QTest::newRow("cut JSON") << QByteArray("[{\"SeriesInstanceUID\":\"1.");
    }
    void metadataBadBodies() {
        QFETCH(QByteArray, body);
        const ApiResult<QList<SeriesMetadata>> parsed =
            RecordParser::tableRecords<SeriesMetadata>(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind(), ApiError::Kind::Parse);
        QVERIFY(!parsed.error().message().isEmpty());
    }

    // The archive's quoted CSV writer puts an extra empty field before a null first column.
    void metadataCsvWithoutPatientId() {
        const QByteArray row = "\"\"" + metadataRow.mid(metadataRow.indexOf(','));
        const QByteArray shifted = "\"\"," + row;
        const ApiResult<QList<SeriesMetadata>> parsed =
            RecordParser::tableRecords<SeriesMetadata>(metadataHeader + shifted);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().first().seriesInstanceUid, u"1.2.3.4"_s);
        QVERIFY(parsed.value().first().subjectId.isEmpty());
        QCOMPARE(parsed.value().first().patientName, u"P^1"_s);
    }

    void metadataEmpty() {
        // No matching series: an empty body, no header line.
        QVERIFY(RecordParser::tableRecords<SeriesMetadata>({}).value().isEmpty());
        QVERIFY(RecordParser::tableRecords<SeriesMetadata>(metadataHeader).value().isEmpty());
    }

    void csvTable() {
        const std::optional<CsvTable> table =
            CsvTable::parse("\xEF\xBB\xBF"
                            "a,b,c\r\n1,\"x,\ny\",\n\n4,5,\"\"\"\"\n");
        QVERIFY(table);
        QCOMPARE(table->header, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows[0], (QStringList{u"1"_s, u"x,\ny"_s, QString()}));
        QCOMPARE(table->rows[1], (QStringList{u"4"_s, u"5"_s, u"\""_s}));
    }

    void valueCounts_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QList<qint64>>("counts");
        QTest::newRow("modalities")
            << QByteArray("[{\"Modality\":\"CT\",\"Count\":20,\"Authorized\":1},{\"Modality\":"
                          "\"MR\",\"Count\":3,\"Authorized\":1}]")
            << u"Modality"_s << QStringList{u"CT"_s, u"MR"_s} << QList<qint64>{20, 3};
        QTest::newRow("body parts")
            << QByteArray("[{\"BodyPart\":\"NOT SPECIFIED\",\"Count\":2,\"Authorized\":1}]")
            << u"BodyPart"_s << QStringList{u"NOT SPECIFIED"_s} << QList<qint64>{2};
        QTest::newRow("manufacturer without a value")
            << QByteArray("[{\"Count\":7,\"Authorized\":1}]") << u"Manufacturer"_s
            << QStringList{QString()} << QList<qint64>{7};
        QTest::newRow("unversioned spelling")
            << QByteArray("[{\"criteria\":\"4D-Lung\",\"count\":\"20\"}]") << u"Collection"_s
            << QStringList{u"4D-Lung"_s} << QList<qint64>{20};
        QTest::newRow("empty") << QByteArray() << u"Collection"_s << QStringList()
                               << QList<qint64>();
    }
    void valueCounts() {
        QFETCH(QByteArray, body);
        QFETCH(QString, key);
        QFETCH(QStringList, values);
        QFETCH(QList<qint64>, counts);
        const ApiResult<QList<ValueCount>> parsed =
            RecordParser::valueCounts(body, QLatin1StringView(key.toLatin1()));
        QVERIFY(parsed.ok());
        QStringList gotValues;
        QList<qint64> gotCounts;
        for (const ValueCount &count : parsed.value()) {
            gotValues << count.value;
            gotCounts << count.count.value_or(-1);
        }
        QCOMPARE(gotValues, values);
        QCOMPARE(gotCounts, counts);
    }

    void referencedSeries_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("SEG") << fixture(u"v4/getDicomTags-seg.json"_s) << QStringList{u"1.2.CT"_s};
        QTest::newRow("RTSTRUCT") << fixture(u"v4/getDicomTags-rtstruct.json"_s)
                                  << QStringList{u"1.2.MR"_s};
        QTest::newRow("an image references nothing")
            << fixture(u"v4/getDicomTags-image.json"_s) << QStringList();
    }
    void referencedSeries() {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        const ApiResult<QList<DicomTag>> tags = RecordParser::records<DicomTag>(body);
        QVERIFY(tags.ok());
        QCOMPARE(ReferencedSeries::fromTags(tags.value(), u"1.2.SEG"_s), expected);
    }
};

QTEST_GUILESS_MAIN(TestV4Records)
#include "tst_v4records.moc"
