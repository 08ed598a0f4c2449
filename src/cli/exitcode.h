#pragma once

namespace nbia::cli {

// The process exit codes; scripts rely on them (documented in `nbia-cli --help`).
enum ExitCode : int {
    Success = 0, // the command ran and found something
    Failure = 1, // server, network, parse or file error
    UsageError = 2,
    NothingFound = 3,
};

} // namespace nbia::cli
