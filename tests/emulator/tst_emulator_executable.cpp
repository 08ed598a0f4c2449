// The nbia-emulator executable (NBIA_EMULATOR_EXE), run with QProcess: it serves the same
// archive as the in-process server and rejects bad arguments with exit code 2.

#include "emulatortestcase.h"
#include "httpchecks.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

class TestEmulatorExecutable final : public EmulatorTestCase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_emulator.start(); }

    void init() { m_emulator.reset(); }

    void cleanupTestCase() { m_emulator.stop(); }

    void executable() {
#ifndef NBIA_EMULATOR_EXE
        QSKIP("nbia-emulator is not built");
#else
        QProcess process;
        process.start(QString::fromLocal8Bit(NBIA_EMULATOR_EXE),
                      {u"--port"_s, u"0"_s, u"--size"_s, u"small"_s});
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QString url = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(QRegularExpression(u"^http://127\\.0\\.0\\.1:\\d+/nbia-api/services/$"_s)
                     .match(url)
                     .hasMatch(),
                 qPrintable(url));
        const HttpResult r = request(QUrl(url + u"v1/getCollectionValues"_s));
        verifyJsonOk(r);
        // Same size and seed as the in-process server: same answer.
        QCOMPARE(r.body, get(u"v1/getCollectionValues"_s).body);
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(10000);
        }
#endif
    }

    // --archive nlst serves the NLST-like archive, v4 beside v1; --help documents it.
    void nlstExecutable() {
#ifndef NBIA_EMULATOR_EXE
        QSKIP("nbia-emulator is not built");
#else
        QProcess help;
        help.start(QString::fromLocal8Bit(NBIA_EMULATOR_EXE), {u"--help"_s});
        QVERIFY(help.waitForFinished(20000));
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        QVERIFY2(text.contains(u"--archive"_s) && text.contains(u"nlst"_s), qPrintable(text));
        QVERIFY2(text.contains(u"v4-release=current|9.5"_s), qPrintable(text));

        QProcess process;
        process.start(QString::fromLocal8Bit(NBIA_EMULATOR_EXE),
                      {u"--port"_s, u"0"_s, u"--size"_s, u"small"_s, u"--archive"_s, u"nlst"_s});
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QString url = QString::fromUtf8(process.readLine()).trimmed();
        const HttpResult r = request(QUrl(url + u"v4/getCollectionValues"_s));
        verifyJsonOk(r);
        QCOMPARE(r.body, QByteArray("[{\"Collection\":\"NLST\"}]"));
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(10000);
        }
#endif
    }

    void executableRejectsBadArguments_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown fault")
            << QStringList{u"--fault"_s, u"getSeries:explode"_s} << u"unknown fault"_s;
        QTest::newRow("fault without colon")
            << QStringList{u"--fault"_s, u"getSeries"_s} << u"ENDPOINT"_s;
        QTest::newRow("fault bad status")
            << QStringList{u"--fault"_s, u"*:status=abc"_s} << u"status"_s;
        QTest::newRow("unknown quirk")
            << QStringList{u"--quirk"_s, u"colour=blue"_s} << u"unknown quirk"_s;
        QTest::newRow("bad size") << QStringList{u"--size"_s, u"huge"_s} << u"--size"_s;
        QTest::newRow("bad archive") << QStringList{u"--archive"_s, u"pacs"_s} << u"--archive"_s;
        QTest::newRow("bad v4 release")
            << QStringList{u"--quirk"_s, u"v4-release=8.0"_s} << u"unknown quirk"_s;
    }
    void executableRejectsBadArguments() {
#ifndef NBIA_EMULATOR_EXE
        QSKIP("nbia-emulator is not built");
#else
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess process;
        process.start(QString::fromLocal8Bit(NBIA_EMULATOR_EXE),
                      QStringList{u"--port"_s, u"0"_s} + arguments);
        QVERIFY2(process.waitForFinished(20000), "a bad argument must end the emulator");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.contains(message), qPrintable(errors));
        QVERIFY(process.readAllStandardOutput().isEmpty()); // no URL: not serving
#endif
    }
};

QTEST_GUILESS_MAIN(TestEmulatorExecutable)
#include "tst_emulator_executable.moc"
