#include "downloadbench.h"

#include "ratioreporter.h"
#include "stallmeter.h"

#include <api/nbiaclient.h>
#include <download/downloadqueue.h>
#include <downloadspanel.h>
#include <emulatorserver.h>
#include <emulatorthread.h>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <ctime>
#include <memory>

namespace nbia::bench {

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

namespace {

const char *const cliName = "download/nbia-cli, 4 at once, MD5 checked";
const char *const baselineName = "download/curl -P 4 + unzip -P 4, getImage (baseline)";
const char *const hugeName = "download/nbia-cli, one 2 GB series";
const char *const windowName = "download/window queue, 4 at once (GUI stall)";
const char *const panelName = "download/Downloads panel, 10,000 rows, 6 running";

struct DownloadFixture {
    std::unique_ptr<EmulatorThread> emulator;
    QStringList series; // the resized ones, 50 MB each (small when quick)
    qint64 seriesBytes = 0;
    QString huge; // 2 GB; empty when quick
    qint64 hugeBytes = 0;
    QTemporaryDir work;
};

bool quickRun = false;

DownloadFixture &fixture() {
    static std::unique_ptr<DownloadFixture> data;
    if (data)
        return *data;
    data = std::make_unique<DownloadFixture>();
    const int count = quickRun ? 2 : 40;
    const int images = quickRun ? 20 : 380; // 131 kB each: 50 MB
    EmulatorOptions options;
    options.archive.seed = 3;
    options.archive.seriesCount = 2000;
    options.archive.resizedSeries = QList<int>(count, images);
    if (!quickRun)
        options.archive.resizedSeries << 16000; // 2 GB
    data->emulator = std::make_unique<EmulatorThread>(options);
    if (!data->emulator->start())
        return *data;
    int found = 0;
    for (const ArchiveSeries &s : data->emulator->server().archive().series()) {
        if (s.modality != "CT"_L1 || s.encoding != PixelEncoding::Uncompressed)
            continue;
        if (found++ < count) {
            data->series << s.uid;
            data->seriesBytes += s.totalSize();
        } else {
            data->huge = s.uid;
            data->hugeBytes = s.totalSize();
            break;
        }
    }
    return *data;
}

// The peak resident size (VmHWM) of a running process, in MB; 0 once it is gone.
double peakMegabytesOf(qint64 pid) {
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return 0;
}

QString freshFolder(const QString &name) {
    const QString path = fixture().work.filePath(name);
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    return path;
}

// Runs a program to its end; `peakMb` (if given) takes the largest peak resident size it
// reported while running (sampled every 50 ms: the child's own, not the fork of this process).
bool run(const QString &program, const QStringList &arguments, QString *error,
         double *peakMb = nullptr) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    // The emulator answers on its own thread: this one may block.
    bool finished = false;
    while (process.state() != QProcess::NotRunning && !finished) {
        if (peakMb)
            *peakMb = std::max(*peakMb, peakMegabytesOf(process.processId()));
        finished = process.waitForFinished(50);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAll().right(400));
        return false;
    }
    return true;
}

void downloadWithCli(benchmark::State &state, const QStringList &series, qint64 bytes) {
    DownloadFixture &data = fixture();
    if (series.isEmpty()) {
        state.SkipWithError("the emulator did not start");
        return;
    }
    QStringList arguments{u"--server"_s, data.emulator->serviceRoot().toString(),
                          u"download"_s, u"--layout"_s,
                          u"flat"_s,     u"--parallel"_s,
                          u"4"_s,        u"--out"_s};
    double peak = 0;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        state.PauseTiming();
        const QStringList all =
            arguments + QStringList{freshFolder(u"cli"_s), u"--series"_s} + series;
        state.ResumeTiming();
        QString error;
        if (!run(QStringLiteral(NBIA_CLI_EXECUTABLE), all, &error, &peak))
            state.SkipWithError(qPrintable(u"nbia-cli failed: "_s + error));
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["peak_MB"] = peak;
    QDir(fixture().work.filePath(u"cli"_s)).removeRecursively();
}

void cliDownload(benchmark::State &state) {
    downloadWithCli(state, fixture().series, fixture().seriesBytes);
}

void cliHugeDownload(benchmark::State &state) {
    downloadWithCli(state, {fixture().huge}, fixture().hugeBytes);
}

void curlBaseline(benchmark::State &state) {
    DownloadFixture &data = fixture();
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"unzip"_s).isEmpty()) {
        state.SkipWithError("curl or unzip is not installed");
        return;
    }
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        state.PauseTiming();
        const QString folder = freshFolder(u"curl"_s);
        QFile list(QDir(folder).filePath(u"urls.txt"_s));
        if (list.open(QIODevice::WriteOnly)) {
            for (const QString &uid : std::as_const(data.series)) {
                QUrl url = data.emulator->serviceRoot().resolved(
                    QUrl(ClientSettings().apiVersion + u"/getImage"_s));
                // What nbia-cli asks on the default version: the ZIP with its MD5 list.
                url.setQuery(u"IncludeMD5=Yes&SeriesInstanceUID="_s + uid);
                list.write((uid + u".zip "_s + url.toString() + u'\n').toUtf8());
            }
            list.close();
        }
        state.ResumeTiming();
        QString error;
        const QString script =
            u"cd '%1' && xargs -P 4 -n 2 curl -sSf -o < urls.txt && "
            u"ls *.zip | xargs -P 4 -I{} sh -c 'unzip -qo \"$1\" -d \"${1%%.zip}\"' _ {}"_s.arg(
                folder);
        if (!run(u"sh"_s, {u"-c"_s, script}, &error))
            state.SkipWithError(qPrintable(u"curl + unzip failed: "_s + error));
    }
    state.SetBytesProcessed(state.iterations() * data.seriesBytes);
    QDir(fixture().work.filePath(u"curl"_s)).removeRecursively();
}

// The window's own queue and downloads panel on this (the GUI) thread, 4 series at once.
void windowQueue(benchmark::State &state) {
    DownloadFixture &data = fixture();
    const QStringList series = data.series.mid(0, quickRun ? 2 : 8);
    qint64 bytes = 0;
    for (const ArchiveSeries &s : data.emulator->server().archive().series())
        bytes += series.contains(s.uid) ? s.totalSize() : 0;
    QNetworkAccessManager network;
    ClientSettings settings;
    settings.serviceRoot = data.emulator->serviceRoot();
    NbiaClient client(&network, settings);
    double stall = 0;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        DownloadOptions options;
        options.root = freshFolder(u"window"_s);
        options.layout = FolderLayout::Descriptive;
        DownloadQueue queue(&client, options);
        DownloadsPanel panel;
        panel.setQueue(&queue);
        panel.resize(1200, 300);
        panel.show();
        StallMeter meter;
        meter.start();
        QEventLoop loop;
        QObject::connect(&queue, &DownloadQueue::allFinished, &loop, &QEventLoop::quit);
        queue.add(series);
        loop.exec();
        stall = std::max(stall, meter.stop());
        if (queue.totals().done != int(series.size()))
            state.SkipWithError("not every series was downloaded");
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["stall_ms"] = stall;
    QDir(fixture().work.filePath(u"window"_s)).removeRecursively();
}

// The CPU time the calling thread has used, in nanoseconds.
qint64 threadCpuNanoseconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

void runEventLoopFor(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// What the GUI thread spends on a long queue while downloads run: 10,000 rows (300 when quick)
// in the Downloads panel, 6 of them downloading slowly enough to run throughout (the emulator
// throttles every archive). Once all 6 are under way: its CPU time over 3 s of wall time (0.5 s
// when quick), then its longest stall over as long again.
void panelQueue(benchmark::State &state) {
    const int rows = quickRun ? 300 : 10000;
    const int running = 6;
    const int windowMs = quickRun ? 500 : 3000;
    EmulatorOptions emulatorOptions;
    emulatorOptions.archive.seed = 5;
    emulatorOptions.archive.seriesCount = quickRun ? 400 : 12000;
    for (const QString &endpoint : {u"getImage"_s, u"getImageWithMD5Hash"_s}) {
        FaultRule slow;
        slow.endpoint = endpoint;
        slow.throttleBytesPerSecond = 64 * 1024;
        emulatorOptions.faults << slow;
    }
    EmulatorThread emulator(emulatorOptions);
    if (!emulator.start()) {
        state.SkipWithError("the emulator did not start");
        return;
    }
    // The largest first: none of the running ones finishes within the window.
    QList<const ArchiveSeries *> largest;
    for (const ArchiveSeries &s : emulator.server().archive().series())
        largest << &s;
    std::sort(largest.begin(), largest.end(), [](const ArchiveSeries *a, const ArchiveSeries *b) {
        return a->totalSize() > b->totalSize();
    });
    QStringList series;
    for (const ArchiveSeries *s : std::as_const(largest).mid(0, rows))
        series << s->uid;
    QNetworkAccessManager network;
    ClientSettings settings;
    settings.serviceRoot = emulator.serviceRoot();
    NbiaClient client(&network, settings);
    QTemporaryDir work;
    double cpuPercent = 0;
    double stall = 0;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        DownloadOptions options;
        options.root = work.filePath(u"panel"_s);
        options.layout = FolderLayout::Descriptive;
        options.parallel = running;
        DownloadQueue queue(&client, options);
        DownloadsPanel panel;
        panel.setQueue(&queue);
        panel.resize(1200, 400);
        panel.show();
        const auto allRunning = [&queue, running] {
            if (queue.runningCount() < running)
                return false;
            int receiving = 0;
            for (const DownloadItem &item : queue.items())
                receiving += item.state == DownloadState::Downloading && item.bytesReceived > 0;
            return receiving == running;
        };
        QEventLoop starting;
        // Not on each change: a scan of every row each time would weigh on the figures.
        QTimer check;
        check.setInterval(50);
        QObject::connect(&check, &QTimer::timeout, &starting, [&] {
            if (allRunning())
                starting.quit();
        });
        check.start();
        QTimer::singleShot(60000, &starting, &QEventLoop::quit);
        queue.add(series);
        starting.exec();
        check.stop();
        if (!allRunning()) {
            state.SkipWithError("the downloads did not all start within a minute");
            break;
        }

        // The CPU time first, then the stalls over as long again: the meter's own 1 ms timer
        // would cost this thread about 3% of a core.
        QElapsedTimer wall;
        wall.start();
        const qint64 cpuBefore = threadCpuNanoseconds();
        runEventLoopFor(windowMs);
        const qint64 cpu = threadCpuNanoseconds() - cpuBefore;
        cpuPercent = std::max(cpuPercent, 100.0 * double(cpu) / double(wall.nsecsElapsed()));
        StallMeter meter;
        meter.start();
        runEventLoopFor(windowMs);
        stall = std::max(stall, meter.stop());
        if (queue.items().size() != rows || queue.runningCount() != running)
            state.SkipWithError("the queue changed while it was measured");
        queue.pauseAll();
    }
    QDir(work.filePath(u"panel"_s)).removeRecursively();
    state.counters["gui_cpu_percent"] = cpuPercent;
    state.counters["stall_ms"] = stall;
}

} // namespace

void registerDownloadBenchmarks(bool quick) {
    quickRun = quick;
    // One pass each: a pass moves 2 GB.
    for (const auto &[name, function] :
         {std::pair{cliName, &cliDownload}, std::pair{baselineName, &curlBaseline}}) {
        benchmark::RegisterBenchmark(name, function)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1)
            ->UseRealTime();
    }
    if (!quick)
        benchmark::RegisterBenchmark(hugeName, cliHugeDownload)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1)
            ->UseRealTime();
    benchmark::RegisterBenchmark(windowName, windowQueue)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->UseRealTime();
    benchmark::RegisterBenchmark(panelName, panelQueue)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->UseRealTime();
}

void compareDownloadBenchmarks(RatioReporter &reporter) {
    reporter.compare(cliName, baselineName);
    reporter.target(
        {"downloads: longest GUI stall, 4 at once", windowName, "stall_ms", 50, "ms", {}});
    reporter.target({"downloads: GUI thread's CPU, 10,000 rows, 6 running",
                     panelName,
                     "gui_cpu_percent",
                     5,
                     "%",
                     {}});
    reporter.target({"downloads: longest GUI stall, 10,000 rows, 6 running",
                     panelName,
                     "stall_ms",
                     50,
                     "ms",
                     {}});
}

} // namespace nbia::bench
