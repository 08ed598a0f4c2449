#include "collectioncharts.h"

#include <export/csvtext.h>

#include <QHash>

#include <algorithm>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
using ValueCount = CollectionCharts::ValueCount;

struct ModalityTotals {
    qsizetype series = 0;
    qint64 bytes = 0;
    qsizetype unknownSizes = 0;
};

bool ranksBefore(const ValueCount &l, const ValueCount &r) {
    return l.count != r.count ? l.count > r.count : l.value < r.value;
}

// Values with their counts, most first, ties by value; the empty value becomes the null one.
QList<ValueCount> ranked(const QHash<QString, qsizetype> &counts) {
    QList<ValueCount> values;
    values.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        values.append({it.key().isEmpty() ? QString() : it.key(), it.value()});
    std::sort(values.begin(), values.end(), ranksBefore);
    return values;
}

int monthIndex(QDate date) {
    return date.year() * 12 + date.month() - 1;
}

QDate monthOf(int index) {
    // Floor division, should a year before 1 ever come along.
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    return {year, index - year * 12 + 1, 1};
}

QString row(const QString &text, qint64 number) {
    return CsvText::textField(text) + u',' + QString::number(number) + u'\n';
}

QString valueRows(QString header, const QList<ValueCount> &values) {
    QString csv = header;
    for (const ValueCount &v : values)
        csv += row(v.value, v.count);
    return csv;
}
} // namespace

CollectionCharts CollectionCharts::of(const QList<Series> &series) {
    CollectionCharts charts;
    charts.series = series.size();
    QHash<QString, ModalityTotals> modalities;
    QHash<QString, qsizetype> bodyParts;
    QHash<QString, qsizetype> manufacturers;
    QHash<int, qsizetype> months;
    for (const Series &s : series) {
        // toUpper() shares the string when it is upper case already, as these mostly are.
        ModalityTotals &modality = modalities[s.modality.toUpper()];
        ++modality.series;
        if (s.fileSize) {
            modality.bytes += *s.fileSize;
        } else {
            ++modality.unknownSizes;
            ++charts.unknownSizes;
        }
        ++bodyParts[s.bodyPartExamined.toUpper()];
        ++manufacturers[s.manufacturer];
        if (s.dateReleased.isValid())
            ++months[monthIndex(s.dateReleased.date())];
        else
            ++charts.undated;
    }

    QHash<QString, qsizetype> modalitySeries;
    modalitySeries.reserve(modalities.size());
    charts.bytesByModality.reserve(modalities.size());
    for (auto it = modalities.cbegin(); it != modalities.cend(); ++it) {
        modalitySeries.insert(it.key(), it->series);
        charts.bytesByModality.append(
            {it.key().isEmpty() ? QString() : it.key(), it->bytes, it->series, it->unknownSizes});
    }
    std::sort(charts.bytesByModality.begin(), charts.bytesByModality.end(),
              [](const ModalityBytes &l, const ModalityBytes &r) {
                  return l.bytes != r.bytes ? l.bytes > r.bytes : l.modality < r.modality;
              });
    charts.modalities = ranked(modalitySeries);
    charts.bodyParts = ranked(bodyParts);
    charts.manufacturers = ranked(manufacturers);

    QList<int> monthIndexes = months.keys();
    std::sort(monthIndexes.begin(), monthIndexes.end());
    charts.releases.reserve(monthIndexes.size());
    for (const int index : std::as_const(monthIndexes))
        charts.releases.append({monthOf(index), months.value(index)});
    return charts;
}

QList<CollectionCharts::MonthCount> CollectionCharts::releasesByMonth() const {
    if (releases.isEmpty())
        return {};
    const int first = monthIndex(releases.first().month);
    const int last = monthIndex(releases.last().month);
    QList<MonthCount> months;
    months.reserve(last - first + 1);
    auto next = releases.cbegin();
    for (int index = first; index <= last; ++index) {
        if (monthIndex(next->month) == index)
            months.append(*next++);
        else
            months.append({monthOf(index), 0});
    }
    return months;
}

QList<CollectionCharts::ValueCount> CollectionCharts::bytesAsValues() const {
    QList<ValueCount> values;
    values.reserve(bytesByModality.size());
    for (const ModalityBytes &m : bytesByModality)
        values.append({m.modality, m.bytes});
    return values;
}

CollectionCharts::Folded CollectionCharts::folded(const QList<ValueCount> &ranked, qsizetype bars) {
    Folded result;
    bars = std::max<qsizetype>(bars, 1);
    if (ranked.size() <= bars) {
        result.shown = ranked;
        return result;
    }
    result.shown = ranked.first(bars - 1);
    for (qsizetype i = bars - 1; i < ranked.size(); ++i)
        result.other += ranked.at(i).count;
    result.otherValues = ranked.size() - (bars - 1);
    return result;
}

QByteArray CollectionCharts::toCsv(Chart which) const {
    QString csv;
    switch (which) {
    case Chart::Modality:
        csv = valueRows(u"Modality,Series\n"_s, modalities);
        break;
    case Chart::BodyPart:
        csv = valueRows(u"Body part,Series\n"_s, bodyParts);
        break;
    case Chart::Manufacturer:
        csv = valueRows(u"Manufacturer,Series\n"_s, manufacturers);
        break;
    case Chart::SizeByModality:
        csv = u"Modality,Bytes,Series,Series of unknown size\n"_s;
        for (const ModalityBytes &m : bytesByModality) {
            csv += CsvText::textField(m.modality) + u',' + QString::number(m.bytes) + u',' +
                   QString::number(m.series) + u',' + QString::number(m.unknownSizes) + u'\n';
        }
        break;
    case Chart::Releases:
        csv = u"Month,Series\n"_s;
        for (const MonthCount &m : releasesByMonth())
            csv += row(m.month.toString(u"yyyy-MM"), m.series);
        if (undated > 0)
            csv += row(QString(), undated);
        break;
    }
    return csv.toUtf8();
}

} // namespace nbia
