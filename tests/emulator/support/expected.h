#pragma once

#include <syntheticarchive.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace nbia::emulator::testsupport {

// The three column sets of a series row: getSeries (24 columns), getUpdatedSeries (15 +
// DateReleased) and getContentsByName (15 + "Date Released").
enum class SeriesShape { GetSeries, Updated, Contents };

// What the archive's answers must be, from the synthetic archive's data, independently of the
// emulator's own formatting code.
class Expected final {
public:
    explicit Expected(const SyntheticArchive &archive)
        : a(archive) {}

    // One row's exact JSON text; escape: "/" as "\/".
    QByteArray seriesRow(qsizetype index, SeriesShape shape, bool escape = false) const;
    QList<QByteArray> seriesRows(const QList<qsizetype> &indexes, SeriesShape shape) const;
    QByteArray patientRow(qsizetype index) const;
    QList<QByteArray> patientRows(const QList<qsizetype> &indexes) const;
    QByteArray studyRow(qsizetype index) const;
    QList<QByteArray> studyRows(const QList<qsizetype> &indexes) const;

    // §3.14, in column order; a null QString is a null column.
    QList<std::pair<QString, QString>> metaData(qsizetype index, const QString &sopClassUid,
                                                const QString &annotationSize) const;
    static QByteArray metaDataJson(const QList<std::pair<QString, QString>> &fields,
                                   bool escape = false);
    static QByteArray metaDataCsv(const QList<std::pair<QString, QString>> &fields);

    // A single-column value list: distinct, ORDER BY UPPER(value), NULL (as {}) first.
    static QByteArray valueArray(const QString &column, QList<QString> values);

    // The distinct values (a null QString for NULL) over the series that pass `filter`.
    QList<QString> distinctValues(const std::function<bool(const ArchiveSeries &)> &filter,
                                  const std::function<QString(const ArchiveSeries &)> &value) const;
    QList<qsizetype> seriesWhere(const std::function<bool(qsizetype)> &filter) const;

    QString collectionOfSeries(qsizetype i) const;
    qsizetype patientOfSeries(qsizetype i) const { return a.studyOf(a.series()[i]).patient; }

    const SyntheticArchive &a;
};

} // namespace nbia::emulator::testsupport
