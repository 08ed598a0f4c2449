#pragma once

#include "commandspec.h"
#include "outputformat.h"

#include <api/clientsettings.h>
#include <api/endpoint.h>

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace nbia::cli {

// A valid command line: what to run, against which server, and how to print it.
struct ParsedArguments {
    const CommandSpec *command = nullptr;
    OutputFormat format = OutputFormat::Table;
    ClientSettings settings;
    bool serverGiven = false; // --server, --archive or NBIA_SERVER
    bool quiet = false;
    QHash<OptionId, QString> options; // the command options given, never empty values
    QDate since;                      // --since, invalid when absent
    QStringList seriesUids;           // download: every --series value and extra argument
    int shardIndex = 0;               // download --shard I/N: I modulo N
    int shardCount = 1;
    int parallel = 4;                                        // download --parallel
    int size = 256;                                          // thumbnail --size
    std::optional<std::pair<double, double>> window;         // thumbnail --window C,W
    Endpoint countsOf = Endpoint::CollectionValuesAndCounts; // counts --of

    // A null QString when the option was not given: NbiaClient then does not send the filter.
    [[nodiscard]] QString value(OptionId id) const { return options.value(id); }
    [[nodiscard]] bool has(OptionId id) const { return options.contains(id); }
};

} // namespace nbia::cli
