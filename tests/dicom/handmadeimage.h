#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// DICOM files made by hand with DCMTK, for the photometric interpretations and transfer
// syntaxes the emulator does not write: given samples, written as asked, read back as bytes.
struct HandmadeImage {
    QString photometric = QStringLiteral("MONOCHROME2");
    int rows = 4;
    int columns = 4;
    int samplesPerPixel = 1;
    int bitsAllocated = 8;
    bool isSigned = false;
    int planarConfiguration = 0;
    int frames = 1;
    QList<int> samples; // frames × rows × columns × samples, in the file's order
    double rescaleSlope = 1;
    double rescaleIntercept = 0;
    bool withRescale = false;
    QList<int> paletteRed, paletteGreen, paletteBlue; // 8-bit entries from index 0
    QString modality = QStringLiteral("OT");
    QString seriesUid = QStringLiteral("1.2.826.0.1.3680043.2.1125.9.3"); // empty: none at all
    QString sopInstanceUid = QStringLiteral("1.2.826.0.1.3680043.2.1125.9.1");
    int instanceNumber = 0; // 0: none
    enum class Syntax { LittleEndian, BigEndian, Jpeg2000 } syntax = Syntax::LittleEndian;

    [[nodiscard]] QByteArray bytes() const;
};
