#include <api/nbiaclient.h>
#include <dicomcodecs.h>
#include <emulatorserver.h>

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

// The client against the emulator on 127.0.0.1: every endpoint, the archive's quirks, every kind
// of fault, cancellation and the bound on concurrent requests.
class TestNbiaClient final : public QObject {
    Q_OBJECT

public:
    TestNbiaClient()
        : m_codecs(DicomCodecs::Mode::DecodeAndEncode) {}

private:
    template<class T, class Start>
    std::optional<ApiResult<T>> await(Start start, int timeoutMs = 15000) {
        std::optional<ApiResult<T>> result;
        QObject context;
        start(&context, [&result](const ApiResult<T> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            qWarning("no answer within %d ms", timeoutMs);
        return result;
    }

    std::unique_ptr<NbiaClient> makeClient(ClientSettings settings = {}) {
        settings.serviceRoot = m_server->serviceRoot();
        settings.retryBaseDelay = milliseconds(1);
        settings.retryMaxDelay = milliseconds(5);
        return std::make_unique<NbiaClient>(&m_network, settings);
    }

    const SyntheticArchive &archive() const { return m_server->archive(); }

    const ArchiveSeries &firstSeriesOf(const QString &modality) const {
        for (const ArchiveSeries &series : archive().series()) {
            if (series.modality == modality)
                return series;
        }
        return archive().series().first();
    }

    DicomCodecs m_codecs;
    QNetworkAccessManager m_network;
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<NbiaClient> m_client;

private Q_SLOTS:
    void initTestCase() {
        EmulatorOptions options;
        options.archive = *ArchiveSpec::fromSize(u"small"_s, 7);
        m_server = std::make_unique<EmulatorServer>(options);
        QVERIFY(m_server->listen());
    }

    void init() {
        m_server->faults().clear();
        m_server->quirks() = EmulatorQuirks();
        m_server->resetRequestCounts();
        m_client = makeClient();
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
            const QString value = which == 0   ? s.modality
                                  : which == 1 ? s.bodyPart.toUpper()
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

        // getPatient upper-cases the ID it is given.
        auto one = await<QList<Patient>>([&](QObject *ctx, auto done) {
            m_client->patients({{}, first.patientId.toLower()}, ctx, done);
        });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value().size(), 1);

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
        QCOMPARE(sink.data().contains("LICENSE"), !withMd5);
    }

    void notInPublicDomainIsNotRetried() {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QSignalSpy started(m_client.get(), &NbiaClient::callStarted);
        auto result = await<qint64>([&](QObject *ctx, auto done) {
            m_client->seriesArchive(u"1.2.3"_s, {false, false}, &sink, ctx, done);
        });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().httpStatus(), 400);
        QCOMPARE(result->error().detail(),
                 u"Image with given SeriesInstanceUID,1.2.3, is not in public domain."_s);
        QCOMPARE(started.size(), 1);
        QVERIFY(sink.data().isEmpty()); // the error text does not end up in the file
    }

    void missingParameterIsAClearHttpError() {
        ApiCall *call = m_client->send(Endpoint::SeriesSize, {});
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait());
        QCOMPARE(call->error().kind(), ApiError::Kind::Http);
        QCOMPARE(call->error().httpStatus(), 400);
        QVERIFY(call->error().message().contains(
            u"A parameter, SeriesInstanceUID is required for this API call."_s));
        QCOMPARE(call->attempts(), 1);
    }

    // Faults: transient ones are retried until they pass; permanent ones fail at once, clearly.
    void faults_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("maxRetries");
        QTest::addColumn<int>("expectedKind"); // ApiError::Kind::None: success
        QTest::addColumn<int>("expectedRequests");
        using K = ApiError::Kind;
        QTest::newRow("503 twice, then fine")
            << u"getSeries:status=503,first=2"_s << 3 << int(K::None) << 3;
        QTest::newRow("503 always") << u"getSeries:status=503"_s << 2 << int(K::Http) << 3;
        QTest::newRow("429 once") << u"getSeries:status=429,first=1"_s << 3 << int(K::None) << 2;
        QTest::newRow("500 every 2nd")
            << u"getSeries:status=500,every=2"_s << 3 << int(K::None) << 1;
        QTest::newRow("404 never retried") << u"getSeries:status=404"_s << 3 << int(K::Http) << 1;
        QTest::newRow("dropped once")
            << u"getSeries:drop-after=100,first=1"_s << 3 << int(K::None) << 2;
        QTest::newRow("dropped always")
            << u"getSeries:drop-after=100"_s << 1 << int(K::Network) << 2;
        QTest::newRow("malformed json") << u"getSeries:malformed-json"_s << 3 << int(K::Parse) << 1;
        QTest::newRow("slow but fine") << u"*:latency=50,throttle=64k"_s << 0 << int(K::None) << 1;
        QTest::newRow("other endpoint") << u"getImage:status=500"_s << 0 << int(K::None) << 1;
    }
    void faults() {
        QFETCH(QString, fault);
        QFETCH(int, maxRetries);
        QFETCH(int, expectedKind);
        QFETCH(int, expectedRequests);
        m_server->faults().add(*FaultRule::parse(fault));
        ClientSettings settings;
        settings.maxRetries = maxRetries;
        auto client = makeClient(settings);
        ApiCall *call = nullptr;
        auto result = await<QList<Series>>([&](QObject *ctx, auto done) {
            call = client->series({u"Lung-Screening-CT"_s, {}, {}, {}, {}, {}, {}, {}}, ctx, done);
        });
        QVERIFY(result);
        QCOMPARE(int(result->error().kind()), expectedKind);
        QCOMPARE(m_server->requestCount(u"getSeries"_s), expectedRequests);
        if (result->ok())
            QVERIFY(!result->value().isEmpty());
        else
            QVERIFY(!result->error().message().isEmpty());
    }

    void oversizedBodiesAreRefused() {
        ClientSettings settings;
        settings.maxBodyBytes = 2000;
        auto client = makeClient(settings);
        auto result = await<QList<Series>>([&](QObject *ctx, auto done) {
            client->series({u"Lung-Screening-CT"_s, {}, {}, {}, {}, {}, {}, {}}, ctx, done);
        });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Parse);
        QVERIFY(result->error().message().contains(u"larger than"_s));
        QCOMPARE(m_server->requestCount(u"getSeries"_s), 1); // not retried
    }

    void retriesAreSignalled() {
        m_server->faults().add(*FaultRule::parse(u"getCollectionValues:status=502,first=2"_s));
        ApiCall *call = m_client->send(Endpoint::CollectionValues, {});
        QSignalSpy retrying(call, &ApiCall::retrying);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait());
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(0).at(0).toInt(), 1);
        QCOMPARE(retrying.at(0).at(1).value<ApiError>().httpStatus(), 502);
        QVERIFY(!call->error().isError());
        QCOMPARE(call->attempts(), 3);
    }

    void hangingServerTimesOut() {
        m_server->faults().add(*FaultRule::parse(u"getCollectionValues:hang"_s));
        ClientSettings settings;
        settings.timeout = milliseconds(300);
        settings.maxRetries = 1;
        auto client = makeClient(settings);
        auto result =
            await<QStringList>([&](QObject *ctx, auto done) { client->collections(ctx, done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Timeout);
        QCOMPARE(m_server->requestCount(u"getCollectionValues"_s), 2);
    }

    void droppedDownloadIsRetriedIntoACleanSink() {
        const ArchiveSeries &series = firstSeriesOf(u"CT"_s);
        m_server->faults().add(*FaultRule::parse(u"getImageWithMD5Hash:drop-after=50k,first=1"_s));
        QBuffer reference;
        reference.open(QIODevice::WriteOnly);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        auto dropped = await<qint64>([&](QObject *ctx, auto done) {
            m_client->seriesArchive(series.uid, {true, false}, &sink, ctx, done);
        });
        QVERIFY(dropped && dropped->ok());
        auto clean = await<qint64>([&](QObject *ctx, auto done) {
            m_client->seriesArchive(series.uid, {true, false}, &reference, ctx, done);
        });
        QVERIFY(clean && clean->ok());
        QCOMPARE(sink.data(), reference.data()); // no leftovers of the dropped attempt
        QCOMPARE(m_server->requestCount(u"getImageWithMD5Hash"_s), 3);
    }

    // A cut between two chunks of a streamed ZIP can look like a normal end of the response:
    // the missing central directory gives it away, and the download is tried again.
    void truncatedZipIsRetried_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("once") << u"getImage:truncate-zip,first=1"_s << true;
        QTest::newRow("always") << u"getImage:truncate-zip"_s << false;
    }
    void truncatedZipIsRetried() {
        QFETCH(QString, fault);
        QFETCH(bool, succeeds);
        m_server->faults().add(*FaultRule::parse(fault));
        ClientSettings settings;
        settings.maxRetries = 2;
        auto client = makeClient(settings);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        auto result = await<qint64>([&](QObject *ctx, auto done) {
            client->seriesArchive(firstSeriesOf(u"CT"_s).uid, {false, false}, &sink, ctx, done);
        });
        QVERIFY(result);
        QCOMPARE(result->ok(), succeeds);
        QCOMPARE(m_server->requestCount(u"getImage"_s), succeeds ? 2 : 3);
        if (!succeeds) {
            QCOMPARE(result->error().kind(), ApiError::Kind::Network);
            QVERIFY(result->error().message().contains(u"ended early"_s));
        }
    }

    void unreachableServer() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ClientSettings settings =
            *ClientSettings::fromServerUrl(u"http://127.0.0.1:%1"_s.arg(port));
        settings.maxRetries = 1;
        settings.retryBaseDelay = milliseconds(1);
        NbiaClient client(&m_network, settings);
        auto result =
            await<QStringList>([&](QObject *ctx, auto done) { client.collections(ctx, done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Network);
        QVERIFY(result->error().message().startsWith(u"Cannot reach the server"_s));
    }

    void cancelRunningCall() {
        m_server->faults().add(*FaultRule::parse(u"getCollectionValues:hang"_s));
        std::optional<ApiResult<QStringList>> result;
        QObject context;
        ApiCall *call =
            m_client->collections(&context, [&](const ApiResult<QStringList> &r) { result = r; });
        QTRY_COMPARE(m_server->requestCount(u"getCollectionValues"_s), 1);
        call->cancel();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_client->runningCount(), 0);
    }

    void cancelQueuedCall() {
        ClientSettings settings;
        settings.maxConcurrentRequests = 1;
        auto client = makeClient(settings);
        m_server->faults().add(*FaultRule::parse(u"getCollectionValues:latency=100"_s));
        QObject context;
        int done = 0;
        std::optional<ApiError> cancelled;
        client->collections(&context, [&](const ApiResult<QStringList> &) { ++done; });
        ApiCall *queued = client->collections(
            &context, [&](const ApiResult<QStringList> &r) { cancelled = r.error(); });
        QCOMPARE(client->queuedCount(), 1);
        queued->cancel();
        QTRY_VERIFY(cancelled.has_value());
        QCOMPARE(cancelled->kind(), ApiError::Kind::Cancelled);
        QTRY_COMPARE(done, 1);
        QCOMPARE(m_server->requestCount(u"getCollectionValues"_s), 1); // never sent
    }

    void destroyedContextGetsNoCallback() {
        bool called = false;
        auto context = std::make_unique<QObject>();
        ApiCall *call = m_client->collections(
            context.get(), [&](const ApiResult<QStringList> &) { called = true; });
        QSignalSpy finished(call, &ApiCall::finished);
        context.reset();
        QVERIFY(finished.wait());
        QVERIFY(!called);
    }

    void concurrencyIsBounded() {
        ClientSettings settings;
        settings.maxConcurrentRequests = 2;
        auto client = makeClient(settings);
        m_server->faults().add(*FaultRule::parse(u"*:latency=30"_s));
        int maxRunning = 0;
        connect(client.get(), &NbiaClient::callStarted, this,
                [&] { maxRunning = std::max(maxRunning, client->runningCount()); });
        QObject context;
        int finished = 0;
        for (int i = 0; i < 6; ++i)
            client->collections(
                &context, [&](const ApiResult<QStringList> &r) { finished += r.ok() ? 1 : 0; });
        QCOMPARE(client->runningCount(), 2);
        QCOMPARE(client->queuedCount(), 4);
        QTRY_COMPARE(finished, 6);
        QCOMPARE(maxRunning, 2);
        QCOMPARE(client->runningCount(), 0);
    }

    void largeBodiesAreParsedOffTheGuiThread() {
        EmulatorOptions options;
        options.archive = *ArchiveSpec::fromSize(u"2000"_s, 3);
        EmulatorServer big(options);
        QVERIFY(big.listen());
        ClientSettings settings;
        settings.serviceRoot = big.serviceRoot();
        NbiaClient client(&m_network, settings);
        auto result = await<QList<Series>>(
            [&](QObject *ctx, auto done) { client.updatedSeries(QDate(1900, 1, 1), ctx, done); });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().size(), big.archive().series().size());
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
