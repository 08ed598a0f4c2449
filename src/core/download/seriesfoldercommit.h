#pragma once

#include "extractionfailure.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace nbia {

// Puts a finished, verified series in its place in one rename: a folder of the layout is either
// complete or absent, whenever the program stops. Series are unpacked in the download folder's
// partial area (same file system, so the rename is atomic) and moved from there; a folder of the
// same series that is there already is replaced, not merged (see uniqueFolders). Nothing is ever
// written outside the download folder, also when a folder on the way is a link that points
// elsewhere.
class SeriesFolderCommit final {
public:
    // Where series are unpacked before they are complete; its content is never a result.
    static QString partialArea(const QString &root);

    // The folders for the series `seriesUid`: the layout's own when that folder is free (or
    // empty, or holds this series already), else its name with "-2", "-3", … Two series the
    // layout names alike, or a folder of something else, are never replaced.
    [[nodiscard]] static QStringList uniqueFolders(const QString &root, QStringList folders,
                                                   const QString &seriesUid);

    // Moves `staging` to root/folders…; every folder name must be safe (see SafeFileName).
    static std::optional<ExtractionFailure> commit(const QString &root, const QString &staging,
                                                   const QStringList &folders);
};

} // namespace nbia
