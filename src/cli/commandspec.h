#pragma once

#include "commandoption.h"

#include <QLatin1StringView>
#include <QList>

#include <optional>

namespace nbia::cli {

enum class CommandId {
    Collections,
    Modalities,
    BodyParts,
    Manufacturers,
    Patients,
    PatientsByModality,
    Studies,
    Series,
    SopUids,
    SeriesSize,
    SeriesMetadata,
    NewPatients,
    NewStudies,
    UpdatedSeries,
    SharedList,
    Image,
    Download,
    Thumbnail,
    Counts,
    Describe,
    DicomTags,
    ReferencedSeries,
};

struct CommandOptionUse {
    OptionId id;
    bool required = false;
};

// One command of nbia-cli: its name on the command line, its help and the options it takes.
struct CommandSpec {
    CommandId id;
    QLatin1StringView name;
    QLatin1StringView summary;  // one line in `nbia-cli --help`
    QLatin1StringView endpoint; // the archive endpoint it calls
    QList<CommandOptionUse> options;
    std::optional<OptionId> positional = std::nullopt; // an option also accepted as argument
    QLatin1StringView usage = {}; // the usage line after the program name, when not derived

    [[nodiscard]] bool takes(OptionId option) const;
    [[nodiscard]] bool isRequired(OptionId option) const;
};

} // namespace nbia::cli
