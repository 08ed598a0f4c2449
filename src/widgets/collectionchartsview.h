#pragma once

#include <model/collectioncharts.h>

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;

namespace nbia {

// A collection's charts, one at a time, for the details pane (readable from about 320 pixels
// wide): series per modality, body part and manufacturer and size per modality as horizontal
// bars (the largest values, the rest summed as "Other"), and series released per month as a
// line. Shows a value computed elsewhere (CollectionCharts::of on a worker thread); computes
// nothing itself. The chart shown saves as PNG or CSV, through a file dialog or the public
// methods.
class CollectionChartsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionChartsView)

public:
    using Chart = CollectionCharts::Chart;

    // Bars at most in a bar chart, the "Other" bar included.
    static constexpr qsizetype maxBars = 12;

    explicit CollectionChartsView(QWidget *parent = nullptr);
    ~CollectionChartsView() override;

    void setCharts(const CollectionCharts &charts, const QString &collectionName);
    // No collection: empty charts, nothing to save.
    void clear();

    [[nodiscard]] const CollectionCharts &charts() const { return m_charts; }
    [[nodiscard]] QString collectionName() const { return m_collection; }
    [[nodiscard]] bool hasCharts() const { return m_hasCharts; }
    [[nodiscard]] Chart currentChart() const;
    void setCurrentChart(Chart which);
    // The chart shown, owned by the view.
    [[nodiscard]] QChart *chart() const;
    [[nodiscard]] QChartView *chartView() const { return m_view; }
    // A line under the chart: sizes not known, series without a release date, no series.
    [[nodiscard]] QString noteText() const;

    // The chart shown as an image (at least 800 by 500 pixels) or as CSV (every value, as
    // CollectionCharts::toCsv writes it). False, said through message(), when there is no
    // collection or the file cannot be written.
    bool savePng(const QString &path);
    bool saveCsv(const QString &path);
    void choosePngFile();
    void chooseCsvFile();

    // The chart's title for `which` and a collection ("Series by modality in LIDC-IDRI").
    [[nodiscard]] static QString title(Chart which, const QString &collectionName);

Q_SIGNALS:
    // A line for the status bar: a file saved, or why it was not.
    void message(const QString &text);
    void currentChartChanged(nbia::CollectionCharts::Chart which);

private:
    [[nodiscard]] QChart *makeChart(Chart which) const;
    [[nodiscard]] QChart *makeBarChart(Chart which) const;
    [[nodiscard]] QChart *makeReleasesChart() const;
    [[nodiscard]] QString fileStem() const;
    void showCurrent();

    CollectionCharts m_charts;
    QString m_collection;
    bool m_hasCharts = false;
    QComboBox *m_choice;
    QChartView *m_view;
    QLabel *m_note;
    QPushButton *m_savePng;
    QPushButton *m_saveCsv;
};

} // namespace nbia
