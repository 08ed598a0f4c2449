#include <download/tciamanifest.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

class TestTciaManifest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A manifest made for a server names that server's download servlet, so that it downloads
    // from there again.
    void namesItsServer() {
        const TciaManifest manifest =
            TciaManifest::forSeries({u"1.2"_s}, QDateTime::currentDateTime(),
                                    QUrl(u"http://127.0.0.1:8080/nbia-api/services/"_s));
        QCOMPARE(manifest.downloadServerUrl,
                 u"http://127.0.0.1:8080/nbia-download/servlet/DownloadServlet"_s);
        QCOMPARE(
            TciaManifest::forSeries({u"1.2"_s}, QDateTime::currentDateTime()).downloadServerUrl,
            QString::fromLatin1(TciaManifest::defaultServerUrl));
    }

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

    // A manifest written to a file reads back the same; a place it cannot be written is said.
    void writesAFile() {
        QTemporaryDir dir;
        const TciaManifest written = TciaManifest::forSeries(
            {u"1.2.3"_s, u"2.25.4"_s}, QDateTime::fromMSecsSinceEpoch(1700000000000));
        const QString path = dir.filePath(u"out.tcia"_s);
        QString error;
        QVERIFY2(written.writeFile(path, &error), qPrintable(error));
        QCOMPARE(TciaManifest::readFile(path, &error)->seriesInstanceUids,
                 written.seriesInstanceUids);
        QVERIFY(!written.writeFile(dir.filePath(u"no/such/folder/out.tcia"_s), &error));
        QVERIFY(!error.isEmpty());
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
        // Older manifests: the old public host, version 2.0, keys in another order.
        QTest::newRow("old header")
            << QByteArray("manifestVersion=2.0\ndatabasketId=manifest-1.tcia\nnoOfrRetry=2\n"
                          "includeAnnotation=false\ndownloadServerUrl=https://"
                          "public.cancerimagingarchive.net/nbia-download/servlet/"
                          "DownloadServlet\nListOfSeriesToDownload=\n1.2.3\n")
            << QStringList{u"1.2.3"_s};
        QTest::newRow("byte order mark")
            << "\xEF\xBB\xBF" + header + "ListOfSeriesToDownload=\n1.2.3\n"
            << QStringList{u"1.2.3"_s};
        // Junk in the list: kept to digits and dots, as the archive's retriever does; what is
        // left empty is no UID.
        QTest::newRow("junk")
            << header + "ListOfSeriesToDownload=\n# my cart\n 1.2.3;\n1.2.4abc\nnote=x\n\t\n"
                        "\x01\xff\n...\n4.5.6\n"
            << QStringList{u"1.2.3"_s, u"1.2.4"_s, u"4.5.6"_s};
        QTest::newRow("a UID on the list's own line")
            << header + "ListOfSeriesToDownload=1.2.3\n4.5.6\n"
            << QStringList{u"1.2.3"_s, u"4.5.6"_s};
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

    // Manifests of versions 1.0 and 2.0 could leave the list on the server: said as such.
    void anOldManifestWithoutItsListIsSaid() {
        QString error;
        QVERIFY(!TciaManifest::parse("downloadServerUrl=https://public.cancerimagingarchive.net/"
                                     "nbia-download/servlet/DownloadServlet\n"
                                     "databasketId=manifest-1.tcia\nmanifestVersion=1.0\n",
                                     &error));
        QVERIFY2(error.contains(u"1.0"_s), qPrintable(error));
        QVERIFY2(error.contains(u"does not list"_s), qPrintable(error));
    }

    // From a file: what cannot be read is told apart from what is no manifest; a huge file
    // is not read into memory.
    void readsAFile_data() {
        QTest::addColumn<QByteArray>("text"); // null: no file at all
        QTest::addColumn<qint64>("size");     // when above 0, a file of this many bytes
        QTest::addColumn<int>("series");      // -1: no manifest
        QTest::addColumn<bool>("unreadable");
        const QByteArray good = TciaManifest::forSeries({u"1.2.3"_s, u"1.2.4"_s}, {}).toText();
        QTest::newRow("a manifest") << good << qint64(0) << 2 << false;
        QTest::newRow("CRLF") << QByteArray(good).replace("\n", "\r\n") << qint64(0) << 2 << false;
        QTest::newRow("missing") << QByteArray() << qint64(0) << -1 << true;
        QTest::newRow("not a manifest") << QByteArray("hello\n") << qint64(0) << -1 << false;
        QTest::newRow("far too large")
            << QByteArray("x") << TciaManifest::maxFileBytes + 1 << -1 << true;
    }
    void readsAFile() {
        QFETCH(QByteArray, text);
        QFETCH(qint64, size);
        QFETCH(int, series);
        QFETCH(bool, unreadable);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cart.tcia"_s);
        if (!text.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
            if (size > 0)
                QVERIFY(file.resize(size)); // sparse: no disk used
        }
        QString error;
        bool cannotRead = !unreadable;
        const std::optional<TciaManifest> manifest =
            TciaManifest::readFile(path, &error, &cannotRead);
        QCOMPARE(manifest.has_value(), series >= 0);
        if (manifest) {
            QCOMPARE(manifest->seriesInstanceUids.size(), series);
        } else {
            QVERIFY(!error.isEmpty());
            QCOMPARE(cannotRead, unreadable);
        }
    }
};

QTEST_GUILESS_MAIN(TestTciaManifest)
#include "tst_tciamanifest.moc"
