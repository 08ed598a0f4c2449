#include <api/clientsettings.h>
#include <api/retrypolicy.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

class TestClientSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromServerUrl_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("endpointUrl"); // of getSeries, "" when rejected
        // Without a version in the URL, the default one: v4, the public archive's.
        QTest::newRow("default root")
            << u"https://services.cancerimagingarchive.net/nbia-api/services/"_s
            << u"https://services.cancerimagingarchive.net/nbia-api/services/v4/getSeries"_s;
        QTest::newRow("root without slash")
            << u"https://services.cancerimagingarchive.net/nbia-api/services"_s
            << u"https://services.cancerimagingarchive.net/nbia-api/services/v4/getSeries"_s;
        QTest::newRow("versioned v4")
            << u"https://nbia.cancerimagingarchive.net/nbia-api/services/v4"_s
            << u"https://nbia.cancerimagingarchive.net/nbia-api/services/v4/getSeries"_s;
        QTest::newRow("versioned with slash")
            << u"http://127.0.0.1:8080/nbia-api/services/v1/"_s
            << u"http://127.0.0.1:8080/nbia-api/services/v1/getSeries"_s;
        QTest::newRow("bare host") << u"http://127.0.0.1:8080"_s
                                   << u"http://127.0.0.1:8080/nbia-api/services/v4/getSeries"_s;
        QTest::newRow("nlst host")
            << u"https://nlst.cancerimagingarchive.net/nbia-api/services/v1"_s
            << u"https://nlst.cancerimagingarchive.net/nbia-api/services/v1/getSeries"_s;
        QTest::newRow("query dropped") << u"http://localhost:9/nbia-api/services/?x=1"_s
                                       << u"http://localhost:9/nbia-api/services/v4/getSeries"_s;
        QTest::newRow("ftp rejected") << u"ftp://example.org/"_s << QString();
        QTest::newRow("garbage rejected") << u"::::"_s << QString();
        QTest::newRow("empty rejected") << QString() << QString();
    }
    void fromServerUrl() {
        QFETCH(QString, input);
        QFETCH(QString, endpointUrl);
        const std::optional<ClientSettings> settings = ClientSettings::fromServerUrl(input);
        QCOMPARE(settings.has_value(), !endpointUrl.isEmpty());
        if (settings)
            QCOMPARE(settings->endpointUrl(u"getSeries"_s).toString(), endpointUrl);
    }

    void defaultsPointAtThePublicArchive() {
        const ClientSettings settings;
        QCOMPARE(
            settings.endpointUrl(u"getCollectionValues"_s).toString(),
            u"https://services.cancerimagingarchive.net/nbia-api/services/v4/getCollectionValues"_s);
        QVERIFY(settings.userAgent.startsWith("NBIA-Browser/"));
        QVERIFY(settings.authorization.isEmpty());
    }

    void retryOnlyTransientErrors_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        using K = ApiError::Kind;
        QTest::newRow("network") << int(K::Network) << 0 << true;
        QTest::newRow("timeout") << int(K::Timeout) << 0 << true;
        QTest::newRow("500") << int(K::Http) << 500 << true;
        QTest::newRow("502") << int(K::Http) << 502 << true;
        QTest::newRow("503") << int(K::Http) << 503 << true;
        QTest::newRow("429") << int(K::Http) << 429 << true;
        QTest::newRow("408") << int(K::Http) << 408 << true;
        QTest::newRow("400") << int(K::Http) << 400 << false;
        QTest::newRow("401") << int(K::Http) << 401 << false;
        QTest::newRow("404") << int(K::Http) << 404 << false;
        QTest::newRow("parse") << int(K::Parse) << 0 << false;
        QTest::newRow("cancelled") << int(K::Cancelled) << 0 << false;
        QTest::newRow("io") << int(K::Io) << 0 << false;
    }
    void retryOnlyTransientErrors() {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, retried);
        const ApiError error(ApiError::Kind(kind), u"x"_s, status);
        QCOMPARE(error.isTransient(), retried);
        const RetryPolicy policy{ClientSettings()};
        QCOMPARE(policy.delayBeforeRetry(1, error).has_value(), retried);
    }

    void backoffGrowsWithJitterAndCap_data() {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::newRow("1st") << 1 << 50 << 100;
        QTest::newRow("2nd") << 2 << 100 << 200;
        QTest::newRow("3rd") << 3 << 200 << 400;
        QTest::newRow("capped") << 5 << 250 << 500;
    }
    void backoffGrowsWithJitterAndCap() {
        QFETCH(int, attempt);
        QFETCH(int, low);
        QFETCH(int, high);
        ClientSettings settings;
        settings.maxRetries = 10;
        settings.retryBaseDelay = milliseconds(100);
        settings.retryMaxDelay = milliseconds(500);
        const RetryPolicy policy(settings);
        const ApiError error = ApiError::network(u"reset"_s);
        for (int i = 0; i < 50; ++i) {
            const auto delay = policy.delayBeforeRetry(attempt, error);
            QVERIFY(delay.has_value());
            QVERIFY2(delay->count() >= low && delay->count() <= high,
                     qPrintable(QString::number(delay->count())));
        }
    }

    void stopsAfterMaxRetries() {
        ClientSettings settings;
        settings.maxRetries = 2;
        const RetryPolicy policy(settings);
        const ApiError error = ApiError::timeout(u"slow"_s);
        QVERIFY(policy.delayBeforeRetry(2, error).has_value());
        QVERIFY(!policy.delayBeforeRetry(3, error).has_value());
    }

    void honoursRetryAfter() {
        ClientSettings settings;
        settings.retryMaxDelay = milliseconds(5000);
        const RetryPolicy policy(settings);
        const ApiError busy = ApiError::http(503, "busy");
        QCOMPARE(policy.delayBeforeRetry(1, busy, "2")->count(), 2000);
        QCOMPARE(policy.delayBeforeRetry(1, busy, "3600")->count(), 5000); // capped
    }

    void errorMessagesNameTheCause() {
        QVERIFY(ApiError::http(400, "A parameter, name is required for this API call.\n\tat x")
                    .message()
                    .contains(u"HTTP 400: A parameter, name is required for this API call."_s));
        QVERIFY(ApiError::network(u"Connection refused"_s)
                    .message()
                    .contains(u"Cannot reach the server"_s));
        QVERIFY(ApiError::timeout(u"no data"_s).message().contains(u"did not answer in time"_s));
    }
};

QTEST_GUILESS_MAIN(TestClientSettings)
#include "tst_clientsettings.moc"
