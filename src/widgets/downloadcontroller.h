#pragma once

#include <api/clientsettings.h>
#include <api/series.h>
#include <download/downloadtarget.h>
#include <download/tciamanifest.h>

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QWidget;

namespace nbia {

class AppSettings;
class DownloadJournal;
class DownloadQueue;
class NbiaClient;

// Where the window's downloads come from and go: the one queue (kept on disk by a journal), the
// download dialog for a selection, a .tcia manifest or a shared list, and the question on quit.
// The interactive calls ask with dialogs; the others (queue, queueManifest, queueSharedList)
// do not, and say what went wrong.
class DownloadController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadController)

public:
    // `settings` may be null; `window` parents the dialogs.
    DownloadController(NbiaClient *client, AppSettings *settings, QWidget *window);
    ~DownloadController() override;

    [[nodiscard]] DownloadQueue *queue() const { return m_queue.get(); }

    // Restores the rows the journal at `path` holds (unfinished ones wait for Resume) and keeps
    // the queue there from now on. The number of rows restored.
    int useJournal(const QString &path);

    // Asks where and how to download, then queues. `what` names the series for the dialog.
    // `archive`: where the series are (a manifest's); the window's server when not given.
    void chooseAndQueue(const QList<Series> &series, const QString &what,
                        const std::optional<ClientSettings> &archive = std::nullopt);
    void chooseManifest();
    void openManifest(const QString &path);
    void chooseSharedList();

    // Makes the folder and queues the series; false (with `error`) when the folder cannot be
    // made.
    bool queue(const QList<Series> &series, const DownloadTarget &target, QString *error = nullptr,
               const std::optional<ClientSettings> &archive = std::nullopt);
    // The manifest's series, from the archive it names, into `target`; the error, empty on
    // success (also for a host this program does not know: nothing is downloaded then).
    QString queueManifest(const QString &path, const DownloadTarget &target);
    // Fetches the shared list, then queues it (queued or failed follows).
    void queueSharedList(const QString &name, const DownloadTarget &target);

    // True when rows are downloading or waiting to (and the queue is not paused).
    [[nodiscard]] bool isBusy() const;
    // Asks whether to quit with downloads under way; true to quit.
    [[nodiscard]] bool confirmQuit();

    // The manifest's series, or nullopt with the reason.
    static std::optional<QStringList> readManifest(const QString &path, QString *error);
    static std::optional<TciaManifest> readManifestFile(const QString &path, QString *error);

Q_SIGNALS:
    // `count` series queued into `root`; `waiting` of those asked for were in the queue already,
    // not finished.
    void queued(int count, int waiting, const QString &root);
    void failed(const QString &message);

private:
    [[nodiscard]] DownloadTarget lastTarget() const;
    void remember(const DownloadTarget &target);

    NbiaClient *m_client;
    AppSettings *m_settings;
    QPointer<QWidget> m_window;
    std::unique_ptr<DownloadQueue> m_queue;
    std::unique_ptr<DownloadJournal> m_journal;
};

} // namespace nbia
