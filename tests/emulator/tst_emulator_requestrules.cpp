// How the emulator reads a request (the NBIA API reference, nbia-api.md §2.1, §2.3, §2.4, §3):
// required parameters and their exact messages, parameter spelling, present-but-empty values, empty
// results, unknown paths and methods (with and without the unknown-path quirk) and stack traces.

#include "emulatortestcase.h"
#include "httpchecks.h"

#include <QTest>
#include <QUrl>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

class TestEmulatorRequestRules final : public EmulatorTestCase {
    Q_OBJECT

    EmulatorServer *m_server = nullptr;
    QString m_root;

private Q_SLOTS:
    void initTestCase() {
        m_emulator.start();
        m_server = &m_emulator.server();
        m_root = m_emulator.root();
    }

    void init() { m_emulator.reset(); }

    void cleanupTestCase() { m_emulator.stop(); }

    // -----------------------------------------------------------------------------------------
    // §2.4 / §3: required parameters.

    void requiredParameters_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("message");
        const QByteArray collectionModality =
            "A parameter, Collection and Modality, are required for this API call.";
        const QByteArray collectionDate =
            "A parameter, Collection and Date are required for this API call.";
        const QByteArray seriesUid =
            "A parameter, SeriesInstanceUID is required for this API call.";
        const QByteArray seriesUidComma =
            "A parameter, SeriesInstanceUID, is required for this API call.";
        const QByteArray singleImage =
            "A parameter, SeriesInstanceUID and SOPInstanceUID, are required for this API call.";
        const QString uid = archive().series().first().uid;

        QTest::newRow("byCollectionAndModality none")
            << u"v1/getPatientByCollectionAndModality"_s << collectionModality;
        QTest::newRow("byCollectionAndModality no Modality")
            << u"v1/getPatientByCollectionAndModality?Collection=Mammo-Screening"_s
            << collectionModality;
        QTest::newRow("byCollectionAndModality no Collection")
            << u"v1/getPatientByCollectionAndModality?Modality=MG"_s << collectionModality;
        QTest::newRow("byCollectionAndModality wrong case")
            << u"v1/getPatientByCollectionAndModality?collection=Mammo-Screening&modality=MG"_s
            << collectionModality;
        QTest::newRow("NewPatientsInCollection none")
            << u"v1/NewPatientsInCollection"_s << collectionDate;
        QTest::newRow("NewPatientsInCollection no Date")
            << u"v1/NewPatientsInCollection?Collection=Mammo-Screening"_s << collectionDate;
        QTest::newRow("NewPatientsInCollection no Collection")
            << u"v1/NewPatientsInCollection?Date=2010/01/01"_s << collectionDate;
        QTest::newRow("NewPatientsInCollection date lower case")
            << u"v1/NewPatientsInCollection?Collection=Mammo-Screening&date=2010/01/01"_s
            << collectionDate;
        QTest::newRow("NewStudiesInPatientCollection none")
            << u"v1/NewStudiesInPatientCollection"_s << collectionDate;
        QTest::newRow("NewStudiesInPatientCollection no Date")
            << u"v1/NewStudiesInPatientCollection?Collection=Mammo-Screening&PatientID=X"_s
            << collectionDate;
        QTest::newRow("getSeriesSize") << u"v1/getSeriesSize"_s << seriesUid;
        QTest::newRow("getSeriesSize wrong case")
            << u"v1/getSeriesSize?seriesInstanceUID="_s + uid << seriesUid;
        QTest::newRow("getSOPInstanceUIDs") << u"v1/getSOPInstanceUIDs"_s << seriesUid;
        QTest::newRow("getSeriesMetaData") << u"v1/getSeriesMetaData?format=csv"_s << seriesUid;
        QTest::newRow("getContentsByName")
            << u"v1/getContentsByName"_s
            << QByteArray("A parameter, name is required for this API call.");
        QTest::newRow("getContentsByName Name")
            << u"v1/getContentsByName?Name="_s + archive().sharedLists().first().name
            << QByteArray("A parameter, name is required for this API call.");
        QTest::newRow("getImage") << u"v1/getImage"_s << seriesUidComma;
        QTest::newRow("getImage wrong case")
            << u"v1/getImage?SeriesInstanceUid="_s + uid << seriesUidComma;
        QTest::newRow("getImageWithMD5Hash") << u"v1/getImageWithMD5Hash"_s << seriesUidComma;
        QTest::newRow("getSingleImage none") << u"v1/getSingleImage"_s << singleImage;
        QTest::newRow("getSingleImage no SOP")
            << u"v1/getSingleImage?SeriesInstanceUID="_s + uid << singleImage;
        QTest::newRow("getSingleImage no series")
            << u"v1/getSingleImage?SOPInstanceUID="_s + archive().sopInstanceUid(0, 1)
            << singleImage;
    }
    void requiredParameters() {
        QFETCH(QString, path);
        QFETCH(QByteArray, message);
        const HttpResult r = get(path);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json")); // sic: not JSON
        QCOMPARE(r.body, message);
    }

    // -----------------------------------------------------------------------------------------
    // §2.1, §2.3: empty results.

    void emptyResults_data() {
        QTest::addColumn<QString>("path");
        const QString uid = archive().series().first().uid;
        QTest::newRow("unknown collection")
            << u"v1/getModalityValues?Collection=NSCLC-Radiogenomics"_s;
        QTest::newRow("present but empty") << u"v1/getModalityValues?Collection="_s;
        QTest::newRow("getBodyPartValues empty Modality") << u"v1/getBodyPartValues?Modality="_s;
        QTest::newRow("getManufacturerValues no match")
            << u"v1/getManufacturerValues?Collection=Mammo-Screening&Modality=CT"_s;
        QTest::newRow("getPatient unknown") << u"v1/getPatient?Collection=No-Such"_s;
        QTest::newRow("getPatient empty PatientId") << u"v1/getPatient?PatientId="_s;
        QTest::newRow("byCollectionAndModality no match")
            << u"v1/getPatientByCollectionAndModality?Collection=Mammo-Screening&Modality=CT"_s;
        QTest::newRow("byCollectionAndModality empty")
            << u"v1/getPatientByCollectionAndModality?Collection=&Modality="_s;
        QTest::newRow("NewPatientsInCollection garbage date")
            << u"v1/NewPatientsInCollection?Collection=Mammo-Screening&Date=yesterday"_s;
        QTest::newRow("NewPatientsInCollection empty date")
            << u"v1/NewPatientsInCollection?Collection=Mammo-Screening&Date="_s;
        QTest::newRow("NewPatientsInCollection future")
            << u"v1/NewPatientsInCollection?Collection=Mammo-Screening&Date=2099/01/01"_s;
        QTest::newRow("getPatientStudy unknown") << u"v1/getPatientStudy?Collection=nope"_s;
        QTest::newRow("getPatientStudy unknown study")
            << u"v1/getPatientStudy?StudyInstanceUID=1.2.3"_s;
        QTest::newRow("NewStudiesInPatientCollection garbage")
            << u"v1/NewStudiesInPatientCollection?Collection=Mammo-Screening&Date=2010-01-01"_s;
        QTest::newRow("getSeries live example")
            << u"v1/getSeries?Collection=NSCLC%20Radiogenomics&Modality=MR"_s;
        QTest::newRow("getSeries no match")
            << u"v1/getSeries?Collection=Mammo-Screening&Modality=CT"_s;
        QTest::newRow("getSeries empty Collection") << u"v1/getSeries?Collection="_s;
        QTest::newRow("getSeries empty SeriesInstanceUID") << u"v1/getSeries?SeriesInstanceUID="_s;
        QTest::newRow("getSeries bad format, empty result")
            << u"v1/getSeries?Collection=nope&format=bogus"_s;
        QTest::newRow("getUpdatedSeries garbage") << u"v1/getUpdatedSeries?fromDate=garbage"_s;
        QTest::newRow("getUpdatedSeries empty") << u"v1/getUpdatedSeries?fromDate="_s;
        QTest::newRow("getUpdatedSeries future") << u"v1/getUpdatedSeries?fromDate=01/01/2099"_s;
        QTest::newRow("getSOPInstanceUIDs unknown")
            << u"v1/getSOPInstanceUIDs?SeriesInstanceUID=1.2.3"_s;
        QTest::newRow("getSOPInstanceUIDs empty") << u"v1/getSOPInstanceUIDs?SeriesInstanceUID="_s;
        QTest::newRow("getContentsByName unknown") << u"v1/getContentsByName?name=nbia-0"_s;
        QTest::newRow("getContentsByName unknown, csv")
            << u"v1/getContentsByName?name=x&format=csv"_s;
        QTest::newRow("getSeries empty format, empty result")
            << u"v1/getSeries?Collection=nope&format="_s;
        QTest::newRow("getSeries xml empty") << u"v1/getSeries?Collection=nope&format=xml"_s;
    }
    void emptyResults() {
        QFETCH(QString, path);
        verifyEmpty(get(path));
    }

    // -----------------------------------------------------------------------------------------
    // §2.4: error messages, unknown paths and methods.

    void stackTraces() {
        // §2.4: with include.exceptions.in.errors=yes the message is followed by a stack trace.
        const QString path = u"v1/getSingleImage?SeriesInstanceUID=1.2.3&SOPInstanceUID=1.2.3.4"_s;
        HttpResult r = get(path);
        QCOMPARE(r.body, kServerError + "\nnull");
        QVERIFY(m_server->quirks().apply(u"stack-traces=on"_s));
        r = get(path);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain"));
        QVERIFY2(r.body.startsWith(QByteArray(kServerError + "\nnull\n\tat ")), r.body.constData());
    }

    void unknownPaths_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("quirk");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("message");
        const QByteArray notFound = "HTTP 404 Not Found";
        const QByteArray notAllowed = "HTTP 405 Method Not Allowed";
        const QByteArray getVerb = "GET";
        for (const QString &quirk : {QString(), u"unknown-path=404"_s}) {
            const bool is404 = !quirk.isEmpty();
            const char *tag = is404 ? "404 quirk" : "default";
            QTest::addRow("%s unknown endpoint", tag)
                << u"v1/getSerie"_s << getVerb << quirk << (is404 ? 404 : 500) << notFound;
            QTest::addRow("%s endpoint case", tag)
                << u"v1/getseries"_s << getVerb << quirk << (is404 ? 404 : 500) << notFound;
            QTest::addRow("%s New without capital", tag)
                << u"v1/newPatientsInCollection?Collection=x&Date=2010/01/01"_s << getVerb << quirk
                << (is404 ? 404 : 500) << notFound;
            QTest::addRow("%s MetaData lower d", tag)
                << u"v1/getSeriesMetadata?SeriesInstanceUID=1"_s << getVerb << quirk
                << (is404 ? 404 : 500) << notFound;
            QTest::addRow("%s v1 root", tag)
                << u"v1/"_s << getVerb << quirk << (is404 ? 404 : 500) << notFound;
            QTest::addRow("%s POST", tag) << u"v1/getCollectionValues"_s << QByteArray("POST")
                                          << quirk << (is404 ? 405 : 500) << notAllowed;
            QTest::addRow("%s PUT", tag) << u"v1/getSeries"_s << QByteArray("PUT") << quirk
                                         << (is404 ? 405 : 500) << notAllowed;
        }
    }
    void unknownPaths() {
        QFETCH(QString, path);
        QFETCH(QByteArray, verb);
        QFETCH(QString, quirk);
        QFETCH(int, status);
        QFETCH(QByteArray, message);
        if (!quirk.isEmpty())
            QVERIFY(m_server->quirks().apply(quirk));
        const HttpResult r = request(QUrl(m_root + path), verb);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.status, status);
        if (status == 500)
            QCOMPARE(r.body, kServerError + '\n' + message);
        else
            QVERIFY(!r.body.startsWith('['));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorRequestRules)
#include "tst_emulator_requestrules.moc"
