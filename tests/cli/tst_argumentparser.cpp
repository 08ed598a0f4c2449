#include <argumentparser.h>
#include <commandtable.h>

#include <api/archivedate.h>

#include <QTest>

using namespace nbia;
using namespace nbia::cli;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nbia::cli::CommandId)

namespace {
const QString publicRoot = u"https://services.cancerimagingarchive.net/nbia-api/services/"_s;
}

class TestArgumentParser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << u"no command given"_s;
        QTest::newRow("only global options")
            << QStringList{u"--format"_s, u"json"_s} << u"no command given"_s;
        QTest::newRow("unknown command")
            << QStringList{u"seriez"_s} << u"unknown command 'seriez'"_s;
        QTest::newRow("unknown command lists the commands")
            << QStringList{u"fetch"_s} << u"  patients-by-modality"_s;
        QTest::newRow("unknown option")
            << QStringList{u"collections"_s, u"--verbose"_s} << u"Unknown option 'verbose'"_s;
        QTest::newRow("option of another command")
            << QStringList{u"patients"_s, u"--modality"_s, u"CT"_s}
            << u"Unknown option 'modality'"_s;
        QTest::newRow("missing value")
            << QStringList{u"series-size"_s, u"--series"_s} << u"Missing value after '--series'"_s;
        QTest::newRow("empty value") << QStringList{u"series"_s, u"--collection="_s}
                                     << u"series: option --collection needs a value"_s;
        for (const char *command : {"series-size", "sop-uids", "series-metadata"}) {
            QTest::addRow("%s without --series", command)
                << QStringList{QString::fromLatin1(command)}
                << QString::fromLatin1(command) + u": missing required option --series"_s;
        }
        QTest::newRow("patients-by-modality without --modality")
            << QStringList{u"patients-by-modality"_s, u"--collection"_s, u"LIDC-IDRI"_s}
            << u"missing required option --modality"_s;
        QTest::newRow("patients-by-modality without --collection")
            << QStringList{u"patients-by-modality"_s, u"--modality"_s, u"CT"_s}
            << u"missing required option --collection"_s;
        QTest::newRow("new-patients without --since")
            << QStringList{u"new-patients"_s, u"--collection"_s, u"X"_s}
            << u"missing required option --since"_s;
        QTest::newRow("new-studies without --collection")
            << QStringList{u"new-studies"_s, u"--since"_s, u"2020-01-01"_s}
            << u"missing required option --collection"_s;
        QTest::newRow("shared-list without name")
            << QStringList{u"shared-list"_s} << u"missing required option --name"_s;
        QTest::newRow("image without --sop") << QStringList{u"image"_s, u"--series"_s, u"1.2"_s}
                                             << u"missing required option --sop"_s;
        QTest::newRow("usage line of the command")
            << QStringList{u"image"_s}
            << u"Usage: nbia-cli [global options] image --series UID "
               "--sop UID [--out FILE]"_s;
        QTest::newRow("since: US order")
            << QStringList{u"updated-series"_s, u"--since"_s, u"03/05/2024"_s}
            << u"invalid date '03/05/2024' for --since: expected YYYY-MM-DD"_s;
        QTest::newRow("since: no such day")
            << QStringList{u"updated-series"_s, u"--since"_s, u"2024-02-30"_s}
            << u"invalid date '2024-02-30'"_s;
        QTest::newRow("since: with time")
            << QStringList{u"updated-series"_s, u"--since=2024-02-03T10:00"_s} << u"invalid date"_s;
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s, u"collections"_s}
                                    << u"invalid --format 'xml': use table, json or csv"_s;
        QTest::newRow("bad timeout")
            << QStringList{u"collections"_s, u"--timeout"_s, u"0"_s} << u"invalid --timeout '0'"_s;
        QTest::newRow("timeout not a number")
            << QStringList{u"collections"_s, u"--timeout"_s, u"soon"_s} << u"invalid --timeout"_s;
        QTest::newRow("bad retries")
            << QStringList{u"collections"_s, u"--retries=-1"_s} << u"invalid --retries '-1'"_s;
        QTest::newRow("bad server")
            << QStringList{u"--server"_s, u"ftp://example.org/"_s, u"collections"_s}
            << u"invalid server URL 'ftp://example.org/'"_s;
        QTest::newRow("bad api version")
            << QStringList{u"--api-version"_s, u"v1/../x"_s, u"collections"_s}
            << u"invalid --api-version"_s;
        QTest::newRow("unexpected argument") << QStringList{u"collections"_s, u"LIDC-IDRI"_s}
                                             << u"unexpected argument 'LIDC-IDRI'"_s;
        QTest::newRow("two shared-list names")
            << QStringList{u"shared-list"_s, u"a"_s, u"b"_s} << u"unexpected argument 'b'"_s;
        QTest::newRow("download without series")
            << QStringList{u"download"_s, u"--out"_s, u"d"_s}
            << u"one of --series, --manifest or --shared-list"_s;
        QTest::newRow("download from two sources")
            << QStringList{u"download"_s, u"--series"_s, u"1.2"_s, u"--manifest"_s,
                           u"m.tcia"_s,   u"--out"_s,    u"d"_s}
            << u"one of --series, --manifest or --shared-list"_s;
        QTest::newRow("download without --out")
            << QStringList{u"download"_s, u"--series"_s, u"1.2"_s}
            << u"missing required option --out"_s;
        QTest::newRow("download, bad layout")
            << QStringList{u"download"_s, u"--series"_s, u"1.2"_s,   u"--out"_s,
                           u"d"_s,        u"--layout"_s, u"nested"_s}
            << u"invalid --layout 'nested'"_s;
        QTest::newRow("download, bad file names")
            << QStringList{u"download"_s, u"--series"_s,     u"1.2"_s,   u"--out"_s,
                           u"d"_s,        u"--file-names"_s, u"random"_s}
            << u"invalid --file-names 'random'"_s;
        QTest::newRow("download, bad parallel")
            << QStringList{u"download"_s, u"--series"_s,   u"1.2"_s, u"--out"_s,
                           u"d"_s,        u"--parallel"_s, u"0"_s}
            << u"invalid --parallel '0'"_s;
        QTest::newRow("download, bad shard")
            << QStringList{u"download"_s, u"--series"_s, u"1.2"_s, u"--out"_s,
                           u"d"_s,        u"--shard"_s,  u"3/0"_s}
            << u"invalid --shard '3/0'"_s;
        QTest::newRow("name and argument disagree")
            << QStringList{u"shared-list"_s, u"--name"_s, u"a"_s, u"b"_s}
            << u"--name and the argument 'b' disagree"_s;
    }
    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ParseOutcome outcome = ArgumentParser().parse(arguments);
        QCOMPARE(outcome.action, ParseOutcome::Action::UsageError);
        QVERIFY2(outcome.text.startsWith(u"nbia-cli: "_s), qPrintable(outcome.text));
        QVERIFY2(outcome.text.contains(message), qPrintable(outcome.text));
        QVERIFY(outcome.text.contains(u"--help"_s));
    }

    void downloadOptions() {
        const ParseOutcome outcome = ArgumentParser().parse(
            {u"download"_s, u"--no-md5"_s, u"--series"_s, u"1.1, 1.2"_s, u"1.3"_s, u"--out"_s,
             u"d"_s, u"--layout"_s, u"Flat"_s, u"--parallel"_s, u"8"_s, u"--shard"_s, u"5/4"_s,
             u"--file-names"_s, u"Instance"_s});
        QCOMPARE(outcome.action, ParseOutcome::Action::Run);
        const ParsedArguments &parsed = outcome.arguments;
        QCOMPARE(parsed.command->id, CommandId::Download);
        QCOMPARE(parsed.seriesUids, (QStringList{u"1.1"_s, u"1.2"_s, u"1.3"_s}));
        QVERIFY(parsed.has(OptionId::NoMd5));
        QCOMPARE(parsed.value(OptionId::OutDir), u"d"_s);
        QCOMPARE(parsed.parallel, 8);
        QCOMPARE(parsed.value(OptionId::FileNames), u"Instance"_s);
        QCOMPARE(parsed.shardCount, 4);
        QCOMPARE(parsed.shardIndex, 1);
        // A flag before the command does not swallow the command's name.
        QCOMPARE(
            ArgumentParser()
                .parse({u"--no-md5"_s, u"download"_s, u"--series"_s, u"1.1"_s, u"--out"_s, u"d"_s})
                .action,
            ParseOutcome::Action::Run);
    }

    void commands_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<CommandId>("command");
        QTest::addColumn<QStringList>("expectedOptions"); // name=value, sorted

        QTest::newRow("collections")
            << QStringList{u"collections"_s} << CommandId::Collections << QStringList{};
        QTest::newRow("series, all eight filters")
            << QStringList{u"series"_s, u"--collection"_s,   u"C"_s,       u"--patient"_s,
                           u"P"_s,      u"--study"_s,        u"1.2"_s,     u"--modality"_s,
                           u"CT"_s,     u"--body-part"_s,    u"CHEST"_s,   u"--model"_s,
                           u"M 1"_s,    u"--manufacturer"_s, u"GE, Inc"_s, u"--series"_s,
                           u"1.2.3"_s}
            << CommandId::Series
            << QStringList{u"body-part=CHEST"_s, u"collection=C"_s, u"manufacturer=GE, Inc"_s,
                           u"modality=CT"_s,     u"model=M 1"_s,    u"patient=P"_s,
                           u"series=1.2.3"_s,    u"study=1.2"_s};
        QTest::newRow("inline values and global options after the command")
            << QStringList{u"modalities"_s, u"--collection=LIDC-IDRI"_s, u"--format=csv"_s,
                           u"--body-part"_s, u"CHEST"_s}
            << CommandId::Modalities
            << QStringList{u"body-part=CHEST"_s, u"collection=LIDC-IDRI"_s};
        QTest::newRow("command option before the command")
            << QStringList{u"--collection"_s, u"X"_s, u"body-parts"_s} << CommandId::BodyParts
            << QStringList{u"collection=X"_s};
        QTest::newRow("shared-list name as argument")
            << QStringList{u"shared-list"_s, u"nbia-123"_s} << CommandId::SharedList
            << QStringList{u"name=nbia-123"_s};
        QTest::newRow("shared-list name as option")
            << QStringList{u"shared-list"_s, u"--name"_s, u"nbia-123"_s} << CommandId::SharedList
            << QStringList{u"name=nbia-123"_s};
        QTest::newRow("shared-list same name twice")
            << QStringList{u"shared-list"_s, u"--name"_s, u"n"_s, u"n"_s} << CommandId::SharedList
            << QStringList{u"name=n"_s};
        QTest::newRow("image") << QStringList{u"image"_s, u"--series"_s, u"1.2"_s,  u"--sop"_s,
                                              u"1.2.1"_s, u"--out"_s,    u"x.dcm"_s}
                               << CommandId::Image
                               << QStringList{u"out=x.dcm"_s, u"series=1.2"_s, u"sop=1.2.1"_s};
        QTest::newRow("updated-series without date")
            << QStringList{u"updated-series"_s} << CommandId::UpdatedSeries << QStringList{};
        QTest::newRow("after --") << QStringList{u"--quiet"_s, u"--"_s, u"manufacturers"_s}
                                  << CommandId::Manufacturers << QStringList{};
    }
    void commands() {
        QFETCH(QStringList, arguments);
        QFETCH(CommandId, command);
        QFETCH(QStringList, expectedOptions);
        const ParseOutcome outcome = ArgumentParser().parse(arguments);
        QCOMPARE(outcome.action, ParseOutcome::Action::Run);
        QCOMPARE(outcome.arguments.command->id, command);
        QStringList options;
        for (auto it = outcome.arguments.options.cbegin(); it != outcome.arguments.options.cend();
             ++it)
            options.append(QString(CommandOption::info(it.key()).name) + u'=' + it.value());
        options.sort();
        QCOMPARE(options, expectedOptions);
    }

    void since_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("newEntities");
        QTest::addColumn<QString>("updatedSeries");
        QTest::newRow("plain") << u"2024-03-05"_s << QDate(2024, 3, 5) << u"2024/03/05"_s
                               << u"05/03/2024"_s;
        QTest::newRow("leap day") << u"2020-02-29"_s << QDate(2020, 2, 29) << u"2020/02/29"_s
                                  << u"29/02/2020"_s;
        QTest::newRow("old") << u"1999-12-31"_s << QDate(1999, 12, 31) << u"1999/12/31"_s
                             << u"31/12/1999"_s;
    }
    // --since becomes a QDate; NbiaClient writes each endpoint's own format from it.
    void since() {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(QString, newEntities);
        QFETCH(QString, updatedSeries);
        const ParseOutcome outcome = ArgumentParser().parse(
            {u"new-studies"_s, u"--collection"_s, u"X"_s, u"--since"_s, text});
        QCOMPARE(outcome.action, ParseOutcome::Action::Run);
        QCOMPARE(outcome.arguments.since, date);
        QCOMPARE(ArchiveDate::formatForNewEntities(outcome.arguments.since), newEntities);
        QCOMPARE(ArchiveDate::formatForUpdatedSeries(outcome.arguments.since), updatedSeries);
    }

    void server_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("version");
        QTest::newRow("default: the public archive")
            << QStringList{} << QString() << publicRoot << u"v4"_s;
        QTest::newRow("blank environment ignored")
            << QStringList{} << u"  "_s << publicRoot << u"v4"_s;
        QTest::newRow("bare host")
            << QStringList{u"--server"_s, u"http://127.0.0.1:8080"_s} << QString()
            << u"http://127.0.0.1:8080/nbia-api/services/"_s << u"v4"_s;
        QTest::newRow("service root")
            << QStringList{u"--server=https://nlst.cancerimagingarchive.net/nbia-api/services/"_s}
            << QString() << u"https://nlst.cancerimagingarchive.net/nbia-api/services/"_s
            << u"v4"_s;
        QTest::newRow("versioned base")
            << QStringList{u"--server"_s, u"https://h.example/nbia-api/services/v4"_s} << QString()
            << u"https://h.example/nbia-api/services/"_s << u"v4"_s;
        QTest::newRow("from NBIA_SERVER")
            << QStringList{} << u"http://localhost:9000"_s
            << u"http://localhost:9000/nbia-api/services/"_s << u"v4"_s;
        QTest::newRow("--server beats NBIA_SERVER")
            << QStringList{u"--server"_s, u"http://a.example"_s} << u"http://b.example"_s
            << u"http://a.example/nbia-api/services/"_s << u"v4"_s;
        QTest::newRow("v1 in the URL")
            << QStringList{u"--server"_s, u"https://h.example/nbia-api/services/v1"_s} << QString()
            << u"https://h.example/nbia-api/services/"_s << u"v1"_s;
        QTest::newRow("--archive nlst")
            << QStringList{u"--archive"_s, u"nlst"_s} << QString()
            << u"https://nlst.cancerimagingarchive.net/nbia-api/services/"_s << u"v4"_s;
        QTest::newRow("--archive tcia-v1")
            << QStringList{u"--archive=tcia-v1"_s} << u"http://b.example"_s
            << u"https://services.cancerimagingarchive.net/nbia-api/services/"_s << u"v1"_s;
        QTest::newRow("--api-version beats the URL")
            << QStringList{u"--server"_s, u"http://a.example/nbia-api/services/v4/"_s,
                           u"--api-version"_s, u"v2"_s}
            << QString() << u"http://a.example/nbia-api/services/"_s << u"v2"_s;
    }
    void server() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, environment);
        QFETCH(QString, root);
        QFETCH(QString, version);
        const ParseOutcome outcome =
            ArgumentParser(environment).parse(arguments + QStringList{u"collections"_s});
        QCOMPARE(outcome.action, ParseOutcome::Action::Run);
        QCOMPARE(outcome.arguments.settings.serviceRoot.toString(), root);
        QCOMPARE(outcome.arguments.settings.apiVersion, version);
    }

    void badEnvironmentServerIsNamed() {
        const ParseOutcome outcome = ArgumentParser(u"ftp://x"_s).parse({u"collections"_s});
        QCOMPARE(outcome.action, ParseOutcome::Action::UsageError);
        QVERIFY(outcome.text.contains(u"(from NBIA_SERVER)"_s));
    }

    void globalOptions() {
        ParseOutcome outcome = ArgumentParser().parse({u"collections"_s});
        QCOMPARE(outcome.arguments.format, OutputFormat::Table);
        QCOMPARE(outcome.arguments.settings.timeout, std::chrono::milliseconds(60000));
        QCOMPARE(outcome.arguments.settings.maxRetries, 3);
        QVERIFY(!outcome.arguments.quiet);

        outcome = ArgumentParser().parse({u"--format"_s, u"json"_s, u"--timeout"_s, u"2.5"_s,
                                          u"--retries"_s, u"0"_s, u"-q"_s, u"collections"_s});
        QCOMPARE(outcome.action, ParseOutcome::Action::Run);
        QCOMPARE(outcome.arguments.format, OutputFormat::Json);
        QCOMPARE(outcome.arguments.settings.timeout, std::chrono::milliseconds(2500));
        QCOMPARE(outcome.arguments.settings.maxRetries, 0);
        QVERIFY(outcome.arguments.quiet);

        outcome = ArgumentParser().parse({u"collections"_s, u"--format=csv"_s, u"--quiet"_s});
        QCOMPARE(outcome.arguments.format, OutputFormat::Csv);
        QVERIFY(outcome.arguments.quiet);
    }

    void help() {
        ParseOutcome outcome = ArgumentParser().parse({u"--help"_s});
        QCOMPARE(outcome.action, ParseOutcome::Action::ShowHelp);
        for (const QString &name : CommandTable::names())
            QVERIFY2(outcome.text.contains(u"\n  "_s + name + u' '), qPrintable(name));
        for (const QString &code :
             {u"  0  success"_s, u"  1  server"_s, u"  2  usage error"_s, u"  3  nothing found"_s})
            QVERIFY2(outcome.text.contains(code), qPrintable(code));
        QVERIFY(outcome.text.contains(u"NBIA_SERVER"_s));

        outcome = ArgumentParser().parse({u"-h"_s});
        QCOMPARE(outcome.action, ParseOutcome::Action::ShowHelp);

        outcome = ArgumentParser().parse({u"series"_s, u"--help"_s});
        QCOMPARE(outcome.action, ParseOutcome::Action::ShowHelp);
        QVERIFY(outcome.text.startsWith(u"Usage: nbia-cli [global options] series "_s));
        for (const char *option :
             {"--collection NAME", "--patient ID", "--study UID", "--modality MODALITY",
              "--body-part PART", "--model NAME", "--manufacturer NAME", "--series UID"})
            QVERIFY2(outcome.text.contains(QLatin1StringView(option)), option);
        QVERIFY(outcome.text.contains(u"getSeries"_s));

        // Help wins over missing required options.
        outcome = ArgumentParser().parse({u"series-size"_s, u"--help"_s});
        QCOMPARE(outcome.action, ParseOutcome::Action::ShowHelp);
        QVERIFY(outcome.text.contains(u"--series UID"_s));
        QVERIFY(outcome.text.contains(u"(required)"_s));

        outcome = ArgumentParser().parse({u"--version"_s});
        QCOMPARE(outcome.action, ParseOutcome::Action::ShowVersion);
        QCOMPARE(outcome.text, u"nbia-cli " NBIA_VERSION "\n"_s);
    }

    void everyCommandHasHelp() {
        for (const CommandSpec &command : CommandTable::all()) {
            const ParseOutcome outcome =
                ArgumentParser().parse({QString(command.name), u"--help"_s});
            QCOMPARE(outcome.action, ParseOutcome::Action::ShowHelp);
            QVERIFY(outcome.text.contains(command.endpoint));
            for (const CommandOptionUse &use : command.options) {
                QVERIFY(outcome.text.contains(u"--"_s + CommandOption::info(use.id).name + u' '));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestArgumentParser)
#include "tst_argumentparser.moc"
