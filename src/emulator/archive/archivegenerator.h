#pragma once

#include "archivedata.h"
#include "archivespec.h"

namespace nbia::emulator {

// Fills a SyntheticArchive from its spec. Kept apart from the archive's accessors because it is
// all about making up plausible data: names, dates, modalities, quirks.
class ArchiveGenerator final {
public:
    static ArchiveData generate(const ArchiveSpec &spec);
};

} // namespace nbia::emulator
