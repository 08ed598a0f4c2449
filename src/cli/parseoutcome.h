#pragma once

#include "parsedarguments.h"

namespace nbia::cli {

// What the command line asks for. `text` is the help, the version or the usage error message.
struct ParseOutcome {
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };

    Action action = Action::UsageError;
    QString text;
    ParsedArguments arguments;
};

} // namespace nbia::cli
