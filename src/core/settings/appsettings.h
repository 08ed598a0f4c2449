#pragma once

#include <download/downloadtarget.h>
#include <model/archivefilter.h>

#include <QByteArray>
#include <QString>

#include <chrono>
#include <memory>

class QSettings;

namespace nbia {

// The application's remembered choices, over QSettings: the server, its timeout, the window's
// layout and the last collection and filters. Secrets never go here (they belong in a keychain).
class AppSettings final {
public:
    // Uses the application's default QSettings, or `settings` (not owned) when given.
    explicit AppSettings(QSettings *settings = nullptr);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    [[nodiscard]] QString serverUrl() const; // empty: the default
    void setServerUrl(const QString &url);
    [[nodiscard]] std::chrono::seconds timeout() const;
    void setTimeout(std::chrono::seconds timeout);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &state);
    // The docks and tool bars (QMainWindow::saveState).
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    [[nodiscard]] QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    [[nodiscard]] QByteArray treeHeaderState() const;
    void setTreeHeaderState(const QByteArray &state);
    [[nodiscard]] QByteArray seriesHeaderState() const;
    void setSeriesHeaderState(const QByteArray &state);

    [[nodiscard]] QString lastCollection() const;
    void setLastCollection(const QString &collection);
    [[nodiscard]] ArchiveFilter lastFilter() const;
    void setLastFilter(const ArchiveFilter &filter);

    // Where series were last downloaded to; empty when never.
    [[nodiscard]] QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);
    [[nodiscard]] FolderLayout downloadLayout() const; // Descriptive unless chosen
    void setDownloadLayout(FolderLayout layout);
    [[nodiscard]] FileNaming downloadNaming() const; // as the archive sends them unless chosen
    void setDownloadNaming(FileNaming naming);
    [[nodiscard]] bool downloadVerifyMd5() const; // true unless turned off
    void setDownloadVerifyMd5(bool verify);
    // The folder, layout, names and check chosen last.
    [[nodiscard]] DownloadTarget downloadTarget() const;
    void setDownloadTarget(const DownloadTarget &target);
    [[nodiscard]] int downloadParallel() const; // series at once, 4 unless chosen
    void setDownloadParallel(int parallel);

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace nbia
