#include "collectionchartsview.h"

#include <download/safefilename.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
using Chart = CollectionCharts::Chart;
using ValueCount = CollectionCharts::ValueCount;

constexpr QSize minimumPngSize{800, 500};
// Category labels longer than this (in average characters) are elided in the middle (values
// often differ at their end): the bars keep room.
constexpr int labelCharacters = 16;
constexpr std::array<const char *, 6> siUnits{"bytes", "kB", "MB", "GB", "TB", "PB"};

const std::array<Chart, CollectionCharts::chartCount> &allCharts() {
    static const std::array<Chart, CollectionCharts::chartCount> charts{
        Chart::Modality, Chart::BodyPart, Chart::Manufacturer, Chart::SizeByModality,
        Chart::Releases};
    return charts;
}

QString chartName(Chart which) {
    switch (which) {
    case Chart::Modality:
        return CollectionChartsView::tr("Modality");
    case Chart::BodyPart:
        return CollectionChartsView::tr("Body part");
    case Chart::Manufacturer:
        return CollectionChartsView::tr("Manufacturer");
    case Chart::SizeByModality:
        return CollectionChartsView::tr("Size by modality");
    case Chart::Releases:
        return CollectionChartsView::tr("Releases");
    }
    return {};
}

// For file names: not translated, so that saved files sort the same in every language.
QString chartSlug(Chart which) {
    switch (which) {
    case Chart::Modality:
        return u"modality"_s;
    case Chart::BodyPart:
        return u"body-part"_s;
    case Chart::Manufacturer:
        return u"manufacturer"_s;
    case Chart::SizeByModality:
        return u"size-by-modality"_s;
    case Chart::Releases:
        return u"releases"_s;
    }
    return {};
}

// Category labels must be unique on an axis: a second equal one (two elided the same way, or
// a value that reads like "(not specified)") gets a number.
QStringList uniqueLabels(const QStringList &labels) {
    QSet<QString> used;
    QStringList unique;
    unique.reserve(labels.size());
    for (const QString &label : labels) {
        QString candidate = label;
        for (int n = 2; used.contains(candidate); ++n)
            candidate = label + u" ("_s + QString::number(n) + u')';
        used.insert(candidate);
        unique.append(candidate);
    }
    return unique;
}

QFont scaledFont(const QFont &base, qreal factor, bool bold = false) {
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QChart *emptyChart(const QString &title, const QFont &base) {
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // 239,907 rather than 239907, as everywhere else
    chart->legend()->hide();
    chart->setTitle(title);
    chart->setTitleFont(scaledFont(base, 1.0, true));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

// The power of 1000 that shows `bytes` with one to three digits before the point.
int siExponent(qint64 bytes) {
    int exponent = 0;
    for (double value = double(bytes); value >= 1000.0 && exponent + 1 < int(siUnits.size());
         value /= 1000.0)
        ++exponent;
    return exponent;
}

// Months between labels on the time axis, on calendar boundaries (every quarter, every
// January, every fifth January...): at most four "2020-05" labels or six "2020" ones.
int monthStep(qsizetype months) {
    for (const int step : {1, 2, 3, 6}) {
        if (months <= 4 * qsizetype(step))
            return step;
    }
    for (const int step : {12, 24, 60, 120, 240}) {
        if (months <= 6 * qsizetype(step))
            return step;
    }
    return 600;
}

QString notSpecified() {
    return CollectionChartsView::tr("(not specified)");
}
} // namespace

CollectionChartsView::CollectionChartsView(QWidget *parent)
    : QWidget(parent)
    , m_choice(new QComboBox(this))
    , m_view(new QChartView(this))
    , m_note(new QLabel(this))
    , m_savePng(new QPushButton(tr("Save as PNG…"), this))
    , m_saveCsv(new QPushButton(tr("Save as CSV…"), this)) {
    for (const Chart which : allCharts())
        m_choice->addItem(chartName(which), int(which));
    m_choice->setToolTip(tr("The chart to show"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(240, 220);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_savePng->setToolTip(tr("Save the chart shown as an image"));
    m_saveCsv->setToolTip(tr("Save the figures of the chart shown as CSV, for a spreadsheet"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_savePng);
    buttons->addWidget(m_saveCsv);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        showCurrent();
        Q_EMIT currentChartChanged(currentChart());
    });
    connect(m_savePng, &QPushButton::clicked, this, &CollectionChartsView::choosePngFile);
    connect(m_saveCsv, &QPushButton::clicked, this, &CollectionChartsView::chooseCsvFile);
    showCurrent();
}

CollectionChartsView::~CollectionChartsView() = default;

void CollectionChartsView::setCharts(const CollectionCharts &charts,
                                     const QString &collectionName) {
    m_charts = charts;
    m_collection = collectionName;
    m_hasCharts = true;
    showCurrent();
}

void CollectionChartsView::clear() {
    m_charts = {};
    m_collection.clear();
    m_hasCharts = false;
    showCurrent();
}

CollectionChartsView::Chart CollectionChartsView::currentChart() const {
    return Chart(m_choice->currentData().toInt());
}

void CollectionChartsView::setCurrentChart(Chart which) {
    m_choice->setCurrentIndex(m_choice->findData(int(which)));
}

QChart *CollectionChartsView::chart() const {
    return m_view->chart();
}

QString CollectionChartsView::noteText() const {
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

QString CollectionChartsView::title(Chart which, const QString &collectionName) {
    switch (which) {
    case Chart::Modality:
        return tr("Series by modality in %1").arg(collectionName);
    case Chart::BodyPart:
        return tr("Series by body part in %1").arg(collectionName);
    case Chart::Manufacturer:
        return tr("Series by manufacturer in %1").arg(collectionName);
    case Chart::SizeByModality:
        return tr("Size by modality in %1").arg(collectionName);
    case Chart::Releases:
        return tr("Series released per month in %1").arg(collectionName);
    }
    return {};
}

void CollectionChartsView::showCurrent() {
    const Chart which = currentChart();
    QChart *old = m_view->chart();
    m_view->setChart(makeChart(which));
    delete old; // setChart() leaves the old chart to its caller

    QString note;
    if (!hasCharts())
        note = tr("Select a collection to see its charts.");
    else if (m_charts.series == 0)
        note = tr("This collection has no series.");
    else if (which == Chart::SizeByModality && m_charts.unknownSizes > 0)
        note = tr("%Ln series of unknown size not counted.", nullptr, int(m_charts.unknownSizes));
    else if (which == Chart::Releases && m_charts.undated > 0)
        note = tr("%Ln series without a release date.", nullptr, int(m_charts.undated));
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_savePng->setEnabled(hasCharts());
    m_saveCsv->setEnabled(hasCharts());
}

QChart *CollectionChartsView::makeChart(Chart which) const {
    if (!hasCharts() || m_charts.series == 0)
        return emptyChart(hasCharts() ? title(which, m_collection) : chartName(which), font());
    return which == Chart::Releases ? makeReleasesChart() : makeBarChart(which);
}

QChart *CollectionChartsView::makeBarChart(Chart which) const {
    const bool bytes = which == Chart::SizeByModality;
    const QList<ValueCount> &ranked = which == Chart::Modality       ? m_charts.modalities
                                      : which == Chart::BodyPart     ? m_charts.bodyParts
                                      : which == Chart::Manufacturer ? m_charts.manufacturers
                                                                     : m_charts.bytesAsValues();
    const CollectionCharts::Folded folded = CollectionCharts::folded(ranked, maxBars);

    QList<ValueCount> bars = folded.shown;
    QStringList fullLabels;
    for (const ValueCount &bar : std::as_const(bars))
        fullLabels.append(bar.value.isNull() ? notSpecified() : bar.value);
    if (folded.otherValues > 0) {
        bars.append({QString(), folded.other});
        fullLabels.append(tr("Other (%Ln values)", nullptr, int(folded.otherValues)));
    }

    qint64 largest = 0;
    for (const ValueCount &bar : std::as_const(bars))
        largest = std::max(largest, bar.count);
    const int exponent = bytes ? siExponent(largest) : 0;
    const double scale = std::pow(1000.0, exponent);

    const QFont labelFont = scaledFont(font(), 0.85);
    const QFontMetrics metrics(labelFont);
    const int labelWidth = metrics.averageCharWidth() * labelCharacters;
    QStringList labels;
    for (qsizetype i = 0; i < fullLabels.size(); ++i) {
        const bool other = i == folded.shown.size(); // short enough, and must stay readable
        labels.append(other ? fullLabels.at(i)
                            : metrics.elidedText(fullLabels.at(i), Qt::ElideMiddle, labelWidth));
    }
    labels = uniqueLabels(labels);

    // The bars go bottom up: the largest first means it is appended last.
    auto *set = new QBarSet(chartName(which));
    QStringList categories;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        set->append(double(bars.at(i).count) / scale);
        categories.append(labels.at(i));
    }
    const QLocale locale;
    QStringList tips;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        tips.append(
            bytes ? tr("%1: %2").arg(
                        fullLabels.at(i),
                        locale.formattedDataSize(bars.at(i).count, 1, QLocale::DataSizeSIFormat))
                  : tr("%1: %Ln series", nullptr, int(bars.at(i).count)).arg(fullLabels.at(i)));
    }
    connect(set, &QBarSet::hovered, set, [tips](bool status, int index) {
        if (status && index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(index));
        else
            QToolTip::hideText();
    });

    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(std::min(0.7, 0.25 * double(bars.size()))); // one bar is not a block
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(bytes ? 3 : 12);

    QChart *chart = emptyChart(title(which, m_collection), font());
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(labelFont);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    // The theme draws bar labels for inside the bars, in white: these are outside.
    set->setLabelColor(categoryAxis->labelsBrush().color());
    set->setLabelFont(labelFont);

    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelsFont(labelFont);
    valueAxis->setTitleFont(labelFont);
    // Room after the longest bar for its label.
    valueAxis->setRange(0.0, std::max(1.0, double(largest) / scale * 1.15));
    valueAxis->setTickCount(5);
    valueAxis->applyNiceNumbers();
    if (bytes) {
        valueAxis->setLabelFormat(u"%.3g"_s);
        valueAxis->setTitleText(tr("Size (%1)").arg(QLatin1StringView(siUnits.at(exponent))));
    } else {
        valueAxis->setLabelFormat(u"%.0f"_s);
        valueAxis->setTitleText(tr("Series"));
    }
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    return chart;
}

QChart *CollectionChartsView::makeReleasesChart() const {
    QChart *chart = emptyChart(title(Chart::Releases, m_collection), font());
    const QList<CollectionCharts::MonthCount> months = m_charts.releasesByMonth();
    if (months.isEmpty())
        return chart; // the note says that no series has a date

    // x is the month's place in the list: ticks fall on whole months, not on days.
    auto *series = new QLineSeries;
    series->setName(tr("Series released"));
    series->setPointsVisible(true);
    qsizetype largest = 0;
    QStringList tips;
    const QLocale locale;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const CollectionCharts::MonthCount &month = months.at(i);
        series->append(double(i), double(month.series));
        largest = std::max(largest, month.series);
        tips.append(tr("%1: %Ln series", nullptr, int(month.series))
                        .arg(locale.toString(month.month, u"MMMM yyyy")));
    }
    connect(series, &QLineSeries::hovered, series, [tips](const QPointF &point, bool state) {
        const qsizetype index = qRound(point.x());
        if (state && index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(index));
        else
            QToolTip::hideText();
    });
    chart->addSeries(series);

    const QFont labelFont = scaledFont(font(), 0.85);
    auto *timeAxis = new QCategoryAxis;
    timeAxis->setLabelsFont(labelFont);
    timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Half a month either side, so that the first and last points are not on the frame.
    timeAxis->setRange(-0.5, double(months.size()) - 0.5);
    timeAxis->setStartValue(-0.5);
    const int step = monthStep(months.size());
    for (qsizetype i = 0; i < months.size(); ++i) {
        const QDate month = months.at(i).month;
        if (step < 12 && (month.month() - 1) % step == 0)
            timeAxis->append(month.toString(u"yyyy-MM"), double(i));
        else if (step >= 12 && month.month() == 1 && month.year() % (step / 12) == 0)
            timeAxis->append(month.toString(u"yyyy"), double(i));
    }
    chart->addAxis(timeAxis, Qt::AlignBottom);
    series->attachAxis(timeAxis);

    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelsFont(labelFont);
    valueAxis->setTitleFont(labelFont);
    valueAxis->setRange(0.0, std::max(1.0, double(largest) * 1.05));
    valueAxis->setTickCount(5);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(u"%.0f"_s);
    valueAxis->setTitleText(tr("Series"));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

QString CollectionChartsView::fileStem() const {
    return SafeFileName::from(m_collection + u'-' + chartSlug(currentChart()), u"chart"_s);
}

bool CollectionChartsView::savePng(const QString &path) {
    if (!hasCharts()) {
        Q_EMIT message(tr("No collection to save a chart of."));
        return false;
    }
    // A chart of its own in a scene of its own: the same whether the view is shown, hidden or
    // narrow.
    const QSize size = m_view->size().expandedTo(minimumPngSize);
    QGraphicsScene scene;
    QChart *chart = makeChart(currentChart());
    scene.addItem(chart); // the scene owns it now
    chart->resize(size);
    chart->layout()->activate();

    const qreal ratio = std::max<qreal>(1.0, devicePixelRatioF());
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(), size), QRectF(QPointF(), size));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        Q_EMIT message(tr("Could not save the chart to %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    Q_EMIT message(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool CollectionChartsView::saveCsv(const QString &path) {
    if (!hasCharts()) {
        Q_EMIT message(tr("No collection to save a chart of."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_charts.toCsv(currentChart())) < 0 ||
        !file.commit()) {
        Q_EMIT message(tr("Could not save the chart to %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    Q_EMIT message(tr("Chart figures saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CollectionChartsView::choosePngFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the chart as an image"), fileStem() + u".png", tr("PNG images (*.png)"));
    if (!path.isEmpty())
        savePng(path);
}

void CollectionChartsView::chooseCsvFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the chart's figures as CSV"), fileStem() + u".csv", tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveCsv(path);
}

} // namespace nbia
