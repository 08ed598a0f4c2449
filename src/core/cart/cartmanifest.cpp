#include "cartmanifest.h"

#include <download/tciamanifest.h>

#include <QDir>
#include <QFileInfo>

namespace nbia {

using namespace Qt::StringLiterals;

CartManifest::Contents CartManifest::read(const QString &path) {
    Contents contents;
    const QFileInfo info(path);
    if (info.isFile() && info.size() > TciaManifest::maxFileBytes) {
        contents.problem = Problem::TooLarge;
        contents.detail = QString::number(info.size());
        return contents;
    }
    bool unreadable = false;
    const std::optional<TciaManifest> manifest =
        TciaManifest::readFile(path, &contents.detail, &unreadable);
    if (!manifest) {
        contents.problem = unreadable ? Problem::Unreadable : Problem::NotAManifest;
        return contents;
    }
    if (manifest->seriesInstanceUids.isEmpty()) {
        contents.problem = Problem::Empty;
        contents.detail = u"no series listed"_s;
        return contents;
    }
    contents.uids = manifest->seriesInstanceUids;
    return contents;
}

bool CartManifest::write(const QString &path, const QStringList &uids, const QUrl &serviceRoot,
                         const QDateTime &now, QString *error) {
    if (uids.isEmpty()) {
        if (error)
            *error = tr("The cart is empty: there is nothing to export.");
        return false;
    }
    QString why;
    if (!TciaManifest::forSeries(uids, now, serviceRoot).writeFile(path, &why)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

QString CartManifest::describe(const Contents &contents, const QString &path) {
    const QString name = QDir::toNativeSeparators(path);
    switch (contents.problem) {
    case Problem::None:
        return {};
    case Problem::Unreadable:
        return tr("%1 cannot be read: %2").arg(name, contents.detail);
    case Problem::TooLarge:
        return tr("%1 is far too large to be a manifest (%2 bytes).").arg(name, contents.detail);
    case Problem::NotAManifest:
        return tr("%1 is not a manifest the archive would make: %2").arg(name, contents.detail);
    case Problem::Empty:
        return tr("%1 lists no series.").arg(name);
    }
    return {};
}

} // namespace nbia
