#include "mainwindow.h"

#include "archivepanel.h"
#include "cartpanel.h"
#include "downloadcontroller.h"
#include "downloadspanel.h"
#include "serieslistpanel.h"

#include <api/nbiaclient.h>
#include <cart/cartresolver.h>
#include <cart/cartstore.h>
#include <cart/seriescartmodel.h>
#include <download/downloadqueue.h>
#include <download/manifestsource.h>
#include <download/tciamanifest.h>
#include <model/archivelocator.h>

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

namespace nbia {

using namespace Qt::StringLiterals;

// The cart, docked with the downloads: series gathered from anywhere, kept between sessions
// (useCart), described by the archive as they come in, marked once downloaded.
void MainWindow::setUpCart() {
    m_cartDock->setObjectName(u"cartDock"_s); // for saveState()
    m_cartDock->setWidget(m_cartPanel);
    m_cartDock->setFeatures(m_downloadsDock->features());
    addDockWidget(Qt::BottomDockWidgetArea, m_cartDock);
    m_cartDock->hide(); // until something goes in
    m_cartPanel->setServiceRoot(m_client->settings().serviceRoot);
    m_cartResolver->setAutomatic(true);
    // Series already downloaded (done and checked) are marked in the cart, the tree and the
    // list, each time one more is done.
    const DownloadQueue *queue = m_downloadController->queue();
    const DownloadedMark::Check downloaded = [queue](const QString &uid) {
        const int row = queue->row(uid);
        return row >= 0 && queue->items().at(row).state == DownloadState::Done;
    };
    m_cart->setOnDiskCheck(downloaded);
    m_archivePanel->setDownloadedCheck(downloaded);
    m_seriesList->setDownloadedCheck(downloaded);
    connect(queue, &DownloadQueue::rowChanged, this, [this, queue, downloaded](int row) {
        if (queue->items().at(row).state != DownloadState::Done)
            return;
        m_cart->refreshOnDisk();
        m_archivePanel->setDownloadedCheck(downloaded); // repaints
        m_seriesList->setDownloadedCheck(downloaded);
    });
    // A cart that holds one manifest downloads into a folder named after it, as the archive's
    // own retriever does.
    connect(m_cartPanel, &CartPanel::downloadRequested, this, [this](const QList<Series> &series) {
        m_downloadController->chooseAndQueue(series, m_cartManifest.isEmpty() ? tr("the cart")
                                                                              : m_cartManifest);
    });
    connect(m_cart, &SeriesCartModel::changed, this, [this] {
        if (m_cart->isEmpty())
            m_cartManifest.clear();
    });
    connect(m_cartPanel, &CartPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
}

void MainWindow::useCart(const QString &path) {
    m_cartStore = new CartStore(m_cart, path, this);
    if (!m_cartStore->load())
        statusBar()->showMessage(m_cartStore->errorString(), 15000);
    if (!m_cart->isEmpty())
        m_cartDock->show();
}

void MainWindow::showCart() {
    if (m_cartDock->isVisible()) {
        m_cartDock->raise();
        return;
    }
    dockBesideTheOther(m_cartDock, m_downloadsDock);
}

// The cart and the downloads share the bottom as tabs (tabbed only once both are shown: a tab
// bar of hidden docks would still take the keyboard focus).
void MainWindow::dockBesideTheOther(QDockWidget *dock, QDockWidget *other) {
    const bool alone = !other->isVisible();
    if (!alone && !tabifiedDockWidgets(other).contains(dock))
        tabifyDockWidget(other, dock);
    dock->show();
    dock->raise();
    // Alone at the bottom: a dozen rows, leaving the panes above their minimum height.
    const int wanted =
        std::min(height() / 3, height() - centralWidget()->minimumSizeHint().height() - 60);
    if (alone && std::abs(dock->height() - wanted) > wanted / 4)
        resizeDocks({dock}, {wanted}, Qt::Vertical);
}

int MainWindow::addSelectionToCart() {
    if (!selectionReady())
        return 0;
    const QList<Series> series = selectedSeries().series;
    const int added = m_cart->add(series);
    if (added > 0)
        m_cartManifest.clear(); // no longer one manifest's series
    showCart();
    statusBar()->showMessage(
        tr("%Ln series added to the cart", nullptr, added) +
            (added < series.size() ? tr(" (%Ln already in it)", nullptr, int(series.size() - added))
                                   : QString()),
        10000);
    return added;
}

// A manifest of this archive goes to the cart, to be looked at before anything downloads; one
// of another archive downloads from there, as before.
void MainWindow::openManifest(const QString &path) {
    QString error;
    const std::optional<TciaManifest> manifest = TciaManifest::readFile(path, &error);
    const std::optional<ClientSettings> archive =
        manifest ? ManifestSource::archiveOf(*manifest, m_client->settings()) : std::nullopt;
    if (manifest &&
        (!archive || archive->endpointUrl({}) != m_client->settings().endpointUrl({}))) {
        m_downloadController->openManifest(path);
        return;
    }
    const bool wasEmpty = m_cart->isEmpty();
    if (m_cartPanel->importManifest(path)) {
        m_cartManifest = wasEmpty ? QFileInfo(path).fileName() : QString();
        showCart();
    }
}

void MainWindow::chooseManifest() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open manifest"), {},
                                                      tr("TCIA manifests (*.tcia);;All files (*)"));
    if (!path.isEmpty())
        openManifest(path);
}

// The images of the first selected series that is downloaded (its folder checked).
void MainWindow::openSelectedImages() {
    const DownloadQueue *queue = m_downloadController->queue();
    for (const Series &series : selectedSeries().series) {
        const int row = queue->row(series.seriesInstanceUid);
        if (row < 0 || queue->items().at(row).state != DownloadState::Done)
            continue;
        const DownloadItem &item = queue->items().at(row);
        openImages(QDir(item.target.root).filePath(item.folder));
        return;
    }
    statusBar()->showMessage(
        tr("None of the selected series is downloaded yet: download them first (Ctrl+D)."), 8000);
}

void MainWindow::showInTree(const ArchivePath &path) {
    showTab(0);
    m_archivePanel->reveal(path);
}

// A series known only by its UID is looked up first (one request).
void MainWindow::showSeriesInTree(const QString &seriesUid) {
    m_seriesLocator->find(seriesUid);
}

} // namespace nbia
