#include <api/apidialect.h>
#include <api/apierror.h>
#include <api/archivepreset.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nbia::QueryParameters)

// What each version's requests look like on the wire (the v4 reference's names, methods and
// formats), written out here rather than derived, so that a mistake in the dialect shows.
class TestApiDialect final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versions_data() {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<bool>("v4");
        QTest::newRow("v1") << u"v1"_s << false;
        QTest::newRow("v2 (token)") << u"v2"_s << false;
        QTest::newRow("none") << QString() << false;
        QTest::newRow("v4") << u"v4"_s << true;
        QTest::newRow("V4") << u"V4"_s << true;
        QTest::newRow("a later one") << u"v5"_s << true;
        QTest::newRow("nonsense") << u"latest"_s << false;
    }
    void versions() {
        QFETCH(QString, segment);
        QFETCH(bool, v4);
        QCOMPARE(apiVersionOf(segment) == ApiVersion::V4, v4);
    }

    void releaseDates_data() {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<QueryParameters>("expected");
        const QDate date(2024, 1, 31);
        Q_UNUSED(date)
        QTest::newRow("v1 new patients")
            << u"v1"_s << int(Endpoint::NewPatientsInCollection)
            << QueryParameters{{u"Collection"_s, u"C"_s}, {u"Date"_s, u"2024/01/31"_s}};
        QTest::newRow("v1 new studies")
            << u"v1"_s << int(Endpoint::NewStudiesInPatientCollection)
            << QueryParameters{{u"Collection"_s, u"C"_s}, {u"Date"_s, u"2024/01/31"_s}};
        QTest::newRow("v4 new patients")
            << u"v4"_s << int(Endpoint::NewPatientsInCollection)
            << QueryParameters{{u"Collection"_s, u"C"_s}, {u"fromDate"_s, u"01-31-2024"_s}};
        QTest::newRow("v4 new studies")
            << u"v4"_s << int(Endpoint::NewStudiesInPatientCollection)
            << QueryParameters{{u"Collection"_s, u"C"_s}, {u"fromDate"_s, u"01-31-2024"_s}};
    }
    void releaseDates() {
        QFETCH(QString, segment);
        QFETCH(int, endpoint);
        QFETCH(QueryParameters, expected);
        const WireRequest request =
            ApiDialect(segment).newEntities(Endpoint(endpoint), u"C"_s, QDate(2024, 1, 31));
        QCOMPARE(request.parameters, expected);
        QCOMPARE(request.method, HttpMethod::Get);
        QCOMPARE(request.versionSegment, segment);
    }

    void updatedSeries() {
        QCOMPARE(ApiDialect(u"v1"_s).updatedSeries(QDate(2024, 1, 31)).parameters,
                 (QueryParameters{{u"fromDate"_s, u"31/01/2024"_s}}));
        QCOMPARE(ApiDialect(u"v4"_s).updatedSeries(QDate(2024, 1, 31)).parameters,
                 (QueryParameters{{u"fromDate"_s, u"01-31-2024"_s}}));
        // No date: nothing is sent (the parameter's value is null).
        const QueryParameters none = ApiDialect(u"v4"_s).updatedSeries(QDate()).parameters;
        QVERIFY(none.isEmpty() || none.first().second.isNull());
    }

    void seriesMetadata() {
        const WireRequest v1 = ApiDialect(u"v1"_s).seriesMetadata({u"1.2.3"_s});
        QCOMPARE(v1.name, u"getSeriesMetaData"_s);
        QCOMPARE(v1.method, HttpMethod::Get);
        QCOMPARE(v1.parameters, (QueryParameters{{u"SeriesInstanceUID"_s, u"1.2.3"_s}}));
        QCOMPARE(ApiDialect(u"v1"_s).seriesMetadataBatchSize(), 1);

        const WireRequest v4 = ApiDialect(u"v4"_s).seriesMetadata({u"1.2.3"_s, u"4.5.6"_s});
        QCOMPARE(v4.name, u"getSeriesMetadata"_s);
        QCOMPARE(v4.method, HttpMethod::Post);
        QCOMPARE(v4.versionSegment, u"v4"_s);
        QCOMPARE(v4.parameters, (QueryParameters{{u"list"_s, u"1.2.3,4.5.6"_s}}));
        QVERIFY(ApiDialect(u"v4"_s).seriesMetadataBatchSize() > 100);
    }

    void seriesArchive_data() {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<bool>("md5");
        QTest::addColumn<bool>("newNames");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QueryParameters>("parameters");
        QTest::addColumn<bool>("license");
        QTest::addColumn<bool>("namedByArchive");
        const QueryParameters uid{{u"SeriesInstanceUID"_s, u"1.2"_s}};
        QTest::newRow("v1 md5") << u"v1"_s << true << true << false << u"getImageWithMD5Hash"_s
                                << uid << false << false;
        QTest::newRow("v1 no md5, new names")
            << u"v1"_s << false << true << false << u"getImage"_s
            << uid + QueryParameters{{u"NewFileNames"_s, u"Yes"_s}} << true << true;
        QTest::newRow("v4 md5") << u"v4"_s << true << false << false << u"getImage"_s
                                << uid + QueryParameters{{u"IncludeMD5"_s, u"Yes"_s}} << true
                                << false;
        QTest::newRow("v4 md5, new names")
            << u"v4"_s << true << true << false << u"getImage"_s
            << uid + QueryParameters{{u"NewFileNames"_s, u"Yes"_s}, {u"IncludeMD5"_s, u"Yes"_s}}
            << true << true;
        QTest::newRow("v4 without IncludeMD5 (older release)")
            << u"v4"_s << true << true << true << u"getImageWithMD5Hash"_s << uid << false << false;
        QTest::newRow("v4 no md5")
            << u"v4"_s << false << false << false << u"getImage"_s << uid << true << false;
    }
    void seriesArchive() {
        QFETCH(QString, segment);
        QFETCH(bool, md5);
        QFETCH(bool, newNames);
        QFETCH(bool, refused);
        QFETCH(QString, name);
        QFETCH(QueryParameters, parameters);
        QFETCH(bool, license);
        QFETCH(bool, namedByArchive);
        SeriesArchiveOptions options;
        options.withMd5Hashes = md5;
        options.newFileNames = newNames;
        const WireRequest request = ApiDialect(segment).seriesArchive(u"1.2"_s, options, refused);
        QCOMPARE(request.name, name);
        QCOMPARE(request.parameters, parameters);
        QCOMPARE(ApiDialect::archiveHasLicense(request), license);
        QCOMPARE(ApiDialect::archiveNamesFilesByInstance(request), namedByArchive);
    }

    void sharedListsStayOnV1() {
        const WireRequest request =
            ApiDialect(u"v4"_s).request(Endpoint::ContentsByName, {{u"name"_s, u"x"_s}});
        QCOMPARE(request.versionSegment, u"v1"_s);
        QCOMPARE(request.name, u"getContentsByName"_s);
    }

    void v4OnlyEndpoints_data() {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<QString>("name");
        QTest::newRow("collections")
            << int(Endpoint::CollectionValuesAndCounts) << u"getCollectionValuesAndCounts"_s;
        QTest::newRow("modalities")
            << int(Endpoint::ModalityValuesAndCounts) << u"getModalityValuesAndCounts"_s;
        QTest::newRow("body parts")
            << int(Endpoint::BodyPartValuesAndCounts) << u"getBodyPartValuesAndCounts"_s;
        QTest::newRow("manufacturers")
            << int(Endpoint::ManufacturerValuesAndCounts) << u"getManufacturerValuesAndCounts"_s;
        QTest::newRow("descriptions")
            << int(Endpoint::CollectionDescriptions) << u"getCollectionDescriptions"_s;
        QTest::newRow("tags") << int(Endpoint::DicomTags) << u"getDicomTags"_s;
    }
    void v4OnlyEndpoints() {
        QFETCH(int, endpoint);
        QFETCH(QString, name);
        QVERIFY(ApiDialect(u"v4"_s).offers(Endpoint(endpoint)));
        QVERIFY(!ApiDialect(u"v1"_s).offers(Endpoint(endpoint)));
        QCOMPARE(ApiDialect(u"v4"_s).request(Endpoint(endpoint)).name, name);
    }

    void refusedParameter_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("IncludeMD5")
            << 400
            << QByteArray("Invalid query parameter: 'IncludeMD5'. Allowed parameters are: "
                          "[NewFileNames, SeriesInstanceUID]")
            << u"IncludeMD5"_s;
        QTest::newRow("another 400")
            << 400 << QByteArray("A parameter, SeriesInstanceUID, is required for this API call.")
            << QString();
        QTest::newRow("a 500") << 500 << QByteArray("Invalid query parameter: 'x'. Allowed")
                               << QString();
    }
    void refusedParameter() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, parameter);
        QCOMPARE(ApiError::http(status, body).refusedParameter(), parameter);
    }

    void archives_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("version");
        QTest::newRow("tcia") << u"tcia"_s
                              << u"https://services.cancerimagingarchive.net/nbia-api/services/"_s
                              << u"v4"_s;
        QTest::newRow("nlst") << u"nlst"_s
                              << u"https://nlst.cancerimagingarchive.net/nbia-api/services/"_s
                              << u"v4"_s;
        QTest::newRow("tcia-v1")
            << u"tcia-v1"_s << u"https://services.cancerimagingarchive.net/nbia-api/services/"_s
            << u"v1"_s;
    }
    void archives() {
        QFETCH(QString, id);
        QFETCH(QString, root);
        QFETCH(QString, version);
        const std::optional<ArchivePreset> preset = ArchivePreset::byId(id.toUpper());
        QVERIFY(preset);
        const ClientSettings settings = preset->settings();
        QCOMPARE(settings.serviceRoot.toString(), root);
        QCOMPARE(settings.apiVersion, version);
        QCOMPARE(ArchivePreset::matching(settings)->id, id);
    }

    // A known archive pointed at a mirror: known there by host and port.
    void archiveMirror() {
        qputenv("NBIA_ARCHIVE_URLS", "nlst=http://127.0.0.1:4242/nbia-api/services/v4");
        const std::optional<ArchivePreset> nlst = ArchivePreset::byId(u"nlst"_s);
        qunsetenv("NBIA_ARCHIVE_URLS");
        QVERIFY(nlst);
        QCOMPARE(nlst->settings().endpointUrl(u"getSeries"_s).toString(),
                 u"http://127.0.0.1:4242/nbia-api/services/v4/getSeries"_s);
        QVERIFY(nlst->servesAt(QUrl(u"http://127.0.0.1:4242/nbia-download/servlet"_s)));
        QVERIFY(!nlst->servesAt(QUrl(u"http://127.0.0.1:4243/nbia-download/servlet"_s)));
        QVERIFY(nlst->servesAt(QUrl(u"https://nlst.cancerimagingarchive.net/"_s)));
    }

    void archiveDefaults() {
        QCOMPARE(ArchivePreset::defaultArchive().id, u"tcia"_s);
        QCOMPARE(ClientSettings().apiVersion, u"v4"_s);
        QCOMPARE(ArchivePreset::forUrl(QUrl(u"https://NLST.cancerimagingarchive.net/x"_s))->id,
                 u"nlst"_s);
        QCOMPARE(
            ArchivePreset::forUrl(QUrl(u"https://public.cancerimagingarchive.net/nbia-download/"
                                       "servlet/DownloadServlet"_s))
                ->id,
            u"tcia"_s);
        QVERIFY(!ArchivePreset::forUrl(QUrl(u"https://nbia.example.org/"_s)));
        QVERIFY(!ArchivePreset::byId(u"idc"_s));
        QVERIFY(!ArchivePreset::matching(
            *ClientSettings::fromServerUrl(u"http://127.0.0.1:8080/nbia-api/services/v4"_s)));
    }
};

QTEST_GUILESS_MAIN(TestApiDialect)
#include "tst_apidialect.moc"
