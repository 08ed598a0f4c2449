#include "helptext.h"

#include "commandtable.h"

#include <api/clientsettings.h>

#include <QCommandLineParser>

namespace nbia::cli {

using namespace Qt::StringLiterals;

namespace {
struct GlobalOption {
    QStringList names;
    QString valueName;
    QString description;
};

const QList<GlobalOption> &globalOptions() {
    static const QList<GlobalOption> options{
        {{u"server"_s},
         u"URL"_s,
         u"NBIA server: a service root (https://host/nbia-api/services/), a versioned base "
         "(.../services/v1) or a bare host (http://host:8080). Default: $NBIA_SERVER, else "_s +
             QString::fromLatin1(ClientSettings::defaultServiceRoot)},
        {{u"archive"_s},
         u"ARCHIVE"_s,
         u"A known archive instead of --server: tcia (The Cancer Imaging Archive, API v4; the "
         "default), nlst (NLST, its own host, API v4) or tcia-v1 (the public archive on the "
         "legacy API v1)"_s},
        {{u"format"_s},
         u"FORMAT"_s,
         u"Output format: table (default; for people), json or csv (all fields, with the "
         "archive's field names)"_s},
        {{u"timeout"_s},
         u"SECONDS"_s,
         u"Give up when the server sends nothing for this long (default 60)"_s},
        {{u"retries"_s}, u"N"_s, u"Retry network errors and server errors N times (default 3)"_s},
        {{u"api-version"_s},
         u"VERSION"_s,
         u"API version in the request path: v4 (the default) or v1 for older servers (default: "
         "the version in --server, else the archive's)"_s},
        {{u"q"_s, u"quiet"_s}, {}, u"No informational messages on standard error"_s},
        {{u"h"_s, u"help"_s},
         {},
         u"Show this help; 'nbia-cli COMMAND --help' shows a command's "
         "options"_s},
        {{u"version"_s}, {}, u"Show the version"_s},
    };
    return options;
}

QString optionLabel(const QString &name, const QString &valueName) {
    QString label = u"--"_s + name;
    if (!valueName.isEmpty())
        label += u' ' + valueName;
    return label;
}

// Two-column list with the descriptions aligned and wrapped at 100 characters.
QString twoColumns(const QList<std::pair<QString, QString>> &rows) {
    qsizetype labelWidth = 0;
    for (const auto &[label, text] : rows)
        labelWidth = std::max(labelWidth, label.size());
    const qsizetype indent = 2 + labelWidth + 2;
    constexpr qsizetype lineWidth = 100;
    QString out;
    for (const auto &[label, text] : rows) {
        QString line = u"  "_s + label.leftJustified(labelWidth) + u"  "_s;
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        qsizetype column = indent;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (i > 0 && column + 1 + words[i].size() > lineWidth) {
                line += u'\n' + QString(indent, u' ');
                column = indent;
            } else if (i > 0) {
                line += u' ';
                ++column;
            }
            line += words[i];
            column += words[i].size();
        }
        out += line + u'\n';
    }
    return out;
}

QString exitCodes() {
    return u"Exit codes:\n"
           "  0  success, with results\n"
           "  1  server, network or parse error, or the output file cannot be written\n"
           "  2  usage error: unknown command, missing or invalid option (nothing is sent)\n"
           "  3  nothing found: the result is empty (the header or [] is still printed)\n"_s;
}
QString examples() {
    return u"Examples:\n"
           "  nbia-cli series --collection LIDC-IDRI --patient LIDC-IDRI-0001\n"
           "  nbia-cli --format csv patients --collection LIDC-IDRI > patients.csv\n"
           "  nbia-cli --server http://127.0.0.1:8080 new-studies --collection X --since "
           "2024-01-01\n"
           "  nbia-cli image --series 1.3.6.1... --sop 1.3.6.1... --out image.dcm\n"_s;
}
} // namespace

QString HelpText::usageSummary() {
    return u"Usage: nbia-cli [--archive tcia|nlst|tcia-v1 | --server URL] [--format "
           u"table|json|csv] "
           "COMMAND [options]\n"_s;
}

QString HelpText::usageLine(const CommandSpec &command) {
    if (!command.usage.isEmpty())
        return u"nbia-cli [global options] "_s + command.usage;
    QString line = u"nbia-cli [global options] "_s + command.name;
    for (const CommandOptionUse &use : command.options) {
        const OptionInfo &info = CommandOption::info(use.id);
        QString label = optionLabel(QString(info.name), QString(info.valueName));
        if (command.positional == use.id)
            label = u'(' + label + u" | "_s + info.valueName + u')';
        line += use.required ? QString(u' ' + label) : QString(u" ["_s + label + u']');
    }
    return line;
}

QString HelpText::commandList() {
    QList<std::pair<QString, QString>> rows;
    for (const CommandSpec &command : CommandTable::all())
        rows.append({QString(command.name), QString(command.summary)});
    return u"Commands:\n"_s + twoColumns(rows);
}

QString HelpText::globalHelp() {
    QList<std::pair<QString, QString>> options;
    for (const GlobalOption &option : globalOptions())
        options.append(
            {(option.names.size() > 1 ? u'-' + option.names.first() + u", "_s : QString()) +
                 optionLabel(option.names.constLast(), option.valueName),
             option.description});
    return usageSummary() +
           u"\nQuery The Cancer Imaging Archive (TCIA) through its NBIA REST API.\n\n"_s +
           commandList() + u"\nGlobal options (before or after the command):\n"_s +
           twoColumns(options) + u'\n' + exitCodes() + u'\n' + examples();
}

QString HelpText::commandHelp(const CommandSpec &command) {
    QString text =
        u"Usage: "_s + usageLine(command) + u"\n\n"_s + command.summary +
        (command.endpoint.isEmpty() ? u".\n"_s : u" (endpoint "_s + command.endpoint + u").\n"_s);
    if (!command.options.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const CommandOptionUse &use : command.options) {
            const OptionInfo &info = CommandOption::info(use.id);
            QString description(info.description);
            if (use.required)
                description += u" (required)"_s;
            rows.append({optionLabel(QString(info.name), QString(info.valueName)), description});
        }
        text += u"\nOptions:\n"_s + twoColumns(rows);
    }
    return text + u"\nGlobal options: see 'nbia-cli --help'.\n\n"_s + exitCodes();
}

QString HelpText::version() {
    return u"nbia-cli " NBIA_VERSION "\n"_s;
}

void HelpText::addGlobalOptions(QCommandLineParser &parser) {
    for (const GlobalOption &option : globalOptions())
        parser.addOption(QCommandLineOption(option.names, option.description, option.valueName));
}

void HelpText::addCommandOptions(QCommandLineParser &parser, const CommandSpec &command) {
    for (const CommandOptionUse &use : command.options) {
        const OptionInfo &info = CommandOption::info(use.id);
        if (info.flag)
            parser.addOption(QCommandLineOption(QString(info.name), QString(info.description)));
        else
            parser.addOption(QCommandLineOption(QString(info.name), QString(info.description),
                                                QString(info.valueName)));
    }
}

} // namespace nbia::cli
