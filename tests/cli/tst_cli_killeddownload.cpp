#include "cliprocess.h"

#include <dicomcodecs.h>
#include <download/folderseries.h>
#include <emulatorserver.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

// nbia-cli download killed in the middle of its work, then run again: no folder is ever left
// looking complete when it is not, and the second run finishes the job.
class TestCliKilledDownload final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};
    std::unique_ptr<EmulatorServer> m_server;
    QTemporaryDir m_dir;

    [[nodiscard]] QString out() const { return m_dir.filePath(u"out"_s); }

    // Every series folder there is (any folder of DICOM files, in any layout) holds the whole
    // series; returns how many there are.
    static int checkCompleteFolders(const QString &root, const QList<const ArchiveSeries *> &all,
                                    bool *ok) {
        *ok = true;
        int complete = 0;
        QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/.nbia-partial"_s))
                continue;
            const QFileInfoList files = QDir(path).entryInfoList({u"*.dcm"_s}, QDir::Files);
            if (files.isEmpty())
                continue;
            const FolderSeries::Found found = FolderSeries::in(path);
            const auto series = std::find_if(
                all.cbegin(), all.cend(), [&](const auto *s) { return s->uid == found.seriesUid; });
            qint64 bytes = 0;
            for (const QFileInfo &file : files)
                bytes += file.size();
            if (series == all.cend() || files.size() != (*series)->imageCount ||
                bytes != (*series)->totalSize())
                *ok = false;
            ++complete;
        }
        return complete;
    }

    static qint64 partialZipBytes(const QString &root) {
        qint64 bytes = 0;
        QDirIterator it(QDir(root).filePath(u".nbia-partial"_s), {u"*.zip"_s}, QDir::Files);
        while (it.hasNext())
            bytes += QFileInfo(it.next()).size();
        return bytes;
    }

private Q_SLOTS:
    void initTestCase() {
        EmulatorOptions options;
        options.archive = *ArchiveSpec::fromSize(u"small"_s, 11);
        m_server = std::make_unique<EmulatorServer>(options);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(NBIA_CLI_EXECUTABLE)));
    }

    void init() { QDir(out()).removeRecursively(); }

    // Killed while series are on their way, or just after one was put in place (before or
    // after its metadata.csv row was written), in a flat and in a nested layout.
    void aKilledRunLeavesNothingHalfDoneAndTheNextFinishes_data() {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<bool>("afterAFolder");
        QTest::newRow("flat, mid-transfer") << u"flat"_s << false;
        QTest::newRow("descriptive, mid-transfer") << u"descriptive"_s << false;
        QTest::newRow("descriptive, a series just in place") << u"descriptive"_s << true;
        QTest::newRow("classic, a series just in place") << u"classic"_s << true;
    }
    void aKilledRunLeavesNothingHalfDoneAndTheNextFinishes() {
        QFETCH(QString, layout);
        QFETCH(bool, afterAFolder);
        QList<const ArchiveSeries *> all;
        for (const ArchiveSeries &s : m_server->archive().series())
            if (s.imageCount >= 4 && s.totalSize() < 8'000'000)
                all << &s;
        QVERIFY(all.size() >= 3);
        all = all.mid(0, 3);
        QStringList arguments{u"--server"_s, m_server->serviceRoot().toString(),
                              u"download"_s, u"--out"_s,
                              out(),         u"--layout"_s,
                              layout,        u"--parallel"_s,
                              u"2"_s,        u"--series"_s};
        for (const ArchiveSeries *s : std::as_const(all))
            arguments << s->uid;

        // nbia-cli speaks v4 (the default) to the emulator: its ZIPs come from getImage.
        m_server->faults().add(*FaultRule::parse(u"getImage:throttle=150k"_s));
        QProcess process;
        process.setProcessEnvironment(CliProcess::cleanEnvironment());
        process.start(QStringLiteral(NBIA_CLI_EXECUTABLE), arguments);
        QVERIFY(process.waitForStarted());
        bool ok = false;
        // The emulator answers on this thread: wait with the event loop running.
        if (afterAFolder) {
            QVERIFY(
                QTest::qWaitFor([&] { return checkCompleteFolders(out(), all, &ok) > 0; }, 60000));
        } else {
            QVERIFY(QTest::qWaitFor([&] { return partialZipBytes(out()) > 64 * 1024; }, 60000));
        }
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        const int before = checkCompleteFolders(out(), all, &ok);
        QVERIFY2(ok, "a series folder was left incomplete");
        QVERIFY(before < 3);
        if (!afterAFolder)
            QVERIFY(partialZipBytes(out()) > 0); // it was killed while writing

        m_server->faults().clear();
        const CliRun again = CliProcess::run(arguments);
        QVERIFY2(again.finished && again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(checkCompleteFolders(out(), all, &ok), 3);
        QVERIFY(ok);
        QVERIFY(!QDir(out()).exists(u".nbia-partial"_s));
        QFile csv(QDir(out()).filePath(u"metadata.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray rows = csv.readAll();
        QCOMPARE(rows.count("\r\n"), 1 + 3); // every series once
        for (const ArchiveSeries *s : std::as_const(all))
            QCOMPARE(rows.count(QByteArray("\r\n" + s->uid.toLatin1() + ',')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliKilledDownload)
#include "tst_cli_killeddownload.moc"
