#pragma once

#include <QString>

namespace nbia {

// Where one series is on its way to the disk.
enum class DownloadState {
    Queued,
    Downloading,
    Extracting, // unpacking (no MD5 check asked for)
    Verifying,  // unpacking while checking every file against md5hashes.csv
    Done,
    Failed,
    Paused,
    Cancelled,
};

[[nodiscard]] constexpr bool isFinal(DownloadState state) {
    return state == DownloadState::Done || state == DownloadState::Failed ||
           state == DownloadState::Cancelled;
}

[[nodiscard]] constexpr bool isActive(DownloadState state) {
    return state == DownloadState::Downloading || state == DownloadState::Extracting ||
           state == DownloadState::Verifying;
}

} // namespace nbia
