#pragma once

#include "downloadtarget.h"

#include <api/clientsettings.h>
#include <api/series.h>

#include <QString>

namespace nbia {

class DownloadQueue;

// How series join a download queue, the same from the window and the command line: the folder is
// made first (a clear error, nothing queued, when it cannot be); a series listed twice is queued
// once, and one waiting or running already is left where it is; new downloads start at once even
// while the rows of the last session wait for Resume all (those stay paused, each on its own).
class DownloadIntake final {
public:
    struct Outcome {
        int queued = 0;  // rows added or queued again
        int waiting = 0; // asked for, but waiting or running in the queue already
        QString error;   // the folder cannot be made: nothing was queued
    };

    static Outcome add(DownloadQueue &queue, const QList<Series> &series,
                       const DownloadTarget &target, const ClientSettings &archive);
    // Series known by their UIDs only.
    static QList<Series> seriesOf(const QStringList &uids);
};

} // namespace nbia
