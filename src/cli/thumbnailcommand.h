#pragma once

#include "exitcode.h"
#include "parsedarguments.h"

namespace nbia::cli {

class Console;

// nbia-cli thumbnail: a local DICOM file rendered to PNG by the viewer's own renderer. No
// request is sent.
class ThumbnailCommand final {
public:
    [[nodiscard]] static ExitCode run(const ParsedArguments &arguments, Console &console);
};

} // namespace nbia::cli
