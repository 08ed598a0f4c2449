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
        {OptionId::OutDir, "out"_L1, "DIR"_L1, "The download folder (made if missing)"_L1},
        {OptionId::Manifest, "manifest"_L1, "FILE"_L1, "The series of a .tcia manifest"_L1},
        {OptionId::SharedList, "shared-list"_L1, "NAME"_L1,
         "The series of a shared list (getContentsByName)"_L1},
        {OptionId::Layout, "layout"_L1, "LAYOUT"_L1,
         "Folders: descriptive (default), classic or flat"_L1},
        {OptionId::FileNames, "file-names"_L1, "NAMES"_L1,
         "archive (as it sends them, the default) or instance (1-001.dcm by InstanceNumber, "
         "the Data Retriever's new names)"_L1},
        {OptionId::Parallel, "parallel"_L1, "N"_L1, "Series downloaded at once (default 4)"_L1},
        {OptionId::NoMd5, "no-md5"_L1, {}, "Do not check the files' MD5 hashes"_L1, true},
        {OptionId::Shard, "shard"_L1, "I/N"_L1,
         "Only the I-th of N disjoint parts of the series (I is taken modulo N, so 0-based "
         "and 1-based job arrays both work)"_L1},
        {OptionId::DicomFile, "file"_L1, "FILE"_L1,
         "The DICOM file (also accepted as argument)"_L1},
        {OptionId::PngOut, "out"_L1, "FILE"_L1, "The PNG file to write"_L1},
        {OptionId::Size, "size"_L1, "N"_L1,
         "Scale down to fit an N x N square (default 256; 0 keeps the full size)"_L1},
        {OptionId::Window, "window"_L1, "C,W"_L1,
         "Window center and width (default: the file's own window, else its full range)"_L1},
        {OptionId::Of, "of"_L1, "LIST"_L1,
         "What to count: collection, modality, body-part or manufacturer"_L1},
        {OptionId::WithReferences,
         "with-references"_L1,
         {},
         "Also download the image series a segmentation (SEG) or structure set (RTSTRUCT) is "
         "drawn on"_L1,
         true},
    };
    return options;
}

const OptionInfo &CommandOption::info(OptionId id) {
    // By id, not by position: the table's order is free.
    const QList<OptionInfo> &options = all();
    const auto found = std::find_if(options.cbegin(), options.cend(),
                                    [id](const OptionInfo &option) { return option.id == id; });
    Q_ASSERT(found != options.cend());
    return found != options.cend() ? *found : options.first();
}

} // namespace nbia::cli
