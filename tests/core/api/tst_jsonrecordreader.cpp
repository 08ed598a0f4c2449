#include "emulatedarchive.h"

#include <api/apicall.h>
#include <api/jsonrecordreader.h>
#include <api/jsonrowscanner.h>
#include <api/patient.h>
#include <api/recordjsonwriter.h>
#include <api/series.h>
#include <api/study.h>

#include <QSignalSpy>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

namespace {
// Everything a record holds, extras included, in one comparable text.
template<class Record>
QByteArray textOf(const QList<Record> &records) {
    return RecordJsonWriter::toJson(RecordJsonWriter::fieldLists(records, ApiVersion::V4));
}

// The bytes with room behind them, as RecordStream makes its pieces.
QByteArray padded(const QByteArray &array) {
    QByteArray result;
    result.reserve(array.size() + JsonRowScanner::padding);
    result.append(array);
    return result;
}

const QByteArray v4Row =
    R"({"SeriesInstanceUID":"1.3.6.1.4.1.14519.5.2.1.7695.1","StudyInstanceUID":"1.2.3",)"
    R"("Modality":"CT","SeriesDate":"03-15-2001","SeriesDescription":"CHEST / ABD",)"
    R"("BodyPartExamined":"CHEST","SeriesNumber":3.0,"AnnotationsFlag":"1",)"
    R"("Collection":"LIDC-IDRI","Site":"Site 1","PatientID":"LIDC-0001","PatientSex":"M",)"
    R"("PatientAge":"065Y","Manufacturer":"SIEMENS","ImageCount":133,)"
    R"("MaxSubmissionTimestamp":"2011-09-20 10:00:00.0","FileSize":"69955372",)"
    R"("DateReleased":"2011-09-21 00:00:00.0","Authorized":1})";
} // namespace

// JsonRecordReader reads exactly what RecordParser::records reads, or leaves the body to it.
class TestJsonRecordReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { EmulatedArchive::addApiVersions(); }
    void initTestCase() { QVERIFY(m_archive.start()); }
    void init() { EmulatedArchive::fetchApiVersion(); }

    // What the archive sends (in both dialects) is read by the quick path, not left to Qt.
    void readsTheArchivesOwnBodies() {
        const std::unique_ptr<NbiaClient> client = m_archive.makeClient();
        QCOMPARE(sameAsQt<Series>(*client, Endpoint::Series), true);
        QCOMPARE(sameAsQt<Series>(*client, Endpoint::UpdatedSeries), true);
        QCOMPARE(sameAsQt<Patient>(*client, Endpoint::Patient), true);
        QCOMPARE(sameAsQt<Study>(*client, Endpoint::PatientStudy), true);
    }

    void sameRecordsAsQtsParser_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("read"); // false: left to RecordParser
        QTest::newRow("no rows") << QByteArray("[]") << true;
        QTest::newRow("a v4 row") << "[" + v4Row + "]" << true;
        QTest::newRow("rows that repeat and change values")
            << "[" + v4Row + "," + v4Row + R"(,{"Modality":"MR","SeriesInstanceUID":"9"},)" +
                   v4Row + "]"
            << true;
        QTest::newRow("v1 spellings and types")
            << QByteArray(R"([{"SeriesInstanceUID":"1","PatientId":"P-1","TimeStamp":)"
                          R"(1316512800000,"Date Released":"2011-09-21 00:00:00.0",)"
                          R"("AnnotationsFlag":true,"ImageCount":"12","SeriesNumber":"4",)"
                          R"("FileSize":1.6357620E7}])")
            << true;
        QTest::newRow("numbers where text goes")
            << QByteArray(R"([{"SeriesInstanceUID":12345678901234567,"Modality":2.5,)"
                          R"("Manufacturer":true,"ProtocolName":-0,"BodyPartExamined":1e2}])")
            << true;
        QTest::newRow("integers beyond 64 bits and odd numbers")
            << QByteArray(R"([{"SeriesInstanceUID":"1","FileSize":18446744073709551615,)"
                          R"("ImageCount":"8387118.000000","SeriesNumber":" 7 "}])")
            << true;
        QTest::newRow("values of the wrong kind become extras")
            << QByteArray(R"([{"SeriesInstanceUID":"1","ImageCount":"many","SeriesDate":)"
                          R"("someday","AnnotationsFlag":"perhaps","SeriesNumber":[1]}])")
            << true;
        QTest::newRow("unknown keys, out of order, nested")
            << QByteArray(R"([{"Zeta":1,"SeriesInstanceUID":"1","Alpha":{"x":[1,"y",null]},)"
                          R"("Mid":"text","Null":null}])")
            << true;
        QTest::newRow("nulls and empty rows")
            << QByteArray(R"([{},{"SeriesInstanceUID":null,"Modality":"CT"},{}])") << true;
        QTest::newRow("escapes and characters beyond ASCII")
            << QByteArray("[{\"SeriesInstanceUID\":\"1\",\"SeriesDescription\":"
                          "\"T\\u00fcmor \\\"A\\\"\\n\\t\",\"PatientID\":\"Tumör-7 😀\","
                          "\"ProtocolName\":\"a\\u0000b\"}]")
            << true;
        QTest::newRow("a key twice")
            << QByteArray(R"([{"Modality":"CT","Modality":"MR"}])") << false;
        QTest::newRow("an unknown key twice") << QByteArray(R"([{"X":1,"X":2}])") << false;
        QTest::newRow("two spellings of one field")
            << QByteArray(R"([{"PatientID":"A","PatientId":"B"}])") << false;
        QTest::newRow("an unknown key beyond ASCII") << QByteArray(R"([{"Größe":1}])") << false;
        QTest::newRow("a row that is not an object")
            << QByteArray(R"([{"SeriesInstanceUID":"1"},42])") << false;
        QTest::newRow("not JSON") << QByteArray(R"([{"SeriesInstanceUID":"1"},])") << false;
        QTest::newRow("cut short") << QByteArray("[{\"SeriesInstanceUID\":\"1") << false;
        QTest::newRow("not UTF-8") << QByteArray("[{\"Modality\":\"C\xffT\"}]") << false;
        QTest::newRow("a lone object") << QByteArray(R"({"SeriesInstanceUID":"1"})") << false;
    }
    void sameRecordsAsQtsParser() {
        QFETCH(QByteArray, body);
        QFETCH(bool, read);
        for (const QByteArray &bytes : {body, padded(body)}) {
            const std::optional<QList<Series>> records = JsonRecordReader<Series>::read(bytes);
            QCOMPARE(records.has_value(), read);
            if (!records)
                continue;
            const ApiResult<QList<Series>> expected = RecordParser::records<Series>(body);
            QVERIFY(expected.ok());
            QCOMPARE(textOf(*records), textOf(expected.value()));
            QCOMPARE(records->size(), expected.value().size());
            for (qsizetype i = 0; i < records->size(); ++i)
                QCOMPARE(records->at(i).extra, expected.value().at(i).extra);
        }
    }

    // Another record type, with its own keys and aliases.
    void readsPatients() {
        const QByteArray body =
            R"([{"PatientId":"P-1","PatientName":"Doe","PatientSex":"F","Collection":"C",)"
            R"("PatientBirthDate":"1950-01-01 00:00:00.0","Extra":[1]},{"PatientID":"P-2"}])";
        const std::optional<QList<Patient>> records = JsonRecordReader<Patient>::read(body);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(textOf(*records), textOf(RecordParser::records<Patient>(body).value()));
        QCOMPARE(records->at(1).patientId, u"P-2"_s);
    }

    // A value that repeats from row to row is one string, not a copy per row.
    void repeatedValuesShareOneString() {
        const QByteArray body = "[" + v4Row + "," + v4Row + "]";
        const std::optional<QList<Series>> records = JsonRecordReader<Series>::read(body);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).collection.constData(), records->at(1).collection.constData());
    }

private:
    // The endpoint's whole body, read both ways: true when the quick path read it, alike.
    template<class Record>
    static bool sameAsQt(NbiaClient &client, Endpoint endpoint) {
        ApiCall *call = client.send(endpoint, {});
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(15000) || call->error().isError())
            return false;
        const QByteArray body = call->body();
        const std::optional<QList<Record>> records = JsonRecordReader<Record>::read(body);
        const ApiResult<QList<Record>> expected = RecordParser::records<Record>(body);
        return records && expected.ok() && !records->isEmpty() &&
               textOf(*records) == textOf(expected.value());
    }

    EmulatedArchive m_archive;
};

QTEST_GUILESS_MAIN(TestJsonRecordReader)
#include "tst_jsonrecordreader.moc"
