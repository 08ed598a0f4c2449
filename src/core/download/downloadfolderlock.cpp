#include "downloadfolderlock.h"

#include "seriesfoldercommit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>

namespace nbia {

using namespace Qt::StringLiterals;

DownloadFolderLock::Taken DownloadFolderLock::take(const QString &root,
                                                   const std::atomic_bool *stop) {
    Taken taken;
    const QString area = SeriesFolderCommit::partialArea(root);
    if (!QDir().mkpath(area)) {
        taken.diskFailure = true;
        // The queue's words, where translators know them.
        taken.reason = QCoreApplication::translate("nbia::DownloadQueue", "%1 cannot be made")
                           .arg(QDir::toNativeSeparators(area));
        return taken;
    }
    auto lock = std::make_shared<QLockFile>(QDir(area).filePath(u".lock"_s));
    lock->setStaleLockTime(0); // stale only when its process is gone, however long it runs
    if (!lock->tryLock(0)) {
        taken.reason = (lock->error() == QLockFile::LockFailedError
                            ? QCoreApplication::translate(
                                  "nbia::DownloadQueue",
                                  "Another program is downloading into %1; resume when it is done.")
                            : QCoreApplication::translate("nbia::DownloadQueue",
                                                          "%1 cannot be locked for downloading"))
                           .arg(QDir::toNativeSeparators(root));
        return taken;
    }
    if (stop && stop->load()) {
        lock->unlock();
        QDir().rmdir(area); // when empty, as the queue leaves it
        return taken;
    }
    const QFileInfoList leftovers =
        QDir(area).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : leftovers) {
        if (entry.fileName() == ".lock"_L1)
            continue;
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.filePath()).removeRecursively();
        else
            QFile::remove(entry.filePath());
    }
    taken.lock = std::move(lock);
    return taken;
}

} // namespace nbia
