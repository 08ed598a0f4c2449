// Older v4 servers and the NLST-like archive (nbia-api-v4.md §5, §0.1): the v4-release=9.5
// quirk (getImage refuses IncludeMD5, getSeries' 25 keys with TimeStamp and CollectionURI,
// getSeriesMetadata CSV only with spaced headers, no getSOPInstanceUIDs), and --archive nlst
// beside the TCIA-like archive with no UID in common.

#include "emulatortestcase.h"
#include "flatjsonarray.h"
#include "httpchecks.h"
#include "zipcontents.h"

#include <QSet>
#include <QTest>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

class TestEmulatorV4Releases final : public EmulatorTestCase {
    Q_OBJECT

    EmulatorFixture m_nlst;

private Q_SLOTS:
    void initTestCase() {
        m_emulator.start();
        m_nlst.start(ArchiveSpec::Kind::Nlst);
    }

    void init() {
        m_emulator.reset();
        m_emulator.server().resetRequestCounts();
        QVERIFY(m_emulator.server().quirks().apply(u"v4-release=9.5"_s));
    }

    void cleanupTestCase() {
        m_nlst.stop();
        m_emulator.stop();
    }

    void getImageRefusesIncludeMd5() {
        const QString uid = archive().series()[m_emulator.zipSeries()].uid;
        HttpResult r = get(u"v4/getImage?SeriesInstanceUID=%1&IncludeMD5=Yes"_s.arg(uid));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("Invalid query parameter: 'IncludeMD5'. Allowed parameters "
                                    "are: [SeriesInstanceUID, NewFileNames]"));
        QCOMPARE(m_emulator.server().refusedParameterCount(), 1);
        m_emulator.server().resetRequestCounts();
        // The client's fallback: the same request without it.
        r = get(u"v4/getImage?SeriesInstanceUID="_s + uid);
        QCOMPARE(r.status, 200);
        const ZipContents zip = readZip(r.body);
        QCOMPARE(zip.entries.first().name, u"LICENSE"_s);
        QVERIFY(!zip.find(u"md5hashes.csv"_s));
        QVERIFY(m_emulator.server().quirks().apply(u"v4-release=current"_s));
        r = get(u"v4/getImage?SeriesInstanceUID=%1&IncludeMD5=Yes"_s.arg(uid));
        QCOMPARE(r.status, 200);
    }

    void getSeriesKeys() {
        const QStringList keys95{u"SeriesInstanceUID"_s,
                                 u"StudyInstanceUID"_s,
                                 u"Modality"_s,
                                 u"ProtocolName"_s,
                                 u"SeriesDate"_s,
                                 u"SeriesDescription"_s,
                                 u"BodyPartExamined"_s,
                                 u"SeriesNumber"_s,
                                 u"AnnotationsFlag"_s,
                                 u"Collection"_s,
                                 u"PatientID"_s,
                                 u"Manufacturer"_s,
                                 u"ManufacturerModelName"_s,
                                 u"SoftwareVersions"_s,
                                 u"ImageCount"_s,
                                 u"TimeStamp"_s,
                                 u"LicenseName"_s,
                                 u"LicenseURI"_s,
                                 u"CollectionURI"_s,
                                 u"FileSize"_s,
                                 u"DateReleased"_s,
                                 u"StudyDesc"_s,
                                 u"StudyDate"_s,
                                 u"ThirdPartyAnalysis"_s,
                                 u"Authorized"_s};
        QCOMPARE(keys95.size(), 25);
        const HttpResult r = get(u"v4/getSeries"_s);
        verifyJsonOk(r);
        FlatJsonArray json;
        QVERIFY(json.parse(r.body));
        for (const JsonRow &row : json.rows()) {
            qsizetype at = 0;
            for (const QString &key : row.keys()) {
                at = keys95.indexOf(key, at);
                QVERIFY2(at >= 0, row.raw.constData());
                ++at;
            }
            QVERIFY(!row.value(u"TimeStamp"_s).isUndefined());
            QVERIFY(!row.value(u"CollectionURI"_s).isUndefined());
        }
    }

    void seriesMetadataSpacedCsv() {
        const QString uid = archive().series()[m_emulator.zipSeries()].uid;
        const HttpResult r = post(u"v4/getSeriesMetadata"_s, "format=json&list=" + uid.toUtf8());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/csv"));
        const QByteArray header = r.body.left(r.body.indexOf('\n'));
        const QByteArrayList names = header.split(',');
        QCOMPARE(names.size(), 39);
        QCOMPARE(names[0], QByteArray("\"Patient ID\""));
        QCOMPARE(names[1], QByteArray("\"Patient Name\""));
        QCOMPARE(names[2], QByteArray("\"Patient Birth Date\""));
        QVERIFY(names.contains("\"Project\""));
        QVERIFY(names.contains("\"Pixel Spacing(mm)- Row\""));
        QVERIFY(names.contains("\"Slice Thickness(mm)\""));
        const QByteArrayList tail{"\"Collection URI\"", "\"File Size\"", "\"Date Released\"",
                                  "\"Third Party Analysis\"", "\"Authorized\""};
        QCOMPARE(names.mid(34), tail);
    }

    void noSopInstanceUids() {
        const HttpResult r = get(u"v4/getSOPInstanceUIDs?SeriesInstanceUID=1"_s);
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.endsWith("HTTP 404 Not Found"));
    }

    void patientBirthDate() {
        const HttpResult r = get(u"v4/getPatient"_s);
        verifyJsonOk(r);
        FlatJsonArray json;
        QVERIFY(json.parse(r.body));
        bool seen = false;
        for (const JsonRow &row : json.rows())
            seen = seen || !row.value(u"PatientBirthDate"_s).isUndefined();
        QVERIFY(seen);
    }

    // --archive nlst: one collection of CT and a few CR series; no UID in common with the
    // TCIA-like archive of the same seed; each emulator answers only for its own series.
    void nlstArchive() {
        const SyntheticArchive &nlst = m_nlst.archive();
        QCOMPARE(nlst.collections().size(), 1);
        QCOMPARE(nlst.collections().first().name, u"NLST"_s);
        QVERIFY(nlst.patients().size() >= 15);
        QSet<QString> modalities;
        for (const ArchiveSeries &s : nlst.series())
            modalities.insert(s.modality);
        QCOMPARE(modalities, (QSet<QString>{u"CT"_s, u"CR"_s}));
        QSet<QString> tcia;
        for (const ArchiveSeries &s : archive().series())
            tcia.insert(s.uid);
        for (const ArchiveStudy &s : archive().studies())
            tcia.insert(s.uid);
        for (const ArchiveSeries &s : nlst.series())
            QVERIFY2(!tcia.contains(s.uid), qPrintable(s.uid));
        for (const ArchiveStudy &s : nlst.studies())
            QVERIFY2(!tcia.contains(s.uid), qPrintable(s.uid));
        const HttpResult r = m_nlst.get(u"v4/getCollectionValues"_s);
        verifyJsonOk(r);
        QCOMPARE(r.body, QByteArray("[{\"Collection\":\"NLST\"}]"));

        // A manifest mixing both hosts' series: each series is found on its own host only.
        const QStringList manifest{nlst.series().first().uid, archive().series().first().uid,
                                   nlst.series().last().uid};
        for (const QString &uid : manifest) {
            const bool fromNlst = nlst.findSeries(uid).has_value();
            const HttpResult there = m_nlst.get(u"v4/getSeries?SeriesInstanceUID="_s + uid);
            const HttpResult here = get(u"v4/getSeries?SeriesInstanceUID="_s + uid);
            QCOMPARE(there.body.isEmpty(), !fromNlst);
            QCOMPARE(here.body.isEmpty(), fromNlst);
        }
    }
};

QTEST_GUILESS_MAIN(TestEmulatorV4Releases)
#include "tst_emulator_v4releases.moc"
