#include "clienttestcase.h"
#include "inprocesscli.h"

#include <downloadcommand.h>
#include <exitcode.h>

#include <download/tciamanifest.h>
#include <emulatorserver.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace nbia::cli;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

// `nbia-cli download` against the emulator: the command line is a contract for scripts and job
// arrays (its options, its summary, its exit codes).
class TestCliDownload final : public ClientTestCase {
    Q_OBJECT

private:
    QStringList smallSeries(int count) const { return uidsOf(smallestSeries(count)); }

    CliRun download(const QStringList &arguments) {
        return runCliInProcess(
            QStringList{u"--server"_s,
                        m_server->serviceRoot().toString() + EmulatedArchive::apiVersionUnderTest(),
                        u"--retries"_s, u"1"_s, u"download"_s} +
            arguments);
    }

    QString out() const { return m_dir->filePath(u"out"_s); }

    // The Series UIDs whose folders hold files, read from metadata.csv.
    QStringList downloaded(const QString &root) const {
        QFile csv(QDir(root).filePath(u"metadata.csv"_s));
        if (!csv.open(QIODevice::ReadOnly))
            return {};
        QStringList uids;
        const QList<QByteArray> lines = csv.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).trimmed().isEmpty())
                uids << QString::fromLatin1(lines.at(i).split(',').first());
        }
        uids.sort();
        return uids;
    }

private Q_SLOTS:
    void initTestCase_data() { addApiVersions(); }
    void initTestCase() { QVERIFY(startArchive()); }

    void init() { QVERIFY(resetArchiveAndFolder()); }

    void seriesGivenInEveryForm() {
        QStringList uids = smallSeries(4);
        const CliRun run = download({u"--series"_s, uids.at(0), u"--series"_s,
                                     uids.at(1) + u',' + uids.at(2), uids.at(3), u"--out"_s, out(),
                                     u"--layout"_s, u"classic"_s, u"--parallel"_s, u"2"_s});
        QCOMPARE(run.exitCode, int(ExitCode::Success));
        QVERIFY2(run.err.contains(u"Downloaded 4 of 4 series"_s), qPrintable(run.err));
        uids.sort();
        QCOMPARE(downloaded(out()), uids);
        QVERIFY(run.out.isEmpty()); // standard output stays free for scripts
    }

    void aManifest_data() {
        QTest::addColumn<bool>("crlf");
        QTest::newRow("LF") << false;
        QTest::newRow("CRLF") << true;
    }
    void aManifest() {
        QFETCH(bool, crlf);
        QStringList uids = smallSeries(3);
        QByteArray text = TciaManifest::forSeries(uids, QDateTime::currentDateTime()).toText();
        if (crlf)
            text.replace("\n", "\r\n");
        const QString path = m_dir->filePath(u"cart.tcia"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const CliRun run = download({u"--manifest"_s, path, u"--out"_s, out(), u"--no-md5"_s,
                                     u"--file-names"_s, u"instance"_s});
        QCOMPARE(run.exitCode, int(ExitCode::Success));
        uids.sort();
        QCOMPARE(downloaded(out()), uids);
        QDirIterator files(out(), {u"*.dcm"_s}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(files.hasNext());
        while (files.hasNext())
            QVERIFY2(files.next().section(u'/', -1).startsWith(u"1-"_s),
                     qPrintable(files.filePath()));
        QCOMPARE(m_server->requestCount(u"getImageWithMD5Hash"_s), 0);
        QCOMPARE(m_server->requestCount(u"getImage"_s), 3);
    }

    void aSharedList() {
        const SharedList &list = archive().sharedLists().first();
        const CliRun run = download({u"--shared-list"_s, list.name, u"--out"_s, out()});
        QCOMPARE(run.exitCode, int(ExitCode::Success));
        QCOMPARE(downloaded(out()).size(), list.series.size());
    }

    // Anything not downloaded makes the exit code 1 and is named, with its reason.
    void failuresAreNamed() {
        const QString good = smallSeries(1).first();
        const QString unknown = u"1.2.3.4.5.6.7.8.9.10"_s;
        const CliRun run =
            download({u"--series"_s, good, u"--series"_s, unknown, u"--out"_s, out()});
        QCOMPARE(run.exitCode, int(ExitCode::Failure));
        QVERIFY2(run.err.contains(u"Downloaded 1 of 2 series"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"  "_s + unknown + u": "_s), qPrintable(run.err));
        QCOMPARE(downloaded(out()), QStringList{good});
    }

    // The same command again (after a crash, a kill, a full disk) fetches only what is missing.
    void theSameCommandAgainResumes() {
        const QStringList uids = smallSeries(3);
        const QStringList arguments{u"--series"_s, uids.join(u','), u"--out"_s, out()};
        QCOMPARE(download(arguments).exitCode, int(ExitCode::Success));
        QCOMPARE(m_server->requestCount(imageEndpoint()), 3);
        const CliRun again = download(arguments);
        QCOMPARE(again.exitCode, int(ExitCode::Success));
        QVERIFY2(again.err.contains(u"Downloaded 3 of 3 series"_s), qPrintable(again.err));
        QCOMPARE(m_server->requestCount(imageEndpoint()), 3);
        QCOMPARE(downloaded(out()).size(), 3);
    }

    // A manifest names its archive: an NLST manifest downloads from NLST (here a second
    // emulator, the archive pointed at it as a mirror would be), whatever the current server.
    void aManifestDownloadsFromItsArchive() {
        EmulatorOptions options;
        options.archive = *ArchiveSpec::fromSize(u"small"_s, 7);
        options.archive.kind = ArchiveSpec::Kind::Nlst;
        EmulatorServer nlst(options);
        QVERIFY(nlst.listen());
        QStringList uids;
        for (const ArchiveSeries &s : nlst.archive().series()) {
            if (s.imageCount <= 8 && uids.size() < 2)
                uids << s.uid;
        }
        QCOMPARE(uids.size(), 2);
        TciaManifest manifest = TciaManifest::forSeries(uids, QDateTime::currentDateTime());
        manifest.downloadServerUrl =
            u"https://nlst.cancerimagingarchive.net/nbia-download/servlet/DownloadServlet"_s;
        const QString path = m_dir->filePath(u"nlst.tcia"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(manifest.toText());
        file.close();
        // No server given: the public archive (here the other emulator) is the current one.
        const QString version = EmulatedArchive::apiVersionUnderTest();
        qputenv("NBIA_ARCHIVE_URLS", (u"tcia="_s + m_server->serviceRoot().toString() + version +
                                      u";nlst="_s + nlst.serviceRoot().toString() + version)
                                         .toUtf8());
        const CliRun run =
            runCliInProcess({u"download"_s, u"--manifest"_s, path, u"--out"_s, out()});
        qunsetenv("NBIA_ARCHIVE_URLS");
        QVERIFY2(run.exitCode == int(ExitCode::Success), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"The manifest's series are on NLST"_s), qPrintable(run.err));
        uids.sort();
        QCOMPARE(downloaded(out()), uids);
        QCOMPARE(m_server->requestCount(imageEndpoint()), 0);
        QCOMPARE(nlst.requestCount(imageEndpoint()), 2);
    }

    // A host the program does not know is said, and nothing is downloaded from a guess; with
    // --server the user names where to download from.
    void aManifestFromAnUnknownHost() {
        const QStringList uids = smallSeries(1);
        TciaManifest manifest = TciaManifest::forSeries(uids, QDateTime::currentDateTime());
        manifest.downloadServerUrl =
            u"https://nbia.example.org/nbia-download/servlet/DownloadServlet"_s;
        const QString path = m_dir->filePath(u"elsewhere.tcia"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(manifest.toText());
        file.close();
        qputenv("NBIA_ARCHIVE_URLS", (u"tcia="_s + m_server->serviceRoot().toString() +
                                      EmulatedArchive::apiVersionUnderTest())
                                         .toUtf8());
        const CliRun refused =
            runCliInProcess({u"download"_s, u"--manifest"_s, path, u"--out"_s, out()});
        qunsetenv("NBIA_ARCHIVE_URLS");
        QCOMPARE(refused.exitCode, int(ExitCode::Failure));
        QVERIFY2(refused.err.contains(u"nbia.example.org"_s), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"--server"_s), qPrintable(refused.err));
        QCOMPARE(m_server->requestCount(), 0);
        const CliRun chosen = download({u"--manifest"_s, path, u"--out"_s, out()});
        QVERIFY2(chosen.exitCode == int(ExitCode::Success), qPrintable(chosen.err));
        QCOMPARE(downloaded(out()), uids);
        // A server from NBIA_SERVER is chosen too.
        const CliRun fromEnvironment = runCliInProcess(
            {u"download"_s, u"--manifest"_s, path, u"--out"_s, out() + u"2"_s}, false,
            m_server->serviceRoot().toString() + EmulatedArchive::apiVersionUnderTest());
        QVERIFY2(fromEnvironment.exitCode == int(ExitCode::Success),
                 qPrintable(fromEnvironment.err));
    }

    // --with-references: a segmentation comes with the image series it is drawn on (v4's
    // getDicomTags); v1 cannot tell, and says so.
    void withReferences() {
        const ArchiveSeries &seg = firstSeriesOf(u"SEG"_s);
        QCOMPARE(seg.modality, u"SEG"_s);
        QStringList expected{seg.uid};
        for (const qsizetype index : seg.referencedSeries)
            expected << archive().series()[index].uid;
        QVERIFY(expected.size() > 1);
        const CliRun run =
            download({u"--series"_s, seg.uid, u"--with-references"_s, u"--out"_s, out()});
        if (!isV4()) {
            QCOMPARE(run.exitCode, int(ExitCode::Failure));
            QVERIFY2(run.err.contains(u"getDicomTags"_s), qPrintable(run.err));
            QCOMPARE(m_server->requestCount(imageEndpoint()), 0);
            return;
        }
        QVERIFY2(run.exitCode == int(ExitCode::Success), qPrintable(run.err));
        expected.sort();
        QCOMPARE(downloaded(out()), expected);
    }

    void aMissingManifestIsAFailure() {
        const CliRun run =
            download({u"--manifest"_s, m_dir->filePath(u"none.tcia"_s), u"--out"_s, out()});
        QCOMPARE(run.exitCode, int(ExitCode::Failure));
        QVERIFY(run.err.contains(u"cannot read"_s));
    }

    // Job arrays: every shard of a manifest, 1-based here, downloads its own series; together
    // they are the manifest, each series once.
    void shardsSplitTheWork() {
        QStringList uids = smallSeries(5);
        QStringList all;
        for (int i = 1; i <= 3; ++i) {
            const QString folder = out() + QString::number(i);
            const CliRun run = download({u"--series"_s, uids.join(u','), u"--shard"_s,
                                         u"%1/3"_s.arg(i), u"--out"_s, folder});
            QCOMPARE(run.exitCode, int(ExitCode::Success));
            const QStringList part = downloaded(folder);
            QVERIFY(!part.isEmpty());
            all += part;
        }
        all.sort();
        uids.sort();
        QCOMPARE(all, uids);
    }

    void shardOfAList_data() {
        QTest::addColumn<int>("count");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("7, more than the series") << 7;
    }
    void shardOfAList() {
        QFETCH(int, count);
        const QStringList list{u"a"_s, u"b"_s, u"c"_s, u"b"_s, u"d"_s, u"e"_s};
        QStringList together;
        QSet<QString> seen;
        for (int index = 0; index < count; ++index) {
            const QStringList part = DownloadCommand::shard(list, index, count);
            QCOMPARE(DownloadCommand::shard(list, index + count, count), part); // 1-based too
            for (const QString &uid : part) {
                QVERIFY2(!seen.contains(uid), qPrintable(uid)); // disjoint
                seen.insert(uid);
            }
            together += part;
        }
        together.sort();
        QCOMPARE(together, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCliDownload)
#include "tst_cli_download.moc"
