#include "syntheticobjecttags.h"

#include "dicomtagwriter.h"
#include "dicomvalueformat.h"
#include "imagespec.h"

#include "dcmtk/dcmdata/dcdeftag.h"

namespace nbia::emulator::detail {

void SyntheticObjectTags::write(DicomTagWriter &w, const SyntheticImageSpec &spec,
                                const QString &sopClass) {
    w.bytes(DCM_SpecificCharacterSet, "ISO_IR 192");
    w.text(DCM_SOPClassUID, sopClass);
    w.text(DCM_SOPInstanceUID, spec.sopInstanceUid);
    w.bytes(DCM_StudyDate, DicomValueFormat::date(spec.studyDate));
    w.bytes(DCM_StudyTime, QByteArray());
    if (spec.seriesDate.isValid())
        w.bytes(DCM_SeriesDate, DicomValueFormat::date(spec.seriesDate));
    w.bytes(DCM_AccessionNumber, QByteArray());
    w.text(DCM_Modality, spec.modality.trimmed().toUpper());
    w.text(DCM_Manufacturer, spec.manufacturer);
    w.bytes(DCM_ReferringPhysicianName, QByteArray());
    w.text(DCM_StudyDescription, spec.studyDescription);
    w.text(DCM_SeriesDescription, spec.seriesDescription);
    w.text(DCM_ManufacturerModelName, spec.manufacturerModelName);
    w.text(DCM_PatientName, spec.patientName);
    w.text(DCM_PatientID, spec.patientId);
    w.bytes(DCM_PatientBirthDate, DicomValueFormat::date(spec.patientBirthDate));
    w.text(DCM_PatientSex, spec.patientSex);
    w.text(DCM_PatientAge, spec.patientAge);
    if (!spec.bodyPartExamined.isEmpty())
        w.text(DCM_BodyPartExamined, spec.bodyPartExamined);
    w.text(DCM_SoftwareVersions, spec.softwareVersions);
    w.text(DCM_ProtocolName, spec.protocolName);
    w.text(DCM_StudyInstanceUID, spec.studyInstanceUid);
    w.text(DCM_SeriesInstanceUID, spec.seriesInstanceUid);
    w.text(DCM_StudyID, spec.studyId);
    w.integer(DCM_SeriesNumber, spec.seriesNumber);
    w.integer(DCM_InstanceNumber, spec.instanceNumber);
}

QByteArray SyntheticObjectTags::frameOfReferenceUid(const SyntheticImageSpec &spec) {
    return DicomValueFormat::derivedUid(u"frame-of-reference:" + spec.studyInstanceUid);
}

} // namespace nbia::emulator::detail
