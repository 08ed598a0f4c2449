#include "viewerbench.h"

#include "ratioreporter.h"
#include "seriesfolder.h"

#include <dicomfolder.h>
#include <dicomrenderer.h>
#include <imageviewer.h>
#include <thumbnailmodel.h>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <dcmtk/dcmimgle/dcmimage.h>

#include <memory>

namespace nbia::bench {

using namespace Qt::StringLiterals;

namespace {

const char *const modelName = "thumbnails/ThumbnailModel, thread pool";
const char *const rendererName = "thumbnails/DicomRenderer, one thread";
const char *const floorName = "thumbnails/bare DicomImage loop, one thread (floor)";
const char *const dcmj2pnmName = "thumbnails/dcmj2pnm once per file (baseline)";
const char *const scrollName = "viewer/step through a 300-slice series";

bool quickRun = false;

struct ViewerFixture {
    QTemporaryDir work;
    QList<DicomHeader> thumbnails; // 512×512 CT
    QList<DicomHeader> series;     // 300 slices of 512×512 CT
};

ViewerFixture &fixture() {
    static std::unique_ptr<ViewerFixture> data;
    if (data)
        return *data;
    data = std::make_unique<ViewerFixture>();
    SeriesFolder ct;
    ct.rows = 512;
    ct.columns = 512;
    ct.images = quickRun ? 20 : 300;
    if (ct.writeTo(data->work.filePath(u"series"_s)).isEmpty())
        qFatal("cannot write the benchmark series");
    data->series = DicomFolder::scan(data->work.filePath(u"series"_s)).images;
    data->thumbnails = data->series.mid(0, quickRun ? 8 : 100);
    return *data;
}

void thumbnailModel(benchmark::State &state) {
    const QList<DicomHeader> &files = fixture().thumbnails;
    for (auto _ : state) {
        ThumbnailModel model(128);
        QSignalSpy done(&model, &ThumbnailModel::allRendered);
        model.setImages(files);
        if (done.isEmpty() && !done.wait(600000))
            state.SkipWithError("the thumbnails did not come");
    }
    state.SetItemsProcessed(state.iterations() * files.size());
}

void rendererOneThread(benchmark::State &state) {
    const QList<DicomHeader> &files = fixture().thumbnails;
    DicomRenderer::Options options;
    options.maxSize = 128;
    for (auto _ : state) {
        for (const DicomHeader &file : files)
            benchmark::DoNotOptimize(DicomRenderer::render(file.path, options).image.constBits());
    }
    state.SetItemsProcessed(state.iterations() * files.size());
}

// DCMTK alone: load, decode, scale to 128, the file's window, 8-bit output.
void bareDicomImage(benchmark::State &state) {
    const QList<DicomHeader> &files = fixture().thumbnails;
    for (auto _ : state) {
        for (const DicomHeader &file : files) {
            DicomImage image(QFile::encodeName(file.path).constData());
            std::unique_ptr<DicomImage> scaled(image.createScaledImage(128UL, 128UL, 1, 0));
            scaled->setWindow(0);
            benchmark::DoNotOptimize(scaled->getOutputData(8));
        }
    }
    state.SetItemsProcessed(state.iterations() * files.size());
}

void dcmj2pnmPerFile(benchmark::State &state) {
    const QList<DicomHeader> &files = fixture().thumbnails;
    const QString program = QStandardPaths::findExecutable(u"dcmj2pnm"_s);
    if (program.isEmpty()) {
        state.SkipWithError("dcmj2pnm is not installed");
        return;
    }
    const QString out = fixture().work.filePath(u"thumbnail.png"_s);
    for (auto _ : state) {
        for (const DicomHeader &file : files) {
            // PNG, 128 pixels wide, the file's first window.
            QProcess::execute(program,
                              {u"+on"_s, u"+Sxv"_s, u"128"_s, u"+Wi"_s, u"1"_s, file.path, out});
        }
    }
    state.SetItemsProcessed(state.iterations() * files.size());
}

// Each step waits until the slice is on screen; the longest wait is reported too.
void scrollSeries(benchmark::State &state) {
    const QList<DicomHeader> &series = fixture().series;
    ImageViewer viewer;
    viewer.resize(900, 900);
    viewer.show();
    const auto waitShown = [&viewer] {
        QSignalSpy rendered(&viewer, &ImageViewer::rendered);
        while (viewer.isRendering() || rendered.isEmpty())
            rendered.wait(10000);
    };
    viewer.setImages(series, 0);
    waitShown();
    double longest = 0;
    double total = 0;
    qint64 slices = 0;
    for (auto _ : state) {
        viewer.setImages(series, 0);
        waitShown();
        for (qsizetype i = 1; i < series.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            viewer.step(1);
            waitShown();
            viewer.repaint(); // on screen, not only decoded
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            longest = std::max(longest, ms);
            total += ms;
            ++slices;
        }
    }
    state.SetItemsProcessed(slices);
    state.counters["slice_ms_mean"] = slices ? total / double(slices) : 0;
    state.counters["slice_ms_max"] = longest;
}

} // namespace

void registerViewerBenchmarks(bool quick) {
    quickRun = quick;
    for (const auto &[name, function] :
         {std::pair{modelName, &thumbnailModel}, std::pair{rendererName, &rendererOneThread},
          std::pair{floorName, &bareDicomImage}, std::pair{dcmj2pnmName, &dcmj2pnmPerFile}}) {
        benchmark::RegisterBenchmark(name, function)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(quick ? 1 : 3)
            ->UseRealTime();
    }
    benchmark::RegisterBenchmark(scrollName, scrollSeries)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->UseRealTime();
}

void compareViewerBenchmarks(RatioReporter &reporter) {
    reporter.compare(modelName, dcmj2pnmName);
    reporter.compare(rendererName, floorName);
    reporter.compare(modelName, floorName);
}

} // namespace nbia::bench
