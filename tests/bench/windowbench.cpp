#include "windowbench.h"

#include "benchfixture.h"
#include "ratioreporter.h"
#include "stallmeter.h"

#include <api/apicall.h>
#include <api/nbiaclient.h>
#include <archivepanel.h>
#include <download/downloadqueue.h>
#include <downloadcontroller.h>
#include <emulatorserver.h>
#include <emulatorthread.h>
#include <filterpanel.h>
#include <mainwindow.h>
#include <model/archivefilterproxymodel.h>
#include <model/archivetreemodel.h>
#include <model/seriescatalog.h>
#include <model/seriestablemodel.h>
#include <serieslistpanel.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QNetworkReply>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <benchmark/benchmark.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace nbia::bench {

using namespace Qt::StringLiterals;
using emulator::EmulatorThread;

namespace {

// An archive the window is measured on: the shared fixture's (a 100,000-series collection) or
// one made for a 300,000-series collection.
struct WindowArchive {
    std::string label;   // "100k"
    int seriesCount = 0; // of the whole archive, for the emulator
    std::unique_ptr<EmulatorThread> own;
    EmulatorThread *emulator = nullptr;
    QString collection;
    qint64 jsonBytes = 0; // its getSeries body
    qsizetype collectionSeries = 0;

    bool start() {
        if (emulator)
            return true;
        if (seriesCount == 0) {
            emulator = sharedFixture().emulator.get();
        } else {
            emulator::EmulatorOptions options;
            options.archive.seriesCount = seriesCount;
            own = std::make_unique<EmulatorThread>(options);
            if (!own->start())
                return false;
            emulator = own.get();
        }
        const auto &collections = emulator->server().archive().collections();
        qsizetype largest = 0;
        for (qsizetype i = 1; i < collections.size(); ++i) {
            if (collections[i].patientCount > collections[largest].patientCount)
                largest = i;
        }
        collection = collections[largest].name;
        return true;
    }
};

std::vector<std::unique_ptr<WindowArchive>> archives;

// Runs the event loop until `done` holds, checked every millisecond; false after `timeoutMs`.
bool runUntil(const std::function<bool()> &done, int timeoutMs = 300000) {
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    check.start();
    return loop.exec() == 0;
}

// The last time a widget painted, on a clock started by the caller.
class PaintClock final : public QObject {
public:
    // `ready`: what must hold at a paint for readyPaintNs().
    PaintClock(QWidget *widget, const QElapsedTimer &clock, std::function<bool()> ready = {})
        : m_clock(clock)
        , m_ready(std::move(ready)) {
        widget->installEventFilter(this);
    }
    [[nodiscard]] qint64 lastPaintNs() const { return m_last; }
    // The first paint with `ready` true (-1: none yet).
    [[nodiscard]] qint64 readyPaintNs() const { return m_firstReady; }

protected:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::Paint) {
            m_last = m_clock.nsecsElapsed();
            if (m_firstReady < 0 && m_ready && m_ready())
                m_firstReady = m_last;
        }
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    std::function<bool()> m_ready;
    qint64 m_last = -1;
    qint64 m_firstReady = -1;
};

double ms(qint64 ns) {
    return double(ns) / 1e6;
}

qint64 residentBytes() {
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

// The window as nbia-browser makes it (without settings), at a laptop's size, with the
// archive's collections listed.
struct Window {
    QNetworkAccessManager network;
    NbiaClient client;
    MainWindow main;

    explicit Window(const QUrl &serviceRoot)
        : client(&network, settingsFor(serviceRoot))
        , main(&client) {
        main.setWindowState(Qt::WindowNoState);
        main.resize(1366, 768);
        main.show();
        runUntil([this] { return tree()->model()->rowCount() > 0; });
    }

    static ClientSettings settingsFor(const QUrl &serviceRoot) {
        ClientSettings settings;
        settings.serviceRoot = serviceRoot;
        return settings;
    }

    [[nodiscard]] QTreeView *tree() const { return main.archivePanel()->view(); }
    [[nodiscard]] QTableView *list() const { return main.seriesListPanel()->view(); }
    [[nodiscard]] SeriesTableModel *listModel() const { return main.seriesListPanel()->model(); }

    [[nodiscard]] QModelIndex collectionRow(const QString &name) const {
        const QAbstractItemModel *model = tree()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == name)
                return model->index(row, 0);
        }
        return {};
    }

    // As a user does: clicks the collection in the tree, opens it, and looks at its series.
    void open(const QString &collection) {
        const QModelIndex row = collectionRow(collection);
        tree()->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        tree()->expand(row);
        main.showTab(1);
    }

    [[nodiscard]] bool seriesListed(const QString &collection) const {
        const QList<Series> *series = main.catalog()->series(collection);
        return series && listModel()->collection() == collection &&
               listModel()->series().size() == series->size() && listModel()->rowCount() > 0;
    }

    [[nodiscard]] bool treeScoped(const QString &collection) const {
        return main.catalog()->groups(collection) != nullptr &&
               tree()->model()->rowCount(collectionRow(collection)) > 0;
    }
};

// The window of each archive opened on its collection once, for the scenarios after the open.
std::map<std::string, std::unique_ptr<Window>> openedWindows;

Window &openedWindow(WindowArchive &archive) {
    archive.start();
    std::unique_ptr<Window> &window = openedWindows[archive.label];
    if (!window) {
        window = std::make_unique<Window>(archive.emulator->serviceRoot());
        window->open(archive.collection);
        runUntil([&] {
            return window->seriesListed(archive.collection) &&
                   window->treeScoped(archive.collection) &&
                   window->main.filterPanel()->counts().has_value();
        });
    }
    return *window;
}

ArchiveFilter ctFilter() {
    ArchiveFilter filter;
    filter.modalities = {u"CT"_s};
    return filter;
}

std::string name(const WindowArchive &archive, const char *what) {
    return "window " + archive.label + "/" + what;
}

// getSeries of the collection, its bytes read and dropped: no client can list the series
// sooner.
void transferFloor(benchmark::State &state, WindowArchive *archive) {
    if (!archive->start()) {
        state.SkipWithError("the emulator did not start");
        return;
    }
    QNetworkAccessManager network;
    QUrl url = archive->emulator->serviceRoot().resolved(
        QUrl(ClientSettings().apiVersion + u"/getSeries"_s));
    url.setQuery(u"Collection="_s + archive->collection);
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        // As before an open: freed pages go back, and the emulator's next body takes them anew.
        state.PauseTiming();
        malloc_trim(0);
        state.ResumeTiming();
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        // As the client reads: a bounded buffer, whose pages are used again (an unbounded one
        // takes fresh pages while the GUI thread is behind), and its own blocks, not copies.
        reply->setReadBufferSize(ApiCall::readBufferBytes);
        qint64 bytes = 0;
        QObject::connect(reply, &QNetworkReply::readyRead, reply,
                         [&] { bytes += reply->read(reply->bytesAvailable()).size(); });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        bytes += reply->readAll().size();
        if (reply->error() != QNetworkReply::NoError)
            state.SkipWithError("getSeries failed");
        reply->deleteLater();
        archive->jsonBytes = bytes;
    }
    state.SetBytesProcessed(state.iterations() * archive->jsonBytes);
}

// From the click on the collection to its series painted in the list (the wall time), then
// the filter counts and the tree's scope; the resident size it added, per series.
void openCollection(benchmark::State &state, WindowArchive *archive) {
    if (!archive->start()) {
        state.SkipWithError("the emulator did not start");
        return;
    }
    double stall = 0, counts = 0, scope = 0, perSeries = 0;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        state.PauseTiming();
        openedWindows.erase(archive->label); // its memory is not counted twice
        auto window = std::make_unique<Window>(archive->emulator->serviceRoot());
        QCoreApplication::processEvents();
        malloc_trim(0);
        const qint64 residentBefore = residentBytes();
        QElapsedTimer clock;
        // The list's first paint with the series in it (they may land and be painted between
        // two checks below).
        PaintClock paints(window->list()->viewport(), clock,
                          [&] { return window->seriesListed(archive->collection); });
        StallMeter meter;
        state.ResumeTiming();
        clock.start();
        meter.start();
        window->open(archive->collection);
        qint64 rowsAt = -1, countsAt = -1, scopeAt = -1;
        const bool done = runUntil([&] {
            const qint64 now = clock.nsecsElapsed();
            if (rowsAt < 0)
                rowsAt = paints.readyPaintNs();
            if (countsAt < 0 && window->main.filterPanel()->counts())
                countsAt = now;
            if (scopeAt < 0 && window->treeScoped(archive->collection))
                scopeAt = now;
            return rowsAt >= 0 && countsAt >= 0 && scopeAt >= 0;
        });
        stall = std::max(stall, meter.stop());
        state.SetIterationTime(double(rowsAt) / 1e9);
        if (!done) {
            state.SkipWithError("the collection did not open");
            return;
        }
        counts = std::max(counts, ms(countsAt - rowsAt));
        scope = std::max(scope, ms(scopeAt - rowsAt));
        archive->collectionSeries = window->listModel()->series().size();
        state.PauseTiming();
        malloc_trim(0);
        // The largest growth: a later open can reuse pages an earlier window left behind.
        perSeries = std::max(perSeries, double(residentBytes() - residentBefore) /
                                            double(archive->collectionSeries));
        openedWindows[archive->label] = std::move(window);
        state.ResumeTiming();
    }
    state.counters["stall_ms"] = stall;
    state.counters["counts_after_ms"] = counts;
    state.counters["scope_after_ms"] = scope;
    state.counters["resident_B_per_series"] = perSeries;
    const double jsonPerSeries =
        archive->collectionSeries ? double(archive->jsonBytes) / double(archive->collectionSeries)
                                  : 0;
    state.counters["json_B_per_series"] = jsonPerSeries;
    state.counters["over_json_B_per_series"] = perSeries - jsonPerSeries;
    state.counters["series"] = double(archive->collectionSeries);
}

// The same filter's pass over the same records: no re-filter can be quicker.
void filterFloor(benchmark::State &state, WindowArchive *archive) {
    const QList<Series> series =
        *openedWindow(*archive).main.catalog()->series(archive->collection);
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

QListWidgetItem *modalityItem(const Window &window, const QString &modality) {
    QListWidget *list = window.main.filterPanel()->list(FilterPanel::List::Modalities);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == modality)
            return list->item(row);
    }
    return nullptr;
}

// Checks CT in the modality list, as a user does, until the list, the counts and the tree
// follow; then clears it. The wall time is the check's.
void checkFilter(benchmark::State &state, WindowArchive *archive) {
    Window &window = openedWindow(*archive);
    const QList<Series> &series = *window.main.catalog()->series(archive->collection);
    const ArchiveFilter filter = ctFilter();
    const auto ctSeries = std::count_if(series.cbegin(), series.cend(),
                                        [&filter](const Series &s) { return filter.accepts(s); });
    QListWidgetItem *ct = modalityItem(window, u"CT"_s);
    if (!ct) {
        state.SkipWithError("no CT in the modality list");
        return;
    }
    double stall = 0, clear = 0;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        StallMeter meter;
        meter.start();
        QElapsedTimer clock;
        clock.start();
        const auto settled = [&](qsizetype rows, const ArchiveFilter &wanted) {
            return runUntil([&] {
                return window.listModel()->rowCount() == rows &&
                       window.listModel()->filter() == wanted &&
                       window.main.archivePanel()->proxy()->filter() == wanted &&
                       window.main.filterPanel()->counts().has_value();
            });
        };
        ct->setCheckState(Qt::Checked);
        const bool checked = settled(ctSeries, filter);
        state.SetIterationTime(clock.nsecsElapsed() / 1e9);
        clock.restart();
        ct->setCheckState(Qt::Unchecked);
        const bool cleared = settled(series.size(), ArchiveFilter{});
        clear = std::max(clear, ms(clock.nsecsElapsed()));
        stall = std::max(stall, meter.stop());
        if (!checked || !cleared) {
            state.SkipWithError("the filter did not apply");
            return;
        }
    }
    state.counters["clear_ms"] = clear;
    state.counters["stall_ms"] = stall;
}

// Types a patient ID's first characters into the series list's search, 150 ms apart as a quick
// typist does; the wall time is from the last key to the rows that match.
void typeSearch(benchmark::State &state, WindowArchive *archive) {
    Window &window = openedWindow(*archive);
    QLineEdit *search = window.main.seriesListPanel()->findChild<QLineEdit *>();
    const QString text =
        window.listModel()->seriesAt(window.listModel()->rowCount() / 2).patientId.left(6);
    qsizetype matching = 0;
    for (const Series &s : window.listModel()->series())
        matching += s.patientId.contains(text, Qt::CaseInsensitive) ? 1 : 0;
    double stall = 0;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        StallMeter meter;
        meter.start();
        QElapsedTimer clock;
        int typed = 0;
        QTimer keys;
        keys.setInterval(150);
        QObject::connect(&keys, &QTimer::timeout, &keys, [&] {
            QTest::keyClick(search, text.at(typed++).toLatin1());
            if (typed == text.size()) {
                keys.stop();
                clock.start();
            }
        });
        keys.start();
        const bool found = runUntil([&] {
            return typed == text.size() && window.listModel()->searchText() == text &&
                   window.listModel()->rowCount() <= matching;
        });
        state.SetIterationTime(clock.nsecsElapsed() / 1e9);
        search->clear();
        runUntil(
            [&] { return window.listModel()->rowCount() == window.listModel()->series().size(); });
        stall = std::max(stall, meter.stop());
        if (!found) {
            state.SkipWithError("the search did not apply");
            return;
        }
    }
    state.counters["stall_ms"] = stall;
}

// A cold sort of the same series by description with string compares: the work a first click
// on a text column cannot avoid.
void sortFloor(benchmark::State &state, WindowArchive *archive) {
    const QList<Series> series =
        *openedWindow(*archive).main.catalog()->series(archive->collection);
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

// A click on a header, until the view is sorted that way and painted.
double clickHeader(QAbstractItemView *view, QHeaderView *header, int column, Qt::SortOrder order,
                   const std::function<bool()> &sorted) {
    QElapsedTimer clock;
    clock.start();
    PaintClock paints(view->viewport(), clock);
    header->setSortIndicator(column, order);
    runUntil([&] { return sorted() && paints.lastPaintNs() >= 0; });
    return ms(paints.lastPaintNs());
}

// Every sortable column of the series list and of the tree (its collection open), first
// clicked and clicked again; the wall time is the slowest first click of the series list.
void sortColumns(benchmark::State &state, WindowArchive *archive) {
    if (!archive->start()) {
        state.SkipWithError("the emulator did not start");
        return;
    }
    double stall = 0, firstList = 0, laterList = 0, firstTree = 0, laterTree = 0;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        state.PauseTiming();
        // A window of its own: each column's first click is a first click.
        Window fresh(archive->emulator->serviceRoot());
        fresh.open(archive->collection);
        runUntil([&] {
            return fresh.seriesListed(archive->collection) && fresh.treeScoped(archive->collection);
        });
        state.ResumeTiming();
        StallMeter meter;
        meter.start();
        SeriesTableModel *model = fresh.listModel();
        QHeaderView *listHeader = fresh.list()->horizontalHeader();
        for (int column = 0; column < SeriesTableModel::columnTotal; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const double took = clickHeader(fresh.list(), listHeader, column, order, [&] {
                    return model->sortColumn() == column && model->sortOrder() == order;
                });
                double &slowest = order == Qt::AscendingOrder ? firstList : laterList;
                slowest = std::max(slowest, took);
            }
        }
        fresh.main.showTab(0);
        runUntil([] { return true; });
        QHeaderView *treeHeader = fresh.tree()->header();
        const auto *proxy = fresh.main.archivePanel()->proxy();
        for (int column = 0; column < treeHeader->count(); ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const double took = clickHeader(fresh.tree(), treeHeader, column, order, [&] {
                    return proxy->sortColumn() == column && proxy->sortOrder() == order;
                });
                double &slowest = order == Qt::AscendingOrder ? firstTree : laterTree;
                slowest = std::max(slowest, took);
            }
        }
        stall = std::max(stall, meter.stop());
        state.SetIterationTime(firstList / 1e3);
    }
    state.counters["later_click_ms"] = laterList;
    state.counters["tree_first_click_ms"] = firstTree;
    state.counters["tree_later_click_ms"] = laterTree;
    state.counters["stall_ms"] = stall;
}

// Ctrl+A in the series list, until the status bar totals every series.
void selectAll(benchmark::State &state, WindowArchive *archive) {
    Window &window = openedWindow(*archive);
    const QString count = QLocale().toString(window.listModel()->rowCount());
    const QString plainCount = QString::number(window.listModel()->rowCount());
    double stall = 0;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        window.list()->clearSelection();
        runUntil([&] { return window.main.selectionStatus().isEmpty(); });
        StallMeter meter;
        meter.start();
        QElapsedTimer clock;
        clock.start();
        window.list()->setFocus();
        QTest::keyClick(window.list(), Qt::Key_A, Qt::ControlModifier);
        const bool totalled = runUntil([&] {
            const QString status = window.main.selectionStatus();
            return (status.contains(count) || status.contains(plainCount)) &&
                   !status.contains(u"…"_s);
        });
        state.SetIterationTime(clock.nsecsElapsed() / 1e9);
        stall = std::max(stall, meter.stop());
        if (!totalled) {
            state.SkipWithError("the selection was not totalled");
            return;
        }
    }
    window.list()->clearSelection();
    state.counters["stall_ms"] = stall;
}

// 10,000 series of the list selected, then Download selection, until the Downloads panel holds
// them; the queue is paused at once (the downloads themselves are measured elsewhere).
void downloadSelection(benchmark::State &state, WindowArchive *archive) {
    Window &window = openedWindow(*archive);
    const int count = std::min(10000, window.listModel()->rowCount());
    QTemporaryDir folder;
    double stall = 0;
    // NOLINTNEXTLINE(clang-analyzer-deadcode.DeadStores): Google Benchmark idiom
    for (auto _ : state) {
        const QItemSelection rows(window.listModel()->index(0, 0),
                                  window.listModel()->index(count - 1, 0));
        window.list()->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
        runUntil([&] { return !window.main.selectionStatus().isEmpty(); });
        DownloadQueue *queue = window.main.downloads()->queue();
        const int before = int(queue->items().size());
        StallMeter meter;
        meter.start();
        QElapsedTimer clock;
        clock.start();
        const bool queued = window.main.downloadSelection(folder.path());
        queue->pauseAll();
        runUntil([] { return true; }); // the panel shows the rows
        state.SetIterationTime(clock.nsecsElapsed() / 1e9);
        stall = std::max(stall, meter.stop());
        if (!queued || queue->items().size() < before + count) {
            state.SkipWithError("the selection was not queued");
            return;
        }
    }
    state.counters["stall_ms"] = stall;
    state.counters["series"] = count;
    openedWindows.erase(archive->label);
}

} // namespace

void registerWindowBenchmarks(bool quick) {
    archives.clear();
    auto hundred = std::make_unique<WindowArchive>();
    hundred->label = quick ? "small" : "100k";
    archives.push_back(std::move(hundred));
    if (!quick) {
        auto large = std::make_unique<WindowArchive>();
        large->label = "300k";
        large->seriesCount = 375000;
        archives.push_back(std::move(large));
    }
    for (const auto &archive : archives) {
        WindowArchive *a = archive.get();
        const int passes = quick ? 1 : 3;
        const auto add = [&](const char *what,
                             void (*function)(benchmark::State &, WindowArchive *), int iterations,
                             bool manual) {
            auto *benchmark = benchmark::RegisterBenchmark(name(*a, what).c_str(), function, a)
                                  ->Unit(benchmark::kMillisecond)
                                  ->Iterations(iterations);
            if (manual)
                benchmark->UseManualTime();
            else
                benchmark->UseRealTime();
        };
        add("getSeries transfer alone (floor)", transferFloor, passes, false);
        add("open the collection (to its series painted)", openCollection, quick ? 1 : 2, true);
        add("filter pass over the records (floor)", filterFloor, quick ? 1 : 20, false);
        add("check CT, then clear it", checkFilter, passes, true);
        add("type a search", typeSearch, passes, true);
        add("cold sort by description (floor)", sortFloor, passes, false);
        add("click every column header", sortColumns, 1, true);
        add("Select all, with its total", selectAll, passes, true);
        add("Download selection of 10,000 series", downloadSelection, 1, true);
    }
}

void setWindowTargets(RatioReporter &reporter, bool quick) {
    (void)quick;
    for (const auto &archive : archives) {
        const WindowArchive &a = *archive;
        const auto stall = [&](const char *what, const char *scenario) {
            reporter.target({a.label + ": longest GUI stall, " + what,
                             name(a, scenario),
                             "stall_ms",
                             50,
                             "ms",
                             {}});
        };
        stall("open", "open the collection (to its series painted)");
        stall("filter", "check CT, then clear it");
        stall("search", "type a search");
        stall("sorting", "click every column header");
        stall("Select all", "Select all, with its total");
        stall("Download selection", "Download selection of 10,000 series");
        reporter.target({a.label + ": open, first rows / transfer floor",
                         name(a, "open the collection (to its series painted)"),
                         {},
                         1.5,
                         "x",
                         name(a, "getSeries transfer alone (floor)")});
        reporter.target({a.label + ": open, counts after the first rows",
                         name(a, "open the collection (to its series painted)"),
                         "counts_after_ms",
                         1000,
                         "ms",
                         {}});
        reporter.target({a.label + ": open, tree scope after the first rows",
                         name(a, "open the collection (to its series painted)"),
                         "scope_after_ms",
                         1000,
                         "ms",
                         {}});
        reporter.target({a.label + ": memory on top of the JSON, per series (resident)",
                         name(a, "open the collection (to its series painted)"),
                         "over_json_B_per_series",
                         1024,
                         "B",
                         {}});
        if (a.label == "300k")
            continue; // the wall-time targets hold at 100,000 series
        reporter.target({a.label + ": re-filter (check CT)",
                         name(a, "check CT, then clear it"),
                         {},
                         100,
                         "ms",
                         {}});
        reporter.target({a.label + ": re-filter (clear CT)",
                         name(a, "check CT, then clear it"),
                         "clear_ms",
                         100,
                         "ms",
                         {}});
        reporter.target({a.label + ": re-sort, slowest first click",
                         name(a, "click every column header"),
                         {},
                         100,
                         "ms",
                         {}});
        reporter.target({a.label + ": re-sort, slowest later click",
                         name(a, "click every column header"),
                         "later_click_ms",
                         100,
                         "ms",
                         {}});
        reporter.target({a.label + ": tree re-sort, slowest first click",
                         name(a, "click every column header"),
                         "tree_first_click_ms",
                         100,
                         "ms",
                         {}});
    }
}

} // namespace nbia::bench
