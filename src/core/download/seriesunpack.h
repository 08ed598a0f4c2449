#pragma once

#include "extractionfailure.h"
#include "folderfiles.h"
#include "serieszipextractor.h"

#include <atomic>
#include <variant>

namespace nbia {

// What takes time on disk once a series' ZIP is there, for a worker thread: a fresh staging
// folder, the ZIP unpacked and checked into it, its files renamed when asked, the ZIP removed and
// what the folder holds counted. Moving the folder into place is left to the caller (one rename,
// on its own thread), so that a cancel is never too late for it.
//
// The staging folder is removed by whoever stops caring first: the worker, when the job was
// stopped before it finished or when unpacking failed, else the caller, who has the result (or,
// stopping the job after that, is told so by stop()).
class SeriesUnpack final {
public:
    struct Job {
        QString zip;
        QString staging;
        SeriesZipExtractor::Options options;
        bool renameFiles = false; // to the "new file names", by InstanceNumber
    };
    struct Unpacked {
        SeriesZipExtractor::Extracted extracted;
        FolderFiles contents; // of the staging folder, as it will be once in place
    };
    struct Stopped {};
    using Result = std::variant<Unpacked, ExtractionFailure, Stopped>;

    explicit SeriesUnpack(Job job);

    // On a worker thread, once.
    [[nodiscard]] Result run();
    // From any thread. True when the worker had finished with a result that has the staging
    // folder in it: removing it is then the caller's.
    bool stop();

private:
    enum State { Running, Handed, Halted };

    Job m_job;
    std::atomic<int> m_state = Running;
};

} // namespace nbia
