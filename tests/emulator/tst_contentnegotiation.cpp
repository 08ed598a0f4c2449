#include <contentnegotiation.h>
#include <emulatorserver.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <zlib.h>

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

namespace {
QByteArray gunzip(const QByteArray &data) {
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    QByteArray out(1 << 20, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out.left(qsizetype(stream.total_out)) : QByteArray();
}
} // namespace

class TestContentNegotiation final : public QObject {
    Q_OBJECT

private:
    QNetworkReply *get(const QString &endpoint,
                       const QList<std::pair<QByteArray, QByteArray>> &headers) {
        QNetworkRequest request(m_server->serviceRoot().resolved(QUrl(u"v1/"_s + endpoint)));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            qWarning("no answer");
        return reply;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<EmulatorServer> m_server;

private Q_SLOTS:
    void initTestCase() {
        EmulatorOptions options;
        options.archive = *ArchiveSpec::fromSize(u"small"_s);
        m_server = std::make_unique<EmulatorServer>(options);
        QVERIFY(m_server->listen());
    }

    void init() { m_server->quirks() = EmulatorQuirks(); }

    void accepts_data() {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("absent") << QByteArray() << u"getSeries"_s << true;
        QTest::newRow("any") << QByteArray("*/*") << u"getSeries"_s << true;
        QTest::newRow("json") << QByteArray("application/json") << u"getSeries"_s << true;
        QTest::newRow("csv with q") << QByteArray("text/csv;q=0.9") << u"getSeries"_s << true;
        QTest::newRow("list") << QByteArray("image/png, text/html") << u"getSeries"_s << true;
        QTest::newRow("type wildcard") << QByteArray("application/*") << u"getImage"_s << true;
        QTest::newRow("png only") << QByteArray("image/png") << u"getSeries"_s << false;
        QTest::newRow("json for a zip") << QByteArray("application/json") << u"getImage"_s << false;
        QTest::newRow("dicom") << QByteArray("application/dicom") << u"getSingleImage"_s << true;
    }
    void accepts() {
        QFETCH(QByteArray, accept);
        QFETCH(QString, endpoint);
        QFETCH(bool, accepted);
        QCOMPARE(ContentNegotiation::accepts(accept, ContentNegotiation::producedTypes(endpoint)),
                 accepted);
    }

    void acceptsGzip_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("gzip");
        QTest::newRow("absent") << QByteArray() << false;
        QTest::newRow("gzip") << QByteArray("gzip") << true;
        QTest::newRow("list") << QByteArray("deflate, gzip;q=0.8") << true;
        QTest::newRow("refused") << QByteArray("gzip;q=0") << false;
        QTest::newRow("other") << QByteArray("br") << false;
    }
    void acceptsGzip() {
        QFETCH(QByteArray, header);
        QFETCH(bool, gzip);
        QCOMPARE(ContentNegotiation::acceptsGzip(header), gzip);
    }

    void gzipRoundTrip() {
        const QByteArray text = QByteArray("[{\"Collection\":\"4D-Lung\"}]").repeated(100);
        const QByteArray packed = ContentNegotiation::gzip(text);
        QVERIFY(packed.startsWith("\x1f\x8b"));
        QVERIFY(packed.size() < text.size());
        QCOMPARE(gunzip(packed), text);
    }

    // Jersey refuses a request whose Accept matches nothing the endpoint produces (406); the
    // archive's exception mapper probably turns that into a 500 — both variants are served.
    void refusedAcceptHeader_data() {
        QTest::addColumn<QString>("quirk");
        QTest::addColumn<int>("status");
        QTest::newRow("mapped to 500") << u"unknown-path=500"_s << 500;
        QTest::newRow("plain 406") << u"unknown-path=404"_s << 406;
    }
    void refusedAcceptHeader() {
        QFETCH(QString, quirk);
        QFETCH(int, status);
        QVERIFY(m_server->quirks().apply(quirk));
        std::unique_ptr<QNetworkReply> reply(
            get(u"getCollectionValues"_s, {{"Accept", "image/png"}}));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        QVERIFY(reply->readAll().contains("406 Not Acceptable"));
    }

    void gzipQuirk_data() {
        QTest::addColumn<bool>("on");
        QTest::newRow("off") << false;
        QTest::newRow("on") << true;
    }
    void gzipQuirk() {
        QFETCH(bool, on);
        m_server->quirks().gzip = on;
        // Qt asks for gzip itself and decodes it out of sight: the body reads the same either way.
        std::unique_ptr<QNetworkReply> plain(get(u"getCollectionValues"_s, {}));
        QVERIFY(plain->readAll().startsWith("[{\"Collection\":"));
        // Asked explicitly, the raw encoded bytes come back.
        std::unique_ptr<QNetworkReply> raw(
            get(u"getCollectionValues"_s, {{"Accept-Encoding", "gzip"}}));
        QCOMPARE(raw->rawHeader("Content-Encoding") == "gzip", on);
        const QByteArray body = raw->readAll();
        QCOMPARE(on ? gunzip(body).startsWith("[{\"Collection\":") : body.startsWith("[{"), true);
    }
};

QTEST_GUILESS_MAIN(TestContentNegotiation)
#include "tst_contentnegotiation.moc"
