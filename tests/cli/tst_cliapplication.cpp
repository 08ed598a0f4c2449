#include "inprocesscli.h"

#include <cliapplication.h>

#include <QTcpServer>
#include <QTest>

using namespace nbia;
using namespace nbia::cli;
using namespace Qt::StringLiterals;

namespace {
using Run = CliRun;

Run runCli(const QStringList &arguments, bool outIsTerminal = false,
           const QString &environmentServer = {}) {
    return runCliInProcess(arguments, outIsTerminal, environmentServer);
}

// A port nothing listens on: bound once, then released.
quint16 closedPort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}
} // namespace

class TestCliApplication final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Usage errors end inside start(): no client is made, nothing is sent.
    void usageErrorsFinishAtOnce_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing --series")
            << QStringList{u"series-size"_s} << u"missing required option --series"_s;
        QTest::newRow("unknown command")
            << QStringList{u"nonsense"_s} << u"unknown command 'nonsense'"_s;
        QTest::newRow("no command") << QStringList{} << u"no command given"_s;
        QTest::newRow("bad date") << QStringList{u"new-patients"_s, u"--collection"_s, u"X"_s,
                                                 u"--since"_s, u"2020"_s}
                                  << u"invalid date '2020'"_s;
    }
    void usageErrorsFinishAtOnce() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString url = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
        const Run run = runCli(QStringList{u"--server"_s, url} + arguments);
        QVERIFY(run.finishedInStart);
        QCOMPARE(run.exitCode, int(ExitCode::UsageError));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!server.hasPendingConnections());
    }

    void helpGoesToStandardOutput() {
        const Run run = runCli({u"--help"_s});
        QVERIFY(run.finishedInStart);
        QCOMPARE(run.exitCode, int(ExitCode::Success));
        QVERIFY(run.out.startsWith(u"Usage: nbia-cli"_s));
        QVERIFY(run.out.contains(u"Exit codes:"_s));
        QVERIFY(run.err.isEmpty());
    }

    void imageRefusesATerminal() {
        const Run run = runCli({u"image"_s, u"--series"_s, u"1.2"_s, u"--sop"_s, u"1.2.3"_s}, true,
                               u"http://127.0.0.1:1"_s);
        QVERIFY(run.finishedInStart);
        QCOMPARE(run.exitCode, int(ExitCode::UsageError));
        QVERIFY2(run.err.contains(u"use --out FILE"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void unreachableServer_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("table") << u"table"_s;
        QTest::newRow("json") << u"json"_s;
    }
    void unreachableServer() {
        QFETCH(QString, format);
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        const Run run = runCli({u"--retries"_s, u"0"_s, u"--format"_s, format, u"collections"_s},
                               false, u"http://127.0.0.1:%1"_s.arg(port));
        QVERIFY(!run.finishedInStart);
        QCOMPARE(run.exitCode, int(ExitCode::Failure));
        QVERIFY2(run.err.startsWith(u"nbia-cli: Cannot reach the server"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliApplication)
#include "tst_cliapplication.moc"
