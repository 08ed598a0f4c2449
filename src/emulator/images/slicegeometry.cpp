#include "slicegeometry.h"

#include "dicomvalueformat.h"
#include "imagespec.h"

#include <algorithm>

namespace nbia::emulator::detail {

SliceGeometry SliceGeometry::of(const SyntheticImageSpec &spec, ModalityKind kind) {
    SliceGeometry g;
    g.rowSpacing = FieldOfViewMm / spec.rows;
    g.columnSpacing = FieldOfViewMm / spec.columns;
    switch (kind) {
    case ModalityKind::Ct:
        g.sliceThickness = 2.5;
        break;
    case ModalityKind::Mr:
        g.sliceThickness = 5.0;
        break;
    case ModalityKind::Pt:
        g.sliceThickness = 4.0;
        break;
    default:
        g.sliceThickness = 1.0;
        break;
    }
    const int count = std::max(spec.imagesInSeries, 1);
    g.z = (spec.instanceNumber - 1 - (count - 1) / 2.0) * g.sliceThickness;
    return g;
}

QByteArray SliceGeometry::imagePosition() const {
    return DicomValueFormat::decimals(
        {-FieldOfViewMm / 2 + columnSpacing / 2, -FieldOfViewMm / 2 + rowSpacing / 2, z});
}

} // namespace nbia::emulator::detail
