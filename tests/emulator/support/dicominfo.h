#pragma once

#include <QByteArray>
#include <QString>

namespace nbia::emulator::testsupport {

// The identifying attributes of a DICOM file, read with DCMTK.
struct DicomInfo {
    bool ok = false; // parsed, with a SOPInstanceUID
    QString sopInstanceUid;
    QString sopClassUid;
    QString seriesInstanceUid;
    int instanceNumber = -1;
};

DicomInfo readDicom(const QByteArray &bytes);

} // namespace nbia::emulator::testsupport
