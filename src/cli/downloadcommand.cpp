#include "downloadcommand.h"

#include "celltext.h"
#include "console.h"
#include "exitcode.h"

#include <api/nbiaclient.h>
#include <download/downloadqueue.h>
#include <download/downloadqueuemodel.h>
#include <download/tciamanifest.h>

#include <QDir>
#include <QFile>
#include <QSet>

namespace nbia::cli {

using namespace Qt::StringLiterals;

namespace {
const QString prefix = u"nbia-cli: download: "_s;

QString duration(qint64 ms) {
    return DownloadQueueModel::duration(ms / 1000);
}
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
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_console->writeError(prefix + u"cannot read %1: %2"_s.arg(path, file.errorString()));
            return finish(ExitCode::Failure);
        }
        QString error;
        const std::optional<TciaManifest> manifest = TciaManifest::parse(file.readAll(), &error);
        if (!manifest) {
            m_console->writeError(prefix + u"%1 is not a manifest: %2"_s.arg(path, error));
            return finish(ExitCode::Failure);
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

void DownloadCommand::download(const QStringList &seriesUids) {
    const QStringList uids =
        shard(seriesUids, m_arguments.shardIndex, std::max(1, m_arguments.shardCount));
    if (uids.isEmpty()) {
        if (!m_arguments.quiet)
            m_console->writeError(u"Nothing to download."_s);
        return finish(ExitCode::NothingFound);
    }
    if (!QDir().mkpath(m_options.root)) {
        m_console->writeError(prefix + u"cannot make the folder %1"_s.arg(m_options.root));
        return finish(ExitCode::Failure);
    }
    m_queue = std::make_unique<DownloadQueue>(m_client, m_options);
    connect(m_queue.get(), &DownloadQueue::rowChanged, this, &DownloadCommand::onRowChanged);
    connect(m_queue.get(), &DownloadQueue::allFinished, this, &DownloadCommand::summarize);
    connect(m_queue.get(), &DownloadQueue::paused, this, [this](const QString &reason) {
        m_console->writeError(prefix + u"stopped: %1"_s.arg(reason));
        summarize();
    });
    if (!m_arguments.quiet)
        m_progressTimer.start();
    m_queue->add(uids);
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
    int done = 0;
    int failed = 0;
    qint64 received = 0;
    qint64 expected = 0;
    for (const DownloadItem &item : m_queue->items()) {
        done += item.state == DownloadState::Done ? 1 : 0;
        failed += item.state == DownloadState::Failed ? 1 : 0;
        received += item.state == DownloadState::Done ? std::max<qint64>(item.bytesExpected, 0)
                                                      : item.bytesReceived;
        expected += std::max<qint64>(item.bytesExpected, 0);
    }
    const double seconds = std::max(0.001, double(m_clock.elapsed()) / 1000.0);
    const double speed = double(received) / seconds;
    QString line = u"[%1/%2 series] %3"_s.arg(done)
                       .arg(m_queue->items().size())
                       .arg(CellText::humanBytes(received));
    if (expected > 0)
        line += u" of about %1"_s.arg(CellText::humanBytes(expected));
    line += u", %1/s"_s.arg(CellText::humanBytes(qint64(speed)));
    if (expected > received && speed > 0)
        line += u", ETA %1"_s.arg(duration(qint64(double(expected - received) / speed * 1000)));
    if (failed > 0)
        line += u", %1 failed"_s.arg(failed);
    m_console->writeProgress(line);
}

void DownloadCommand::summarize() {
    m_progressTimer.stop();
    int done = 0;
    QStringList failures;
    qint64 bytes = 0;
    for (const DownloadItem &item : m_queue->items()) {
        if (item.state == DownloadState::Done) {
            ++done;
            bytes += std::max<qint64>(item.bytesExpected, 0);
        } else {
            failures << u"  %1: %2"_s.arg(item.seriesUid,
                                          item.error.isEmpty() ? u"not downloaded"_s : item.error);
        }
    }
    const int total = int(m_queue->items().size());
    QString summary = u"Downloaded %1 of %2 series (%3) to %4 in %5"_s.arg(done).arg(total).arg(
        CellText::humanBytes(bytes), QDir::toNativeSeparators(m_options.root),
        duration(m_clock.elapsed()));
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
