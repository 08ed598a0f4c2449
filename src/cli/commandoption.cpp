#include "commandoption.h"

namespace nbia::cli {

using namespace Qt::StringLiterals;

const QList<OptionInfo> &CommandOption::all() {
    static const QList<OptionInfo> options{
        {OptionId::Collection, "collection"_L1, "NAME"_L1, "Collection name (Collection)"_L1},
        {OptionId::Patient, "patient"_L1, "ID"_L1, "Patient ID (PatientID)"_L1},
        {OptionId::Study, "study"_L1, "UID"_L1, "StudyInstanceUID"_L1},
        {OptionId::Series, "series"_L1, "UID"_L1, "SeriesInstanceUID"_L1},
        {OptionId::Modality, "modality"_L1, "MODALITY"_L1, "Modality, e.g. CT (Modality)"_L1},
        {OptionId::BodyPart, "body-part"_L1, "PART"_L1,
         "Body part examined, e.g. CHEST (BodyPartExamined)"_L1},
        {OptionId::Manufacturer, "manufacturer"_L1, "NAME"_L1,
         "Equipment manufacturer (Manufacturer)"_L1},
        {OptionId::Model, "model"_L1, "NAME"_L1, "Equipment model name (ManufacturerModelName)"_L1},
        {OptionId::Since, "since"_L1, "YYYY-MM-DD"_L1, "Only data released after this date"_L1},
        {OptionId::Sop, "sop"_L1, "UID"_L1, "SOPInstanceUID of the image"_L1},
        {OptionId::Name, "name"_L1, "NAME"_L1,
         "Shared list name, e.g. nbia-49121659384603347 (also accepted as argument)"_L1},
        {OptionId::Out, "out"_L1, "FILE"_L1,
         "Write the DICOM file here (default: standard output, unless it is a terminal)"_L1},
    };
    return options;
}

const OptionInfo &CommandOption::info(OptionId id) {
    return all()[qsizetype(id)];
}

} // namespace nbia::cli
