#include "seriesdownload.h"

#include "downloaditem.h"
#include "safefilename.h"
#include "seriesfoldercommit.h"
#include "sopclassnames.h"

#include <api/nbiaclient.h>
#include <api/retrypolicy.h>

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <work/workerpool.h>

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
    connect(&m_counting, &QFutureWatcherBase::finished, this,
            [this] { onCounted(m_counting.result()); });
    m_refetch.setSingleShot(true);
    connect(&m_refetch, &QTimer::timeout, this, &SeriesDownload::fetchArchive);
}

SeriesDownload::~SeriesDownload() {
    if (m_call)
        m_call->cancel();
    stopUnpacking();
    removePartialFiles();
}

// The worker removes its ZIP and staging folder itself, unless it has handed them over already
// with the news of it still on its way: the folder is removed then, without holding up this
// thread.
void SeriesDownload::stopUnpacking() {
    if (m_unpack && m_unpack->stop())
        (void)QtConcurrent::run(workerPool(), [staging = partialPath(QString())] {
            QDir(staging).removeRecursively();
        });
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
        if (!size.ok()) {
            if (size.error().kind() != ApiError::Kind::Cancelled)
                fetchArchive();
            return;
        }
        // A folder of thousands of files takes a while to count.
        m_expectedSize = size.value();
        m_counting.setFuture(QtConcurrent::run(
            workerPool(), [path = folder.path()] { return FolderFiles::of(path); }));
    });
}

void SeriesDownload::onCounted(const FolderFiles &there) {
    const std::optional<SeriesSize> size = std::exchange(m_expectedSize, std::nullopt);
    if (m_state != DownloadState::Downloading || !size)
        return; // cancelled meanwhile
    if (size->objectCount != there.count || size->totalSizeInBytes != there.bytes) {
        fetchArchive();
        return;
    }
    const QString folder = QDir(m_options.root).filePath(m_folders.join(u'/'));
    m_contents = there;
    m_bytesReceived = there.bytes;
    m_row.location = u"./"_s + m_folders.join(u'/');
    m_row.downloadedAt = QFileInfo(folder).lastModified();
    finish(DownloadState::Done);
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
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
    };
    m_call->setSinkLimit(
        byteLimit(),
        m_bytesExpected > 0
            ? tr("the server sent more than %1 for a series the archive lists at %2: "
                 "stopped")
                  .arg(size(byteLimit()), size(m_bytesExpected))
            : tr("the server sent more than %1 for one series: stopped").arg(size(byteLimit())));
    connect(m_call, &ApiCall::progress, this, [this](qint64 received, qint64) {
        m_bytesReceived = received;
        Q_EMIT progress(m_bytesReceived, m_bytesExpected);
    });
}

// What a series' ZIP may hold, sent or unpacked: a margin over the size the archive announced (of
// its files; stored, the ZIP adds headers and a directory; deflated, it is smaller), or a
// generous cap when it announced none. A stream without end, or a ZIP bomb, stops there.
qint64 SeriesDownload::byteLimit() const {
    constexpr qint64 margin = qint64(16) * 1024 * 1024;
    constexpr qint64 unknownSizeCap = qint64(64) * 1024 * 1024 * 1024;
    return m_bytesExpected > 0 ? m_bytesExpected + m_bytesExpected / 4 + margin : unknownSizeCap;
}

// Everything that takes time on disk happens on a worker (see SeriesUnpack): with series of
// thousands of files, four at once, this thread would otherwise stall for tens of milliseconds
// at a time.
void SeriesDownload::extract() {
    setState(m_options.verifyMd5 ? DownloadState::Verifying : DownloadState::Extracting);
    if (isFinal(m_state))
        return; // cancelled by whoever heard of the new state
    SeriesUnpack::Job job;
    job.zip = m_zip->fileName();
    job.staging = partialPath(QString());
    job.options.requireMd5 = m_options.verifyMd5;
    job.options.expectedFiles = m_row.series.numberOfImages.value_or(-1);
    job.options.maxBytes = byteLimit();
    job.options.readSopClass = m_row.series.sopClassUid.isEmpty(); // v4's metadata has none
    job.renameFiles = m_renameFiles;
    m_unpack = std::make_shared<SeriesUnpack>(std::move(job));
    m_extraction.setFuture(
        QtConcurrent::run(workerPool(), [unpack = m_unpack] { return unpack->run(); }));
}

void SeriesDownload::onExtracted(const SeriesUnpack::Result &result) {
    if (!m_unpack || isFinal(m_state))
        return; // stopped meanwhile: see stopUnpacking()
    m_unpack.reset();
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
    const auto *unpacked = std::get_if<SeriesUnpack::Unpacked>(&result);
    if (!unpacked) { // stopped, which only cancel() and the destructor do
        finish(DownloadState::Cancelled);
        return;
    }
    const SeriesZipExtractor::Extracted &extracted = unpacked->extracted;
    if (m_row.series.sopClassUid.isEmpty() && !extracted.sopClassUid.isEmpty()) {
        m_row.series.sopClassUid = extracted.sopClassUid;
        m_row.sopClassName = SopClassNames::name(extracted.sopClassUid);
    }
    // Again: a series named alike may have taken the folder while this one downloaded. Here, on
    // this thread, one series at a time; a rename and a few folders at most.
    m_folders = SeriesFolderCommit::uniqueFolders(m_options.root, m_folders, m_uid);
    if (const auto failure =
            SeriesFolderCommit::commit(m_options.root, partialPath(QString()), m_folders)) {
        fail(failure->message, failure->kind == ExtractionFailure::Kind::Disk);
        return;
    }
    writeLicense(extracted.license);
    m_contents = unpacked->contents;
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
    stopUnpacking();
    m_state = DownloadState::Cancelled;
    Q_EMIT stateChanged(m_state);
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
    const std::unique_ptr<QFile> zip = std::move(m_zip);
    if (m_unpack)
        return; // the worker's, or removed when it is done (see stopUnpacking)
    if (zip)
        zip->remove();
    QDir(partialPath(QString())).removeRecursively();
}

} // namespace nbia
