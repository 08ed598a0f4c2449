#pragma once

#include <syntheticimagefactory.h>

#include <QString>
#include <QStringList>

// Writes a series of the emulator's images into a folder, as a download would leave it: for
// tests and benchmarks of what reads folders of DICOM files. Needs the DCMTK encoders
// (nbia::DicomCodecs in DecodeAndEncode mode) for compressed encodings.
struct SeriesFolder {
    QString modality = QStringLiteral("CT");
    int images = 5;
    int rows = 64;
    int columns = 64;
    nbia::emulator::PixelEncoding encoding = nbia::emulator::PixelEncoding::Uncompressed;
    nbia::emulator::ColourModel colour = nbia::emulator::ColourModel::Monochrome2;
    int frames = 1;
    QString seriesUid = QStringLiteral("1.2.826.0.1.3680043.2.1125.77");
    int seriesNumber = 2;
    QString seriesDescription = QStringLiteral("1.25mm STD / Lung");
    QString patientId = QStringLiteral("LSCT-0042");
    // File names that do not sort as the images do, so that order must come from the headers.
    bool scrambleNames = true;

    // The paths written, in InstanceNumber order; empty on failure.
    [[nodiscard]] QStringList writeTo(const QString &folder) const;
};
