#include "browserbench.h"

#include "benchfixture.h"
#include "ratioreporter.h"
#include "stallmeter.h"

#include <api/nbiaclient.h>
#include <api/recordparser.h>
#include <model/archivetreenode.h>
#include <model/filterscope.h>
#include <model/seriescatalog.h>
#include <model/seriestablemodel.h>
#include <serieslistpanel.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTableView>

#include <malloc.h>

#include <algorithm>
#include <cstdio>

namespace nbia::bench {

namespace {

constexpr const char *openFloor = "getSeries/HTTP fetch + fromJson (floor)";
constexpr const char *openLevel = "browser/open the series level (series list)";
constexpr const char *filterFloor = "browser/count the series a filter accepts (floor)";
constexpr const char *refilter = "browser/re-filter the series list";
constexpr const char *rescope = "browser/re-scope the tree (every patient row of the collection)";
constexpr const char *grouping = "browser/group a collection's series by patient, study (once)";
constexpr const char *sortFloor = "browser/std::sort by description, string compares (baseline)";
constexpr const char *resort = "browser/re-sort the series list";

ClientSettings clientSettings() {
    ClientSettings settings;
    settings.serviceRoot = sharedFixture().emulator->serviceRoot();
    return settings;
}

// The series list as the window shows it: a table view over the model, sorted by patient.
struct SeriesList {
    SeriesTableModel model;
    QTableView view;
    QList<Series> series;

    SeriesList() {
        series = RecordParser::records<Series>(sharedFixture().seriesBody).value();
        view.setModel(&model);
        view.setSortingEnabled(true);
        view.sortByColumn(int(SeriesTableModel::Column::Patient), Qt::AscendingOrder);
        view.resize(1000, 700);
        view.show();
        model.setSeries(sharedFixture().collection, series);
        QCoreApplication::processEvents();
    }
};

ArchiveFilter ctFilter() {
    ArchiveFilter filter;
    filter.modalities = {QStringLiteral("CT")};
    return filter;
}

void openSeriesLevel(benchmark::State &state) {
    Fixture &data = sharedFixture();
    NbiaClient client(&data.network, clientSettings());
    double longestStall = 0;
    StallMeter stalls;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        SeriesCatalog catalog(&client);
        SeriesListPanel panel(&catalog);
        panel.resize(1000, 700);
        panel.show();
        QEventLoop loop;
        QObject::connect(&catalog, &SeriesCatalog::loaded, &loop, &QEventLoop::quit);
        QObject::connect(&catalog, &SeriesCatalog::failed, &loop, &QEventLoop::quit);
        stalls.start();
        panel.setCollection(data.collection);
        loop.exec();
        QCoreApplication::processEvents(); // the view lays out and paints the first rows
        longestStall = std::max(longestStall, stalls.stop());
        if (panel.view()->model()->rowCount() != data.seriesCount)
            state.SkipWithError("wrong series count");
    }
    state.SetItemsProcessed(state.iterations() * data.seriesCount);
    state.SetBytesProcessed(state.iterations() * data.seriesBody.size());
    state.counters["longest_stall_ms"] = longestStall;
}

void countAccepted(benchmark::State &state) {
    const QList<Series> series = RecordParser::records<Series>(sharedFixture().seriesBody).value();
    const ArchiveFilter filter = ctFilter();
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        const auto accepted =
            std::count_if(series.cbegin(), series.cend(),
                          [&filter](const Series &s) { return filter.accepts(s); });
        benchmark::DoNotOptimize(accepted);
    }
    state.SetItemsProcessed(state.iterations() * series.size());
}

void refilterSeries(benchmark::State &state) {
    SeriesList list;
    bool narrow = true;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        list.model.setFilter(narrow ? ctFilter() : ArchiveFilter{}); // in turn: CT only, all
        narrow = !narrow;
    }
    state.SetItemsProcessed(state.iterations() * list.series.size());
}

void groupSeries(benchmark::State &state) {
    const QList<Series> series = RecordParser::records<Series>(sharedFixture().seriesBody).value();
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        SeriesGroups groups(series);
        benchmark::DoNotOptimize(groups);
    }
    state.SetItemsProcessed(state.iterations() * series.size());
}

// What a new filter costs the tree: a look at every patient row of the collection, as if all
// were loaded.
void rescopeTree(benchmark::State &state) {
    const QList<Series> series = RecordParser::records<Series>(sharedFixture().seriesBody).value();
    ArchiveTreeNode collection;
    collection.kind = ArchiveTreeNode::Kind::Collection;
    collection.record = sharedFixture().collection;
    std::vector<std::unique_ptr<ArchiveTreeNode>> patients;
    QSet<QString> seen;
    for (const Series &s : series) {
        if (seen.contains(s.patientId))
            continue;
        seen.insert(s.patientId);
        auto node = std::make_unique<ArchiveTreeNode>();
        node->kind = ArchiveTreeNode::Kind::Patient;
        node->parent = &collection;
        Patient patient;
        patient.patientId = s.patientId;
        node->record = patient;
        patients.push_back(std::move(node));
    }
    FilterScope scope(ctFilter());
    scope.add(sharedFixture().collection, std::make_shared<const SeriesGroups>(series));
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        qsizetype kept = 0;
        for (const auto &patient : patients)
            kept += scope.mayHoldAccepted(*patient) ? 1 : 0;
        benchmark::DoNotOptimize(kept);
    }
    state.SetItemsProcessed(state.iterations() * series.size());
}

void sortFloorBenchmark(benchmark::State &state) {
    const QList<Series> series = RecordParser::records<Series>(sharedFixture().seriesBody).value();
    std::vector<int> rows(size_t(series.size()));
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        std::iota(rows.begin(), rows.end(), 0);
        std::sort(rows.begin(), rows.end(), [&series](int l, int r) {
            return QString::compare(series[l].seriesDescription, series[r].seriesDescription,
                                    Qt::CaseInsensitive) < 0;
        });
        benchmark::DoNotOptimize(rows.data());
    }
    state.SetItemsProcessed(state.iterations() * series.size());
}

void resortSeries(benchmark::State &state) {
    SeriesList list;
    bool byDescription = true;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        // In turn: description A→Z, size largest first, as a user clicks on headers.
        if (byDescription)
            list.view.sortByColumn(int(SeriesTableModel::Column::Description), Qt::AscendingOrder);
        else
            list.view.sortByColumn(int(SeriesTableModel::Column::Size), Qt::DescendingOrder);
        byDescription = !byDescription;
    }
    state.SetItemsProcessed(state.iterations() * list.series.size());
}

size_t heapInUse() {
    return mallinfo2().uordblks;
}

} // namespace

void registerBrowserBenchmarks(double minTime) {
    benchmark::RegisterBenchmark(openLevel, openSeriesLevel)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(requestMinTime(minTime))
        ->UseRealTime();
    benchmark::RegisterBenchmark(filterFloor, countAccepted)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(minTime);
    benchmark::RegisterBenchmark(refilter, refilterSeries)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(minTime);
    benchmark::RegisterBenchmark(grouping, groupSeries)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(minTime);
    benchmark::RegisterBenchmark(rescope, rescopeTree)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(minTime);
    benchmark::RegisterBenchmark(sortFloor, sortFloorBenchmark)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(minTime);
    benchmark::RegisterBenchmark(resort, resortSeries)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(minTime);
}

void compareBrowserBenchmarks(RatioReporter &reporter) {
    reporter.compare(openLevel, openFloor);
    reporter.compare(refilter, filterFloor);
    reporter.compare(rescope, filterFloor);
    reporter.compare(grouping, filterFloor);
    reporter.compare(resort, sortFloor);
}

// Heap held by a loaded collection (its series, shown sorted in the series list, and grouped
// for the tree), per series,
// beside the size of the JSON the archive sent for it. The series are parsed on this thread for
// the measure: the client parses on a worker thread, whose heap arena mallinfo2 does not see.
void printBrowserMemory() {
    Fixture &data = sharedFixture();
    malloc_trim(0);
    const size_t before = heapInUse();
    {
        SeriesTableModel model;
        model.sort(int(SeriesTableModel::Column::Patient));
        model.setSeries(data.collection, RecordParser::records<Series>(data.seriesBody).value());
        const SeriesGroups groups(model.series());
        malloc_trim(0);
        const double held = double(heapInUse()) - double(before);
        const double perSeries = held / double(model.series().size());
        const double jsonPerSeries = double(data.seriesBody.size()) / double(data.seriesCount);
        std::printf(
            "Memory of a loaded %lld-series collection (records, sorted series list, groups): "
            "%.0f bytes per series; its JSON: %.0f bytes per series; "
            "on top of the JSON: %.0f bytes per series (target < 1024)\n",
            static_cast<long long>(model.series().size()), perSeries, jsonPerSeries,
            perSeries - jsonPerSeries);
    }
}

} // namespace nbia::bench
