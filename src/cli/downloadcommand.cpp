#include "downloadcommand.h"

#include "celltext.h"
#include "console.h"
#include "exitcode.h"

#include <api/nbiaclient.h>
#include <download/downloadintake.h>
#include <download/downloadqueue.h>
#include <download/downloadqueuemodel.h>
#include <download/manifestsource.h>
#include <download/referenceexpansion.h>
#include <download/tciamanifest.h>

#include <QDir>
#include <QSet>

namespace nbia::cli {

using namespace Qt::StringLiterals;

namespace {
const QString prefix = u"nbia-cli: download: "_s;

} // namespace

DownloadCommand::DownloadCommand(NbiaClient *client, Console *console, ParsedArguments arguments,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_console(console)
    , m_arguments(std::move(arguments)) {
    m_options.root = m_arguments.value(OptionId::OutDir);
    if (m_arguments.has(OptionId::Layout))
        m_options.layout = *SeriesFolderLayout::parse(m_arguments.value(OptionId::Layout));
    if (m_arguments.has(OptionId::FileNames))
        m_options.naming = *DownloadTarget::parseNaming(m_arguments.value(OptionId::FileNames));
    m_options.verifyMd5 = !m_arguments.has(OptionId::NoMd5);
    m_options.parallel = m_arguments.parallel;
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &DownloadCommand::showProgress);
}

DownloadCommand::~DownloadCommand() = default;

QStringList DownloadCommand::shard(const QStringList &seriesUids, int index, int count) {
    QStringList unique;
    QSet<QString> seen;
    for (const QString &uid : seriesUids) {
        if (!seen.contains(uid)) {
            seen.insert(uid);
            unique << uid;
        }
    }
    if (count <= 1)
        return unique;
    QStringList part;
    for (qsizetype i = 0; i < unique.size(); ++i) {
        if (i % count == index % count)
            part << unique.at(i);
    }
    return part;
}

void DownloadCommand::start() {
    m_clock.start();
    if (m_arguments.has(OptionId::Manifest)) {
        const QString path = m_arguments.value(OptionId::Manifest);
        QString error;
        bool unreadable = false;
        const std::optional<TciaManifest> manifest =
            TciaManifest::readFile(path, &error, &unreadable);
        if (!manifest) {
            m_console->writeError(
                prefix + (unreadable ? u"cannot read %1: %2"_s : u"%1 is not a manifest: %2"_s)
                             .arg(path, error));
            return finish(ExitCode::Failure);
        }
        const std::optional<ClientSettings> archive =
            m_arguments.serverGiven ? m_client->settings()
                                    : ManifestSource::archiveOf(*manifest, m_client->settings());
        if (!archive) {
            m_console->writeError(
                prefix + u"%1 lists series on %2, an archive this program does not know; to "
                         "download them from a server you trust, give it with --server URL"_s.arg(
                             path, ManifestSource::hostOf(*manifest)));
            return finish(ExitCode::Failure);
        }
        if (archive->endpointUrl({}) != m_client->settings().endpointUrl({})) {
            m_client->setSettings(*archive);
            if (!m_arguments.quiet)
                m_console->writeError(u"The manifest's series are on %1 (%2)."_s.arg(
                    ManifestSource::nameOf(*archive), archive->endpointUrl({}).toDisplayString()));
        }
        return download(manifest->seriesInstanceUids);
    }
    if (m_arguments.has(OptionId::SharedList)) {
        m_client->sharedList(m_arguments.value(OptionId::SharedList), this,
                             [this](const ApiResult<QList<Series>> &result) {
                                 if (!result.ok()) {
                                     m_console->writeError(prefix + result.error().message());
                                     return finish(ExitCode::Failure);
                                 }
                                 QStringList uids;
                                 for (const Series &s : result.value())
                                     uids << s.seriesInstanceUid;
                                 download(uids);
                             });
        return;
    }
    download(m_arguments.seriesUids);
}

// The shard first, so that each job of an array adds the references of its own series.
void DownloadCommand::download(const QStringList &seriesUids) {
    const QStringList uids =
        shard(seriesUids, m_arguments.shardIndex, std::max(1, m_arguments.shardCount));
    if (m_arguments.has(OptionId::WithReferences) && !uids.isEmpty()) {
        m_expansion = new ReferenceExpansion(m_client, uids, this);
        connect(m_expansion, &ReferenceExpansion::finished, this, [this] {
            if (m_expansion->error().isError()) {
                m_console->writeError(prefix +
                                      u"cannot find the series the segmentations are "
                                      "drawn on: "_s +
                                      m_expansion->error().message());
                return finish(ExitCode::Failure);
            }
            for (const QString &warning : m_expansion->warnings())
                m_console->writeError(prefix + u"without the series it is drawn on: "_s + warning);
            if (!m_arguments.quiet && m_expansion->added() > 0)
                m_console->writeError(
                    u"With %1 series the segmentations and structure sets are drawn on."_s.arg(
                        m_expansion->added()));
            queue(m_expansion->seriesUids());
        });
        m_expansion->start();
        return;
    }
    queue(uids);
}

void DownloadCommand::queue(const QStringList &uids) {
    if (uids.isEmpty()) {
        if (!m_arguments.quiet)
            m_console->writeError(u"Nothing to download."_s);
        return finish(ExitCode::NothingFound);
    }
    m_queue = std::make_unique<DownloadQueue>(m_client, m_options);
    connect(m_queue.get(), &DownloadQueue::rowChanged, this, &DownloadCommand::onRowChanged);
    connect(m_queue.get(), &DownloadQueue::allFinished, this, &DownloadCommand::summarize);
    connect(m_queue.get(), &DownloadQueue::paused, this, [this](const QString &reason) {
        m_console->writeError(prefix + u"stopped: %1"_s.arg(reason));
        summarize();
    });
    const DownloadIntake::Outcome outcome = DownloadIntake::add(
        *m_queue, DownloadIntake::seriesOf(uids), m_options.target(), m_client->settings());
    if (!outcome.error.isEmpty()) {
        m_console->writeError(prefix + outcome.error);
        return finish(ExitCode::Failure);
    }
    if (!m_arguments.quiet)
        m_progressTimer.start();
}

void DownloadCommand::onRowChanged(int row) {
    const DownloadItem &item = m_queue->items().at(row);
    if (!isFinal(item.state) || m_arguments.quiet)
        return;
    ++m_reported;
    const QString count = u"[%1/%2]"_s.arg(m_reported).arg(m_queue->items().size());
    if (item.state == DownloadState::Done) {
        if (!m_console->errIsTerminal())
            m_console->writeError(u"%1 done %2 -> %3"_s.arg(count, item.seriesUid, item.folder));
    } else if (item.state == DownloadState::Failed) {
        m_console->writeError(u"%1 failed %2: %3"_s.arg(count, item.seriesUid, item.error));
    }
}

void DownloadCommand::showProgress() {
    if (!m_queue)
        return;
    const DownloadQueue::Totals totals = m_queue->totals();
    m_rate.add(m_clock.elapsed(), totals.bytesReceived);
    QString line = u"[%1/%2 series] %3"_s.arg(totals.done)
                       .arg(totals.series)
                       .arg(CellText::humanBytes(totals.bytesReceived));
    if (totals.bytesExpected > 0)
        line += u" of about %1"_s.arg(CellText::humanBytes(totals.bytesExpected));
    if (const std::optional<double> speed = m_rate.bytesPerSecond())
        line += u", %1/s"_s.arg(CellText::humanBytes(qint64(*speed)));
    if (const std::optional<qint64> left =
            m_rate.secondsLeft(totals.bytesExpected - totals.bytesReceived);
        left && totals.bytesExpected > totals.bytesReceived)
        line += u", ETA %1"_s.arg(DownloadQueueModel::duration(*left));
    if (totals.failed > 0)
        line += u", %1 failed"_s.arg(totals.failed);
    m_console->writeProgress(line);
}

void DownloadCommand::summarize() {
    m_progressTimer.stop();
    QStringList failures;
    for (const DownloadItem &item : m_queue->items()) {
        if (item.state != DownloadState::Done)
            failures << u"  %1: %2"_s.arg(item.seriesUid,
                                          item.error.isEmpty() ? u"not downloaded"_s : item.error);
    }
    const DownloadQueue::Totals totals = m_queue->totals();
    QString summary = u"Downloaded %1 of %2 series (%3) to %4 in %5"_s.arg(totals.done)
                          .arg(totals.series)
                          .arg(CellText::humanBytes(totals.bytesReceived),
                               QDir::toNativeSeparators(m_options.root),
                               DownloadQueueModel::duration(m_clock.elapsed() / 1000));
    if (!failures.isEmpty())
        summary += u"; %1 not downloaded:\n"_s.arg(failures.size()) + failures.join(u'\n');
    if (!m_arguments.quiet || !failures.isEmpty())
        m_console->writeError(summary);
    finish(failures.isEmpty() ? ExitCode::Success : ExitCode::Failure);
}

void DownloadCommand::finish(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    m_progressTimer.stop();
    Q_EMIT finished(exitCode);
}

} // namespace nbia::cli
