#include "seriesfoldercommit.h"

#include "folderseries.h"

#include "safefilename.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
ExtractionFailure failure(ExtractionFailure::Kind kind, const QString &message) {
    return {kind, message};
}

// Makes root/folders… one folder at a time, refusing to go through a link: mkpath would follow
// one and make folders wherever it points.
std::optional<ExtractionFailure> makeParents(const QString &root, const QStringList &folders) {
    QString path = root;
    for (const QString &folder : folders) {
        path = QDir(path).filePath(folder);
        const QFileInfo info(path);
        if (info.isSymLink())
            return failure(ExtractionFailure::Kind::Hostile,
                           u"%1 is a link; nothing is written through it"_s.arg(path));
        if (info.exists() && !info.isDir())
            return failure(ExtractionFailure::Kind::Disk,
                           u"%1 is a file where a folder should be"_s.arg(path));
        if (!info.exists() && !QDir().mkdir(path))
            return failure(ExtractionFailure::Kind::Disk, u"%1 cannot be made"_s.arg(path));
    }
    return std::nullopt;
}
} // namespace

QString SeriesFolderCommit::partialArea(const QString &root) {
    return QDir(root).filePath(u".nbia-partial"_s);
}

QStringList SeriesFolderCommit::uniqueFolders(const QString &root, QStringList folders,
                                              const QString &seriesUid) {
    if (folders.isEmpty())
        return folders;
    const QString name = folders.last();
    for (int n = 1; n < 10000; ++n) {
        if (n > 1) {
            const QString suffix = u'-' + QString::number(n);
            QString base = name;
            while ((base + suffix).toUtf8().size() > 255) // the name limit, suffix kept
                base.chop(1);
            folders.last() = base + suffix;
        }
        const FolderSeries::Found found = FolderSeries::in(QDir(root).filePath(folders.join(u'/')));
        if (found.content == FolderSeries::Content::Missing ||
            found.content == FolderSeries::Content::Empty ||
            (found.content == FolderSeries::Content::Series && found.seriesUid == seriesUid))
            return folders;
    }
    return folders;
}

std::optional<ExtractionFailure> SeriesFolderCommit::commit(const QString &root,
                                                            const QString &staging,
                                                            const QStringList &folders) {
    if (folders.isEmpty())
        return failure(ExtractionFailure::Kind::Hostile, u"the series has no folder name"_s);
    for (const QString &folder : folders) {
        if (!SafeFileName::isSafe(folder))
            return failure(ExtractionFailure::Kind::Hostile,
                           u"\"%1\" is not a safe folder name"_s.arg(folder));
    }
    if (!QFileInfo(root).isDir())
        return failure(ExtractionFailure::Kind::Disk, u"%1 is not a folder"_s.arg(root));
    if (auto bad = makeParents(root, folders.mid(0, folders.size() - 1)))
        return bad;
    const QString target = QDir(root).filePath(folders.join(u'/'));
    if (QFileInfo(target).isSymLink())
        return failure(ExtractionFailure::Kind::Hostile,
                       u"%1 is a link; it is left alone"_s.arg(target));

    QString replaced;
    if (QFileInfo::exists(target)) {
        QDir().mkpath(partialArea(root));
        replaced = QDir(partialArea(root))
                       .filePath(u"replaced-%1-%2"_s.arg(
                           folders.last(), QString::number(QDateTime::currentMSecsSinceEpoch())));
        if (!QDir().rename(target, replaced))
            return failure(ExtractionFailure::Kind::Disk,
                           u"the earlier %1 cannot be moved aside"_s.arg(target));
    }
    if (!QDir().rename(staging, target)) {
        if (!replaced.isEmpty())
            QDir().rename(replaced, target);
        return failure(ExtractionFailure::Kind::Disk,
                       u"%1 cannot be moved to %2"_s.arg(staging, target));
    }
    if (!replaced.isEmpty())
        QDir(replaced).removeRecursively();
    return std::nullopt;
}

} // namespace nbia
