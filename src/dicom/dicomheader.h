#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nbia {

// What the viewer shows and sorts by, read from a DICOM file's header without its pixel data.
struct DicomHeader {
    Q_DECLARE_TR_FUNCTIONS(nbia::DicomHeader)

public:
    QString path;
    QString patientName; // as in the file, "^" between the parts
    QString patientId;
    QString studyDate; // YYYYMMDD
    QString studyDescription;
    QString seriesInstanceUid;
    QString seriesDescription;
    QString seriesNumber;
    QString sopInstanceUid;
    QString modality;
    std::optional<int> instanceNumber;
    std::optional<double> sliceLocation; // or the z of Image Position (Patient)
    std::optional<double> rowSpacing;    // mm, Pixel Spacing or Imager Pixel Spacing
    std::optional<double> columnSpacing;
    int rows = 0;
    int columns = 0;
    int frames = 1;
    // Why the file could not be read whole (cut short, damaged), empty when it could: the fields
    // above hold what came before the damage.
    QString damage;

    // The header of `path`, or nothing with `error` set (not DICOM, unreadable). A Part-10 file
    // damaged after its preamble gives what could be read, with `damage` set.
    static std::optional<DicomHeader> read(const QString &path, QString *error = nullptr);

    // Whether `path` starts as a DICOM Part-10 file does ("DICM" after the preamble).
    static bool isPart10(const QString &path);

    // The order of images in a series: InstanceNumber, then position, then file name.
    static bool inSeriesOrder(const DicomHeader &a, const DicomHeader &b);
};

} // namespace nbia
