#include "downloadintake.h"

#include "downloadqueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace nbia {

DownloadIntake::Outcome DownloadIntake::add(DownloadQueue &queue, const QList<Series> &series,
                                            const DownloadTarget &target,
                                            const ClientSettings &archive) {
    Outcome outcome;
    if (!QDir().mkpath(target.root)) {
        outcome.error = QCoreApplication::translate("nbia::DownloadIntake", "%1 cannot be made.")
                            .arg(QDir::toNativeSeparators(target.root));
        return outcome;
    }
    QList<Series> unique;
    QSet<QString> seen;
    for (const Series &s : series) {
        const QString uid = s.seriesInstanceUid.trimmed();
        if (!uid.isEmpty() && !seen.contains(uid)) {
            seen.insert(uid);
            unique << s;
        }
    }
    if (queue.isPaused() && queue.pauseKind() == PauseReason::LastSession) {
        // New downloads start now; those of the last session wait, each row paused.
        queue.pauseQueuedRows();
        queue.resumeAll();
    }
    outcome.queued = queue.add(unique, target, archive);
    outcome.waiting = int(unique.size()) - outcome.queued;
    return outcome;
}

QList<Series> DownloadIntake::seriesOf(const QStringList &uids) {
    QList<Series> series;
    series.reserve(uids.size());
    for (const QString &uid : uids) {
        Series s;
        s.seriesInstanceUid = uid;
        series << s;
    }
    return series;
}

} // namespace nbia
