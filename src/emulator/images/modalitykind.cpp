#include "modalitykind.h"

namespace nbia::emulator::detail {

ModalityKind modalityKind(const QString &modality) {
    const QString m = modality.trimmed().toUpper();
    if (m == u"CT")
        return ModalityKind::Ct;
    if (m == u"MR")
        return ModalityKind::Mr;
    if (m == u"PT")
        return ModalityKind::Pt;
    if (m == u"MG")
        return ModalityKind::Mg;
    if (m == u"CR")
        return ModalityKind::Cr;
    if (m == u"US")
        return ModalityKind::Us;
    if (m == u"SEG")
        return ModalityKind::Seg;
    if (m == u"RTSTRUCT")
        return ModalityKind::RtStruct;
    return ModalityKind::Other;
}

bool isImage(ModalityKind kind) {
    return kind != ModalityKind::Seg && kind != ModalityKind::RtStruct;
}

} // namespace nbia::emulator::detail
