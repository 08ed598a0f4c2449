#pragma once

#include "downloadoptions.h"
#include "downloadstate.h"
#include "extractionfailure.h"
#include "folderfiles.h"
#include "metadatacsv.h"
#include "seriesunpack.h"

#include <api/seriessize.h>

#include <QFile>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace nbia {

class ApiCall;
class NbiaClient;

// One series from the archive to its folder: its metadata (getSeriesMetaData) (for the folder names
// and metadata.csv), its ZIP streamed to a file in the download folder's partial area, unpacked,
// checked and counted on a worker thread (see SeriesUnpack), and moved into place in one step on
// this one. A damaged ZIP is downloaded again (up to maxAttempts, with the client's backoff);
// transfer failures are retried by the client. Whatever happens, the partial files are removed at
// the end. A folder that is complete already (same file count and bytes as getSeriesSize says,
// counted on a worker thread) is kept and not downloaded again. Emits finished() once.
class SeriesDownload final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesDownload)

public:
    SeriesDownload(NbiaClient *client, QString seriesUid, DownloadOptions options,
                   QObject *parent = nullptr);
    ~SeriesDownload() override;

    // The series' metadata when it is known already (fetched with others in one request): no
    // request of its own is made for it. Before start().
    void setMetadata(const SeriesMetadata &metadata) { m_known = metadata; }
    void start();
    // Stops at once; finished() follows with the Cancelled state.
    void cancel();

    [[nodiscard]] const QString &seriesUid() const { return m_uid; }
    [[nodiscard]] const DownloadOptions &options() const { return m_options; }
    [[nodiscard]] DownloadState state() const { return m_state; }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] bool isDiskFailure() const { return m_diskFailure; }
    [[nodiscard]] int attempts() const { return m_attempts; }
    // The series folder from the download folder, once known.
    [[nodiscard]] const QStringList &folders() const { return m_folders; }
    // What its folder holds, once done.
    [[nodiscard]] const FolderFiles &contents() const { return m_contents; }
    // Its metadata.csv row, once done.
    [[nodiscard]] const MetadataCsv::Row &metadataRow() const { return m_row; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }
    [[nodiscard]] qint64 bytesExpected() const { return m_bytesExpected; }

Q_SIGNALS:
    void stateChanged(nbia::DownloadState state);
    // What the series is, once its metadata came: "patient · modality description".
    void described(const QString &label);
    void progress(qint64 bytesReceived, qint64 bytesExpected);
    void finished();

private:
    void onMetadata(const SeriesMetadata &metadata);
    void checkExistingFolder();
    void onCounted(const FolderFiles &there);
    void fetchArchive();
    [[nodiscard]] qint64 byteLimit() const;
    void extract();
    void onExtracted(const SeriesUnpack::Result &result);
    void stopUnpacking();
    void writeLicense(const QByteArray &license);
    void setState(DownloadState state);
    void fail(const QString &error, bool disk = false);
    void finish(DownloadState state);
    void removePartialFiles();
    [[nodiscard]] QString partialPath(const QString &suffix) const;

    NbiaClient *m_client;
    QString m_uid;
    DownloadOptions m_options;
    DownloadState m_state = DownloadState::Queued;
    QString m_error;
    bool m_diskFailure = false;
    int m_attempts = 0;
    bool m_renameFiles = false; // the archive sends its own names; they become "1-001.dcm"…
    bool m_fellBack = false;
    std::optional<SeriesMetadata>
        m_known; // the server refused an option once: asked again without it
    QStringList m_folders;
    MetadataCsv::Row m_row;
    FolderFiles m_contents;
    qint64 m_bytesReceived = 0;
    qint64 m_bytesExpected = -1;
    QPointer<ApiCall> m_call;
    std::unique_ptr<QFile> m_zip;
    std::shared_ptr<SeriesUnpack> m_unpack; // the current attempt's, until its result is taken
    QFutureWatcher<SeriesUnpack::Result> m_extraction;
    std::optional<SeriesSize> m_expectedSize; // of a folder there already, while it is counted
    QFutureWatcher<FolderFiles> m_counting;
    QTimer m_refetch;      // the wait before a damaged ZIP is fetched again
    QString m_partialName; // of this download's files in the partial area
};

} // namespace nbia
