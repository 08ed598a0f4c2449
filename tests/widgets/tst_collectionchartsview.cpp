#include <collectionchartsview.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

using namespace nbia;
using namespace Qt::StringLiterals;

using Chart = CollectionCharts::Chart;

Q_DECLARE_METATYPE(CollectionCharts::Chart)

namespace {
Series series(const QString &modality, const QString &bodyPart, const QString &manufacturer,
              std::optional<qint64> bytes, QDate released) {
    Series s;
    s.modality = modality;
    s.bodyPartExamined = bodyPart;
    s.manufacturer = manufacturer;
    s.fileSize = bytes;
    if (released.isValid())
        s.dateReleased = QDateTime(released, QTime(9, 0), QTimeZone::utc());
    return s;
}

// 3 modalities (one not specified), 15 body parts, 12 manufacturers, releases from 2019-11 to
// 2020-02 (4 months) and one undated series, one size unknown.
QList<Series> collection() {
    QList<Series> all;
    for (int i = 0; i < 30; ++i) {
        const QString modality = i < 20 ? u"CT"_s : i < 28 ? u"MR"_s : QString();
        all.append(series(modality, u"PART "_s + QString::number(i % 15),
                          u"Maker "_s + QString::number(i % 12),
                          i == 3 ? std::nullopt : std::optional<qint64>(qint64(i + 1) * 1000000),
                          i == 5   ? QDate()
                          : i < 20 ? QDate(2019, 11, 2)
                                   : QDate(2020, 2, 20)));
    }
    return all;
}

QStringList categories(QChart *chart) {
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Vertical);
    if (axes.isEmpty() || axes.first()->type() != QAbstractAxis::AxisTypeBarCategory)
        return {};
    return static_cast<QBarCategoryAxis *>(axes.first())->categories();
}

QBarSet *barSet(QChart *chart) {
    if (chart->series().size() != 1)
        return nullptr;
    auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
    return bars && bars->count() == 1 ? bars->barSets().first() : nullptr;
}
} // namespace

// A collection's charts in the details pane: one at a time, saved as PNG or CSV.
class TestCollectionChartsView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_charts = CollectionCharts::of(collection());
        m_view = std::make_unique<CollectionChartsView>();
        m_view->resize(320, 420);
        m_view->setCharts(m_charts, u"LIDC-IDRI"_s);
    }
    void cleanup() { m_view.reset(); }

    // The bars go bottom up: the last category is the largest value, shown on top.
    void barsPerChart_data() {
        QTest::addColumn<Chart>("chart");
        QTest::addColumn<int>("bars");
        QTest::addColumn<QString>("top");
        QTest::addColumn<double>("topValue");
        QTest::addColumn<QString>("bottom");
        QTest::newRow("modality") << Chart::Modality << 3 << u"CT"_s << 20.0
                                  << u"(not specified)"_s;
        // 15 body parts: the 11 largest and "Other" with 4.
        QTest::newRow("body part")
            << Chart::BodyPart << 12 << u"PART 0"_s << 2.0 << u"Other (4 values)"_s;
        QTest::newRow("manufacturer")
            << Chart::Manufacturer << 12 << u"Maker 0"_s << 3.0 << u"Maker 9"_s;
        // CT: 1 + 2 + ... + 20 MB less the 4 MB unknown = 206 MB; MR: 21..28 MB = 196 MB.
        QTest::newRow("size") << Chart::SizeByModality << 3 << u"CT"_s << 206.0
                              << u"(not specified)"_s;
    }
    void barsPerChart() {
        QFETCH(Chart, chart);
        QFETCH(int, bars);
        QFETCH(QString, top);
        QFETCH(double, topValue);
        QFETCH(QString, bottom);
        m_view->setCurrentChart(chart);
        QCOMPARE(m_view->currentChart(), chart);
        QChart *shown = m_view->chart();
        QVERIFY(shown);
        QCOMPARE(shown->animationOptions(), QChart::NoAnimation);
        QVERIFY(shown->title().contains(u"LIDC-IDRI"_s));
        QBarSet *set = barSet(shown);
        QVERIFY(set);
        QCOMPARE(set->count(), bars);
        const QStringList labels = categories(shown);
        QCOMPARE(labels.size(), bars);
        QCOMPARE(labels.last(), top);
        QCOMPARE(set->at(bars - 1), topValue);
        QCOMPARE(labels.first(), bottom);
        for (int i = 1; i < bars; ++i)
            QVERIFY(set->at(i - 1) <= set->at(i) || labels.first().startsWith(u"Other"_s));
    }

    void sizeAxisSaysTheUnit() {
        m_view->setCurrentChart(Chart::SizeByModality);
        const QList<QAbstractAxis *> axes = m_view->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        QCOMPARE(axes.first()->titleText(), u"Size (MB)"_s);
        QCOMPARE(m_view->noteText(), u"1 series of unknown size not counted."_s);
    }

    // Every month from the first release to the last, empty ones as zero.
    void releasesPerMonth() {
        m_view->setCurrentChart(Chart::Releases);
        QChart *shown = m_view->chart();
        QCOMPARE(shown->series().size(), 1);
        auto *line = qobject_cast<QLineSeries *>(shown->series().first());
        QVERIFY(line);
        QCOMPARE(line->count(), 4);
        QCOMPARE(line->at(0).y(), 19.0);
        QCOMPARE(line->at(1).y(), 0.0);
        QCOMPARE(line->at(2).y(), 0.0);
        QCOMPARE(line->at(3).y(), 10.0);
        QVERIFY(line->at(0).x() < line->at(3).x());
        QCOMPARE(m_view->noteText(), u"1 series without a release date."_s);
    }

    void choosingAChartSaysSo() {
        QSignalSpy changed(m_view.get(), &CollectionChartsView::currentChartChanged);
        auto *combo = m_view->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), CollectionCharts::chartCount);
        combo->setCurrentIndex(2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<Chart>(), Chart::Manufacturer);
        QCOMPARE(m_view->currentChart(), Chart::Manufacturer);
        // The chart chosen stays for the next collection.
        m_view->setCharts(CollectionCharts::of(collection().first(3)), u"Other"_s);
        QCOMPARE(m_view->currentChart(), Chart::Manufacturer);
        QCOMPARE(barSet(m_view->chart())->count(), 3);
    }

    void savesPng_data() {
        QTest::addColumn<Chart>("chart");
        QTest::newRow("modality") << Chart::Modality;
        QTest::newRow("size") << Chart::SizeByModality;
        QTest::newRow("releases") << Chart::Releases;
    }
    void savesPng() {
        QFETCH(Chart, chart);
        m_view->setCurrentChart(chart);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chart.png"_s);
        QSignalSpy messages(m_view.get(), &CollectionChartsView::message);
        QVERIFY(m_view->savePng(path));
        QCOMPARE(messages.size(), 1);
        QImage image;
        QVERIFY(image.load(path, "PNG"));
        QVERIFY(image.width() >= 800);
        QVERIFY(image.height() >= 500);
        // Something was drawn: more than a few colours, not a blank page.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }

    void savesCsv_data() {
        QTest::addColumn<Chart>("chart");
        QTest::newRow("modality") << Chart::Modality;
        QTest::newRow("body part") << Chart::BodyPart;
        QTest::newRow("manufacturer") << Chart::Manufacturer;
        QTest::newRow("size") << Chart::SizeByModality;
        QTest::newRow("releases") << Chart::Releases;
    }
    void savesCsv() {
        QFETCH(Chart, chart);
        m_view->setCurrentChart(chart);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chart.csv"_s);
        QVERIFY(m_view->saveCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_charts.toCsv(chart));
    }

    void failureReturnsFalseWithAMessage() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing/folder/chart.csv"_s);
        QSignalSpy messages(m_view.get(), &CollectionChartsView::message);
        QVERIFY(!m_view->saveCsv(path));
        QVERIFY(!m_view->savePng(dir.filePath(u"missing/chart.png"_s)));
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages.first().first().toString().startsWith(u"Could not save"_s));
        QVERIFY(!QFile::exists(path));
    }

    void clearLeavesNothingToSave() {
        m_view->clear();
        QVERIFY(!m_view->hasCharts());
        QCOMPARE(m_view->charts(), CollectionCharts());
        QVERIFY(m_view->chart()->series().isEmpty());
        QVERIFY(!m_view->noteText().isEmpty());
        for (QPushButton *button : m_view->findChildren<QPushButton *>())
            QVERIFY(!button->isEnabled());
        QTemporaryDir dir;
        QSignalSpy messages(m_view.get(), &CollectionChartsView::message);
        QVERIFY(!m_view->saveCsv(dir.filePath(u"chart.csv"_s)));
        QVERIFY(!m_view->savePng(dir.filePath(u"chart.png"_s)));
        QCOMPARE(messages.size(), 2);
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void emptyCollection() {
        m_view->setCharts(CollectionCharts::of({}), u"Empty"_s);
        for (int i = 0; i < CollectionCharts::chartCount; ++i) {
            m_view->setCurrentChart(Chart(i));
            QVERIFY(m_view->chart()->series().isEmpty());
        }
        QCOMPARE(m_view->noteText(), u"This collection has no series."_s);
    }

    // Long values are shortened on the axis, and stay distinct.
    void longLabelsStayDistinct() {
        const QString longName = u"A manufacturer with a very long name, "_s;
        m_view->setCharts(CollectionCharts::of({
                              series(u"CT"_s, {}, longName + u"one"_s, 1, {}),
                              series(u"CT"_s, {}, longName + u"two"_s, 1, {}),
                          }),
                          u"Long"_s);
        m_view->setCurrentChart(Chart::Manufacturer);
        const QStringList labels = categories(m_view->chart());
        QCOMPARE(labels.size(), 2);
        QVERIFY(labels.first() != labels.last());
        QVERIFY(labels.first().size() < longName.size());
    }

    // It fits the details pane beside the tree.
    void fitsANarrowPane() {
        QVERIFY(m_view->minimumSizeHint().width() <= 320);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(m_view->chartView()->width() <= 320);
    }

    // As the window will do it: computed on a worker thread, shown on the GUI thread.
    void fromAWorkerThread() {
        const QList<Series> all = collection();
        QFuture<CollectionCharts> future = QtConcurrent::run(&CollectionCharts::of, all);
        future.waitForFinished();
        m_view->setCharts(future.result(), u"Worker"_s);
        QCOMPARE(m_view->charts(), m_charts);
        QCOMPARE(m_view->collectionName(), u"Worker"_s);
    }

private:
    CollectionCharts m_charts;
    std::unique_ptr<CollectionChartsView> m_view;
};

QTEST_MAIN(TestCollectionChartsView)
#include "tst_collectionchartsview.moc"
