#pragma once

#include "recordschema.h"

namespace nbia::cli {

// The schema of each kind of result, after the archive's endpoints (nbia-api.md §3).
class RecordSchemas final {
public:
    // Single-column lists (getCollectionValues…): `{}` rows show as "(not specified)".
    static RecordSchema valueList(const QString &key, bool truncatable = true);
    static RecordSchema patients();      // getPatient, NewPatientsInCollection
    static RecordSchema patientIds();    // getPatientByCollectionAndModality
    static RecordSchema studies();       // getPatientStudy, NewStudiesInPatientCollection
    static RecordSchema series();        // getSeries (24 fields)
    static RecordSchema updatedSeries(); // getUpdatedSeries (16 fields)
    static RecordSchema sharedList();    // getContentsByName (16 fields, "Date Released")
    static RecordSchema seriesSize();
    static RecordSchema seriesMetadata();
    static RecordSchema valueCounts(const QString &key); // get*ValuesAndCounts
    static RecordSchema collectionDescriptions();        // getCollectionDescriptions
    static RecordSchema dicomTags();                     // getDicomTags
};

} // namespace nbia::cli
