// The image command and the failure paths of nbia-cli, end to end.
#include "tst_cli_endtoend.h"

#include <QFile>
#include <QTest>

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

namespace {
bool isDicomFile(const QByteArray &bytes) {
    return bytes.size() > 132 && bytes.mid(128, 4) == "DICM";
}
} // namespace

void TestCliEndToEnd::image() {
    const qsizetype index = m_expect->fullyDescribedSeries();
    const QString seriesUid = m_server->archive().series()[index].uid;
    const QString sopUid = m_server->archive().sopInstanceUid(index, 1);
    const QString path = m_dir.filePath(u"one image.dcm"_s);

    const CliRun run =
        cli({u"image"_s, u"--series"_s, seriesUid, u"--sop"_s, sopUid, u"--out"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(isDicomFile(bytes));
    QCOMPARE(run.err, u"Wrote %1 bytes to %2\n"_s.arg(bytes.size()).arg(path));

    const CliRun quiet = cli(
        {u"image"_s, u"--quiet"_s, u"--series"_s, seriesUid, u"--sop"_s, sopUid, u"--out"_s, path});
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.err, QString());
}

// Standard output here is a pipe, not a terminal: the file goes there.
void TestCliEndToEnd::imageToStandardOutput() {
    const qsizetype index = m_expect->fullyDescribedSeries();
    const CliRun run = cli({u"image"_s, u"--series"_s, m_server->archive().series()[index].uid,
                            u"--sop"_s, m_server->archive().sopInstanceUid(index, 2)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(isDicomFile(run.out));
    QCOMPARE(run.err, u"Wrote %1 bytes to standard output\n"_s.arg(run.out.size()));
}

// The archive answers 500 (a NullPointerException) for an unknown image.
void TestCliEndToEnd::imageUnknownInstance() {
    const QString path = m_dir.filePath(u"missing.dcm"_s);
    const CliRun run =
        cli({u"--retries"_s, u"0"_s, u"image"_s, u"--series"_s,
             m_server->archive().series().first().uid, u"--sop"_s, u"1.2.3.4"_s, u"--out"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(u"nbia-cli: The server answered HTTP 500: Server was not able "
                                "to process your request"_s),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

void TestCliEndToEnd::usageErrorsSendNothing_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("series-size without --series")
        << QStringList{u"series-size"_s}
        << u"nbia-cli: series-size: missing required option --series\n"_s;
    QTest::newRow("sop-uids without --series")
        << QStringList{u"sop-uids"_s, u"--format"_s, u"json"_s}
        << u"nbia-cli: sop-uids: missing required option --series\n"_s;
    QTest::newRow("series-metadata without --series")
        << QStringList{u"series-metadata"_s}
        << u"nbia-cli: series-metadata: missing required option --series\n"_s;
    QTest::newRow("image without --sop")
        << QStringList{u"image"_s, u"--series"_s, u"1.2"_s} << u"missing required option --sop"_s;
    QTest::newRow("patients-by-modality without --modality")
        << QStringList{u"patients-by-modality"_s, u"--collection"_s, m_collection}
        << u"missing required option --modality"_s;
    QTest::newRow("new-studies without --since")
        << QStringList{u"new-studies"_s, u"--collection"_s, m_collection}
        << u"missing required option --since"_s;
    QTest::newRow("shared-list without a name")
        << QStringList{u"shared-list"_s} << u"missing required option --name"_s;
    QTest::newRow("bad date") << QStringList{u"updated-series"_s, u"--since"_s, u"01/02/2020"_s}
                              << u"invalid date '01/02/2020' for --since: expected YYYY-MM-DD"_s;
    QTest::newRow("unknown command")
        << QStringList{u"getSeries"_s} << u"nbia-cli: unknown command 'getSeries'\n"_s;
    QTest::newRow("counts of nothing")
        << QStringList{u"counts"_s, u"--of"_s, u"species"_s} << u"invalid --of 'species'"_s;
    QTest::newRow("counts with a filter the archive refuses")
        << QStringList{u"counts"_s, u"--of"_s, u"modality"_s, u"--modality"_s, u"CT"_s}
        << u"--modality does not apply to --of modality (it takes --collection and --body-part)"_s;
    QTest::newRow("counts of collections take no filter")
        << QStringList{u"counts"_s, u"--of"_s, u"collection"_s, u"--collection"_s, u"X"_s}
        << u"(it takes no filter)"_s;
    QTest::newRow("--archive and --server")
        << QStringList{u"--archive"_s, u"nlst"_s, u"collections"_s}
        << u"use --archive or --server, not both"_s;
    QTest::newRow("unknown archive") << QStringList{u"--archive"_s, u"idc"_s, u"collections"_s}
                                     << u"unknown --archive 'idc': use tcia, nlst, tcia-v1"_s;
    QTest::newRow("filter the command does not take")
        << QStringList{u"collections"_s, u"--collection"_s, m_collection}
        << u"Unknown option 'collection'"_s;
}

// Exit code 2 and a message, before any request reaches the server.
void TestCliEndToEnd::usageErrorsSendNothing() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    m_server->resetRequestCounts();
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliEndToEnd::serverErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("400 with the server's text")
        << QStringList{u"collections"_s} << u"getCollectionValues:status=400"_s
        << u"nbia-cli: The server answered HTTP 400: Injected fault\n"_s;
    QTest::newRow("503")
        << QStringList{u"--retries"_s, u"0"_s, u"patients"_s} << u"getPatient:status=503"_s
        << u"nbia-cli: The server answered HTTP 503: Server was not able to process your "
           "request\n"_s;
    QTest::newRow("malformed JSON")
        << QStringList{u"series"_s, u"--format"_s, u"json"_s} << u"getSeries:malformed-json"_s
        << u"nbia-cli: The server sent a response that cannot be read: "_s;
    QTest::newRow("unknown API version")
        << QStringList{u"--retries"_s, u"0"_s, u"--api-version"_s, u"v9"_s, u"collections"_s}
        << QString() << u"nbia-cli: The server answered HTTP 500: "_s;
    QTest::newRow("no answer")
        << QStringList{u"--timeout"_s, u"1"_s, u"--retries"_s, u"0"_s, u"collections"_s}
        << u"getCollectionValues:hang"_s
        << u"nbia-cli: The server did not answer in time (no data for 1 s)"_s;
}

// Exit code 1 and the reason on standard error; nothing on standard output.
void TestCliEndToEnd::serverErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, fault);
    QFETCH(QString, message);
    if (!fault.isEmpty()) {
        QString error;
        const std::optional<FaultRule> rule = FaultRule::parse(fault, &error);
        QVERIFY2(rule, qPrintable(error));
        m_server->faults().add(*rule);
    }
    const CliRun run = cli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
}

void TestCliEndToEnd::unreachableServer() {
    const quint16 port = CliProcess::unusedPort();
    QVERIFY(port != 0);
    const QString server = u"http://127.0.0.1:%1"_s.arg(port);
    const CliRun run = CliProcess::run(
        {u"--server"_s, server, u"--retries"_s, u"0"_s, u"series"_s, u"--collection"_s, u"X"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, u"nbia-cli: Cannot reach the server: Connection refused (server "
                      "http://127.0.0.1:%1/nbia-api/services/v4/)\n"_s.arg(port));
}

void TestCliEndToEnd::retriesRecover() {
    m_server->faults().add(*FaultRule::parse(u"getCollectionValues:status=503,first=1"_s));
    m_server->resetRequestCounts();
    const CliRun run = cli({u"--retries"_s, u"1"_s, u"collections"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(m_server->requestCount(u"getCollectionValues"_s), 2);
    QCOMPARE(CsvReader::parse(run.out).size(), m_expect->collections().size() + 1);
}

void TestCliEndToEnd::serverFromEnvironment() {
    QProcessEnvironment environment = CliProcess::cleanEnvironment();
    environment.insert(u"NBIA_SERVER"_s, m_root);
    m_server->resetRequestCounts();
    const CliRun run = CliProcess::run({u"collections"_s}, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(m_server->requestCount(u"getCollectionValues"_s), 1);
    QCOMPARE(QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts).size(),
             m_expect->collections().size() + 1);
}
