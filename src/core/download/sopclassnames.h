#pragma once

#include <QString>

namespace nbia {

// The names of the SOP classes the archive holds, for metadata.csv's "SOP Class Name" column
// (the Data Retriever reads them from getAllSOPClassDefinition). Unknown UIDs have no name.
class SopClassNames final {
public:
    static QString name(const QString &sopClassUid);
};

} // namespace nbia
