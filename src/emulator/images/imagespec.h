#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace nbia::emulator {

// How the pixel data of a synthetic image is stored.
enum class PixelEncoding {
    Uncompressed, // Explicit VR Little Endian
    JpegLossless, // JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 SV1)
    JpegBaseline, // JPEG Baseline (Process 1), 8-bit images only
    JpegExtended, // JPEG Extended (Process 2 & 4), lossy, up to 12 bits stored
    JpegLs,       // JPEG-LS Lossless
    Rle,          // RLE Lossless
    BigEndian,    // Explicit VR Big Endian (retired, still found in older collections)
    Jpeg2000,     // JPEG 2000 Image Compression (Lossless Only)
};

// How the samples of a synthetic image are to be read (Photometric Interpretation).
enum class ColourModel {
    Monochrome2,  // grey, black is the lowest value
    Monochrome1,  // grey, white is the lowest value (computed and digital radiography)
    Rgb,          // 8-bit colour, pixel-interleaved
    YbrFull,      // 8-bit colour as luminance and chrominance, pixel-interleaved
    PaletteColor, // 8-bit indexes into a colour table the file carries
};

// Everything needed to write one DICOM file of the synthetic archive. All of it comes from the
// archive's metadata, so that the file's tags agree with what the API reports.
struct SyntheticImageSpec {
    // Patient
    QString patientId;
    QString patientName;
    QString patientSex;     // "M", "F", "O" or empty
    QDate patientBirthDate; // may be invalid (absent)
    QString patientAge;     // DICOM AS, e.g. "062Y"
    // Study
    QString studyInstanceUid;
    QDate studyDate;
    QString studyDescription;
    QString studyId;
    // Series
    QString seriesInstanceUid;
    QString seriesDescription;
    QString modality;         // CT, MR, PT, MG, CR, SEG, RTSTRUCT, ...
    QString bodyPartExamined; // may be empty (absent)
    QString manufacturer;
    QString manufacturerModelName;
    QString softwareVersions;
    QString protocolName;
    int seriesNumber = 1;
    QDate seriesDate;
    // Instance
    QString sopInstanceUid;
    int instanceNumber = 1; // 1-based position in the series
    int acquisitionNumber = 1;
    int imagesInSeries = 1;
    // Pixels
    int rows = 256;
    int columns = 256;
    int bitsAllocated = 16; // 16 (signed/unsigned per modality) or 8
    PixelEncoding encoding = PixelEncoding::Uncompressed;
    // Colour models other than MONOCHROME2 are for unsigned images (not CT); RGB, YBR_FULL and
    // PALETTE COLOR are 8-bit whatever bitsAllocated says.
    ColourModel colour = ColourModel::Monochrome2;
    int frames = 1;   // more than one makes a multi-frame image (a cine loop through the phantom)
    quint32 seed = 0; // varies the phantom between series
    // SEG and RTSTRUCT: the image series the object was drawn on (empty: none), its study, and
    // the SOP class and SOP Instance UIDs of the images it references.
    QString referencedStudyUid;
    QString referencedSeriesUid;
    QString referencedSopClassUid;
    QStringList referencedSopInstanceUids;
    // When > 0, the file is padded with Data Set Trailing Padding (FFFC,FFFC) to exactly this size.
    qint64 targetFileSize = 0;
};

} // namespace nbia::emulator
