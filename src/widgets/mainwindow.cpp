#include "mainwindow.h"

#include "imagewindow.h"

#include "archivepanel.h"
#include "cartpanel.h"
#include "collectionchartsview.h"
#include "detailspanel.h"
#include "downloadcontroller.h"
#include "downloadspanel.h"
#include "filterpanel.h"
#include "serieslistpanel.h"
#include "serversettingsdialog.h"

#include <api/archivepreset.h>
#include <api/nbiaclient.h>
#include <cart/cartresolver.h>
#include <cart/cartstore.h>
#include <cart/seriescartmodel.h>
#include <download/downloadqueue.h>
#include <download/manifestsource.h>
#include <download/tciamanifest.h>
#include <export/seriescsv.h>
#include <model/archivefilterproxymodel.h>
#include <model/archivelocator.h>
#include <model/archivetreemodel.h>
#include <model/facetcounts.h>
#include <model/facetcountsjob.h>
#include <model/filterscope.h>
#include <model/selectionresolvejob.h>
#include <model/seriescatalog.h>
#include <model/seriestablemodel.h>
#include <preview/previewcache.h>
#include <preview/seriespreviewloader.h>
#include <settings/appsettings.h>
#include <work/workerpool.h>

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace nbia {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(NbiaClient *client, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_model(new ArchiveTreeModel(client, this))
    , m_catalog(new SeriesCatalog(client, this))
    , m_filterPanel(new FilterPanel(client, this))
    , m_tabs(new QTabWidget(this))
    , m_archivePanel(new ArchivePanel(m_model, this))
    , m_seriesList(new SeriesListPanel(m_catalog, this))
    , m_detailsPanel(new DetailsPanel(client, m_catalog, this))
    , m_downloads(new DownloadsPanel(this))
    , m_downloadsDock(new QDockWidget(tr("Downloads"), this))
    , m_downloadController(new DownloadController(client, settings, this))
    , m_cart(new SeriesCartModel(this))
    , m_cartPanel(new CartPanel(m_cart, this))
    , m_cartDock(new QDockWidget(tr("Cart"), this))
    , m_cartResolver(new CartResolver(client, m_cart, this))
    , m_previewLoader(new SeriesPreviewLoader(client, nullptr, this))
    , m_offline(new QFrame(this))
    , m_offlineText(new QLabel(m_offline))
    , m_serverLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
    , m_settings(settings) {
    m_selectionJob = new SelectionResolveJob(this);
    connect(m_selectionJob, &SelectionResolveJob::ready, this, &MainWindow::showSelected);
    setWindowTitle(tr("NBIA Browser"));
    setWindowIcon(QIcon(u":/icons/nbia-browser.svg"_s));

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
    connect(retry, &QPushButton::clicked, this, &MainWindow::reloadEverything);
    connect(demo, &QPushButton::clicked, this, &MainWindow::demoRequested);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_offline);
    m_tabs->addTab(m_archivePanel, tr("&Archive"));
    m_tabs->addTab(m_seriesList, tr("Series"));
    m_tabs->setTabToolTip(0, tr("Collections, patients, studies and series, loaded as you expand "
                                "them (Ctrl+1)"));
    m_tabs->setTabToolTip(1, tr("Every series of the current collection in one table (Ctrl+2)"));
    m_tabs->setDocumentMode(true);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_filterPanel);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detailsPanel);
    // A larger window widens the tree most, and the details too (charts, descriptions).
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({250, 760, 360});
    // Each pane keeps a usable minimum; none can be dragged away by accident.
    m_splitter->setChildrenCollapsible(false);
    m_filterPanel->setMinimumWidth(170);
    m_tabs->setMinimumWidth(360);
    m_detailsPanel->setMinimumWidth(260);
    layout->addWidget(m_splitter, 1);
    connect(m_filterPanel, &FilterPanel::filterChanged, this, &MainWindow::applyFilter);
    // The value lists, their counts and the series list follow the collection of the row the
    // user is on.
    connect(m_archivePanel->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                showCurrentDetails();
                const QString collection =
                    current.data(ArchiveTreeModel::CollectionRole).toString();
                if (!collection.isEmpty())
                    setCurrentCollection(collection);
            });
    // Whatever takes the row away (a filter, a search, a reload) takes its details too.
    for (const QAbstractItemModel *model :
         {static_cast<const QAbstractItemModel *>(m_archivePanel->proxy()),
          static_cast<const QAbstractItemModel *>(m_seriesList->view()->model())}) {
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::showCurrentDetails);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::showCurrentDetails);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::showCurrentDetails);
    }
    connect(m_seriesList, &SeriesListPanel::currentSeriesChanged, this,
            &MainWindow::showCurrentDetails);
    connect(m_seriesList, &SeriesListPanel::selectionChanged, this,
            &MainWindow::showCurrentDetails);
    connect(m_archivePanel, &ArchivePanel::selectionChanged, this, &MainWindow::showCurrentDetails);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showCurrentDetails);
    connect(m_seriesList, &SeriesListPanel::titleChanged, this,
            [this](const QString &title) { m_tabs->setTabText(1, title); });
    connect(m_seriesList, &SeriesListPanel::selectionChanged, this, &MainWindow::showSelection);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showSelection);
    connect(m_catalog, &SeriesCatalog::loaded, this, [this](const QString &collection) {
        if (collection == m_filterCollection)
            updateCounts();
        showSelection();
    });
    connect(m_catalog, &SeriesCatalog::failed, this, &MainWindow::showSelection);
    connect(m_catalog, &SeriesCatalog::groupsReady, this, &MainWindow::updateScope);
    connect(m_catalog, &SeriesCatalog::groupsReady, m_model, [this](const QString &collection) {
        m_model->setSeriesGroups(collection, m_catalog->groups(collection));
    });
    setCentralWidget(central);
    m_downloadsDock->setObjectName(u"downloadsDock"_s); // for saveState()
    m_downloadsDock->setWidget(m_downloads);
    m_downloadsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                                 QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_downloadsDock);
    m_downloadsDock->hide(); // until the first download
    m_downloads->setQueue(m_downloadController->queue());
    setUpCart();
    m_counts = new FacetCountsJob(this);
    connect(m_counts, &FacetCountsJob::ready, m_filterPanel,
            [this](const FacetCounts &counts) { m_filterPanel->setCounts(counts); });
    connect(m_detailsPanel->charts(), &CollectionChartsView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_archivePanel->setLocator(new ArchiveLocator(client, this));
    connect(m_archivePanel, &ArchivePanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_seriesLocator = new ArchiveLocator(client, this);
    connect(m_seriesLocator, &ArchiveLocator::found, this,
            [this](const QString &, const QList<ArchivePath> &matches) {
                showInTree(matches.first());
            });
    connect(m_seriesLocator, &ArchiveLocator::notFound, this, [this](const QString &uid) {
        statusBar()->showMessage(tr("The archive has no series %1").arg(uid), 10000);
    });
    connect(m_seriesLocator, &ArchiveLocator::failed, this,
            [this](const QString &uid, const QString &error) {
                statusBar()->showMessage(tr("Could not find %1: %2").arg(uid, error), 10000);
            });
    connect(m_seriesList, &SeriesListPanel::showInTreeRequested, this, [this](const Series &s) {
        showInTree({s.collection, s.patientId, s.studyInstanceUid, s.seriesInstanceUid});
    });
    connect(m_cartPanel, &CartPanel::showInTreeRequested, this, [this](const QString &uid) {
        const int row = m_cart->rowOf(uid);
        const CartItem *item = row >= 0 ? &m_cart->items().at(row) : nullptr;
        if (item && item->status == CartItem::Status::Resolved && !item->studyInstanceUid.isEmpty())
            showInTree({item->collection, item->patientId, item->studyInstanceUid, uid});
        else
            showSeriesInTree(uid);
    });
    // A segmentation with the image series it is drawn on, from the details, in one step.
    connect(
        m_detailsPanel, &DetailsPanel::downloadRequested, this, [this](const QStringList &uids) {
            QList<Series> series;
            for (const QString &uid : uids) {
                Series s;
                s.seriesInstanceUid = uid;
                series << s;
            }
            m_downloadController->chooseAndQueue(series, tr("a series with those it is drawn on"));
        });
    connect(m_downloadController, &DownloadController::queued, this, &MainWindow::showQueued);
    connect(m_downloadController, &DownloadController::failed, this, [this](const QString &why) {
        statusBar()->showMessage(why, 10000);
        auto *box =
            new QMessageBox(QMessageBox::Warning, windowTitle(), why, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_downloads, &DownloadsPanel::viewImagesRequested, this, &MainWindow::openImages);
    connect(m_downloads, &DownloadsPanel::showInTreeRequested, this, &MainWindow::showSeriesInTree);
    connect(m_downloads, &DownloadsPanel::addToCartRequested, this,
            [this](const QStringList &uids) {
                const int added = m_cart->addUids(uids);
                if (added > 0)
                    m_cartManifest.clear();
                showCart();
                statusBar()->showMessage(tr("%Ln series added to the cart", nullptr, added), 8000);
            });
    connect(m_downloads, &DownloadsPanel::parallelChanged, this, [this](int parallel) {
        if (m_settings)
            m_settings->setDownloadParallel(parallel);
    });
    setAcceptDrops(true);
    m_detailsPanel->setPreviewLoader(m_previewLoader);
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_selectionLabel);
    connect(m_archivePanel, &ArchivePanel::selectionChanged, this, &MainWindow::showSelection);
    connect(m_archivePanel, &ArchivePanel::reloadRequested, this, &MainWindow::reloadEverything);

    connect(m_model, &ArchiveTreeModel::fetchFailed, this,
            [this](const QModelIndex &fetched, const QString &error) {
                if (!fetched.isValid()) // the collections themselves: the archive is out of reach
                    showOffline(error);
            });
    connect(m_model, &ArchiveTreeModel::modelReset, m_offline, &QWidget::hide);
    connect(m_model, &ArchiveTreeModel::rowsInserted, this, [this](const QModelIndex &under) {
        if (!under.isValid()) {
            m_offline->hide();
            restoreCollection();
            // Only a server that answered becomes the one to start with next time.
            if (m_settings && !m_serverToRemember.isEmpty())
                m_settings->setServerUrl(std::exchange(m_serverToRemember, QString()));
        }
    });
    createMenus();

    showServer();
    // The first time, the screen's whole available area on a laptop (maximized, so that a
    // 1366x768 screen keeps the status bar and the bottom of the lists in view); on a large
    // screen a comfortable size in its middle.
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        const QSize comfortable(1680, 1050);
        if (available.width() <= comfortable.width() ||
            available.height() <= comfortable.height()) {
            setGeometry(available); // what it gets where no window manager maximizes
            setWindowState(windowState() | Qt::WindowMaximized);
        } else {
            resize(comfortable);
            move(available.center() - QPoint(comfortable.width(), comfortable.height()) / 2);
        }
    }
    restoreLayout();
    m_model->fetchMore({});
}

void MainWindow::restoreLayout() {
    if (!m_settings)
        return;
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    m_splitter->restoreState(m_settings->splitterState());
    m_archivePanel->view()->header()->restoreState(m_settings->treeHeaderState());
    m_seriesList->view()->horizontalHeader()->restoreState(m_settings->seriesHeaderState());
    const ArchiveFilter filter = m_settings->lastFilter();
    if (!filter.isEmpty())
        m_filterPanel->setFilter(filter);
    m_collectionToRestore = m_settings->lastCollection();
}

// The collection the user was on last time is selected again once the collections arrive.
void MainWindow::restoreCollection() {
    if (m_collectionToRestore.isEmpty())
        return;
    const QString wanted = std::exchange(m_collectionToRestore, QString());
    QTreeView *view = m_archivePanel->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex collection = view->model()->index(row, 0);
        if (collection.data().toString() == wanted) {
            view->selectionModel()->setCurrentIndex(
                collection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(collection);
            return;
        }
    }
}

void MainWindow::setCurrentCollection(const QString &collection) {
    if (collection == m_filterCollection)
        return;
    m_filterCollection = collection;
    m_filterPanel->setCollection(collection);
    m_seriesList->setCollection(collection); // loads the collection's series
    updateCounts();
}

void MainWindow::applyFilter(const ArchiveFilter &filter) {
    updateScope();
    m_seriesList->model()->setFilter(filter);
    m_model->setEndpointFilter(EndpointFilter::from(filter));
    updateCounts();
    showSelection();
}

// With a filter on, the tree hides the patients and studies whose series (known from the
// catalog) it rejects, before they are expanded. Which those are is worked out in one pass over
// the series, on a worker when they are many; the tree then takes the filter and its scope in
// one step, so that it never shows the series of one filter under the patients of another.
void MainWindow::updateScope() {
    const ArchiveFilter filter = m_filterPanel->filter();
    FilterScope scope(filter);
    if (!filter.isEmpty()) {
        for (const QString &collection : m_catalog->loadedCollections()) {
            if (auto groups = m_catalog->groups(collection))
                scope.add(collection, std::move(groups));
        }
    }
    const quint64 generation = ++m_scopeGeneration;
    if (scope.seriesCount() <= SeriesTableModel::defaultInlineLimit) {
        m_archivePanel->proxy()->setFilter(filter, scope);
        return;
    }
    auto *watcher = new QFutureWatcher<FilterScope>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, filter] {
        watcher->deleteLater();
        if (generation == m_scopeGeneration)
            m_archivePanel->proxy()->setFilter(filter, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [scope] { return scope.prepared(); }));
}

// Counted on a worker (a pass over every series of the collection); the latest request's
// counts replace the panel's in one step.
void MainWindow::updateCounts() {
    const QList<Series> *series = m_catalog->series(m_filterCollection);
    if (!series) {
        m_counts->clear();
        m_filterPanel->setCounts(std::nullopt);
        return;
    }
    m_counts->request(*series, m_filterPanel->filter());
}

// The details and the preview show the row the user is on in the visible tab, and only while
// it is selected and shown: a row a filter hid, or one deselected, leaves them empty. The same
// row is not loaded again.
void MainWindow::showCurrentDetails() {
    QString key;
    const ArchiveTreeNode *node = nullptr;
    const Series *series = nullptr;
    if (m_tabs->currentWidget() == m_seriesList) {
        series = m_seriesList->currentSeries();
        if (series)
            key = u"series "_s + series->seriesInstanceUid;
    } else {
        const QTreeView *view = m_archivePanel->view();
        const QModelIndex current = view->currentIndex();
        if (current.isValid() && view->selectionModel()->isSelected(current)) {
            node = m_model->node(m_archivePanel->proxy()->mapToSource(current));
            if (node)
                key = node->key();
        }
    }
    if (key == m_detailsKey)
        return;
    m_detailsKey = key;
    if (series)
        m_detailsPanel->showSeries(*series);
    else
        m_detailsPanel->showNode(node);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!m_downloadController->confirmQuit()) {
        event->ignore();
        return;
    }
    if (m_settings) {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->setWindowState(saveState());
        m_settings->setSplitterState(m_splitter->saveState());
        m_settings->setTreeHeaderState(m_archivePanel->view()->header()->saveState());
        m_settings->setLastFilter(m_filterPanel->filter());
        m_settings->setLastCollection(m_filterCollection);
        m_settings->setSeriesHeaderState(m_seriesList->view()->horizontalHeader()->saveState());
    }
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow() {
    m_previewLoader->setCache(nullptr); // the cache goes before the loader, a child
    delete m_cartStore; // writes what is not saved yet, while the cart is still there
}

// Nothing of the last server outlives the change: its values, its search, its rows.
void MainWindow::useServer(const ClientSettings &settings) {
    m_client->setSettings(settings);
    m_demo = false;
    m_serverToRemember.clear();
    showServer();
    m_filterCollection.clear();
    m_filterPanel->startOver();
    m_seriesList->clearSearch();
    m_detailsKey.clear();
    m_detailsPanel->showNode(nullptr);
    reloadEverything();
    m_archivePanel->startOver();
    m_cartPanel->setServiceRoot(settings.serviceRoot);
    m_cartResolver->cancel();
    m_cart->resetNotFound();
    m_cartResolver->resolve();
}

void MainWindow::setDemo(bool demo) {
    m_demo = demo;
    showServer();
}

void MainWindow::rememberServerWhenReached(const QString &serverText) {
    m_serverToRemember = serverText;
}

// The archive by name (a known one) or by address, with the API version it speaks.
void MainWindow::showServer() {
    const ClientSettings &settings = m_client->settings();
    const QString address = settings.endpointUrl(QString()).toString();
    if (m_demo)
        m_serverLabel->setText(tr("Demo archive (synthetic, served on this computer)"));
    else if (const std::optional<ArchivePreset> archive = ArchivePreset::matching(settings))
        m_serverLabel->setText(tr("%1, API %2").arg(archive->name, settings.apiVersion));
    else
        m_serverLabel->setText(tr("Server: %1").arg(address));
    m_serverLabel->setToolTip(address);
    setWindowTitle(m_demo ? tr("NBIA Browser — Demo archive") : tr("NBIA Browser"));
}

SeriesSelection MainWindow::currentSelection() const {
    return m_tabs->currentWidget() == m_seriesList ? m_seriesList->selection()
                                                   : m_archivePanel->selection();
}

SeriesSelection::Resolved MainWindow::selectedSeries() const {
    return currentSelection().resolve(
        [this](const QString &collection) { return m_catalog->series(collection); },
        m_filterPanel->filter());
}

QString MainWindow::selectionStatus() const {
    return m_selectionLabel->text();
}

// A large selection (Select all on 100,000 series) is totalled on a worker; the status bar says
// so meanwhile.
void MainWindow::showSelection() {
    const SeriesSelection selection = currentSelection();
    const auto lookup = [this](const QString &collection) {
        return m_catalog->series(collection);
    };
    if (selection.workload(lookup) <= SeriesTableModel::defaultInlineLimit) {
        m_selectionJob->clear();
        showSelected(
            SeriesSelection::Totals::of(selection.resolve(lookup, m_filterPanel->filter())));
        return;
    }
    QHash<QString, QList<Series>> loaded;
    for (const QString &collection : selection.neededCollections()) {
        if (const QList<Series> *series = m_catalog->series(collection))
            loaded.insert(collection, *series);
    }
    m_selectionJob->request(selection, loaded, m_filterPanel->filter());
    m_selectionLabel->setText(tr("Counting the selection…"));
}

void MainWindow::showSelected(const SeriesSelection::Totals &selected) {
    QStringList counting;
    QStringList failed;
    for (const QString &collection : selected.pendingCollections) {
        // A failed collection is not asked for again here: that would loop while the archive
        // fails. Reload (F5) or the series list's Retry asks again.
        if (m_catalog->error(collection).isEmpty()) {
            m_catalog->load(collection); // no-op while on its way
            counting << collection;
        } else {
            failed << collection;
        }
    }
    const QString size = QLocale().formattedDataSize(selected.bytes, 1, QLocale::DataSizeSIFormat);
    const int count = int(selected.series);
    if (!failed.isEmpty())
        m_selectionLabel->setText(
            tr("%Ln series selected so far (%1); the series of %2 could not be listed: %3 "
               "(F5 tries again)",
               nullptr, count)
                .arg(size, failed.join(u", "), m_catalog->error(failed.first())));
    else if (!counting.isEmpty())
        m_selectionLabel->setText(
            tr("%Ln series selected so far (%1); counting the series of %2…", nullptr, count)
                .arg(size, counting.join(u", ")));
    else if (count == 0)
        m_selectionLabel->clear();
    else
        m_selectionLabel->setText(
            tr("%Ln series selected, %1 (Ctrl+E exports a manifest)", nullptr, count).arg(size));
}

// Everything from the archive again: the tree, the collections' series, the counts.
void MainWindow::reloadEverything() {
    m_catalog->clear();
    m_model->reload();
    m_model->fetchMore({});
    m_seriesList->setCollection(m_filterCollection);
    updateCounts();
    showSelection();
}

// Whether the selection is fully known; says why not when it is not.
bool MainWindow::selectionReady() {
    const SeriesSelection::Resolved selected = selectedSeries();
    for (const QString &collection : selected.pendingCollections) {
        const QString error = m_catalog->error(collection);
        if (!error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("The series of %1 could not be listed: %2\nReload (F5) to "
                                    "try again.")
                                     .arg(collection, error));
            return false;
        }
    }
    if (!selected.pendingCollections.isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("The series of %1 are still being listed. Try again in a "
                                    "moment.")
                                     .arg(selected.pendingCollections.join(u", ")));
        return false;
    }
    if (selected.series.isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Select series, studies, patients or collections first."));
        return false;
    }
    return true;
}

void MainWindow::copySelection() {
    QStringList lines;
    const QAbstractItemView *view = m_tabs->currentWidget() == m_seriesList
                                        ? static_cast<QAbstractItemView *>(m_seriesList->view())
                                        : m_archivePanel->view();
    for (const QModelIndex &index : view->selectionModel()->selectedRows()) {
        const QString uid = index
                                .data(view == m_seriesList->view() ? int(SeriesTableModel::UidRole)
                                                                   : int(ArchiveTreeModel::UidRole))
                                .toString();
        lines << (uid.isEmpty() ? index.data().toString() : uid);
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

void MainWindow::focusSearch() {
    if (m_tabs->currentWidget() == m_seriesList)
        m_seriesList->focusSearch();
    else
        m_archivePanel->focusSearch();
}

void MainWindow::showTab(int tab) {
    m_tabs->setCurrentIndex(tab);
    if (tab == 0)
        m_archivePanel->view()->setFocus(Qt::ShortcutFocusReason);
    else
        m_seriesList->view()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::chooseServer() {
    ServerSettingsDialog dialog(m_client->settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const std::optional<ClientSettings> chosen = dialog.settings()) {
        if (m_settings) {
            m_settings->setTimeout(
                std::chrono::duration_cast<std::chrono::seconds>(chosen->timeout));
        }
        useServer(*chosen);
        rememberServerWhenReached(dialog.serverText());
    }
}

void MainWindow::chooseExportFile(bool manifest) {
    if (!selectionReady())
        return;
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

void MainWindow::chooseDownload() {
    if (!selectionReady())
        return;
    const QList<Series> series = selectedSeries().series;
    if (series.isEmpty()) {
        statusBar()->showMessage(tr("Select series, studies, patients or collections first."),
                                 5000);
        return;
    }
    m_downloadController->chooseAndQueue(series, tr("the selection"));
}

bool MainWindow::downloadSelection(const QString &folder) {
    if (!selectionReady())
        return false;
    const QList<Series> series = selectedSeries().series;
    if (series.isEmpty()) {
        statusBar()->showMessage(tr("Select series, studies, patients or collections first."),
                                 5000);
        return false;
    }
    DownloadTarget target = m_settings ? m_settings->downloadTarget() : DownloadTarget();
    target.root = folder;
    QString error;
    if (!m_downloadController->queue(series, target, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

void MainWindow::showQueued(int count, int waiting, const QString &root) {
    showDownloads();
    QString text = tr("%Ln series queued for download into %1", nullptr, count)
                       .arg(QDir::toNativeSeparators(root));
    if (waiting > 0)
        text += tr("; %Ln were in the queue already (resume them there)", nullptr, waiting);
    statusBar()->showMessage(text, 10000);
}

ImageWindow *MainWindow::openImages(const QString &folder) {
    auto *window = new ImageWindow(this);
    window->setWindowFlag(Qt::Window);
    window->openFolder(folder);
    window->show();
    return window;
}

void MainWindow::usePreviewCache(const QString &folder, qint64 maxBytes) {
    m_previewCache = std::make_unique<PreviewCache>(folder, maxBytes);
    m_previewLoader->setCache(m_previewCache.get());
}

void MainWindow::useDownloadJournal(const QString &path) {
    if (m_downloadController->useJournal(path) > 0)
        showDownloads();
}

// The first time in a session, with room for a dozen rows.
void MainWindow::showDownloads() {
    if (m_downloadsDock->isVisible())
        return;
    dockBesideTheOther(m_downloadsDock, m_cartDock);
}

namespace {
QStringList manifestsIn(const QMimeData *mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(".tcia"_L1, Qt::CaseInsensitive))
            paths << url.toLocalFile();
    }
    return paths;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (!manifestsIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QStringList paths = manifestsIn(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // The dialog waits for the user: not inside the drop, which the source is blocked on.
    QMetaObject::invokeMethod(
        this,
        [this, paths] {
            for (const QString &path : paths)
                openManifest(path);
        },
        Qt::QueuedConnection);
}

bool MainWindow::exportManifest(const QString &path) {
    if (!selectionReady())
        return false;
    const TciaManifest manifest =
        TciaManifest::forSeries(selectedSeries().seriesUids(), QDateTime::currentDateTime(),
                                m_client->settings().serviceRoot);
    return writeFile(path, manifest.toText(), int(manifest.seriesInstanceUids.size()));
}

bool MainWindow::exportCsv(const QString &path) {
    if (!selectionReady())
        return false;
    const QList<Series> series = selectedSeries().series;
    return writeFile(path, SeriesCsv::write(series), int(series.size()));
}

bool MainWindow::writeFile(const QString &path, const QByteArray &bytes, int seriesCount) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %Ln series to %1", nullptr, seriesCount).arg(path), 5000);
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
