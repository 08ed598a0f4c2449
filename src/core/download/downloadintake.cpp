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
    // Usually every series is new and named: the list is then shared, not copied record by
    // record (10,000 of them for a large selection).
    QSet<QString> seen;
    seen.reserve(series.size());
    qsizetype kept = 0;
    for (const Series &s : series) {
        const QString uid = s.seriesInstanceUid.trimmed();
        if (uid.isEmpty() || seen.contains(uid))
            break;
        seen.insert(uid);
        ++kept;
    }
    QList<Series> unique = series.mid(0, kept);
    for (qsizetype i = kept; i < series.size(); ++i) {
        const QString uid = series.at(i).seriesInstanceUid.trimmed();
        if (!uid.isEmpty() && !seen.contains(uid)) {
            seen.insert(uid);
            unique << series.at(i);
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
