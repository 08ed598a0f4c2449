#include "mainwindow.h"

#include "archivepanel.h"
#include "detailspanel.h"
#include "filterpanel.h"
#include "serversettingsdialog.h"

#include <api/nbiaclient.h>
#include <download/tciamanifest.h>
#include <export/seriescsv.h>
#include <model/archivefilterproxymodel.h>
#include <model/archivetreemodel.h>
#include <settings/appsettings.h>

#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace nbia {

MainWindow::MainWindow(NbiaClient *client, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_model(new ArchiveTreeModel(client, this))
    , m_archivePanel(new ArchivePanel(m_model, this))
    , m_filterPanel(new FilterPanel(client, this))
    , m_detailsPanel(new DetailsPanel(client, this))
    , m_offline(new QFrame(this))
    , m_offlineText(new QLabel(m_offline))
    , m_serverLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
    , m_settings(settings) {
    setWindowTitle(tr("NBIA Browser"));

    m_offline->setFrameShape(QFrame::StyledPanel);
    m_offline->setStyleSheet(QStringLiteral("QFrame { background: #fff4e5; }"));
    m_offlineText->setWordWrap(true);
    auto *retry = new QPushButton(tr("&Retry"), m_offline);
    auto *demo = new QPushButton(tr("Open &demo archive"), m_offline);
    auto *offlineLayout = new QHBoxLayout(m_offline);
    offlineLayout->addWidget(m_offlineText, 1);
    offlineLayout->addWidget(retry);
    offlineLayout->addWidget(demo);
    m_offline->hide();
    connect(retry, &QPushButton::clicked, m_model, &ArchiveTreeModel::reload);
    connect(demo, &QPushButton::clicked, this, &MainWindow::demoRequested);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_offline);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_filterPanel);
    m_splitter->addWidget(m_archivePanel);
    m_splitter->addWidget(m_detailsPanel);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 950, 260});
    layout->addWidget(m_splitter, 1);
    connect(m_filterPanel, &FilterPanel::filterChanged, m_archivePanel->proxy(),
            &ArchiveFilterProxyModel::setFilter);
    // The value lists follow the collection of the row the user is on.
    connect(m_archivePanel->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_detailsPanel->showNode(
                    current.isValid() ? m_model->node(m_archivePanel->proxy()->mapToSource(current))
                                      : nullptr);
                const QString collection =
                    current.data(ArchiveTreeModel::CollectionRole).toString();
                if (collection != m_filterCollection) {
                    m_filterCollection = collection;
                    m_filterPanel->setCollection(collection);
                }
            });
    setCentralWidget(central);
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_selectionLabel);
    connect(m_archivePanel, &ArchivePanel::selectionChanged, this, &MainWindow::showSelection);

    connect(m_model, &ArchiveTreeModel::fetchFailed, this,
            [this](const QModelIndex &fetched, const QString &error) {
                if (!fetched.isValid()) // the collections themselves: the archive is out of reach
                    showOffline(error);
            });
    connect(m_model, &ArchiveTreeModel::modelReset, m_offline, &QWidget::hide);
    connect(m_model, &ArchiveTreeModel::rowsInserted, this, [this](const QModelIndex &under) {
        if (!under.isValid())
            m_offline->hide();
    });
    createMenus();

    showServer();
    resize(1400, 820);
    restoreLayout();
    m_model->fetchMore({});
}

void MainWindow::restoreLayout() {
    if (!m_settings)
        return;
    restoreGeometry(m_settings->windowGeometry());
    m_splitter->restoreState(m_settings->splitterState());
    m_archivePanel->view()->header()->restoreState(m_settings->treeHeaderState());
    const ArchiveFilter filter = m_settings->lastFilter();
    if (!filter.isEmpty())
        m_filterPanel->setFilter(filter);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (m_settings) {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->setSplitterState(m_splitter->saveState());
        m_settings->setTreeHeaderState(m_archivePanel->view()->header()->saveState());
        m_settings->setLastFilter(m_filterPanel->filter());
        m_settings->setLastCollection(m_filterCollection);
    }
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow() = default;

void MainWindow::useServer(const ClientSettings &settings) {
    m_client->setSettings(settings);
    showServer();
    m_filterCollection.clear();
    m_filterPanel->setCollection({});
    m_detailsPanel->showNode(nullptr);
    m_model->reload();
    m_model->fetchMore({});
}

void MainWindow::showServer() {
    m_serverLabel->setText(
        tr("Server: %1").arg(m_client->settings().endpointUrl(QString()).toString()));
}

void MainWindow::showSelection() {
    const QStringList series = m_archivePanel->selectedSeriesUids();
    m_selectionLabel->setText(
        series.isEmpty()
            ? QString()
            : tr("%n series selected, %1 (Ctrl+E exports a manifest)", nullptr, int(series.size()))
                  .arg(QLocale().formattedDataSize(m_archivePanel->selectedSeriesBytes(), 1,
                                                   QLocale::DataSizeSIFormat)));
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *manifest = file->addAction(tr("Export selection as &manifest…"), this,
                                        [this] { chooseExportFile(true); });
    manifest->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *csv =
        file->addAction(tr("Export selection as &CSV…"), this, [this] { chooseExportFile(false); });
    csv->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    QAction *server = file->addAction(tr("S&erver…"), this, &MainWindow::chooseServer);
    server->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Search"), QKeySequence::Find, m_archivePanel, &ArchivePanel::focusSearch);
    view->addAction(tr("&Reload everything"), QKeySequence::Refresh, m_model,
                    &ArchiveTreeModel::reload);
    view->addAction(tr("Open &demo archive"), this, &MainWindow::demoRequested);
}

void MainWindow::chooseServer() {
    ServerSettingsDialog dialog(m_client->settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const std::optional<ClientSettings> chosen = dialog.settings()) {
        if (m_settings) {
            m_settings->setServerUrl(dialog.serverText());
            m_settings->setTimeout(
                std::chrono::duration_cast<std::chrono::seconds>(chosen->timeout));
        }
        useServer(*chosen);
    }
}

void MainWindow::chooseExportFile(bool manifest) {
    if (m_archivePanel->selectedSeriesUids().isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Select series (or the studies, patients or collections "
                                    "holding loaded series) to export them."));
        return;
    }
    const QString path = manifest ? QFileDialog::getSaveFileName(this, tr("Export manifest"),
                                                                 QStringLiteral("manifest.tcia"),
                                                                 tr("TCIA manifests (*.tcia)"))
                                  : QFileDialog::getSaveFileName(this, tr("Export CSV"),
                                                                 QStringLiteral("series.csv"),
                                                                 tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (manifest)
        exportManifest(path);
    else
        exportCsv(path);
}

bool MainWindow::exportManifest(const QString &path) {
    const TciaManifest manifest =
        TciaManifest::forSeries(m_archivePanel->selectedSeriesUids(), QDateTime::currentDateTime());
    return writeFile(path, manifest.toText(), int(manifest.seriesInstanceUids.size()));
}

bool MainWindow::exportCsv(const QString &path) {
    const QList<Series> series = m_archivePanel->selectedSeries();
    return writeFile(path, SeriesCsv::write(series), int(series.size()));
}

bool MainWindow::writeFile(const QString &path, const QByteArray &bytes, int seriesCount) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %n series to %1", nullptr, seriesCount).arg(path), 5000);
    return true;
}

void MainWindow::showOffline(const QString &error) {
    m_offlineText->setText(
        tr("<b>The archive cannot be reached.</b><br>%1<br>Check the network or the server "
           "address, try again, or explore the offline demo archive.")
            .arg(error.toHtmlEscaped()));
    m_offline->show();
}

} // namespace nbia
