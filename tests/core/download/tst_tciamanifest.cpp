#include <download/tciamanifest.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

class TestTciaManifest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesTheArchivesLayout() {
        TciaManifest manifest = TciaManifest::forSeries(
            {u"1.3.6.1.4.1.14519.5.2.1.6279.6001.100225287222365663678666836860"_s,
             u"1.3.6.1.4.1.14519.5.2.1.6279.6001.100332161840553388986847034053"_s},
            QDateTime::fromMSecsSinceEpoch(1683661704579));
        QCOMPARE(manifest.toText(),
                 QByteArray("downloadServerUrl=https://nbia.cancerimagingarchive.net/nbia-download/"
                            "servlet/DownloadServlet\n"
                            "includeAnnotation=true\n"
                            "noOfrRetry=4\n"
                            "databasketId=manifest-1683661704579.tcia\n"
                            "manifestVersion=3.0\n"
                            "ListOfSeriesToDownload=\n"
                            "1.3.6.1.4.1.14519.5.2.1.6279.6001.100225287222365663678666836860\n"
                            "1.3.6.1.4.1.14519.5.2.1.6279.6001.100332161840553388986847034053\n"));
    }

    void roundTrip() {
        const TciaManifest written = TciaManifest::forSeries(
            {u"1.2.3"_s, u"2.25.4"_s}, QDateTime::fromMSecsSinceEpoch(1700000000000));
        const std::optional<TciaManifest> read = TciaManifest::parse(written.toText());
        QVERIFY(read);
        QCOMPARE(read->seriesInstanceUids, written.seriesInstanceUids);
        QCOMPARE(read->databasketId, u"manifest-1700000000000.tcia"_s);
        QCOMPARE(read->toText(), written.toText());
    }

    void readsWhatTheArchiveWrites_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("uids");
        const QByteArray header =
            "downloadServerUrl=https://x/nbia-download/servlet/DownloadServlet\n"
            "includeAnnotation=false\nnoOfrRetry=2\n"
            "databasketId=manifest-1.tcia\nmanifestVersion=3.0\n";
        QTest::newRow("plain") << header + "ListOfSeriesToDownload=\n1.2.3\n4.5.6\n"
                               << QStringList{u"1.2.3"_s, u"4.5.6"_s};
        QTest::newRow("Series ID header line")
            << header + "ListOfSeriesToDownload=\nSeries ID\n1.2.3\n"
            << QStringList{u"1.2.3"_s};
        QTest::newRow("CRLF, blanks, spaces")
            << QByteArray(header).replace("\n", "\r\n") +
                   "ListOfSeriesToDownload=\r\n\r\n  1.2.3 \r\n\r\n4.5.6"
            << QStringList{u"1.2.3"_s, u"4.5.6"_s};
        QTest::newRow("duplicates once") << header + "ListOfSeriesToDownload=\n1.2\n1.2\n"
                                         << QStringList{u"1.2"_s};
        QTest::newRow("empty list") << header + "ListOfSeriesToDownload=\n" << QStringList{};
    }
    void readsWhatTheArchiveWrites() {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, uids);
        const std::optional<TciaManifest> manifest = TciaManifest::parse(text);
        QVERIFY(manifest);
        QCOMPARE(manifest->seriesInstanceUids, uids);
        QCOMPARE(manifest->includeAnnotation, false);
        QCOMPARE(manifest->retries, 2);
        QCOMPARE(manifest->databasketId, u"manifest-1.tcia"_s);
    }

    void rejectsOtherFiles_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("csv") << QByteArray("Series UID,Collection\n1.2.3,X\n");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10);
    }
    void rejectsOtherFiles() {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!TciaManifest::parse(text, &error));
        QVERIFY(error.contains(u"ListOfSeriesToDownload"_s));
    }
};

QTEST_GUILESS_MAIN(TestTciaManifest)
#include "tst_tciamanifest.moc"
