#pragma once

#include <QString>

#include <atomic>
#include <memory>

class QLockFile;

namespace nbia {

// Takes a download folder's lock (the .lock in its partial area), so that two programs never
// download into one folder at once, and clears what a killed run left in the partial area: only
// whoever holds the lock writes there, so the rest is from a run that was killed. It waits for
// the disk (the lock file is synced, the leftovers can be thousands of files): for a worker
// thread.
class DownloadFolderLock final {
public:
    struct Taken {
        std::shared_ptr<QLockFile> lock; // held until released; null when not taken
        bool diskFailure = false;        // the partial area cannot be made
        QString reason;                  // why not, when not taken
    };

    // `stop`, when set, makes it give the lock back rather than clear a killed run's leftovers
    // (which can take long) for a queue that has gone.
    [[nodiscard]] static Taken take(const QString &root, const std::atomic_bool *stop = nullptr);
};

} // namespace nbia
