#pragma once

#include <QByteArray>
#include <QString>

namespace nbia::emulator {

struct SyntheticImageSpec;

namespace detail {

class DicomTagWriter;

// The tags every synthetic object has, whatever its modality: SOP, patient, study and series.
class SyntheticObjectTags final {
public:
    static void write(DicomTagWriter &w, const SyntheticImageSpec &spec, const QString &sopClass);

    // The Frame of Reference UID, shared by all objects of a study.
    static QByteArray frameOfReferenceUid(const SyntheticImageSpec &spec);
};

} // namespace detail
} // namespace nbia::emulator
