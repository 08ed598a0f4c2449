#include "downloadcontroller.h"

#include "downloaddialog.h"

#include <api/nbiaclient.h>
#include <download/downloadintake.h>
#include <download/downloadjournal.h>
#include <download/downloadqueue.h>
#include <download/manifestsource.h>
#include <download/tciamanifest.h>
#include <settings/appsettings.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace nbia {

using namespace Qt::StringLiterals;

DownloadController::DownloadController(NbiaClient *client, AppSettings *settings, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_settings(settings)
    , m_window(window) {
    DownloadOptions options;
    options.setTarget(lastTarget());
    if (m_settings)
        options.parallel = m_settings->downloadParallel();
    m_queue = std::make_unique<DownloadQueue>(client, options);
}

DownloadController::~DownloadController() {
    m_journal.reset(); // before the queue: its last word is written already
}

DownloadTarget DownloadController::lastTarget() const {
    DownloadTarget target = m_settings ? m_settings->downloadTarget() : DownloadTarget();
    if (target.root.isEmpty())
        target.root = QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                          .filePath(u"TCIA"_s);
    return target;
}

void DownloadController::remember(const DownloadTarget &target) {
    if (m_settings)
        m_settings->setDownloadTarget(target);
}

int DownloadController::useJournal(const QString &path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto journal = std::make_unique<DownloadJournal>(path);
    if (!journal->lock()) {
        Q_EMIT failed(tr("Another NBIA Browser keeps the download queue; the downloads of this "
                         "window will not survive quitting."));
        return 0;
    }
    const QList<DownloadItem> items = DownloadJournal::read(path);
    // Nothing starts by itself: what comes back to the queue waits for Resume all.
    m_queue->pauseAll(PauseReason::LastSession);
    m_queue->restore(items);
    const QList<DownloadItem> &restored = m_queue->items();
    if (std::none_of(restored.cbegin(), restored.cend(),
                     [](const DownloadItem &item) { return item.state == DownloadState::Queued; }))
        m_queue->resumeAll();
    m_journal = std::move(journal);
    connect(m_journal.get(), &DownloadJournal::writeFailed, this, [this, path](const QString &why) {
        Q_EMIT failed(tr("The download queue cannot be saved in %1 (%2); changes may not "
                         "survive quitting.")
                          .arg(QDir::toNativeSeparators(path), why));
    });
    if (!m_journal->attach(m_queue.get()))
        Q_EMIT failed(tr("The download queue cannot be saved in %1 (%2); it will not survive "
                         "quitting.")
                          .arg(QDir::toNativeSeparators(path), m_journal->errorString()));
    return int(items.size());
}

bool DownloadController::queue(const QList<Series> &series, const DownloadTarget &target,
                               QString *error, const std::optional<ClientSettings> &archive) {
    const DownloadIntake::Outcome outcome =
        DownloadIntake::add(*m_queue, series, target, archive.value_or(m_client->settings()));
    if (!outcome.error.isEmpty()) {
        if (error)
            *error = outcome.error;
        return false;
    }
    remember(target);
    Q_EMIT queued(outcome.queued, outcome.waiting, target.root);
    return true;
}

void DownloadController::chooseAndQueue(const QList<Series> &series, const QString &what,
                                        const std::optional<ClientSettings> &archive) {
    if (series.isEmpty())
        return;
    qint64 bytes = 0;
    bool sized = true;
    for (const Series &s : series) {
        bytes += s.fileSize.value_or(0);
        sized = sized && s.fileSize.has_value();
    }
    QString summary = tr("%Ln series", nullptr, int(series.size()));
    if (sized)
        summary = tr("%1, %2").arg(
            summary, QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat));
    std::optional<SeriesFolderFacts> example;
    if (!series.first().collection.isEmpty())
        example = SeriesFolderFacts::from(series.first());
    DownloadTarget initial = lastTarget();
    if (!what.isEmpty() && what.endsWith(".tcia"_L1, Qt::CaseInsensitive))
        initial.root = QDir(initial.root).filePath(QFileInfo(what).completeBaseName());
    DownloadDialog dialog(initial, tr("Download %1 from %2.").arg(summary, what), example,
                          m_window);
    dialog.setWindowTitle(tr("Download"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!queue(series, dialog.target(), &error, archive))
        QMessageBox::warning(m_window, tr("Download"), error);
}

std::optional<QStringList> DownloadController::readManifest(const QString &path, QString *error) {
    const std::optional<TciaManifest> manifest = readManifestFile(path, error);
    if (!manifest)
        return std::nullopt;
    return manifest->seriesInstanceUids;
}

std::optional<TciaManifest> DownloadController::readManifestFile(const QString &path,
                                                                 QString *error) {
    QString why;
    bool unreadable = false;
    std::optional<TciaManifest> manifest = TciaManifest::readFile(path, &why, &unreadable);
    if (!manifest) {
        *error = (unreadable ? tr("%1 cannot be read: %2")
                             : tr("%1 is not a manifest the archive would make: %2"))
                     .arg(QDir::toNativeSeparators(path), why);
    }
    return manifest;
}

QString DownloadController::queueManifest(const QString &path, const DownloadTarget &target) {
    QString error;
    const std::optional<TciaManifest> manifest = readManifestFile(path, &error);
    if (!manifest)
        return error;
    const std::optional<ClientSettings> archive =
        ManifestSource::archiveOf(*manifest, m_client->settings());
    if (!archive)
        return tr("%1 lists series on %2, an archive this program does not know.")
            .arg(QFileInfo(path).fileName(), ManifestSource::hostOf(*manifest));
    if (!queue(DownloadIntake::seriesOf(manifest->seriesInstanceUids), target, &error, archive))
        return error;
    return {};
}

void DownloadController::chooseManifest() {
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open manifest"), QString(),
                                                      tr("TCIA manifests (*.tcia);;All files (*)"));
    if (!path.isEmpty())
        openManifest(path);
}

// A manifest names its archive (an NLST manifest downloads from NLST, whatever the window shows);
// a host this program does not know is said, and the user may take the window's server instead.
void DownloadController::openManifest(const QString &path) {
    QString error;
    const std::optional<TciaManifest> manifest = readManifestFile(path, &error);
    if (!manifest) {
        QMessageBox::warning(m_window, tr("Open manifest"), error);
        return;
    }
    std::optional<ClientSettings> archive =
        ManifestSource::archiveOf(*manifest, m_client->settings());
    if (!archive) {
        const auto answer = QMessageBox::question(
            m_window, tr("Open manifest"),
            tr("%1 lists series on %2, an archive this program does not know.\n\nDownload them "
               "from the window's server (%3) instead?")
                .arg(QFileInfo(path).fileName(), ManifestSource::hostOf(*manifest),
                     ManifestSource::nameOf(m_client->settings())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        archive = m_client->settings();
    }
    QString what = QFileInfo(path).fileName();
    if (archive->endpointUrl({}) != m_client->settings().endpointUrl({}))
        what = tr("%1 (on %2)").arg(what, ManifestSource::nameOf(*archive));
    chooseAndQueue(DownloadIntake::seriesOf(manifest->seriesInstanceUids), what, archive);
}

void DownloadController::queueSharedList(const QString &name, const DownloadTarget &target) {
    m_client->sharedList(name, this, [this, name, target](const ApiResult<QList<Series>> &list) {
        if (!list.ok()) {
            Q_EMIT failed(
                tr("The shared list %1 cannot be read: %2").arg(name, list.error().message()));
            return;
        }
        if (list.value().isEmpty()) {
            Q_EMIT failed(tr("The archive has no shared list called %1.").arg(name));
            return;
        }
        QString error;
        if (!queue(list.value(), target, &error))
            Q_EMIT failed(error);
    });
}

void DownloadController::chooseSharedList() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Download shared list"),
                              tr("Name of the shared list (as the archive's portal shows it):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_client->sharedList(name, this, [this, name](const ApiResult<QList<Series>> &list) {
        if (!list.ok())
            QMessageBox::warning(
                m_window, tr("Download shared list"),
                tr("The shared list %1 cannot be read: %2").arg(name, list.error().message()));
        else if (list.value().isEmpty())
            QMessageBox::information(m_window, tr("Download shared list"),
                                     tr("The archive has no shared list called %1.").arg(name));
        else
            chooseAndQueue(list.value(), tr("the shared list %1").arg(name));
    });
}

bool DownloadController::isBusy() const {
    if (m_queue->isPaused())
        return false;
    const QList<DownloadItem> &items = m_queue->items();
    return std::any_of(items.cbegin(), items.cend(), [](const DownloadItem &item) {
        return item.state == DownloadState::Queued || isActive(item.state);
    });
}

bool DownloadController::confirmQuit() {
    if (!isBusy())
        return true;
    const int left = int(std::count_if(
        m_queue->items().cbegin(), m_queue->items().cend(), [](const DownloadItem &item) {
            return item.state == DownloadState::Queued || isActive(item.state);
        }));
    QMessageBox box(QMessageBox::Question, tr("Quit"),
                    tr("%Ln series are still to download.", nullptr, left), QMessageBox::NoButton,
                    m_window);
    box.setObjectName(u"confirmQuit"_s);
    box.setInformativeText(
        m_journal ? tr("They wait for you: the next time NBIA Browser starts, Resume goes on "
                       "where they stopped (a series cut short starts again).")
                  : tr("Quitting stops them."));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep downloading"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(quit);
}

} // namespace nbia
