#pragma once

#include <QLatin1StringView>
#include <QList>

namespace nbia::cli {

// The per-command options (filters and the like). All take a value but the flags.
enum class OptionId {
    Collection,
    Patient,
    Study,
    Series,
    Modality,
    BodyPart,
    Manufacturer,
    Model,
    Since,
    Sop,
    Name,
    Out,
    OutDir,
    Manifest,
    SharedList,
    Layout,
    FileNames,
    Parallel,
    NoMd5,
    Shard,
    DicomFile,
    PngOut,
    Size,
    Window,
    Of,
    WithReferences,
};

struct OptionInfo {
    OptionId id;
    QLatin1StringView name;      // without the leading "--"
    QLatin1StringView valueName; // shown in help, e.g. "UID"
    QLatin1StringView description;
    bool flag = false; // takes no value
};

class CommandOption final {
public:
    static const OptionInfo &info(OptionId id);
    static const QList<OptionInfo> &all();
};

} // namespace nbia::cli
