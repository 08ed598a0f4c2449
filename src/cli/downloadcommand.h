#pragma once

#include "parsedarguments.h"

#include <download/downloadoptions.h>
#include <download/ratemeter.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace nbia {
class DownloadQueue;
class ReferenceExpansion;
class NbiaClient;
} // namespace nbia

namespace nbia::cli {

class Console;

// `nbia-cli download`: the series (given, from a manifest's own archive or a shared list,
// optionally one shard of them, with the series SEG/RTSTRUCT ones are drawn on) into a download
// folder through the DownloadQueue, a status line on a terminal, a line per finished series
// otherwise, and a summary. Finishes with Failure when any series failed.
class DownloadCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadCommand)

public:
    DownloadCommand(NbiaClient *client, Console *console, ParsedArguments arguments,
                    QObject *parent = nullptr);
    ~DownloadCommand() override;

    void start();

    // The series of shard `index` of `count` (index taken modulo count): every count-th series
    // of the list without repeats, so that the shards are disjoint and together are the list.
    static QStringList shard(const QStringList &seriesUids, int index, int count);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void download(const QStringList &seriesUids);
    void queue(const QStringList &seriesUids);
    void onRowChanged(int row);
    void showProgress();
    void summarize();
    void finish(int exitCode);

    NbiaClient *m_client;
    Console *m_console;
    ParsedArguments m_arguments;
    DownloadOptions m_options;
    std::unique_ptr<DownloadQueue> m_queue;
    QPointer<ReferenceExpansion> m_expansion; // --with-references
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    RateMeter m_rate;
    int m_reported = 0; // finished rows told so far
    bool m_finished = false;
};

} // namespace nbia::cli
