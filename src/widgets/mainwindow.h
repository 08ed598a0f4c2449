#pragma once

#include "helpdialog.h"

#include <model/seriesselection.h>

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDragEnterEvent;
class QDropEvent;

class QFrame;
class QLabel;
class QSplitter;
class QTabWidget;
class QDockWidget;

namespace nbia {

class ImageWindow;

class ArchiveLocator;
class FacetCountsJob;
class SelectionResolveJob;
class ArchivePanel;
struct ArchivePath;
class CartPanel;
class CartResolver;
class CartStore;
class SeriesCartModel;
class DetailsPanel;
class DownloadController;
class DownloadsPanel;
class FilterPanel;
class SeriesListPanel;
class SeriesPreviewLoader;
class PreviewCache;
class ArchiveTreeModel;
class SeriesCatalog;
class AppSettings;
class NbiaClient;
struct ClientSettings;

// The browser's main window: filter panels with counts, the archive tree and the flat list of
// the current collection's series (each with a search), and the details of the selected row.
// The status bar totals the selection, however deep, with the archive's sizes. When the archive
// cannot be reached it says so plainly and offers Retry and the offline demo archive.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `settings` (not owned, may be null) restores and keeps the layout and the filters.
    explicit MainWindow(NbiaClient *client, AppSettings *settings = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Points the window at another server and loads its collections.
    void useServer(const ClientSettings &settings);
    // The server is the offline demo archive: said in the title and the status bar.
    void setDemo(bool demo);
    // Keeps `serverText` as the server to start with next time, once it has answered.
    void rememberServerWhenReached(const QString &serverText);
    [[nodiscard]] ArchivePanel *archivePanel() const { return m_archivePanel; }
    [[nodiscard]] FilterPanel *filterPanel() const { return m_filterPanel; }
    [[nodiscard]] DetailsPanel *detailsPanel() const { return m_detailsPanel; }
    [[nodiscard]] SeriesListPanel *seriesListPanel() const { return m_seriesList; }
    [[nodiscard]] SeriesCatalog *catalog() const { return m_catalog; }
    // The series the selection in the visible tab stands for, through the filters; collections
    // still loading are listed as pending.
    [[nodiscard]] SeriesSelection::Resolved selectedSeries() const;
    // What the status bar says of the selection (its count and size).
    [[nodiscard]] QString selectionStatus() const;
    // Shows the tree (0) or the series list (1).
    void showTab(int tab);
    // Writes the selected series as a .tcia manifest; false with a message shown on failure.
    bool exportManifest(const QString &path);
    // Writes the selected series' fields as CSV.
    bool exportCsv(const QString &path);
    // Queues the selected series for download into `folder`, in the layout chosen last; false
    // (said) when it cannot.
    bool downloadSelection(const QString &folder);
    [[nodiscard]] DownloadsPanel *downloadsPanel() const { return m_downloads; }
    [[nodiscard]] DownloadController *downloads() const { return m_downloadController; }
    // Keeps the download queue in `path` (restoring what it holds) so that it survives quitting.
    void useDownloadJournal(const QString &path);
    // Keeps the cart in the file at `path` (restoring what it holds) between sessions.
    void useCart(const QString &path);
    [[nodiscard]] SeriesCartModel *cart() const { return m_cart; }
    [[nodiscard]] CartPanel *cartPanel() const { return m_cartPanel; }
    void showCart();
    // Adds the selected series to the cart; how many were new (0 when nothing is selected).
    int addSelectionToCart();
    // A manifest of the window's archive goes to the cart to be looked at first; one of another
    // archive is downloaded from there (after choosing a folder).
    void openManifest(const QString &path);
    // Opens the tree down to a row and selects it.
    void showInTree(const ArchivePath &path);
    void showSeriesInTree(const QString &seriesUid);
    // The viewer with the images of the first selected series that is downloaded.
    void openSelectedImages();
    // Keeps series previews in `folder` (at most `maxBytes`) between sessions.
    void usePreviewCache(const QString &folder, qint64 maxBytes = qint64(256) << 20);
    // A window with the images of a folder (a downloaded series, or any folder of DICOM files).
    ImageWindow *openImages(const QString &folder);
    // The help, at a topic (F1: the pane with the focus).
    HelpDialog *showHelp(HelpDialog::Topic topic);

Q_SIGNALS:
    // The user asked for the offline demo archive; whoever can start one calls useServer().
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    // .tcia manifests dropped on the window are opened for download.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void restoreLayout();
    void showServer();
    void showOffline(const QString &error);
    void showSelection();
    void showSelected(const SeriesSelection::Totals &selected);
    [[nodiscard]] SeriesSelection currentSelection() const;
    void showCurrentDetails();
    void reloadEverything();
    void setCurrentCollection(const QString &collection);
    void applyFilter(const ArchiveFilter &filter);
    void updateCounts();
    void updateScope();
    void restoreCollection();
    void copySelection();
    void focusSearch();
    [[nodiscard]] bool selectionReady();
    void chooseExportFile(bool manifest);
    void createMenus();
    void setUpCart();
    void dockBesideTheOther(QDockWidget *dock, QDockWidget *other);
    void chooseManifest();
    [[nodiscard]] HelpDialog::Topic helpTopicOfFocus() const;
    void chooseDownload();
    void showQueued(int count, int waiting, const QString &root);
    void showDownloads();
    void chooseServer();
    bool writeFile(const QString &path, const QByteArray &bytes, int seriesCount);

    NbiaClient *m_client;
    ArchiveTreeModel *m_model;
    SeriesCatalog *m_catalog;
    // Made in reading order, left to right, which is the order Tab follows.
    FilterPanel *m_filterPanel;
    QTabWidget *m_tabs;
    ArchivePanel *m_archivePanel;
    SeriesListPanel *m_seriesList;
    DetailsPanel *m_detailsPanel;
    DownloadsPanel *m_downloads;
    QDockWidget *m_downloadsDock;
    QPointer<HelpDialog> m_help;
    DownloadController *m_downloadController;
    SeriesCartModel *m_cart;
    CartPanel *m_cartPanel;
    QDockWidget *m_cartDock;
    CartResolver *m_cartResolver;
    CartStore *m_cartStore = nullptr;
    ArchiveLocator *m_seriesLocator = nullptr;
    FacetCountsJob *m_counts = nullptr;
    SelectionResolveJob *m_selectionJob = nullptr;
    quint64 m_scopeGeneration = 0; // of the latest scope asked for
    QString m_cartManifest;        // the manifest the cart holds alone, if it does
    SeriesPreviewLoader *m_previewLoader;
    std::unique_ptr<PreviewCache> m_previewCache;
    QFrame *m_offline;
    QLabel *m_offlineText;
    QLabel *m_serverLabel;
    QLabel *m_selectionLabel;
    AppSettings *m_settings;
    QSplitter *m_splitter = nullptr;
    QString m_filterCollection;
    QString m_collectionToRestore;
    QString m_serverToRemember;
    bool m_demo = false;
    QString m_detailsKey; // the row the details show; empty: none
};

} // namespace nbia
