#include "argumentparser.h"

#include "commandtable.h"
#include "helptext.h"

#include <api/archivepreset.h>
#include <download/downloadtarget.h>
#include <download/seriesfolderlayout.h>

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cmath>

namespace nbia::cli {

using namespace Qt::StringLiterals;

namespace {
const QString programName = u"nbia-cli"_s;

bool isFlag(QStringView argument) {
    return argument == u"--quiet" || argument == u"-q" || argument == u"--help" ||
           argument == u"-h" || argument == u"--version" || argument == u"--no-md5" ||
           argument == u"--with-references";
}

ParseOutcome usageError(const QString &message, const CommandSpec *command = nullptr) {
    QString text = programName + u": "_s + message + u'\n';
    if (command) {
        text += u"Usage: "_s + HelpText::usageLine(*command) + u'\n';
        text += u"Try 'nbia-cli %1 --help' for more information.\n"_s.arg(command->name);
    } else {
        text += u"Try 'nbia-cli --help' for more information.\n"_s;
    }
    return {ParseOutcome::Action::UsageError, text, {}};
}

QString missingRequired(const ParsedArguments &result) {
    for (const CommandOptionUse &use : result.command->options) {
        if (use.required && !result.has(use.id))
            return u"missing required option --%1"_s.arg(CommandOption::info(use.id).name);
    }
    return {};
}

QString commandPrefix(const CommandSpec &command) {
    return QString(command.name) + u": "_s;
}
} // namespace

ArgumentParser::ArgumentParser(QString environmentServer)
    : m_environmentServer(std::move(environmentServer)) {}

QString ArgumentParser::findCommandName(const QStringList &arguments) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == "--"_L1)
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (argument.size() > 1 && argument.startsWith(u'-')) {
            // Every option but the flags takes a value, inline (--x=v) or as the next argument.
            if (!isFlag(argument) && !argument.contains(u'='))
                ++i;
            continue;
        }
        return argument;
    }
    return {};
}

ParseOutcome ArgumentParser::parse(const QStringList &arguments) const {
    const QString commandName = findCommandName(arguments);
    const CommandSpec *command = CommandTable::find(commandName);
    if (!commandName.isEmpty() && !command) {
        return {ParseOutcome::Action::UsageError,
                u"%1: unknown command '%2'\n\n"_s.arg(programName, commandName) +
                    HelpText::commandList() + u"\nTry 'nbia-cli --help' for more information.\n"_s,
                {}};
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    HelpText::addGlobalOptions(parser);
    if (command)
        HelpText::addCommandOptions(parser, *command);
    if (!parser.parse(QStringList{programName} + arguments))
        return usageError(parser.errorText(), command);

    if (parser.isSet(u"help"_s)) {
        return {ParseOutcome::Action::ShowHelp,
                command ? HelpText::commandHelp(*command) : HelpText::globalHelp(),
                {}};
    }
    if (parser.isSet(u"version"_s))
        return {ParseOutcome::Action::ShowVersion, HelpText::version(), {}};
    if (!command) {
        return {ParseOutcome::Action::UsageError,
                u"%1: no command given\n\n"_s.arg(programName) + HelpText::usageSummary() + u'\n' +
                    HelpText::commandList() + u"\nTry 'nbia-cli --help' for more information.\n"_s,
                {}};
    }

    ParseOutcome outcome{ParseOutcome::Action::Run, {}, {}};
    ParsedArguments &result = outcome.arguments;
    result.command = command;
    if (const QString error = applyGlobalOptions(parser, result); !error.isEmpty())
        return usageError(error, command);
    if (const QString error = applyCommandOptions(parser, result); !error.isEmpty())
        return usageError(commandPrefix(*command) + error, command);
    return outcome;
}

QString ArgumentParser::applyGlobalOptions(const QCommandLineParser &parser,
                                           ParsedArguments &result) const {
    if (parser.isSet(u"format"_s)) {
        const QString name = parser.value(u"format"_s);
        const std::optional<OutputFormat> format = outputFormatFromName(name);
        if (!format)
            return u"invalid --format '%1': use table, json or csv"_s.arg(name);
        result.format = *format;
    }

    ClientSettings base;
    base.timeout = std::chrono::seconds(defaultTimeoutSeconds);
    base.maxRetries = defaultRetries;
    if (parser.isSet(u"timeout"_s)) {
        const QString text = parser.value(u"timeout"_s);
        bool ok = false;
        const double seconds = text.toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 86400)
            return u"invalid --timeout '%1': expected a number of seconds above 0"_s.arg(text);
        base.timeout = std::chrono::milliseconds(std::llround(seconds * 1000));
    }
    if (parser.isSet(u"retries"_s)) {
        const QString text = parser.value(u"retries"_s);
        bool ok = false;
        const int retries = text.toInt(&ok);
        if (!ok || retries < 0 || retries > 100)
            return u"invalid --retries '%1': expected a number from 0 to 100"_s.arg(text);
        base.maxRetries = retries;
    }

    const bool fromOption = parser.isSet(u"server"_s);
    // A server from NBIA_SERVER is the user's choice too (a mirror, a proxy, a private archive).
    result.serverGiven =
        fromOption || parser.isSet(u"archive"_s) || !m_environmentServer.trimmed().isEmpty();
    if (parser.isSet(u"archive"_s)) {
        const QString id = parser.value(u"archive"_s);
        const std::optional<ArchivePreset> archive = ArchivePreset::byId(id);
        if (!archive)
            return u"unknown --archive '%1': use %2"_s.arg(id, ArchivePreset::ids().join(u", "_s));
        if (fromOption)
            return u"use --archive or --server, not both"_s;
        result.settings = archive->settings(base);
    } else {
        QString server;
        if (fromOption)
            server = parser.value(u"server"_s);
        else if (!m_environmentServer.trimmed().isEmpty())
            server = m_environmentServer;
        const std::optional<ClientSettings> settings =
            server.isNull() ? ArchivePreset::defaultArchive().settings(base)
                            : ClientSettings::fromServerUrl(server, base);
        if (!settings) {
            return u"invalid server URL '%1'%2: expected an http or https URL such as "
                   "https://services.cancerimagingarchive.net/nbia-api/services/"_s.arg(
                       server, fromOption ? QString() : u" (from NBIA_SERVER)"_s);
        }
        result.settings = *settings;
    }

    if (parser.isSet(u"api-version"_s)) {
        const QString version = parser.value(u"api-version"_s);
        static const QRegularExpression valid(u"^[A-Za-z0-9._-]+$"_s);
        if (!valid.match(version).hasMatch())
            return u"invalid --api-version '%1': expected a path segment such as v1"_s.arg(version);
        result.settings.apiVersion = version;
    }
    result.quiet = parser.isSet(u"quiet"_s);
    return {};
}

QString ArgumentParser::applyCommandOptions(const QCommandLineParser &parser,
                                            ParsedArguments &result) {
    const CommandSpec &command = *result.command;
    for (const CommandOptionUse &use : command.options) {
        const QString name(CommandOption::info(use.id).name);
        if (!parser.isSet(name))
            continue;
        if (CommandOption::info(use.id).flag) {
            result.options.insert(use.id, u"yes"_s);
            continue;
        }
        const QString value = parser.value(name);
        if (value.trimmed().isEmpty())
            return u"option --%1 needs a value"_s.arg(name);
        result.options.insert(use.id, value);
    }

    // The first positional argument is the command name itself.
    const QStringList extra = parser.positionalArguments().mid(1);
    if (command.id == CommandId::Download) {
        if (const QString missing = missingRequired(result); !missing.isEmpty())
            return missing;
        return applyDownloadOptions(parser, extra, result);
    }
    if (!extra.isEmpty()) {
        if (!command.positional || extra.size() > 1)
            return u"unexpected argument '%1'"_s.arg(extra.constLast());
        const OptionId id = *command.positional;
        const QString name(CommandOption::info(id).name);
        if (result.has(id) && result.value(id) != extra.first())
            return u"--%1 and the argument '%2' disagree"_s.arg(name, extra.first());
        if (extra.first().trimmed().isEmpty())
            return u"option --%1 needs a value"_s.arg(name);
        result.options.insert(id, extra.first());
    }

    if (const QString missing = missingRequired(result); !missing.isEmpty())
        return missing;

    if (command.id == CommandId::Thumbnail)
        return applyThumbnailOptions(result);
    if (command.id == CommandId::Counts)
        return applyCountsOptions(result);

    if (result.has(OptionId::Since)) {
        const QString text = result.value(OptionId::Since);
        static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        result.since = QDate::fromString(text, Qt::ISODate);
        if (!shape.match(text).hasMatch() || !result.since.isValid())
            return u"invalid date '%1' for --since: expected YYYY-MM-DD"_s.arg(text);
    }
    return {};
}

// What --of names, and the filters the archive takes for it (any other would be refused).
QString ArgumentParser::applyCountsOptions(ParsedArguments &result) {
    struct Counted {
        QLatin1StringView name;
        Endpoint endpoint;
        QList<OptionId> filters;
    };
    static const QList<Counted> lists{
        {"collection"_L1, Endpoint::CollectionValuesAndCounts, {}},
        {"modality"_L1,
         Endpoint::ModalityValuesAndCounts,
         {OptionId::Collection, OptionId::BodyPart}},
        {"body-part"_L1,
         Endpoint::BodyPartValuesAndCounts,
         {OptionId::Collection, OptionId::Modality}},
        {"manufacturer"_L1,
         Endpoint::ManufacturerValuesAndCounts,
         {OptionId::Collection, OptionId::Modality, OptionId::BodyPart}},
    };
    const QString of = result.value(OptionId::Of).trimmed().toLower();
    const auto found = std::find_if(lists.cbegin(), lists.cend(),
                                    [&of](const Counted &list) { return list.name == of; });
    if (found == lists.cend())
        return u"invalid --of '%1': use collection, modality, body-part or manufacturer"_s.arg(
            result.value(OptionId::Of));
    result.countsOf = found->endpoint;
    for (const OptionId filter : {OptionId::Collection, OptionId::Modality, OptionId::BodyPart}) {
        if (result.has(filter) && !found->filters.contains(filter)) {
            QStringList taken;
            for (const OptionId id : found->filters)
                taken << u"--"_s + QString(CommandOption::info(id).name);
            return u"--%1 does not apply to --of %2 (it takes %3)"_s.arg(
                QString(CommandOption::info(filter).name), of,
                taken.isEmpty() ? u"no filter"_s : taken.join(u" and "_s));
        }
    }
    return {};
}

QString ArgumentParser::applyThumbnailOptions(ParsedArguments &result) {
    if (result.has(OptionId::Size)) {
        bool ok = false;
        result.size = result.value(OptionId::Size).toInt(&ok);
        if (!ok || result.size < 0 || result.size > 16384)
            return u"invalid --size '%1': expected a number from 0 to 16384"_s.arg(
                result.value(OptionId::Size));
    }
    if (result.has(OptionId::Window)) {
        const QStringList parts = result.value(OptionId::Window).split(u',');
        bool centerOk = false;
        bool widthOk = false;
        const double center = parts.value(0).trimmed().toDouble(&centerOk);
        const double width = parts.value(1).trimmed().toDouble(&widthOk);
        if (parts.size() != 2 || !centerOk || !widthOk || width < 1)
            return u"invalid --window '%1': expected CENTER,WIDTH with a width of 1 or more, "
                   "such as -600,1500"_s.arg(result.value(OptionId::Window));
        result.window = std::pair{center, width};
    }
    return {};
}

// download takes several series (repeated, comma-separated or as arguments), one source of
// series, and checks its numbers.
QString ArgumentParser::applyDownloadOptions(const QCommandLineParser &parser,
                                             const QStringList &extra, ParsedArguments &result) {
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QStringList uids;
    for (const QString &value : parser.values(u"series"_s) + extra)
        uids += value.split(separators, Qt::SkipEmptyParts);
    result.seriesUids = uids;
    const int sources = int(!uids.isEmpty()) + int(result.has(OptionId::Manifest)) +
                        int(result.has(OptionId::SharedList));
    if (sources != 1)
        return u"give the series with one of --series, --manifest or --shared-list"_s;
    if (result.has(OptionId::Layout) && !SeriesFolderLayout::parse(result.value(OptionId::Layout)))
        return u"invalid --layout '%1': use descriptive, classic or flat"_s.arg(
            result.value(OptionId::Layout));
    if (result.has(OptionId::FileNames) &&
        !DownloadTarget::parseNaming(result.value(OptionId::FileNames)))
        return u"invalid --file-names '%1': use archive or instance"_s.arg(
            result.value(OptionId::FileNames));
    if (result.has(OptionId::Parallel)) {
        bool ok = false;
        result.parallel = result.value(OptionId::Parallel).toInt(&ok);
        if (!ok || result.parallel < 1 || result.parallel > 64)
            return u"invalid --parallel '%1': expected a number from 1 to 64"_s.arg(
                result.value(OptionId::Parallel));
    }
    if (result.has(OptionId::Shard)) {
        static const QRegularExpression shape(u"^(\\d{1,9})/(\\d{1,9})$"_s);
        const QRegularExpressionMatch match = shape.match(result.value(OptionId::Shard).trimmed());
        const int count = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (count < 1)
            return u"invalid --shard '%1': expected I/N, such as 3/8"_s.arg(
                result.value(OptionId::Shard));
        result.shardCount = count;
        result.shardIndex = match.captured(1).toInt() % count;
    }
    return {};
}

} // namespace nbia::cli
