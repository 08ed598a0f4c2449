#pragma once

namespace nbia {

// Why the whole download queue waits. The widgets and the command line say it in words.
enum class PauseReason {
    User,        // Pause all
    LastSession, // the rows of the last session came back and wait for Resume all
    Disk,        // the download folder cannot be written (full, read-only): the detail says why
};

} // namespace nbia
