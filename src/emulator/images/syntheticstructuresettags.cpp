#include "syntheticstructuresettags.h"

#include "dicomtagwriter.h"
#include "dicomvalueformat.h"
#include "imagespec.h"
#include "phantompainter.h"
#include "slicegeometry.h"
#include "syntheticobjecttags.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcuid.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace nbia::emulator::detail {

namespace {

constexpr int ContourPoints = 32;

// The phantom's brain outline on the central slice, in patient coordinates (mm): "x\\y\\z\\x...".
QByteArray brainContour(quint32 seed) {
    const std::vector<PhantomEllipse> ellipses = PhantomPainter::ellipses(seed, 0.0);
    const auto brain = std::find_if(ellipses.begin(), ellipses.end(),
                                    [](const PhantomEllipse &e) { return e.tissue == Brain; });
    QByteArray data;
    if (brain != ellipses.end()) {
        const double c = std::cos(brain->angle);
        const double s = std::sin(brain->angle);
        for (int i = 0; i < ContourPoints; ++i) {
            const double t = 2.0 * std::numbers::pi * i / ContourPoints;
            const double ex = brain->a * std::cos(t);
            const double ey = brain->b * std::sin(t);
            const double x = (brain->cx + ex * c - ey * s) * FieldOfViewMm / 2;
            const double y = -(brain->cy + ex * s + ey * c) * FieldOfViewMm / 2;
            if (!data.isEmpty())
                data += '\\';
            data += DicomValueFormat::decimals({x, y, 0.0});
        }
    }
    return data;
}

} // namespace

void SyntheticStructureSetTags::write(DicomTagWriter &w, const SyntheticImageSpec &spec) {
    const QByteArray frameOfReference = SyntheticObjectTags::frameOfReferenceUid(spec);
    const QByteArray date =
        DicomValueFormat::date(spec.seriesDate.isValid() ? spec.seriesDate : spec.studyDate);
    w.bytes(DCM_StructureSetLabel, "SYNTHETIC");
    w.text(DCM_StructureSetName, spec.seriesDescription.left(64));
    w.bytes(DCM_StructureSetDate, date);
    w.bytes(DCM_StructureSetTime, date.isEmpty() ? QByteArray() : QByteArray("120000"));
    w.bytes(DCM_OperatorsName, QByteArray());
    {
        DicomTagWriter frame = w.item(DCM_ReferencedFrameOfReferenceSequence);
        frame.bytes(DCM_FrameOfReferenceUID, frameOfReference);
        DicomTagWriter study = frame.item(DCM_RTReferencedStudySequence);
        study.bytes(DCM_ReferencedSOPClassUID, UID_RETIRED_DetachedStudyManagementSOPClass);
        study.text(DCM_ReferencedSOPInstanceUID, spec.referencedStudyUid.isEmpty()
                                                     ? spec.studyInstanceUid
                                                     : spec.referencedStudyUid);
        if (!spec.referencedSeriesUid.isEmpty()) {
            // The image series the contours were drawn on, and its images.
            DicomTagWriter series = study.item(DCM_RTReferencedSeriesSequence);
            series.text(DCM_SeriesInstanceUID, spec.referencedSeriesUid);
            for (const QString &uid : spec.referencedSopInstanceUids) {
                DicomTagWriter image = series.item(DCM_ContourImageSequence);
                image.text(DCM_ReferencedSOPClassUID, spec.referencedSopClassUid);
                image.text(DCM_ReferencedSOPInstanceUID, uid);
            }
        }
    }
    {
        DicomTagWriter roi = w.item(DCM_StructureSetROISequence);
        roi.integer(DCM_ROINumber, 1);
        roi.bytes(DCM_ReferencedFrameOfReferenceUID, frameOfReference);
        roi.bytes(DCM_ROIName, "Brain");
        roi.bytes(DCM_ROIGenerationAlgorithm, "AUTOMATIC");
    }
    {
        const QByteArray data = brainContour(spec.seed);
        DicomTagWriter contour = w.item(DCM_ROIContourSequence);
        contour.bytes(DCM_ROIDisplayColor, "255\\64\\64");
        contour.integer(DCM_ReferencedROINumber, 1);
        DicomTagWriter polygon = contour.item(DCM_ContourSequence);
        polygon.bytes(DCM_ContourGeometricType, "CLOSED_PLANAR");
        polygon.integer(DCM_NumberOfContourPoints, ContourPoints);
        polygon.bytes(DCM_ContourData, data);
    }
    {
        DicomTagWriter observation = w.item(DCM_RTROIObservationsSequence);
        observation.integer(DCM_ObservationNumber, 1);
        observation.integer(DCM_ReferencedROINumber, 1);
        observation.bytes(DCM_RTROIInterpretedType, "ORGAN");
        observation.bytes(DCM_ROIInterpreter, QByteArray());
    }
}

} // namespace nbia::emulator::detail
