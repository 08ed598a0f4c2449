#pragma once

#include <QLatin1StringView>
#include <QList>

namespace nbia::cli {

// The per-command options (filters and the like). Every one of them takes a value.
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
};

struct OptionInfo {
    OptionId id;
    QLatin1StringView name;      // without the leading "--"
    QLatin1StringView valueName; // shown in help, e.g. "UID"
    QLatin1StringView description;
};

class CommandOption final {
public:
    static const OptionInfo &info(OptionId id);
    static const QList<OptionInfo> &all();
};

} // namespace nbia::cli
