// nbia-bench: speed figures of the API layer, the browser, the downloads and the emulator, each
// beside a floor or baseline measured in the same run. Options: --series N (archive size, default
// 125000: a 100,000-series collection),
// --quick (one short pass each), --check (exit 2 when a target is missed), plus Google
// Benchmark's own (--benchmark_filter, ...).
#include "benchfixture.h"
#include "downloadbench.h"
#include "ratioreporter.h"
#include "viewerbench.h"
#include "windowbench.h"

#include <api/nbiaclient.h>
#include <api/recordparser.h>
#include <dicomcodecs.h>
#include <emulatorserver.h>
#include <syntheticimagefactory.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>
#include <cstring>
#include <malloc.h>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

namespace {

using nbia::bench::Fixture;

Fixture *fixture = nullptr;

int argumentValue(int &argc, char **argv, const char *name, int fallback) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0) {
            const int value = std::atoi(argv[i + 1]);
            for (int j = i; j + 2 <= argc; ++j)
                argv[j] = argv[j + 2];
            argc -= 2;
            return value;
        }
    }
    return fallback;
}

bool removeFlag(int &argc, char **argv, const char *name) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0) {
            for (int j = i; j + 1 <= argc; ++j)
                argv[j] = argv[j + 1];
            --argc;
            return true;
        }
    }
    return false;
}

QByteArray fetch(const QUrl &url, qint64 *bytes = nullptr) {
    QNetworkReply *reply = fixture->network.get(QNetworkRequest(url));
    QByteArray body;
    qint64 total = 0;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        const QByteArray piece = reply->read(reply->bytesAvailable());
        total += piece.size();
        if (!bytes)
            body += piece;
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    total += reply->bytesAvailable();
    body += reply->readAll();
    reply->deleteLater();
    if (bytes)
        *bytes = total;
    return body;
}

void jsonFloor(benchmark::State &state) {
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        QJsonDocument document = QJsonDocument::fromJson(fixture->seriesBody);
        benchmark::DoNotOptimize(document);
    }
    state.SetItemsProcessed(state.iterations() * fixture->seriesCount);
    state.SetBytesProcessed(state.iterations() * fixture->seriesBody.size());
}

void parseSeries(benchmark::State &state) {
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        ApiResult<QList<Series>> series = RecordParser::records<Series>(fixture->seriesBody);
        if (series.value().size() != fixture->seriesCount)
            state.SkipWithError("wrong series count");
        benchmark::DoNotOptimize(series);
    }
    state.SetItemsProcessed(state.iterations() * fixture->seriesCount);
    state.SetBytesProcessed(state.iterations() * fixture->seriesBody.size());
}

void clientSeries(benchmark::State &state) {
    ClientSettings settings;
    settings.serviceRoot = fixture->emulator->serviceRoot();
    NbiaClient client(&fixture->network, settings);
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        // As the transfer floor it is compared with: freed pages go back first.
        state.PauseTiming();
        malloc_trim(0);
        state.ResumeTiming();
        QEventLoop loop;
        qsizetype received = 0;
        client.series({fixture->collection, {}, {}, {}, {}, {}, {}, {}}, &loop,
                      [&](const ApiResult<QList<Series>> &result) {
                          received = result.value().size();
                          loop.quit();
                      });
        loop.exec();
        if (received != fixture->seriesCount)
            state.SkipWithError("wrong series count");
    }
    state.SetItemsProcessed(state.iterations() * fixture->seriesCount);
    state.SetBytesProcessed(state.iterations() * fixture->seriesBody.size());
}

void imagesInMemoryFloor(benchmark::State &state) {
    const SyntheticArchive &archive = fixture->server->archive();
    const ArchiveSeries &series = archive.series()[fixture->imageSeries];
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        for (int i = 1; i <= series.imageCount; ++i) {
            QByteArray file =
                SyntheticImageFactory::makeFile(archive.imageSpec(fixture->imageSeries, i));
            benchmark::DoNotOptimize(file);
        }
    }
    state.SetItemsProcessed(state.iterations() * series.imageCount);
    state.SetBytesProcessed(state.iterations() * series.totalSize());
}

void emulatorGetImage(benchmark::State &state) {
    const ArchiveSeries &series = fixture->server->archive().series()[fixture->imageSeries];
    QUrl url = fixture->emulator->serviceRoot().resolved(
        QUrl(ClientSettings().apiVersion + u"/getImage"_s));
    url.setQuery(u"SeriesInstanceUID="_s + series.uid);
    qint64 bytes = 0;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state)
        fetch(url, &bytes);
    // Bytes of DICOM delivered, as the floor counts them; the ZIP itself is smaller.
    state.SetItemsProcessed(state.iterations() * series.imageCount);
    state.SetBytesProcessed(state.iterations() * series.totalSize());
    state.counters["zip_bytes"] = double(bytes);
}

} // namespace

namespace nbia::bench {
Fixture &sharedFixture() {
    return *fixture;
}
} // namespace nbia::bench

int main(int argc, char **argv) {
    const int seriesCount = argumentValue(argc, argv, "--series", 125000);
    // --quick: one short pass of each benchmark (the smoke test); otherwise at least 2 s each.
    const bool quick = removeFlag(argc, argv, "--quick");
    // --check: exits non-zero (2) when a target is missed; the targets are printed either way.
    const bool check = removeFlag(argc, argv, "--check");
    // A benchmark that always reports an error: checks that an error fails the run.
    if (removeFlag(argc, argv, "--selftest-error"))
        benchmark::RegisterBenchmark("selftest/reports an error", [](benchmark::State &state) {
            for (auto _ : state)
                state.SkipWithError("as asked by --selftest-error");
        });
    const double minTime = quick ? 0.01 : 2.0;
    QApplication app(argc, argv); // the browser benchmarks drive real views
    const DicomCodecs codecs(DicomCodecs::Mode::DecodeAndEncode);

    QElapsedTimer timer;
    timer.start();
    Fixture data;
    fixture = &data;
    EmulatorOptions options;
    options.archive.seriesCount = seriesCount;
    data.emulator = std::make_unique<EmulatorThread>(options);
    if (!data.emulator->start()) {
        std::fprintf(stderr, "nbia-bench: cannot start the emulator\n");
        return 1;
    }
    data.server = &data.emulator->server();
    const SyntheticArchive &archive = data.server->archive();
    std::printf("Synthetic archive of %lld series made in %lld ms\n",
                static_cast<long long>(archive.series().size()),
                static_cast<long long>(timer.elapsed()));

    qsizetype largest = 0;
    for (qsizetype i = 1; i < archive.collections().size(); ++i) {
        if (archive.collections()[i].patientCount > archive.collections()[largest].patientCount)
            largest = i;
    }
    data.collection = archive.collections()[largest].name;
    QUrl url =
        data.emulator->serviceRoot().resolved(QUrl(ClientSettings().apiVersion + u"/getSeries"_s));
    url.setQuery(u"Collection="_s + data.collection);
    data.seriesBody = fetch(url);
    data.seriesCount = RecordParser::records<Series>(data.seriesBody).value().size();
    for (qsizetype i = 0; i < archive.series().size(); ++i) {
        if (archive.series()[i].imageCount > archive.series()[data.imageSeries].imageCount &&
            archive.series()[i].encoding == PixelEncoding::Uncompressed)
            data.imageSeries = i;
    }
    std::printf("getSeries of %s: %lld series, %.1f MB of JSON\n", qPrintable(data.collection),
                static_cast<long long>(data.seriesCount), double(data.seriesBody.size()) / 1e6);

    benchmark::RegisterBenchmark("getSeries/QJsonDocument::fromJson (floor)", jsonFloor)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(minTime);
    benchmark::RegisterBenchmark("getSeries/RecordParser::records<Series>", parseSeries)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(minTime);
    // Wall time: part of the work happens in the emulator and on worker threads. A few seconds
    // more, as the time the emulator takes to build the body varies from one request to the next.
    benchmark::RegisterBenchmark("getSeries/NbiaClient::series", clientSeries)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(nbia::bench::requestMinTime(minTime))
        ->UseRealTime();
    benchmark::RegisterBenchmark("getImage/make the images in memory (floor)", imagesInMemoryFloor)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(minTime);
    benchmark::RegisterBenchmark("getImage/emulator over HTTP (ZIP)", emulatorGetImage)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(minTime)
        ->UseRealTime();

    nbia::bench::registerWindowBenchmarks(quick);
    nbia::bench::registerDownloadBenchmarks(quick);
    nbia::bench::registerViewerBenchmarks(quick);

    benchmark::Initialize(&argc, argv);
    nbia::bench::RatioReporter reporter;
    reporter.compare("getSeries/RecordParser::records<Series>",
                     "getSeries/QJsonDocument::fromJson (floor)");
    // Beside the transfer alone: the client parses while the bytes arrive.
    reporter.compare("getSeries/NbiaClient::series",
                     quick ? "window small/getSeries transfer alone (floor)"
                           : "window 100k/getSeries transfer alone (floor)");
    reporter.compare("getImage/emulator over HTTP (ZIP)",
                     "getImage/make the images in memory (floor)");
    nbia::bench::compareDownloadBenchmarks(reporter);
    nbia::bench::compareViewerBenchmarks(reporter);
    nbia::bench::setWindowTargets(reporter, quick);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    // A benchmark that could not measure (a wrong count, a failed download) fails the suite:
    // its figure would be missing, not good.
    if (!reporter.errors().empty())
        return 1;
    return check && reporter.failedTargets() > 0 ? 2 : 0;
}
