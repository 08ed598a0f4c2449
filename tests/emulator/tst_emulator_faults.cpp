// Fault injection end to end: status codes (first/every/wildcard), latency, throttling, dropped
// connections (checked on the wire too), truncated and corrupt ZIPs, bad MD5 lists, series
// refused as not public, malformed JSON and hangs, against an in-process EmulatorServer with the
// small archive.

#include "emulatortestcase.h"
#include "flatjsonarray.h"
#include "httpchecks.h"
#include "zipcontents.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

class TestEmulatorFaults final : public EmulatorTestCase {
    Q_OBJECT

    EmulatorServer *m_server = nullptr;
    QString m_root;
    qsizetype m_zipSeries = -1; // 10–99 images, stored out of InstanceNumber order, small

private Q_SLOTS:
    void initTestCase() {
        m_emulator.start();
        m_server = &m_emulator.server();
        m_root = m_emulator.root();
        m_zipSeries = m_emulator.zipSeries();
    }

    void init() { m_emulator.reset(); }

    void cleanupTestCase() { m_emulator.stop(); }

    void faultStatusFirst() {
        const QByteArray normal = get(u"v1/getCollectionValues"_s).body;
        m_server->faults().add(*FaultRule::parse(u"getCollectionValues:status=503,first=2"_s));
        QCOMPARE(get(u"v1/getCollectionValues"_s).status, 503);
        // Other endpoints are untouched and do not count.
        QCOMPARE(get(u"v1/getModalityValues"_s).status, 200);
        QCOMPARE(get(u"v1/getCollectionValues"_s).status, 503);
        const HttpResult r = get(u"v1/getCollectionValues"_s);
        verifyJsonOk(r);
        QCOMPARE(r.body, normal);
    }

    void faultStatusEvery() {
        m_server->faults().add(*FaultRule::parse(u"getSeriesSize:status=429,every=3"_s));
        const QString path =
            u"v1/getSeriesSize?SeriesInstanceUID="_s + archive().series().first().uid;
        QList<int> statuses;
        for (int i = 0; i < 7; ++i)
            statuses.append(get(path).status);
        QCOMPARE(statuses, (QList<int>{200, 200, 429, 200, 200, 429, 200}));
    }

    void faultWildcard() {
        m_server->faults().add(*FaultRule::parse(u"*:status=502"_s));
        QCOMPARE(get(u"v1/getSeries?Collection=Mammo-Screening"_s).status, 502);
        QCOMPARE(get(u"v1/getPatient"_s).status, 502);
        m_server->faults().clear();
        QCOMPARE(get(u"v1/getPatient"_s).status, 200);
    }

    void faultLatency() {
        const QByteArray normal = get(u"v1/getCollectionValues"_s).body;
        m_server->faults().add(*FaultRule::parse(u"*:latency=150ms"_s));
        const HttpResult r = get(u"v1/getCollectionValues"_s);
        verifyJsonOk(r);
        QCOMPARE(r.body, normal);
    }

    void faultThrottle() {
        const HttpResult normal = get(u"v1/getSeries"_s);
        QVERIFY(normal.body.size() > 20000);
        m_server->faults().add(*FaultRule::parse(u"getSeries:throttle=256k"_s));
        const HttpResult r = get(u"v1/getSeries"_s);
        verifyJsonOk(r);
        QCOMPARE(r.body.size(), normal.body.size());
        QCOMPARE(r.body, normal.body);
    }

    void faultDropAfter_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("path");
        const QString uid = archive().series()[m_zipSeries].uid;
        QTest::newRow("getImage (chunked)")
            << u"getImage"_s << u"v1/getImage?SeriesInstanceUID="_s + uid;
        QTest::newRow("getSeries (Content-Length)") << u"getSeries"_s << u"v1/getSeries"_s;
    }
    void faultDropAfter() {
        QFETCH(QString, endpoint);
        QFETCH(QString, path);
        const HttpResult normal = get(path);
        QCOMPARE(normal.error, QNetworkReply::NoError);
        QVERIFY(normal.body.size() > 20000);
        m_server->faults().add(*FaultRule::parse(endpoint + u":drop-after=10k"_s));

        // The client gets fewer bytes. (QNetworkAccessManager 6.4 usually reports
        // RemoteHostClosedError, but may finish a cut chunked body without an error: a client
        // must check what it got, e.g. the ZIP's central directory.)
        const HttpResult r = get(path);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(r.body.size() < normal.body.size(), qPrintable(r.describe()));
        QVERIFY(r.body.size() <= qsizetype(10) * 1024);
        if (r.error == QNetworkReply::NoError)
            qInfo("QNetworkAccessManager reported the cut %s body as complete",
                  qPrintable(endpoint));

        // On the wire: the server closes the connection before the body is complete.
        QTcpSocket socket;
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QByteArray wire;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { wire += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        socket.write("GET " +
                     QUrl(m_root + path).toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(closed.count() > 0, 20000);
        wire += socket.readAll();
        const qsizetype headEnd = wire.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        const QByteArray head = wire.left(headEnd).toLower();
        QByteArray rest = wire.mid(headEnd + 4);
        QVERIFY2(head.startsWith("http/1.1 200"), head.constData());
        if (head.contains("transfer-encoding: chunked")) {
            qint64 decoded = 0;
            bool terminated = false;
            while (!rest.isEmpty()) {
                const qsizetype lineEnd = rest.indexOf("\r\n");
                if (lineEnd < 0)
                    break;
                bool ok = false;
                const qint64 size = rest.left(lineEnd).toLongLong(&ok, 16);
                QVERIFY(ok);
                if (size == 0) {
                    terminated = true;
                    break;
                }
                decoded += std::min<qint64>(size, rest.size() - lineEnd - 2);
                rest = rest.mid(lineEnd + 2 + size + 2);
            }
            QVERIFY2(!terminated, "a dropped chunked body must not end with the last chunk");
            QVERIFY(decoded <= qsizetype(10) * 1024);
        } else {
            static const QRegularExpression length(u"content-length: (\\d+)"_s);
            const QRegularExpressionMatch match = length.match(QString::fromLatin1(head));
            QVERIFY(match.hasMatch());
            QCOMPARE(match.captured(1).toLongLong(), qint64(normal.body.size()));
            QCOMPARE(rest.size(), 10 * 1024); // then the server hung up
        }

        m_server->faults().clear();
        QCOMPARE(get(path).body, normal.body);
    }

    void faultTruncateZip() {
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        const HttpResult normal = download(u"getImage"_s, s.uid);
        m_server->faults().add(*FaultRule::parse(u"getImage:truncate-zip"_s));
        const HttpResult r = download(u"getImage"_s, s.uid);
        // The body ends cleanly...
        QVERIFY2(r.finished && r.error == QNetworkReply::NoError, qPrintable(r.describe()));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() < normal.body.size());
        // ...but the ZIP is unreadable or short.
        const ZipContents zip = readZip(r.body);
        QVERIFY2(!zip.opened || zip.entries.size() < s.imageCount + 1,
                 qPrintable(QString::number(zip.entries.size())));
    }

    void faultCorruptZip() {
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        m_server->faults().add(*FaultRule::parse(u"getImage:corrupt-zip"_s));
        const HttpResult r = download(u"getImage"_s, s.uid);
        QVERIFY2(r.finished && r.error == QNetworkReply::NoError, qPrintable(r.describe()));
        const ZipContents zip = readZip(r.body);
        QVERIFY(zip.opened);
        QCOMPARE(zip.entries.size(), s.imageCount + 1);
        const qsizetype damaged = std::count_if(zip.entries.cbegin(), zip.entries.cend(),
                                                [](const ZipEntry &e) { return !e.intact; });
        QVERIFY2(damaged >= 1, "an entry must fail its CRC (or inflate) on extraction");
    }

    void faultBadMd5() {
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        m_server->faults().add(*FaultRule::parse(u"getImageWithMD5Hash:bad-md5"_s));
        const HttpResult r = download(u"getImageWithMD5Hash"_s, s.uid);
        const ZipContents zip = readZip(r.body);
        QVERIFY(zip.opened);
        QCOMPARE(zip.entries.last().name, u"md5hashes.csv"_s);
        int disagreements = 0;
        const QList<QByteArray> lines = zip.entries.last().data.split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> cells = line.split(',');
            if (cells.size() != 2 || cells[0] == "Filename")
                continue;
            const ZipEntry *entry = zip.find(QString::fromLatin1(cells[0]));
            QVERIFY(entry && entry->intact);
            if (md5Hex(entry->data) != QString::fromLatin1(cells[1]).toLower())
                ++disagreements;
        }
        QVERIFY(disagreements >= 1);
    }

    // A series the archive lists but does not give out: getImage's own 400, in its own words.
    void faultNotPublic_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("getImage") << u"getImage"_s;
        QTest::newRow("getImageWithMD5Hash") << u"getImageWithMD5Hash"_s;
    }
    void faultNotPublic() {
        QFETCH(QString, endpoint);
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        m_server->faults().add(*FaultRule::parse(endpoint + u":not-public,first=1"_s));
        const HttpResult r = download(endpoint, s.uid);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.body, "Image with given SeriesInstanceUID," + s.uid.toUtf8() +
                             ", is not in public domain.");
        QCOMPARE(download(endpoint, s.uid).status, 200); // first=1
        // Other endpoints are not refused.
        m_server->faults().add(*FaultRule::parse(u"*:not-public"_s));
        QCOMPARE(get(u"v1/getSeriesSize?SeriesInstanceUID="_s + s.uid).status, 200);
    }

    void faultMalformedJson() {
        m_server->faults().add(*FaultRule::parse(u"getSeries:malformed-json"_s));
        const HttpResult r = get(u"v1/getSeries?Collection=Mammo-Screening"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        FlatJsonArray json;
        QVERIFY(!json.parse(r.body));
    }

    void faultHang() {
        m_server->faults().add(*FaultRule::parse(u"getCollectionValues:hang"_s));
        const HttpResult r = get(u"v1/getCollectionValues"_s, 300);
        QVERIFY2(r.finished, "the transfer timeout must end the request");
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(r.describe()));
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        // Only that endpoint hangs; the server still answers.
        QCOMPARE(get(u"v1/getModalityValues"_s).status, 200);
        m_server->faults().clear();
        QCOMPARE(get(u"v1/getCollectionValues"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
