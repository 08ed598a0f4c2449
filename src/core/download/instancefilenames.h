#pragma once

#include "extractionfailure.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nbia {

// The numbers a file's new name is made from (null when the file has none).
struct InstanceNumbers {
    std::optional<int> instance;
    std::optional<int> acquisition;
};

// The archive's "new file names" (getImage with NewFileNames=Yes, the Data Retriever since 3.6),
// made here for the files of getImageWithMD5Hash, which sends counter names: the files sorted by
// InstanceNumber (none first), numbered within each run of one AcquisitionNumber, as
// "<acquisition>-<instance>.dcm", each number padded to the digits of its count: 1-001.dcm …
// 1-133.dcm, or 1-01.dcm … 2-42.dcm for two acquisitions.
class InstanceFileNames final {
public:
    // The new name of each file, in the order given.
    [[nodiscard]] static QStringList names(const QList<InstanceNumbers> &files);

    // InstanceNumber and AcquisitionNumber from a DICOM file's header (the pixels are not read);
    // both null for what is not DICOM.
    [[nodiscard]] static InstanceNumbers read(const QString &path);

    // Renames the DICOM files (*.dcm) among `files` (names in `folder`) to their new names;
    // the failure, if any.
    static std::optional<ExtractionFailure> rename(const QString &folder, const QStringList &files);
};

} // namespace nbia
