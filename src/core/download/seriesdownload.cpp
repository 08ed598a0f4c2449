#include "seriesdownload.h"

#include "downloaditem.h"
#include "instancefilenames.h"
#include "safefilename.h"
#include "seriesfoldercommit.h"
#include "sopclassnames.h"

#include <api/nbiaclient.h>
#include <api/retrypolicy.h>

#include <QDateTime>
#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace nbia {

using namespace Qt::StringLiterals;

SeriesDownload::SeriesDownload(NbiaClient *client, QString seriesUid, DownloadOptions options,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_uid(std::move(seriesUid))
    , m_options(std::move(options)) {
    static std::atomic<quint64> downloads{0};
    m_partialName = SafeFileName::from(m_uid.left(180)) + u'-' + QString::number(++downloads);
    connect(&m_extraction, &QFutureWatcherBase::finished, this,
            [this] { onExtracted(m_extraction.result()); });
    m_refetch.setSingleShot(true);
    connect(&m_refetch, &QTimer::timeout, this, &SeriesDownload::fetchArchive);
}

SeriesDownload::~SeriesDownload() {
    if (m_call)
        m_call->cancel();
    if (m_extraction.isRunning()) {
        // A worker still unpacks into the staging folder: it is removed once the worker is
        // done, without holding up this thread.
        (void)QtConcurrent::run([future = m_extraction.future(), zip = partialPath(u".zip"_s),
                                 staging = partialPath(QString())]() mutable {
            future.waitForFinished();
            QFile::remove(zip);
            QDir(staging).removeRecursively();
        });
        return;
    }
    // Also when cancelled while a worker unpacked: it may have finished just before this, with
    // the news of it still on its way.
    removePartialFiles();
}

// Each download of a series has partial files of its own: a worker of an earlier one (paused
// while it unpacked) may still be using its own.
QString SeriesDownload::partialPath(const QString &suffix) const {
    return QDir(SeriesFolderCommit::partialArea(m_options.root)).filePath(m_partialName + suffix);
}

void SeriesDownload::setState(DownloadState state) {
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SeriesDownload::start() {
    if (m_state != DownloadState::Queued)
        return;
    setState(DownloadState::Downloading);
    if (m_state != DownloadState::Downloading)
        return; // cancelled by whoever heard of the new state
    if (m_known) {
        onMetadata(*m_known);
        return;
    }
    m_call = m_client->seriesMetadata(
        m_uid, this, [this](const ApiResult<QList<SeriesMetadata>> &result) {
            m_call = nullptr;
            if (!result.ok()) {
                if (result.error().kind() != ApiError::Kind::Cancelled)
                    fail(result.error().message());
                return;
            }
            for (const SeriesMetadata &row : result.value()) {
                if (row.seriesInstanceUid == m_uid) {
                    onMetadata(row);
                    return;
                }
            }
            fail(tr("the archive does not know this series"));
        });
}

void SeriesDownload::onMetadata(const SeriesMetadata &metadata) {
    m_row.series = metadata;
    m_row.sopClassName = SopClassNames::name(m_row.series.sopClassUid);
    m_bytesExpected = m_row.series.fileSize.value_or(-1);
    Q_EMIT described(DownloadItem::labelFor(m_row.series.subjectId, m_row.series.modality,
                                            m_row.series.seriesDescription));
    m_folders =
        SeriesFolderLayout::folders(m_options.layout, SeriesFolderFacts::from(m_row.series));
    m_folders = SeriesFolderCommit::uniqueFolders(m_options.root, m_folders, m_uid);
    checkExistingFolder();
}

// A series folder there already (an earlier run, a restart) is kept when it holds as many files
// and bytes as the archive says the series has; anything else is downloaded again, and the new
// folder replaces it whole.
void SeriesDownload::checkExistingFolder() {
    const QDir folder(QDir(m_options.root).filePath(m_folders.join(u'/')));
    if (!folder.exists()) {
        fetchArchive();
        return;
    }
    m_call = m_client->seriesSize(m_uid, this, [this, folder](const ApiResult<SeriesSize> &size) {
        m_call = nullptr;
        if (!size.ok() && size.error().kind() == ApiError::Kind::Cancelled)
            return;
        const FolderFiles there = FolderFiles::of(folder.path());
        if (size.ok() && size.value().objectCount == there.count &&
            size.value().totalSizeInBytes == there.bytes) {
            m_contents = there;
            m_bytesReceived = there.bytes;
            m_row.location = u"./"_s + m_folders.join(u'/');
            m_row.downloadedAt = QFileInfo(folder.path()).lastModified();
            finish(DownloadState::Done);
            return;
        }
        fetchArchive();
    });
}

void SeriesDownload::fetchArchive() {
    ++m_attempts;
    m_bytesReceived = 0;
    if (!QDir().mkpath(SeriesFolderCommit::partialArea(m_options.root))) {
        fail(tr("%1 cannot be made").arg(SeriesFolderCommit::partialArea(m_options.root)), true);
        return;
    }
    m_zip = std::make_unique<QFile>(partialPath(u".zip"_s));
    if (!m_zip->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(tr("%1 cannot be written: %2").arg(m_zip->fileName(), m_zip->errorString()), true);
        return;
    }
    SeriesArchiveOptions archive;
    archive.withMd5Hashes = m_options.verifyMd5;
    archive.newFileNames = m_options.naming == FileNaming::ByInstanceNumber;
    // Where the archive cannot name the files by instance, they are renamed here.
    m_renameFiles = archive.newFileNames && !ApiDialect::archiveNamesFilesByInstance(
                                                m_client->seriesArchiveRequest(m_uid, archive));
    m_call = m_client->seriesArchive(
        m_uid, archive, m_zip.get(), this, [this](const ApiResult<qint64> &result) {
            m_call = nullptr;
            if (result.ok()) {
                m_zip->close();
                extract();
            } else if (!result.error().refusedParameter().isEmpty() && !m_fellBack) {
                // An older server without the option: the client now asks as that server can.
                m_fellBack = true;
                --m_attempts; // asking again as the server can is no second try
                fetchArchive();
            } else if (result.error().kind() != ApiError::Kind::Cancelled) {
                fail(result.error().message(), result.error().kind() == ApiError::Kind::Io);
            }
        });
    connect(m_call, &ApiCall::progress, this, [this](qint64 received, qint64) {
        m_bytesReceived = received;
        Q_EMIT progress(m_bytesReceived, m_bytesExpected);
    });
}

void SeriesDownload::extract() {
    setState(m_options.verifyMd5 ? DownloadState::Verifying : DownloadState::Extracting);
    if (isFinal(m_state))
        return; // cancelled by whoever heard of the new state
    const QString staging = partialPath(QString());
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging)) {
        fail(tr("%1 cannot be made").arg(staging), true);
        return;
    }
    SeriesZipExtractor::Options options;
    options.requireMd5 = m_options.verifyMd5;
    options.expectedFiles = m_row.series.numberOfImages.value_or(-1);
    options.readSopClass = m_row.series.sopClassUid.isEmpty(); // v4's metadata has none
    const bool rename = m_renameFiles;
    m_extraction.setFuture(QtConcurrent::run([zip = m_zip->fileName(), staging, options, rename] {
        SeriesZipExtractor::Result result = SeriesZipExtractor::extract(zip, staging, options);
        if (const auto *extracted = std::get_if<SeriesZipExtractor::Extracted>(&result);
            extracted && rename) {
            if (std::optional<ExtractionFailure> failure =
                    InstanceFileNames::rename(staging, extracted->files))
                result = *failure;
        }
        return result;
    }));
}

void SeriesDownload::onExtracted(const SeriesZipExtractor::Result &result) {
    if (m_state == DownloadState::Cancelled || isFinal(m_state)) {
        removePartialFiles(); // cancelled while unpacking: the worker is done with the files
        return;
    }
    if (const auto *failure = std::get_if<ExtractionFailure>(&result)) {
        if (failure->isTransient() && m_attempts < m_options.maxAttempts) {
            // Damaged on the way: again, after the client's backoff.
            const ClientSettings &settings = m_client->settings();
            setState(DownloadState::Downloading);
            removePartialFiles();
            m_refetch.start(
                std::min(RetryPolicy(settings).nominalDelay(m_attempts), settings.retryMaxDelay));
            return;
        }
        fail(failure->message, failure->kind == ExtractionFailure::Kind::Disk);
        return;
    }
    const auto &extracted = std::get<SeriesZipExtractor::Extracted>(result);
    if (m_row.series.sopClassUid.isEmpty() && !extracted.sopClassUid.isEmpty()) {
        m_row.series.sopClassUid = extracted.sopClassUid;
        m_row.sopClassName = SopClassNames::name(extracted.sopClassUid);
    }
    // Again: a series named alike may have taken the folder while this one downloaded.
    m_folders = SeriesFolderCommit::uniqueFolders(m_options.root, m_folders, m_uid);
    if (const auto failure =
            SeriesFolderCommit::commit(m_options.root, partialPath(QString()), m_folders)) {
        fail(failure->message, failure->kind == ExtractionFailure::Kind::Disk);
        return;
    }
    writeLicense(extracted.license);
    m_contents = FolderFiles::of(QDir(m_options.root).filePath(m_folders.join(u'/')));
    m_row.location = u"./"_s + m_folders.join(u'/');
    m_row.downloadedAt = QDateTime::currentDateTime();
    finish(DownloadState::Done);
}

// One LICENSE per collection folder, as the Data Retriever leaves it: the ZIP's own text, or
// its wording around the license the metadata names.
void SeriesDownload::writeLicense(const QByteArray &license) {
    if (m_folders.size() < 2)
        return;
    QFile file(QDir(m_options.root).filePath(m_folders.first() + u"/LICENSE"_s));
    if (file.exists())
        return;
    QByteArray text = license;
    if (text.isEmpty() && !m_row.series.licenseName.isEmpty()) {
        text = u"License\n\nThe %1 collection is distributed under the %2 (%3). \nBy downloading "
               u"the data, you agree to abide by terms of this license.\n"_s
                   .arg(m_row.series.collection, m_row.series.licenseName, m_row.series.licenseUrl)
                   .toUtf8();
    }
    if (!text.isEmpty() && file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        file.write(text);
}

void SeriesDownload::cancel() {
    if (isFinal(m_state))
        return;
    if (m_call)
        m_call->cancel();
    m_refetch.stop();
    const bool unpacking = m_extraction.isRunning();
    m_state = DownloadState::Cancelled;
    Q_EMIT stateChanged(m_state);
    if (!unpacking)
        removePartialFiles();
    Q_EMIT finished();
}

void SeriesDownload::fail(const QString &error, bool disk) {
    m_error = error;
    m_diskFailure = disk;
    finish(DownloadState::Failed);
}

void SeriesDownload::finish(DownloadState state) {
    removePartialFiles();
    setState(state);
    Q_EMIT finished();
}

void SeriesDownload::removePartialFiles() {
    if (m_zip) {
        m_zip->close();
        m_zip->remove();
        m_zip.reset();
    }
    if (!m_extraction.isRunning())
        QDir(partialPath(QString())).removeRecursively();
}

} // namespace nbia
