#pragma once

#include <syntheticarchive.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace nbia::emulator::testsupport {

// What the v4 answers must be (nbia-api-v4.md §3), from the synthetic archive's data and
// independently of the emulator's formatting code. Rows are exact JSON texts, "/" as "\/".
class ExpectedV4 final {
public:
    explicit ExpectedV4(const SyntheticArchive &archive)
        : a(archive) {}

    // §2.7: date_format(…,'%m-%d-%Y'); a null string for an invalid date.
    static QString date(QDate value);

    // §3.10: the 30 keys of getSeries / getUpdatedSeries.
    QByteArray seriesRow(qsizetype index) const;
    // §3.5: the 9 keys of getPatient and NewPatientsInCollection.
    QByteArray patientRow(qsizetype index) const;
    // §3.8: the 15 keys of getPatientStudy and NewStudiesInPatientCollection.
    QByteArray studyRow(qsizetype index) const;
    // §3.18: the 40 columns of getSeriesMetadata in order (a null QString: NULL). `pixelSpacing`
    // and `sliceThickness` as read from the series' first file (null when it has none).
    QList<std::pair<QString, QString>> metadata(qsizetype index, const QString &pixelSpacing,
                                                const QString &sliceThickness) const;

    QList<QByteArray> rows(const QList<qsizetype> &indexes,
                           QByteArray (ExpectedV4::*row)(qsizetype) const) const;

    const SyntheticArchive &a;
};

} // namespace nbia::emulator::testsupport
