#include "clienttestcase.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {
// A buffer that notes the largest single write.
class WriteSizes final : public QBuffer {
public:
    explicit WriteSizes(qint64 *largest)
        : m_largest(largest) {}

protected:
    qint64 writeData(const char *data, qint64 size) override {
        *m_largest = std::max(*m_largest, size);
        return QBuffer::writeData(data, size);
    }

private:
    qint64 *m_largest;
};
} // namespace

// How calls behave when things go wrong: faults retried or reported, timeouts, cancellation,
// the bound on concurrent requests.
class TestApiCall final : public ClientTestCase {
    Q_OBJECT

private:
    // getPatient's whole body, read plainly (empty if the call did not end).
    QByteArray patientsBody() {
        ApiCall *plain = m_client->send(Endpoint::Patient, {});
        QSignalSpy finished(plain, &ApiCall::finished);
        return finished.wait() ? plain->body() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase_data() { addApiVersions(); }
    void initTestCase() { QVERIFY(startArchive()); }
    void init() { resetArchive(); }

    void notInPublicDomainIsNotRetried() {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QSignalSpy started(m_client.get(), &NbiaClient::callStarted);
        auto result = await<qint64>([&](QObject *ctx, auto done) {
            m_client->seriesArchive(u"1.2.3"_s, {false, false}, &sink, ctx, done);
        });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().httpStatus(), 400);
        QCOMPARE(result->error().detail(), notAccessible(u"1.2.3"_s));
        QCOMPARE(started.size(), 1);
        QVERIFY(sink.data().isEmpty()); // the error text does not end up in the file
    }

    void missingParameterIsAClearHttpError() {
        ApiCall *call = m_client->send(Endpoint::SeriesSize, {});
        QSignalSpy finished(call, &ApiCall::finished);
        QSignalSpy received(call, &ApiCall::bodyReceived);
        QVERIFY(finished.wait());
        QVERIFY(received.isEmpty()); // an error's text is no body to parse
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
        QSignalSpy started(call, &ApiCall::attemptStarted);
        QSignalSpy received(call, &ApiCall::bodyReceived);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait());
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(started.size(), 2); // the first attempt started before the spy
        QVERIFY(!received.isEmpty());
        QCOMPARE(call->body().left(1), QByteArray("["));
        QCOMPARE(retrying.at(0).at(0).toInt(), 1);
        QCOMPARE(retrying.at(0).at(1).value<ApiError>().httpStatus(), 502);
        QVERIFY(!call->error().isError());
        QCOMPARE(call->attempts(), 3);
    }

    // A large body goes to the consumer chunk by chunk, in order and whole, instead of being
    // kept; an error body is kept as usual.
    void largeBodiesAreHandedOverInChunks() {
        ApiCall *plain = m_client->send(Endpoint::Patient, {});
        QSignalSpy plainFinished(plain, &ApiCall::finished);
        QVERIFY(plainFinished.wait());
        const QByteArray whole = plain->body();
        QVERIFY(whole.size() > 1000);
        QVERIFY(!plain->bodyHandedOver());

        ApiCall *call = m_client->send(Endpoint::Patient, {});
        QByteArray handed;
        int chunks = 0;
        call->setChunkConsumer(100, [&](const QByteArray &chunk) {
            handed += chunk;
            ++chunks;
        });
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait());
        QVERIFY(!call->error().isError());
        QVERIFY(call->bodyHandedOver());
        QVERIFY(call->body().isEmpty());
        QVERIFY(chunks >= 1);
        QCOMPARE(handed, whole);

        m_server->faults().add(*FaultRule::parse(u"getPatient:status=404"_s));
        ApiCall *failing = m_client->send(Endpoint::Patient, {});
        bool called = false;
        failing->setChunkConsumer(1, [&](const QByteArray &) { called = true; });
        QSignalSpy failed(failing, &ApiCall::finished);
        QVERIFY(failed.wait());
        QCOMPARE(failing->error().httpStatus(), 404);
        QVERIFY(!called);
        QVERIFY(!failing->bodyHandedOver());
    }

    // The body is read a slice per pass of the event loop, whatever the reply holds: in order
    // and whole, to a consumer, into the body or into a sink.
    void bodiesAreReadASliceAtATime_data() {
        QTest::addColumn<QString>("into");
        QTest::newRow("consumer") << u"consumer"_s;
        QTest::newRow("body") << u"body"_s;
        QTest::newRow("sink") << u"sink"_s;
    }
    void bodiesAreReadASliceAtATime() {
        QFETCH(QString, into);
        const QByteArray whole = patientsBody();
        constexpr qint64 slice = 64;
        QVERIFY(whole.size() > 20 * slice);

        qint64 largest = 0;
        WriteSizes sink(&largest);
        sink.open(QIODevice::WriteOnly);
        ApiCall *call = m_client->send(Endpoint::Patient, {}, into == u"sink"_s ? &sink : nullptr);
        call->setReadSlice(slice);
        QByteArray handed;
        if (into == u"consumer"_s) {
            call->setChunkConsumer(0, [&](const QByteArray &chunk) {
                handed += chunk;
                largest = std::max<qint64>(largest, chunk.size());
            });
        }
        qsizetype bodyBefore = 0;
        connect(call, &ApiCall::bodyReceived, this, [&] {
            largest = std::max<qint64>(largest, call->body().size() - bodyBefore);
            bodyBefore = call->body().size();
        });
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait());
        QVERIFY(!call->error().isError());
        if (into == u"consumer"_s)
            QCOMPARE(handed, whole);
        else if (into == u"body"_s)
            QCOMPARE(call->body(), whole);
        else
            QCOMPARE(sink.data(), whole);
        QVERIFY2(largest > 0 && largest <= slice, QByteArray::number(largest));
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
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":drop-after=50k,first=1"_s));
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
        QCOMPARE(m_server->requestCount(imageEndpoint()), 3);
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
            // The server was reached: the message says the transfer broke off.
            QVERIFY(result->error().isBrokenOff());
            QVERIFY(result->error().message().startsWith(u"The connection broke off"_s));
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
        QVERIFY(!result->error().isBrokenOff());
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
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
