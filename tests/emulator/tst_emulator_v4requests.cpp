// How the emulator's v4 mode reads a request (nbia-api-v4.md §1, §2.1, §2.2, §2.6, §3): the
// allowed parameter names per endpoint and their 400, checked before the required parameters;
// the required-parameter texts; endpoints that ignore extra names; the paths v4 does not have;
// methods; the refused-parameter counter, the captured-request signal and faults by name.

#include "emulatortestcase.h"
#include "httpchecks.h"
#include "v4endpoints.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

namespace {
QByteArray invalid(const char *name, const char *allowed) {
    return "Invalid query parameter: '" + QByteArray(name) + "'. Allowed parameters are: [" +
           allowed + ']';
}
const QByteArray kNotGranted = "The user has not been granted the access to image with given "
                               "SeriesInstanceUID,%1. Please contact System Admin to resolve "
                               "this issue.";
} // namespace

class TestEmulatorV4Requests final : public EmulatorTestCase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_emulator.start(); }

    void init() {
        m_emulator.reset();
        m_emulator.server().resetRequestCounts();
    }

    void cleanupTestCase() { m_emulator.stop(); }

    // §2.2: the first name outside the endpoint's set gives 400 with the exact text (the set in
    // the emulator's fixed order), labelled with the endpoint's first @Produces type (§2.1).
    void invalidParameter_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        const QByteArray xml = "application/xml";
        QTest::newRow("getCollectionValues")
            << u"v4/getCollectionValues?Collection=X"_s << invalid("Collection", "format") << xml;
        QTest::newRow("getModalityValues collection lower-case")
            << u"v4/getModalityValues?collection=X"_s
            << invalid("collection", "Collection, BodyPartExamined, format") << xml;
        QTest::newRow("getBodyPartValues")
            << u"v4/getBodyPartValues?Collection=X&BodyPartExamined=Y"_s
            << invalid("BodyPartExamined", "Collection, Modality, format") << xml;
        QTest::newRow("getManufacturerValues")
            << u"v4/getManufacturerValues?manufacturer=X"_s
            << invalid("manufacturer", "Collection, Modality, BodyPartExamined, format") << xml;
        QTest::newRow("getPatient PatientID (capital D)")
            << u"v4/getPatient?PatientID=X"_s
            << invalid("PatientID", "Collection, PatientId, format") << xml;
        QTest::newRow("getPatientStudy PatientId (lower-case d)")
            << u"v4/getPatientStudy?PatientId=X"_s
            << invalid("PatientId", "Collection, PatientID, StudyInstanceUID, format") << xml;
        QTest::newRow("NewPatientsInCollection v1 Date")
            << u"v4/NewPatientsInCollection?Collection=X&Date=2010/01/01"_s
            << invalid("Date", "Collection, fromDate, format") << xml;
        QTest::newRow("NewStudiesInPatientCollection")
            << u"v4/NewStudiesInPatientCollection?Date=2010/01/01"_s
            << invalid("Date", "Collection, PatientID, fromDate, format") << xml;
        QTest::newRow("getSeries first unknown name wins")
            << u"v4/getSeries?Modality=CT&foo=1&bar=2"_s
            << invalid("foo", "Collection, PatientID, StudyInstanceUID, Modality, "
                              "BodyPartExamined, ManufacturerModelName, Manufacturer, "
                              "SeriesInstanceUID, format")
            << xml;
        QTest::newRow("getUpdatedSeries") << u"v4/getUpdatedSeries?Date=01-01-2020"_s
                                          << invalid("Date", "fromDate, format") << xml;
        QTest::newRow("getSeriesSize")
            << u"v4/getSeriesSize?seriesInstanceUID=1"_s
            << invalid("seriesInstanceUID", "SeriesInstanceUID, format") << xml;
        QTest::newRow("getSOPInstanceUIDs")
            << u"v4/getSOPInstanceUIDs?SeriesInstanceUid=1"_s
            << invalid("SeriesInstanceUid", "SeriesInstanceUID, format") << xml;
        QTest::newRow("getImage format")
            << u"v4/getImage?SeriesInstanceUID=1&format=json"_s
            << invalid("format", "SeriesInstanceUID, NewFileNames, IncludeMD5")
            << QByteArray("application/octet-stream");
        QTest::newRow("getImageWithMD5Hash NewFileNames")
            << u"v4/getImageWithMD5Hash?SeriesInstanceUID=1&NewFileNames=Yes"_s
            << invalid("NewFileNames", "SeriesInstanceUID")
            << QByteArray("application/octet-stream");
        QTest::newRow("getSingleImage format")
            << u"v4/getSingleImage?format=json"_s
            << invalid("format", "SeriesInstanceUID, SOPInstanceUID")
            << QByteArray("application/dicom");
        QTest::newRow("getModalityValuesAndCounts format")
            << u"v4/getModalityValuesAndCounts?format=csv"_s
            << invalid("format", "Collection, BodyPartExamined") << QByteArray("application/json");
        QTest::newRow("getBodyPartValuesAndCounts format")
            << u"v4/getBodyPartValuesAndCounts?format=json"_s
            << invalid("format", "Collection, Modality") << QByteArray("application/json");
        QTest::newRow("getManufacturerValuesAndCounts format")
            << u"v4/getManufacturerValuesAndCounts?format=json"_s
            << invalid("format", "Collection, Modality, BodyPartExamined")
            << QByteArray("application/json");
        QTest::newRow("getCollectionDescriptions")
            << u"v4/getCollectionDescriptions?Collection=X"_s
            << invalid("Collection", "collectionName") << QByteArray("application/json");
        QTest::newRow("getDicomTags SeriesInstanceUID")
            << u"v4/getDicomTags?SeriesInstanceUID=1"_s << invalid("SeriesInstanceUID", "SeriesUID")
            << QByteArray("application/json");
    }
    void invalidParameter() {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        const int before = m_emulator.server().refusedParameterCount();
        const HttpResult r = get(path);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, body);
        QCOMPARE(r.header("Content-Type"), type);
        QCOMPARE(m_emulator.server().refusedParameterCount(), before + 1);
    }

    // §3: the required-parameter texts, plain text labelled application/json; a refused name
    // is reported before a missing required one.
    void requiredParameters_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        const QByteArray collectionModality =
            "A parameter, Collection and Modality, are required for this API call.";
        const QByteArray collectionDate =
            "A parameter, Collection and Date are required for this API call.";
        const QByteArray seriesUid =
            "A parameter, SeriesInstanceUID is required for this API call.";
        QTest::newRow("byCollectionAndModality none")
            << u"v4/getPatientByCollectionAndModality"_s << collectionModality;
        QTest::newRow("byCollectionAndModality no Modality")
            << u"v4/getPatientByCollectionAndModality?Collection=X"_s << collectionModality;
        QTest::newRow("byCollectionAndModality refused before required")
            << u"v4/getPatientByCollectionAndModality?modality=CT"_s
            << invalid("modality", "Collection, Modality, format");
        QTest::newRow("NewPatientsInCollection no fromDate")
            << u"v4/NewPatientsInCollection?Collection=X"_s << collectionDate;
        QTest::newRow("NewPatientsInCollection no Collection")
            << u"v4/NewPatientsInCollection?fromDate=01-01-2020"_s << collectionDate;
        QTest::newRow("NewPatientsInCollection refused before required")
            << u"v4/NewPatientsInCollection?Date=2020/01/01"_s
            << invalid("Date", "Collection, fromDate, format");
        QTest::newRow("NewStudiesInPatientCollection none")
            << u"v4/NewStudiesInPatientCollection"_s << collectionDate;
        QTest::newRow("getSeriesSize") << u"v4/getSeriesSize"_s << seriesUid;
        QTest::newRow("getSOPInstanceUIDs") << u"v4/getSOPInstanceUIDs"_s << seriesUid;
        QTest::newRow("getSingleImage")
            << u"v4/getSingleImage?SeriesInstanceUID=1"_s
            << QByteArray(
                   "A parameter, SeriesInstanceUID and SOPInstanceUID, are required for this API "
                   "call.");
        QTest::newRow("getImage")
            << u"v4/getImage"_s
            << QByteArray("A parameter, SeriesInstanceUID, is required for this API call.");
        QTest::newRow("getImage refused before required")
            << u"v4/getImage?SeriesInstanceUid=1"_s
            << invalid("SeriesInstanceUid", "SeriesInstanceUID, NewFileNames, IncludeMD5");
        QTest::newRow("getImageWithMD5Hash")
            << u"v4/getImageWithMD5Hash"_s
            << QByteArray("A parameter, SeriesInstanceUID, is required for this API call.");
        QTest::newRow("getDicomTags without SeriesUID")
            << u"v4/getDicomTags"_s << QString::fromUtf8(kNotGranted).arg(u"null"_s).toUtf8();
    }
    void requiredParameters() {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpResult r = get(path);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, body);
        if (!body.startsWith("Invalid"))
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    }

    // §2.2: endpoints without a check ignore any name; a present-but-empty value passes the
    // checks and matches nothing (200-empty).
    void uncheckedAndEmpty() {
        HttpResult r = get(u"v4/getCollectionValuesAndCounts?foo=bar&format=xml"_s);
        verifyJsonOk(r);
        QVERIFY(r.body.startsWith("[{\"Collection\":"));
        r = get(u"v4/getSpeciesValuesAndCounts?anything=1"_s);
        verifyJsonOk(r);
        verifyEmpty(get(u"v4/getPatientByCollectionAndModality?Collection=&Modality=CT"_s));
        verifyEmpty(get(u"v4/getSeries?Collection="_s));
        QCOMPARE(m_emulator.server().refusedParameterCount(), 0);
    }

    // §1.1, §3.27: paths v4 does not have give Jersey's 404, mapped to 500 (or a plain 404 with
    // the unknown-path quirk); v1 keeps them.
    void missingEndpoints_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("getContentsByName") << u"getContentsByName"_s;
        QTest::newRow("getSeriesMetaData capital D") << u"getSeriesMetaData"_s;
        QTest::newRow("getAllSOPClassDefinition") << u"getAllSOPClassDefinition"_s;
        QTest::newRow("getUserAgreementTxt") << u"getUserAgreementTxt"_s;
        QTest::newRow("getM5HashForImage") << u"getM5HashForImage"_s;
        QTest::newRow("wrong case") << u"getseries"_s;
    }
    void missingEndpoints() {
        QFETCH(QString, endpoint);
        HttpResult r = get(u"v4/"_s + endpoint + u"?name=x"_s);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body,
                 QByteArray("Server was not able to process your request\nHTTP 404 Not Found"));
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain"));
        QVERIFY(m_emulator.server().quirks().apply(u"unknown-path=404"_s));
        r = get(u"v4/"_s + endpoint);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray("HTTP 404 Not Found"));
    }

    void contentsByNameStaysOnV1() {
        const SharedList &list = archive().sharedLists().first();
        const HttpResult r = get(u"v1/getContentsByName?name="_s + list.name);
        verifyJsonOk(r);
        QVERIFY(r.body.contains(archive().series()[list.series.first()].uid.toUtf8()));
    }

    // §1.1: the servlet is also mapped at /*.
    void shortPath() {
        const HttpResult r = request(
            QUrl(m_emulator.root().replace(u"/services/"_s, u"/v4/"_s) + u"getCollectionValues"_s));
        verifyJsonOk(r);
        QCOMPARE(r.body, get(u"v4/getCollectionValues"_s).body);
    }

    // §1.1, §3.18: getSeriesMetadata is POST only, the rest GET only: 405 ⇒ 500.
    void methods() {
        HttpResult r = get(u"v4/getSeriesMetadata?list=1"_s);
        QCOMPARE(r.status, 500);
        QCOMPARE(
            r.body,
            QByteArray("Server was not able to process your request\nHTTP 405 Method Not Allowed"));
        r = request(QUrl(m_emulator.root() + u"v4/getSeries"_s), "POST");
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.endsWith("HTTP 405 Method Not Allowed"));
    }

    // Every request is counted by name and captured whole, whatever its version.
    void countingAndCapture() {
        QSignalSpy captured(&m_emulator.server(), &EmulatorServer::requestCaptured);
        QSignalSpy received(&m_emulator.server(), &EmulatorServer::requestReceived);
        get(u"v4/getSeries?Collection=Mammo-Screening"_s);
        get(u"v1/getSeries?Collection=Mammo-Screening"_s);
        post(u"v4/getSeriesMetadata"_s, "list=1.2.3");
        QCOMPARE(m_emulator.server().requestCount(u"getSeries"_s), 2);
        QCOMPARE(m_emulator.server().requestCount(u"getSeriesMetadata"_s), 1);
        QCOMPARE(received.size(), 3);
        QCOMPARE(captured.size(), 3);
        const auto first = captured[0][0].value<CapturedRequest>();
        QCOMPARE(first.method, QByteArray("GET"));
        QCOMPARE(first.version, u"v4"_s);
        QCOMPARE(first.endpoint, u"getSeries"_s);
        QCOMPARE(first.url.query(), u"Collection=Mammo-Screening"_s);
        QCOMPARE(captured[1][0].value<CapturedRequest>().version, u"v1"_s);
        const auto third = captured[2][0].value<CapturedRequest>();
        QCOMPARE(third.method, QByteArray("POST"));
        QCOMPARE(third.body, QByteArray("list=1.2.3"));
        bool hasType = false;
        for (const auto &[name, value] : third.headers)
            hasType = hasType || (name.compare("content-type", Qt::CaseInsensitive) == 0 &&
                                  value == "application/x-www-form-urlencoded");
        QVERIFY(hasType);
        get(u"v4/getSeries?foo=1"_s);
        QCOMPARE(m_emulator.server().refusedParameterCount(), 1);
        m_emulator.server().resetRequestCounts();
        QCOMPARE(m_emulator.server().refusedParameterCount(), 0);
        QCOMPARE(m_emulator.server().requestCount(), 0);
    }

    // Faults name v4 endpoints exactly as v1 ones; not-public gives each version's text.
    void faults() {
        m_emulator.server().faults().add(*FaultRule::parse(u"getSeries:status=503,first=1"_s));
        HttpResult r = get(u"v4/getSeries?Collection=Mammo-Screening"_s);
        QCOMPARE(r.status, 503);
        r = get(u"v4/getSeries?Collection=Mammo-Screening"_s);
        verifyJsonOk(r);

        const QString uid = archive().series().first().uid;
        m_emulator.server().faults().add(*FaultRule::parse(u"getImage:not-public"_s));
        r = get(u"v4/getImage?SeriesInstanceUID="_s + uid);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QString::fromUtf8(kNotGranted).arg(uid).toUtf8());
        r = get(u"v1/getImage?SeriesInstanceUID="_s + uid);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, "Image with given SeriesInstanceUID," + uid.toUtf8() +
                             ", is not in public domain.");
    }

    // §3.15: unknown series ⇒ the access text (v1 keeps its own).
    void accessText() {
        HttpResult r = get(u"v4/getImage?SeriesInstanceUID=1.2.3.4"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QString::fromUtf8(kNotGranted).arg(u"1.2.3.4"_s).toUtf8());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        r = get(u"v4/getImageWithMD5Hash?SeriesInstanceUID=1.2.3.4"_s);
        QCOMPARE(r.body, QString::fromUtf8(kNotGranted).arg(u"1.2.3.4"_s).toUtf8());
        r = get(u"v4/getDicomTags?SeriesUID=1.2.3.4"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QString::fromUtf8(kNotGranted).arg(u"1.2.3.4"_s).toUtf8());
        r = get(u"v1/getImage?SeriesInstanceUID=1.2.3.4"_s);
        QCOMPARE(
            r.body,
            QByteArray("Image with given SeriesInstanceUID,1.2.3.4, is not in public domain."));
    }

    // §2.4: an unknown format with rows ⇒ 500; without rows ⇒ 200-empty.
    void badFormat() {
        HttpResult r = get(u"v4/getCollectionValues?format=yaml"_s);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("Server was not able to process your request"));
        verifyEmpty(get(u"v4/getSeries?Collection=nope&format=yaml"_s));
        r = get(u"v4/getCollectionValues?format=CSV"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/csv"));
        QVERIFY(r.body.startsWith("Collection\n"));
        // §2.4: csv-download labels a single column for download, several columns as CSV.
        r = get(u"v4/getCollectionValues?format=csv-download"_s);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/force-download"));
        QCOMPARE(r.header("Content-Disposition"),
                 QByteArray("attachment; filename=\"SeriesMetaData.csv\""));
        r = get(u"v4/getPatient?Collection=Mammo-Screening&format=CSV-DOWNLOAD"_s);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/csv"));
        QVERIFY(r.body.startsWith("\"PatientId\",\"PatientName\","));
        r = get(u"v4/getPatient?Collection=Mammo-Screening&format=xml"_s);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/xml"));
        QVERIFY(r.body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" "
                                  "standalone=\"yes\"?><Results><Row><PatientId "));
    }

    // The emulator's own v4 name table: 9.5 lacks getSOPInstanceUIDs and IncludeMD5.
    void names() {
        const QStringList current = V4Endpoints::names(EmulatorQuirks::V4Release::Current);
        QCOMPARE(current.size(), 24);
        QVERIFY(current.contains(u"getSOPInstanceUIDs"_s));
        QVERIFY(current.contains(u"getSeriesMetadata"_s));
        QVERIFY(!current.contains(u"getSeriesMetaData"_s));
        QVERIFY(!current.contains(u"getContentsByName"_s));
        const QStringList old = V4Endpoints::names(EmulatorQuirks::V4Release::R9_5);
        QCOMPARE(old.size(), 23);
        QVERIFY(!old.contains(u"getSOPInstanceUIDs"_s));
        QCOMPARE(V4Endpoints::allowedParameters(u"getImage"_s, EmulatorQuirks::V4Release::R9_5)
                     .value_or(QStringList()),
                 QStringList({u"SeriesInstanceUID"_s, u"NewFileNames"_s}));
        QVERIFY(!V4Endpoints::allowedParameters(u"getSeriesMetadata"_s,
                                                EmulatorQuirks::V4Release::Current)
                     .has_value());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorV4Requests)
#include "tst_emulator_v4requests.moc"
