#include "commandtable.h"

#include <algorithm>

namespace nbia::cli {

using namespace Qt::StringLiterals;

bool CommandSpec::takes(OptionId option) const {
    return std::any_of(options.cbegin(), options.cend(),
                       [option](const CommandOptionUse &use) { return use.id == option; });
}

bool CommandSpec::isRequired(OptionId option) const {
    return std::any_of(options.cbegin(), options.cend(), [option](const CommandOptionUse &use) {
        return use.id == option && use.required;
    });
}

const QList<CommandSpec> &CommandTable::all() {
    using O = OptionId;
    constexpr bool req = true;
    static const QList<CommandSpec> commands{
        {CommandId::Collections,
         "collections"_L1,
         "List the collections"_L1,
         "getCollectionValues"_L1,
         {}},
        {CommandId::Modalities,
         "modalities"_L1,
         "List the modalities"_L1,
         "getModalityValues"_L1,
         {{O::Collection}, {O::BodyPart}}},
        {CommandId::BodyParts,
         "body-parts"_L1,
         "List the body parts examined"_L1,
         "getBodyPartValues"_L1,
         {{O::Collection}, {O::Modality}}},
        {CommandId::Manufacturers,
         "manufacturers"_L1,
         "List the equipment manufacturers"_L1,
         "getManufacturerValues"_L1,
         {{O::Collection}, {O::Modality}, {O::BodyPart}}},
        {CommandId::Patients,
         "patients"_L1,
         "List patients"_L1,
         "getPatient"_L1,
         {{O::Collection}, {O::Patient}}},
        {CommandId::PatientsByModality,
         "patients-by-modality"_L1,
         "List the patients of a collection that have a modality"_L1,
         "getPatientByCollectionAndModality"_L1,
         {{O::Collection, req}, {O::Modality, req}}},
        {CommandId::Studies,
         "studies"_L1,
         "List studies"_L1,
         "getPatientStudy"_L1,
         {{O::Collection}, {O::Patient}, {O::Study}}},
        {CommandId::Series,
         "series"_L1,
         "List series"_L1,
         "getSeries"_L1,
         {{O::Collection},
          {O::Patient},
          {O::Study},
          {O::Modality},
          {O::BodyPart},
          {O::Model},
          {O::Manufacturer},
          {O::Series}}},
        {CommandId::SopUids,
         "sop-uids"_L1,
         "List the SOP instance UIDs of a series"_L1,
         "getSOPInstanceUIDs"_L1,
         {{O::Series, req}}},
        {CommandId::SeriesSize,
         "series-size"_L1,
         "Show the size and image count of a series"_L1,
         "getSeriesSize"_L1,
         {{O::Series, req}}},
        {CommandId::SeriesMetadata,
         "series-metadata"_L1,
         "Show the metadata of a series"_L1,
         "getSeriesMetaData"_L1,
         {{O::Series, req}}},
        {CommandId::NewPatients,
         "new-patients"_L1,
         "List the patients of a collection with data released after a date"_L1,
         "NewPatientsInCollection"_L1,
         {{O::Collection, req}, {O::Since, req}}},
        {CommandId::NewStudies,
         "new-studies"_L1,
         "List the studies of a collection with data released after a date"_L1,
         "NewStudiesInPatientCollection"_L1,
         {{O::Collection, req}, {O::Since, req}, {O::Patient}}},
        {CommandId::UpdatedSeries,
         "updated-series"_L1,
         "List the series released after a date (all series without --since)"_L1,
         "getUpdatedSeries"_L1,
         {{O::Since}}},
        {CommandId::SharedList,
         "shared-list"_L1,
         "List the series of a shared list, a saved cart"_L1,
         "getContentsByName"_L1,
         {{O::Name, req}},
         O::Name},
        {CommandId::Image,
         "image"_L1,
         "Download one DICOM image"_L1,
         "getSingleImage"_L1,
         {{O::Series, req}, {O::Sop, req}, {O::Out}}},
        {CommandId::Download,
         "download"_L1,
         "Download whole series into a folder, checked and laid out as the Data Retriever does"_L1,
         "getImageWithMD5Hash"_L1,
         {{O::Series},
          {O::Manifest},
          {O::SharedList},
          {O::OutDir, req},
          {O::Layout},
          {O::FileNames},
          {O::Parallel},
          {O::NoMd5},
          {O::Shard},
          {O::WithReferences}},
         std::nullopt,
         "download (--series UID... | --manifest FILE | --shared-list NAME) --out DIR "
         "[--layout descriptive|classic|flat] [--file-names archive|instance] [--parallel N] "
         "[--no-md5] [--shard I/N] [--with-references]"_L1},
        {CommandId::Thumbnail,
         "thumbnail"_L1,
         "Render a DICOM file (local) as a PNG thumbnail"_L1,
         {},
         {{O::DicomFile, req}, {O::PngOut, req}, {O::Size}, {O::Window}},
         O::DicomFile,
         "thumbnail FILE.dcm --out FILE.png [--size N] [--window C,W]"_L1},
        {CommandId::Counts,
         "counts"_L1,
         "Count the patients per collection, modality, body part or manufacturer (API v4)"_L1,
         "get*ValuesAndCounts"_L1,
         {{O::Of, req}, {O::Collection}, {O::Modality}, {O::BodyPart}},
         std::nullopt,
         "counts --of collection|modality|body-part|manufacturer [--collection C] "
         "[--modality M] [--body-part B]"_L1},
        {CommandId::Describe,
         "describe"_L1,
         "Show a collection's description (API v4)"_L1,
         "getCollectionDescriptions"_L1,
         {{O::Collection, req}}},
        {CommandId::DicomTags,
         "dicom-tags"_L1,
         "List the DICOM elements of a series' first image (API v4)"_L1,
         "getDicomTags"_L1,
         {{O::Series, req}}},
        {CommandId::ReferencedSeries,
         "referenced-series"_L1,
         "List the image series a SEG or RTSTRUCT series is drawn on (API v4)"_L1,
         "getDicomTags, getSeries"_L1,
         {{O::Series, req}}},
    };
    return commands;
}

const CommandSpec *CommandTable::find(QStringView name) {
    const QList<CommandSpec> &commands = all();
    const auto found = std::find_if(commands.cbegin(), commands.cend(),
                                    [name](const CommandSpec &spec) { return spec.name == name; });
    return found == commands.cend() ? nullptr : &*found;
}

const CommandSpec &CommandTable::get(CommandId id) {
    return all()[qsizetype(id)];
}

QStringList CommandTable::names() {
    QStringList result;
    for (const CommandSpec &spec : all())
        result.append(QString(spec.name));
    return result;
}

} // namespace nbia::cli
