#pragma once

#include <QString>

namespace nbia::emulator::detail {

// The modalities the synthetic image factory draws differently; everything else is Other
// (written as Secondary Capture).
enum class ModalityKind { Ct, Mr, Pt, Mg, Cr, Us, Seg, RtStruct, Other };

// The kind of a DICOM Modality value, compared case-insensitively, surrounding spaces ignored.
ModalityKind modalityKind(const QString &modality);

// True for objects with a picture in their pixel data, false for SEG and RTSTRUCT.
bool isImage(ModalityKind kind);

} // namespace nbia::emulator::detail
