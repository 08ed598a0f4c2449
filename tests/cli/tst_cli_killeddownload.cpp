#include "cliprocess.h"

#include <dicomcodecs.h>
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

    // Every series folder there is holds the whole series; returns how many there are.
    static int checkCompleteFolders(const QString &root, const QList<const ArchiveSeries *> &all,
                                    bool *ok) {
        *ok = true;
        int complete = 0;
        for (const ArchiveSeries *series : all) {
            const QDir folder(QDir(root).filePath(series->uid));
            if (!folder.exists())
                continue;
            const QFileInfoList files = folder.entryInfoList(QDir::Files);
            qint64 bytes = 0;
            for (const QFileInfo &file : files)
                bytes += file.size();
            if (files.size() != series->imageCount || bytes != series->totalSize())
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

    void aKilledRunLeavesNothingHalfDoneAndTheNextFinishes() {
        QList<const ArchiveSeries *> all;
        for (const ArchiveSeries &s : m_server->archive().series())
            if (s.imageCount >= 4 && s.totalSize() < 8'000'000)
                all << &s;
        QVERIFY(all.size() >= 3);
        all = all.mid(0, 3);
        QStringList arguments{u"--server"_s, m_server->serviceRoot().toString(),
                              u"download"_s, u"--out"_s,
                              out(),         u"--layout"_s,
                              u"flat"_s,     u"--parallel"_s,
                              u"2"_s,        u"--series"_s};
        for (const ArchiveSeries *s : std::as_const(all))
            arguments << s->uid;

        m_server->faults().add(*FaultRule::parse(u"getImageWithMD5Hash:throttle=150k"_s));
        QProcess process;
        process.setProcessEnvironment(CliProcess::cleanEnvironment());
        process.start(QStringLiteral(NBIA_CLI_EXECUTABLE), arguments);
        QVERIFY(process.waitForStarted());
        // The emulator answers on this thread: wait with the event loop running.
        QVERIFY(QTest::qWaitFor([&] { return partialZipBytes(out()) > 64 * 1024; }, 60000));
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        bool ok = false;
        const int before = checkCompleteFolders(out(), all, &ok);
        QVERIFY2(ok, "a series folder was left incomplete");
        QVERIFY(before < 3);
        QVERIFY(partialZipBytes(out()) > 0); // it was killed while writing

        m_server->faults().clear();
        const CliRun again = CliProcess::run(arguments);
        QVERIFY2(again.finished && again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(checkCompleteFolders(out(), all, &ok), 3);
        QVERIFY(ok);
        QVERIFY(!QDir(out()).exists(u".nbia-partial"_s));
        QFile csv(QDir(out()).filePath(u"metadata.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 1 + 3);
    }
};

QTEST_GUILESS_MAIN(TestCliKilledDownload)
#include "tst_cli_killeddownload.moc"
