#include "clienttestcase.h"

#include <api/recordjsonwriter.h>
#include <api/referencedseries.h>
#include <capturedrequest.h>

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

// Every endpoint of the client against the emulator on 127.0.0.1, with the archive's quirks.
class TestNbiaClient final : public ClientTestCase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addApiVersions(); }
    void initTestCase() { QVERIFY(startArchive()); }
    void init() { resetArchive(); }
    // The client never sends a parameter the server does not take (v4 refuses them).
    void cleanup() { QCOMPARE(m_server->refusedParameterCount(), 0); }

    void requestsNameTheAppAndSendSettingsHeaders() {
        ClientSettings settings;
        settings.authorization = "Bearer token-123";
        auto client = makeClient(settings);
        QList<std::pair<QByteArray, QByteArray>> seen;
        connect(
            m_server, &EmulatorServer::requestReceived, this,
            [&seen](const QString &, const QUrl &,
                    const QList<std::pair<QByteArray, QByteArray>> &headers) { seen = headers; });
        auto result =
            await<QStringList>([&](QObject *ctx, auto done) { client->collections(ctx, done); });
        QVERIFY(result && result->ok());
        auto header = [&seen](const QByteArray &name) {
            for (const auto &[key, value] : seen) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return QByteArray();
        };
        QCOMPARE(header("User-Agent"), QByteArray("NBIA-Browser/" NBIA_VERSION));
        QCOMPARE(header("Authorization"), QByteArray("Bearer token-123"));
        QCOMPARE(header("Accept"), QByteArray("*/*"));
        disconnect(m_server, &EmulatorServer::requestReceived, this, nullptr);
    }

    void collections() {
        auto result =
            await<QStringList>([&](QObject *ctx, auto done) { m_client->collections(ctx, done); });
        QVERIFY(result && result->ok());
        QStringList expected;
        for (const ArchiveCollection &c : archive().collections())
            expected << c.name;
        expected.sort(Qt::CaseInsensitive);
        QCOMPARE(result->value(), expected);
        QVERIFY(result->value().contains(u"Pediatric-Liver-Tumör"_s));
    }

    void valueEndpoints_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("modalities") << 0;
        QTest::newRow("body parts") << 1;
        QTest::newRow("manufacturers") << 2;
    }
    void valueEndpoints() {
        QFETCH(int, which);
        const QString collection = u"Lung-Screening-CT"_s;
        QSet<QString> expected;
        bool expectNull = false;
        for (const ArchiveSeries &s : archive().series()) {
            if (archive().collectionOf(archive().patientOf(archive().studyOf(s))).name !=
                collection)
                continue;
            // v4 upper-cases every list; v1 only body parts.
            const QString value = which == 0   ? s.modality
                                  : which == 1 ? s.bodyPart.toUpper()
                                  : isV4()     ? s.manufacturer.toUpper()
                                               : s.manufacturer;
            if ((which == 1 && s.bodyPart.isNull()) || (which == 2 && s.manufacturer.isNull()))
                expectNull = true;
            else
                expected.insert(value);
        }
        const ValueQuery query{collection, {}, {}};
        auto result = await<QStringList>([&](QObject *ctx, auto done) {
            if (which == 0)
                m_client->modalities(query, ctx, done);
            else if (which == 1)
                m_client->bodyParts(query, ctx, done);
            else
                m_client->manufacturers(query, ctx, done);
        });
        QVERIFY(result && result->ok());
        QStringList values = result->value();
        QCOMPARE(values.contains(QString()), expectNull);
        if (expectNull)
            QVERIFY(values.first().isNull()); // the archive sorts NULL first
        values.removeAll(QString());
        QCOMPARE(QSet<QString>(values.cbegin(), values.cend()), expected);
    }

    void patientsAndStudies() {
        const ArchiveCollection &collection = archive().collections().first();
        auto patients = await<QList<Patient>>([&](QObject *ctx, auto done) {
            m_client->patients({collection.name, {}}, ctx, done);
        });
        QVERIFY(patients && patients->ok());
        QCOMPARE(patients->value().size(), collection.patientCount);
        const Patient &first = patients->value().first();
        QCOMPARE(first.collection, collection.name);
        QCOMPARE(first.speciesCode, u"337915000"_s);

        // v1's getPatient upper-cases the ID it is given; v4 matches it exactly.
        auto one = await<QList<Patient>>([&](QObject *ctx, auto done) {
            m_client->patients({{}, first.patientId.toLower()}, ctx, done);
        });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value().size(), isV4() ? 0 : 1);
        auto exact = await<QList<Patient>>([&](QObject *ctx, auto done) {
            m_client->patients({{}, first.patientId}, ctx, done);
        });
        QVERIFY(exact && exact->ok());
        QCOMPARE(exact->value().size(), 1);
        QCOMPARE(exact->value().first().authorized.has_value(), isV4());

        auto studies = await<QList<Study>>([&](QObject *ctx, auto done) {
            m_client->studies({collection.name, first.patientId, {}}, ctx, done);
        });
        QVERIFY(studies && studies->ok());
        const ArchivePatient &patient = archive().patients()[collection.firstPatient];
        QCOMPARE(studies->value().size(), patient.studyCount);
        QCOMPARE(studies->value().first().patientId, patient.id);
        QVERIFY(studies->value().first().seriesCount.value_or(0) >= 1);
    }

    void patientsByModality() {
        auto result = await<QList<Patient>>([&](QObject *ctx, auto done) {
            m_client->patientsByModality(u"Lung-Screening-CT"_s, u"CT"_s, ctx, done);
        });
        QVERIFY(result && result->ok());
        QVERIFY(!result->value().isEmpty());
        QVERIFY(!result->value().first().patientId.isEmpty());
    }

    void newPatientsAndStudies_data() {
        QTest::addColumn<QDate>("since");
        QTest::addColumn<bool>("expectAll");
        QTest::newRow("long ago") << QDate(2000, 1, 1) << true;
        QTest::newRow("future") << QDate(2030, 1, 1) << false;
    }
    void newPatientsAndStudies() {
        QFETCH(QDate, since);
        QFETCH(bool, expectAll);
        const ArchiveCollection &collection = archive().collections().first();
        auto patients = await<QList<Patient>>([&](QObject *ctx, auto done) {
            m_client->newPatients(collection.name, since, ctx, done);
        });
        QVERIFY(patients && patients->ok());
        QCOMPARE(patients->value().size(), expectAll ? collection.patientCount : 0);
        auto studies = await<QList<Study>>([&](QObject *ctx, auto done) {
            m_client->newStudies(collection.name, since, {}, ctx, done);
        });
        QVERIFY(studies && studies->ok());
        QCOMPARE(studies->value().isEmpty(), !expectAll);
        auto updated = await<QList<Series>>(
            [&](QObject *ctx, auto done) { m_client->updatedSeries(since, ctx, done); });
        QVERIFY(updated && updated->ok());
        QCOMPARE(updated->value().size(), expectAll ? archive().series().size() : 0);
    }

    void updatedSeriesWithoutADateIsEverything() {
        auto updated = await<QList<Series>>(
            [&](QObject *ctx, auto done) { m_client->updatedSeries(QDate(), ctx, done); });
        QVERIFY(updated && updated->ok());
        QCOMPARE(updated->value().size(), archive().series().size());
    }

    void newSeriesAreThoseReleasedAfterTheDate() {
        // Strictly after midnight of the day: a series released on that very day does not count.
        const ArchiveSeries &series = archive().series().last();
        const QDate day = series.released.date();
        qsizetype expected = 0;
        for (const ArchiveSeries &s : archive().series())
            expected += s.released > QDateTime(day, QTime(0, 0), QTimeZone::utc()) ? 1 : 0;
        auto updated = await<QList<Series>>(
            [&](QObject *ctx, auto done) { m_client->updatedSeries(day, ctx, done); });
        QVERIFY(updated && updated->ok());
        QCOMPARE(updated->value().size(), expected);
    }

    void seriesWithFilters_data() {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("modality");
        QTest::newRow("collection with spaces") << u"Colon Phantom Study"_s << QString();
        QTest::newRow("collection with accent") << u"Pediatric-Liver-Tumör"_s << QString();
        QTest::newRow("collection, any case") << u"lung-screening-ct"_s << QString();
        QTest::newRow("modality") << u"Lung-Screening-CT"_s << u"SEG"_s;
        QTest::newRow("modality, any case") << u"Lung-Screening-CT"_s << u"ct"_s;
        QTest::newRow("unknown collection") << u"No-Such-Collection"_s << QString();
        QTest::newRow("present but empty") << u""_s << QString();
    }
    void seriesWithFilters() {
        QFETCH(QString, collection);
        QFETCH(QString, modality);
        qsizetype expected = 0;
        for (const ArchiveSeries &s : archive().series()) {
            const QString name =
                archive().collectionOf(archive().patientOf(archive().studyOf(s))).name;
            if (name.compare(collection, Qt::CaseInsensitive) == 0 &&
                (modality.isNull() || s.modality.compare(modality, Qt::CaseInsensitive) == 0))
                ++expected;
        }
        SeriesQuery query;
        query.collection = collection;
        query.modality = modality;
        auto result = await<QList<Series>>(
            [&](QObject *ctx, auto done) { m_client->series(query, ctx, done); });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().size(), expected);
        for (const Series &s : result->value()) {
            QVERIFY(!s.seriesInstanceUid.isEmpty());
            QVERIFY(s.fileSize.value_or(0) > 0);
            QVERIFY(s.dateReleased.isValid());
        }
    }

    void seriesDetails() {
        const ArchiveSeries &series = firstSeriesOf(u"CT"_s);
        auto size = await<SeriesSize>(
            [&](QObject *ctx, auto done) { m_client->seriesSize(series.uid, ctx, done); });
        QVERIFY(size && size->ok());
        QCOMPARE(size->value().totalSizeInBytes, std::optional<qint64>(series.totalSize()));
        QCOMPARE(size->value().objectCount, std::optional<qint64>(series.imageCount));

        auto uids = await<QStringList>(
            [&](QObject *ctx, auto done) { m_client->sopInstanceUids(series.uid, ctx, done); });
        QVERIFY(uids && uids->ok());
        QCOMPARE(uids->value().size(), series.imageCount);

        auto metadata = await<QList<SeriesMetadata>>(
            [&](QObject *ctx, auto done) { m_client->seriesMetadata(series.uid, ctx, done); });
        QVERIFY(metadata && metadata->ok());
        QCOMPARE(metadata->value().size(), 1);
        const SeriesMetadata &m = metadata->value().first();
        QCOMPARE(m.seriesInstanceUid, series.uid);
        QCOMPARE(m.numberOfImages, std::optional<qint64>(series.imageCount));
        QCOMPARE(m.fileSize, std::optional<qint64>(series.totalSize()));
        QCOMPARE(m.seriesNumber, std::optional<double>(series.seriesNumber));
        QVERIFY(m.dateReleased.isValid());
    }

    // v4: many series' metadata in one POST; v1 asks one series per request.
    void seriesMetadataInOneRequest() {
        QList<const ArchiveSeries *> series = smallestSeries(5);
        const QStringList uids = uidsOf(series) + QStringList{u"9.9.9.9"_s};
        QList<CapturedRequest> seen;
        connect(m_server, &EmulatorServer::requestCaptured, this,
                [&seen](const CapturedRequest &request) { seen << request; });
        const QStringList asked = isV4() ? uids : uids.mid(0, 1);
        auto result = await<QList<SeriesMetadata>>(
            [&](QObject *ctx, auto done) { m_client->seriesMetadata(asked, ctx, done); });
        disconnect(m_server, &EmulatorServer::requestCaptured, this, nullptr);
        QVERIFY(result && result->ok());
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().endpoint, metadataEndpoint());
        QCOMPARE(seen.first().method, isV4() ? QByteArray("POST") : QByteArray("GET"));
        if (isV4())
            QCOMPARE(seen.first().body, "list=" + asked.join(u"%2C"_s).toLatin1());
        QSet<QString> got;
        for (const SeriesMetadata &m : result->value()) {
            got.insert(m.seriesInstanceUid);
            const auto found = std::find_if(series.cbegin(), series.cend(), [&m](const auto *s) {
                return s->uid == m.seriesInstanceUid;
            });
            QVERIFY(found != series.cend());
            QCOMPARE(m.numberOfImages, std::optional<qint64>((*found)->imageCount));
            QCOMPARE(m.fileSize, std::optional<qint64>((*found)->totalSize()));
            QCOMPARE(m.collection, m_archive.collectionOf(**found));
        }
        QCOMPARE(got, QSet<QString>(asked.cbegin(), asked.cend()) - QSet<QString>{u"9.9.9.9"_s});
    }

    void valueCounts_data() {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<QString>("collection");
        QTest::newRow("collections") << int(Endpoint::CollectionValuesAndCounts) << QString();
        QTest::newRow("modalities") << int(Endpoint::ModalityValuesAndCounts) << QString();
        QTest::newRow("modalities of a collection")
            << int(Endpoint::ModalityValuesAndCounts) << u"Lung-Screening-CT"_s;
        QTest::newRow("body parts") << int(Endpoint::BodyPartValuesAndCounts) << QString();
        QTest::newRow("manufacturers")
            << int(Endpoint::ManufacturerValuesAndCounts) << u"Lung-Screening-CT"_s;
    }
    // Patients per value, counted here from the archive itself.
    void valueCounts() {
        QFETCH(int, endpoint);
        QFETCH(QString, collection);
        const auto which = Endpoint(endpoint);
        const int before = m_server->requestCount();
        auto result = await<QList<ValueCount>>([&](QObject *ctx, auto done) {
            m_client->valueCounts(which, {collection, {}, {}}, ctx, done);
        });
        QVERIFY(result);
        if (!isV4()) {
            QVERIFY(!result->ok());
            QCOMPARE(result->error().kind(), ApiError::Kind::Unsupported);
            QCOMPARE(m_server->requestCount(), before); // nothing was sent
            return;
        }
        QVERIFY(result->ok());
        QHash<QString, QSet<qsizetype>> patients;
        for (const ArchiveSeries &s : archive().series()) {
            const ArchiveStudy &study = archive().studyOf(s);
            const QString name = archive().collectionOf(archive().patientOf(study)).name;
            if (!collection.isNull() && name != collection)
                continue;
            QString value = which == Endpoint::CollectionValuesAndCounts ? name
                            : which == Endpoint::ModalityValuesAndCounts ? s.modality
                            : which == Endpoint::BodyPartValuesAndCounts
                                ? (s.bodyPart.isEmpty() ? u"NOT SPECIFIED"_s : s.bodyPart.toUpper())
                                : s.manufacturer;
            patients[value].insert(study.patient);
        }
        QHash<QString, qint64> got;
        for (const ValueCount &count : result->value())
            got.insert(count.value, count.count.value_or(-1));
        QCOMPARE(got.size(), patients.size());
        for (auto it = patients.cbegin(); it != patients.cend(); ++it)
            QCOMPARE(got.value(it.key(), -1), qint64(it.value().size()));
    }

    void collectionDescriptions() {
        auto all = await<QList<CollectionDescription>>(
            [&](QObject *ctx, auto done) { m_client->collectionDescriptions({}, ctx, done); });
        QVERIFY(all);
        if (!isV4()) {
            QCOMPARE(all->error().kind(), ApiError::Kind::Unsupported);
            return;
        }
        QVERIFY(all->ok());
        int described = 0;
        for (const ArchiveCollection &c : archive().collections())
            described += c.description.isNull() ? 0 : 1;
        QCOMPARE(int(all->value().size()), described);
        const ArchiveCollection &first = archive().collections().first();
        auto one = await<QList<CollectionDescription>>([&](QObject *ctx, auto done) {
            m_client->collectionDescriptions(first.name, ctx, done);
        });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value().size(), 1);
        QCOMPARE(one->value().first().collectionName, first.name);
        QCOMPARE(one->value().first().description, first.description);
        QCOMPARE(one->value().first().descriptionUri, first.doi);
    }

    // A segmentation's tags name the image series it is drawn on. (The small test archive has
    // no RTSTRUCT series; tst_v4records reads an RTSTRUCT's tags, and the emulator's tests its
    // references.)
    void dicomTagsNameReferencedSeries_data() {
        QTest::addColumn<QString>("modality");
        QTest::newRow("SEG") << u"SEG"_s;
    }
    void dicomTagsNameReferencedSeries() {
        QFETCH(QString, modality);
        const ArchiveSeries &series = firstSeriesOf(modality);
        QCOMPARE(series.modality, modality);
        auto tags = await<QList<DicomTag>>(
            [&](QObject *ctx, auto done) { m_client->dicomTags(series.uid, ctx, done); });
        QVERIFY(tags);
        if (!isV4()) {
            QCOMPARE(tags->error().kind(), ApiError::Kind::Unsupported);
            return;
        }
        QVERIFY(tags->ok());
        QStringList expected;
        for (const qsizetype index : series.referencedSeries)
            expected << archive().series()[index].uid;
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ReferencedSeries::fromTags(tags->value(), series.uid), expected);
    }

    // A v4 release older than IncludeMD5 refuses it: the client remembers and asks
    // getImageWithMD5Hash from then on.
    void serverWithoutIncludeMd5() {
        QVERIFY(m_server->quirks().apply(u"v4-release=9.5"_s));
        const ArchiveSeries &series = *smallestSeries(1).first();
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        if (!isV4()) { // v1 has no such option: its MD5 endpoint all along
            auto v1 = await<qint64>([&](QObject *ctx, auto done) {
                m_client->seriesArchive(series.uid, {true, false}, &sink, ctx, done);
            });
            QVERIFY(v1 && v1->ok());
            QCOMPARE(m_server->requestCount(u"getImageWithMD5Hash"_s), 1);
            return;
        }
        auto refused = await<qint64>([&](QObject *ctx, auto done) {
            m_client->seriesArchive(series.uid, {true, false}, &sink, ctx, done);
        });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().refusedParameter(), u"IncludeMD5"_s);
        QVERIFY(m_client->refused(u"getImage"_s, u"IncludeMD5"_s));
        sink.buffer().clear();
        sink.seek(0);
        auto again = await<qint64>([&](QObject *ctx, auto done) {
            m_client->seriesArchive(series.uid, {true, false}, &sink, ctx, done);
        });
        QVERIFY(again && again->ok());
        QVERIFY(sink.data().contains("md5hashes.csv"));
        QCOMPARE(m_server->requestCount(u"getImageWithMD5Hash"_s), 1);
        m_server->resetRequestCounts(); // the one refusal was the point of this test
    }

    void unknownSeries_data() {
        QTest::addColumn<QString>("quirk");
        QTest::newRow("[{}]") << u"series-size-unknown=object"_s;
        QTest::newRow("empty body") << u"series-size-unknown=empty"_s;
    }
    void unknownSeries() {
        QFETCH(QString, quirk);
        QVERIFY(m_server->quirks().apply(quirk));
        const QString uid = u"1.2.3.4.5"_s;
        auto size = await<SeriesSize>(
            [&](QObject *ctx, auto done) { m_client->seriesSize(uid, ctx, done); });
        QVERIFY(size && size->ok());
        QVERIFY(!size->value().isKnown());
        auto metadata = await<QList<SeriesMetadata>>([&](QObject *ctx, auto done) {
            m_client->seriesMetadata(uid, ctx, done); // 204
        });
        QVERIFY(metadata && metadata->ok());
        QVERIFY(metadata->value().isEmpty());
        auto uids = await<QStringList>(
            [&](QObject *ctx, auto done) { m_client->sopInstanceUids(uid, ctx, done); });
        QVERIFY(uids && uids->ok());
        QVERIFY(uids->value().isEmpty());
    }

    void sharedList() {
        const SharedList &list = archive().sharedLists().first();
        auto result = await<QList<Series>>(
            [&](QObject *ctx, auto done) { m_client->sharedList(list.name, ctx, done); });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().size(), list.series.size());
        QVERIFY(result->value().first().dateReleased.isValid()); // sent as "Date Released"
        auto unknown = await<QList<Series>>(
            [&](QObject *ctx, auto done) { m_client->sharedList(u"nbia-0"_s, ctx, done); });
        QVERIFY(unknown && unknown->ok());
        QVERIFY(unknown->value().isEmpty());
    }

    void singleImage() {
        const ArchiveSeries &series = firstSeriesOf(u"MR"_s);
        const QString sop = series.uid + u".1"_s;
        auto image = await<QByteArray>(
            [&](QObject *ctx, auto done) { m_client->image(series.uid, sop, ctx, done); });
        QVERIFY(image && image->ok());
        QCOMPARE(image->value().size(), series.imageFileSize);
        QCOMPARE(image->value().mid(128, 4), QByteArray("DICM"));

        auto missing = await<QByteArray>(
            [&](QObject *ctx, auto done) { m_client->image(series.uid, u"9.9"_s, ctx, done); });
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error().kind(), ApiError::Kind::Http);
        QCOMPARE(missing->error().httpStatus(), 500);
    }

    void seriesArchiveStreamsIntoTheSink_data() {
        QTest::addColumn<bool>("withMd5");
        QTest::newRow("getImage") << false;
        QTest::newRow("getImageWithMD5Hash") << true;
    }
    void seriesArchiveStreamsIntoTheSink() {
        QFETCH(bool, withMd5);
        const ArchiveSeries &series = firstSeriesOf(u"PT"_s);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        auto result = await<qint64>([&](QObject *ctx, auto done) {
            m_client->seriesArchive(series.uid, {withMd5, false}, &sink, ctx, done);
        });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value(), sink.data().size());
        QVERIFY(sink.data().startsWith("PK\x03\x04"));
        QVERIFY(sink.data().size() > series.totalSize() / 4);
        QCOMPARE(sink.data().contains("md5hashes.csv"), withMd5);
        // v4's getImage gives the MD5 list beside the LICENSE; v1 has it without one only.
        QCOMPARE(sink.data().contains("LICENSE"), !withMd5 || isV4());
    }

    // Large bodies are parsed in pieces while they arrive: the records are exactly those of the
    // whole body, also when the first attempt broke off halfway or the body is malformed.
    void largeBodiesAreParsedWhileTheyArrive_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<int>("expectedRequests");
        using K = ApiError::Kind;
        QTest::newRow("whole") << QString() << int(K::None) << 1;
        QTest::newRow("dropped halfway once")
            << u"getUpdatedSeries:drop-after=3M,first=1"_s << int(K::None) << 2;
        QTest::newRow("malformed") << u"getUpdatedSeries:malformed-json"_s << int(K::Parse) << 1;
    }
    void largeBodiesAreParsedWhileTheyArrive() {
        QFETCH(QString, fault);
        QFETCH(int, expectedKind);
        QFETCH(int, expectedRequests);
        EmulatorOptions options;
        options.archive = *ArchiveSpec::fromSize(u"16000"_s, 3); // about 8 MB: several pieces
        EmulatorServer big(options);
        QVERIFY(big.listen());
        ClientSettings settings;
        settings.serviceRoot = big.serviceRoot();
        settings.retryBaseDelay = milliseconds(1);
        NbiaClient client(&m_network, settings);

        ApiCall *raw = client.send(Endpoint::UpdatedSeries, {});
        QSignalSpy rawDone(raw, &ApiCall::finished);
        QVERIFY(rawDone.wait(15000));
        const QByteArray body = raw->body();
        QVERIFY2(body.size() > 3 * RecordStream<Series>::defaultPieceBytes,
                 QByteArray::number(body.size()).constData());
        const QList<Series> whole = RecordParser::records<Series>(body).value();

        if (!fault.isEmpty())
            big.faults().add(*FaultRule::parse(fault));
        auto result = await<QList<Series>>(
            [&](QObject *ctx, auto done) { client.updatedSeries({}, ctx, done); });
        QVERIFY(result);
        QCOMPARE(int(result->error().kind()), expectedKind);
        QCOMPARE(big.requestCount(u"getUpdatedSeries"_s), 1 + expectedRequests);
        if (!result->ok())
            return;
        QCOMPARE(result->value().size(), big.archive().series().size());
        QCOMPARE(RecordJsonWriter::toJson(RecordJsonWriter::fieldLists(result->value())),
                 RecordJsonWriter::toJson(RecordJsonWriter::fieldLists(whole)));
    }

    // The unconfirmed variants of the server's output all read the same.
    void serverVariantsReadAlike_data() {
        QTest::addColumn<QString>("quirk");
        QTest::newRow("plain") << u"escape-slashes=off"_s;
        QTest::newRow("escaped slashes") << u"escape-slashes=on"_s;
        QTest::newRow("gzip") << u"gzip=on"_s;
    }
    void serverVariantsReadAlike() {
        QFETCH(QString, quirk);
        QVERIFY(m_server->quirks().apply(quirk));
        auto result = await<QList<Series>>([&](QObject *ctx, auto done) {
            m_client->series({u"HeadNeck-RT"_s, {}, {}, {}, {}, {}, {}, {}}, ctx, done);
        });
        QVERIFY(result && result->ok());
        QVERIFY(result->value().first().licenseUri.startsWith(u"http"_s));
        QVERIFY(result->value().first().licenseUri.contains(u"://creativecommons.org/"_s));
    }
};

QTEST_GUILESS_MAIN(TestNbiaClient)
#include "tst_nbiaclient.moc"
