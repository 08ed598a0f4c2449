#pragma once

#include "downloadstate.h"
#include "downloadtarget.h"
#include "folderfiles.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace nbia {

// One row of the download queue.
struct DownloadItem {
    QString seriesUid;
    QString label; // what the series is, for people: "patient · modality description"
    // The archive it comes from (its versioned API base): the queue keeps working when the
    // window is pointed at another server.
    QString server;
    DownloadTarget target;
    DownloadState state = DownloadState::Queued;
    QString error; // why it failed, in the archive's or the system's words
    qint64 bytesReceived = 0;
    qint64 bytesExpected = -1; // the series' size from its metadata; -1 until known
    int attempts = 0;
    QString folder; // from the download folder, once known
    // What the folder held when the series was done: checked again when a later run restores
    // the row.
    std::optional<FolderFiles> contents;

    [[nodiscard]] static QString labelFor(const QString &patientId, const QString &modality,
                                          const QString &description) {
        QString what = QStringList{modality, description}.join(u' ').trimmed();
        if (patientId.isEmpty())
            return what;
        return what.isEmpty() ? patientId : patientId + QStringLiteral(" · ") + what;
    }
};

} // namespace nbia
