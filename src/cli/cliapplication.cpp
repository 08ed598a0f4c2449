#include "cliapplication.h"

#include "argumentparser.h"
#include "commandrunner.h"
#include "console.h"
#include "downloadcommand.h"
#include "outputformatter.h"
#include "thumbnailcommand.h"

#include <api/nbiaclient.h>

#include <QSaveFile>

namespace nbia::cli {

using namespace Qt::StringLiterals;

namespace {
const QString prefix = u"nbia-cli: "_s;
}

CliApplication::CliApplication(QStringList arguments, Console *console, QString environmentServer,
                               QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_console(console)
    , m_environmentServer(std::move(environmentServer)) {}

CliApplication::~CliApplication() = default;

void CliApplication::start() {
    const ParseOutcome outcome = ArgumentParser(m_environmentServer).parse(m_arguments);
    switch (outcome.action) {
    case ParseOutcome::Action::ShowHelp:
    case ParseOutcome::Action::ShowVersion:
        m_console->writeOut(outcome.text.toUtf8());
        finish(ExitCode::Success);
        return;
    case ParseOutcome::Action::UsageError:
        m_console->writeError(outcome.text);
        finish(ExitCode::UsageError);
        return;
    case ParseOutcome::Action::Run:
        break;
    }

    const ParsedArguments &arguments = outcome.arguments;
    if (arguments.command->id == CommandId::Image && !arguments.has(OptionId::Out) &&
        m_console->outIsTerminal()) {
        m_console->writeError(prefix +
                              u"image: standard output is a terminal; use --out FILE to save "
                              "the DICOM file (or redirect the output)\n"_s +
                              u"Try 'nbia-cli image --help' for more information."_s);
        finish(ExitCode::UsageError);
        return;
    }
    run(arguments);
}

void CliApplication::run(const ParsedArguments &arguments) {
    m_parsed = arguments;
    if (arguments.command->id == CommandId::Thumbnail) {
        finish(ThumbnailCommand::run(arguments, *m_console));
        return;
    }
    m_client = new NbiaClient(&m_network, arguments.settings, this);
    if (arguments.command->id == CommandId::Download) {
        auto *download = new DownloadCommand(m_client, m_console, arguments, this);
        connect(download, &DownloadCommand::finished, this, &CliApplication::finish);
        download->start();
        return;
    }
    const CommandRunner runner(m_client, this);
    if (arguments.command->id == CommandId::Image) {
        runner.fetchImage(arguments,
                          [this](const ApiResult<QByteArray> &result) { saveImage(result); });
    } else {
        runner.fetchRecords(arguments,
                            [this](const ApiResult<ResultSet> &result) { printRecords(result); });
    }
}

void CliApplication::printRecords(const ApiResult<ResultSet> &result) {
    if (!result.ok()) {
        reportError(result.error());
        return;
    }
    const OutputFormatter formatter(m_parsed.format, m_console->terminalWidth());
    if (!m_console->writeOut(formatter.format(result.value()))) {
        m_console->writeError(prefix + u"cannot write to standard output"_s);
        finish(ExitCode::Failure);
        return;
    }
    if (result.value().isEmpty()) {
        if (m_parsed.format == OutputFormat::Table && !m_parsed.quiet)
            m_console->writeError(u"No results."_s);
        finish(ExitCode::NothingFound);
        return;
    }
    finish(ExitCode::Success);
}

void CliApplication::saveImage(const ApiResult<QByteArray> &result) {
    if (!result.ok()) {
        reportError(result.error());
        return;
    }
    const QByteArray &bytes = result.value();
    const QString path = m_parsed.value(OptionId::Out);
    if (path.isNull()) {
        if (!m_console->writeOut(bytes)) {
            m_console->writeError(prefix + u"cannot write to standard output"_s);
            finish(ExitCode::Failure);
            return;
        }
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            m_console->writeError(prefix + u"cannot write %1: %2"_s.arg(path, file.errorString()));
            finish(ExitCode::Failure);
            return;
        }
    }
    if (!m_parsed.quiet) {
        m_console->writeError(u"Wrote %1 bytes to %2"_s.arg(
            QString::number(bytes.size()), path.isNull() ? u"standard output"_s : path));
    }
    finish(ExitCode::Success);
}

void CliApplication::reportError(const ApiError &error) {
    QString text = prefix + error.message();
    if (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout)
        text += u" (server %1)"_s.arg(m_parsed.settings.endpointUrl({}).toDisplayString());
    m_console->writeError(text);
    finish(ExitCode::Failure);
}

void CliApplication::finish(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    m_console->flush();
    Q_EMIT finished(exitCode);
}

} // namespace nbia::cli
