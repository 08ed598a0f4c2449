#include "imagewindow.h"

#include "imagecanvas.h"
#include "imageviewer.h"

#include <dicomseriesmodel.h>
#include <dicomtagmodel.h>
#include <thumbnailmodel.h>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace nbia {

ImageWindow::ImageWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_thumbnails(new ThumbnailModel(128, this))
    , m_series(new DicomSeriesModel(this))
    , m_seriesBar(new QWidget(this))
    , m_seriesPicker(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_grid(new QListView(this))
    , m_viewer(new ImageViewer(this))
    , m_tags(new DicomTagModel(this))
    , m_tagProxy(new QSortFilterProxyModel(this))
    , m_tagView(new QTreeView(this))
    , m_tagFilter(new QLineEdit(this))
    , m_tagDock(new QDockWidget(tr("Tags"), this)) {
    setWindowTitle(tr("Images"));
    setAttribute(Qt::WA_DeleteOnClose);
    // A comfortable size, but never more than the screen has: a 1366x768 laptop keeps the
    // status bar and the bottom row of thumbnails in view.
    const QSize comfortable(1200, 800);
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter,
                                        comfortable.boundedTo(available.size()), available));
    } else {
        resize(comfortable);
    }

    m_grid->setModel(m_thumbnails);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setIconSize(QSize(128, 128));
    m_grid->setGridSize(QSize(148, 164));
    m_grid->setSpacing(4);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pages->addWidget(m_grid);
    m_pages->addWidget(m_viewer);

    m_seriesPicker->setModel(m_series);
    m_seriesPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_seriesPicker->setToolTip(
        tr("The folder's series: one at a time (Ctrl+Page Down: next, Ctrl+Page Up: previous)"));
    auto *seriesLabel = new QLabel(tr("&Series:"), m_seriesBar);
    seriesLabel->setBuddy(m_seriesPicker);
    auto *seriesLayout = new QHBoxLayout(m_seriesBar);
    seriesLayout->setContentsMargins(6, 4, 6, 0);
    seriesLayout->addWidget(seriesLabel);
    seriesLayout->addWidget(m_seriesPicker);
    seriesLayout->addStretch(1);
    m_seriesBar->hide(); // until a folder of several series
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(2);
    centralLayout->addWidget(m_seriesBar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_tagProxy->setSourceModel(m_tags);
    m_tagProxy->setRecursiveFilteringEnabled(true);
    m_tagProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tagProxy->setFilterKeyColumn(-1);
    m_tagView->setModel(m_tagProxy);
    m_tagView->setUniformRowHeights(true);
    m_tagView->setAlternatingRowColors(true);
    m_tagView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tagView->header()->setSectionResizeMode(DicomTagModel::TagColumn,
                                              QHeaderView::ResizeToContents);
    m_tagView->header()->setSectionResizeMode(DicomTagModel::VrColumn,
                                              QHeaderView::ResizeToContents);
    m_tagView->header()->resizeSection(DicomTagModel::NameColumn, 170);
    m_tagView->header()->setStretchLastSection(true);
    m_tagFilter->setPlaceholderText(tr("Filter tags (name, number or value)"));
    m_tagFilter->setClearButtonEnabled(true);
    auto *tagPanel = new QWidget(this);
    auto *tagLayout = new QVBoxLayout(tagPanel);
    tagLayout->setContentsMargins(2, 2, 2, 2);
    tagLayout->addWidget(m_tagFilter);
    tagLayout->addWidget(m_tagView);
    m_tagDock->setObjectName(QStringLiteral("tags"));
    m_tagDock->setWidget(tagPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_tagDock);
    resizeDocks({m_tagDock}, {480}, Qt::Horizontal);
    m_tagDock->hide();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Open folder…"), QKeySequence::Open, this, &ImageWindow::chooseFolder);
    file->addAction(tr("Close"), QKeySequence::Close, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_backAction = view->addAction(tr("Thumbnails"), QKeySequence(Qt::Key_Escape), this,
                                   &ImageWindow::showGrid);
    m_nextSeriesAction =
        view->addAction(tr("Next series"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this,
                        [this] { stepSeries(1); });
    m_previousSeriesAction =
        view->addAction(tr("Previous series"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this,
                        [this] { stepSeries(-1); });
    m_nextSeriesAction->setEnabled(false);
    m_previousSeriesAction->setEnabled(false);
    QAction *tagsAction = m_tagDock->toggleViewAction();
    tagsAction->setText(tr("Tags"));
    tagsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    view->addAction(tagsAction);
    m_viewer->toolBar()->insertAction(m_viewer->toolBar()->actions().value(0), m_backAction);
    m_viewer->toolBar()->addSeparator();
    m_viewer->toolBar()->addAction(tagsAction);

    connect(m_grid, &QListView::activated, this,
            [this](const QModelIndex &index) { showViewer(index.row()); });
    connect(m_viewer, &ImageViewer::currentImageChanged, this, &ImageWindow::showTags);
    connect(m_tagFilter, &QLineEdit::textChanged, m_tagProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_tagFilter, &QLineEdit::textChanged, m_tagView, &QTreeView::expandAll);
    connect(m_thumbnails, &ThumbnailModel::scanned, this, &ImageWindow::folderScanned);
    connect(m_seriesPicker, &QComboBox::activated, this, &ImageWindow::showSeries);
    showGrid();
}

ImageWindow::~ImageWindow() = default;

void ImageWindow::openFolder(const QString &folder) {
    setWindowTitle(tr("Images — %1").arg(QDir::toNativeSeparators(folder)));
    statusBar()->showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(folder)));
    m_viewer->setImages({});
    m_tags->clear();
    m_series->setSeries({});
    m_seriesBar->hide();
    m_nextSeriesAction->setEnabled(false);
    m_previousSeriesAction->setEnabled(false);
    m_thumbnails->setFolder(folder);
    showGrid();
}

void ImageWindow::folderScanned(int images, int skipped) {
    const QList<DicomSeries> &series = m_thumbnails->series();
    m_series->setSeries(series);
    m_seriesPicker->setCurrentIndex(m_thumbnails->currentSeries());
    const bool several = series.size() > 1;
    m_seriesBar->setVisible(several);
    m_nextSeriesAction->setEnabled(several);
    m_previousSeriesAction->setEnabled(several);
    m_viewer->setImages(m_thumbnails->images());
    QString text =
        several ? tr("%Ln series", nullptr, int(series.size())) + tr(" · images: %1").arg(images)
                : tr("Images: %1").arg(images);
    if (skipped > 0)
        text += tr(" · other files, not shown: %1").arg(skipped);
    statusBar()->showMessage(images == 0 ? tr("No DICOM images in this folder") : text);
}

void ImageWindow::showSeries(int index) {
    if (index < 0 || index >= m_series->rowCount() || index == m_thumbnails->currentSeries())
        return;
    m_seriesPicker->setCurrentIndex(index);
    m_thumbnails->showSeries(index);
    m_viewer->setImages(m_thumbnails->images());
    if (isShowingViewer())
        m_viewer->canvas()->setFocus();
}

void ImageWindow::stepSeries(int steps) {
    if (m_series->rowCount() > 1)
        showSeries(std::clamp(m_thumbnails->currentSeries() + steps, 0, m_series->rowCount() - 1));
}

void ImageWindow::showGrid() {
    m_pages->setCurrentWidget(m_grid);
    m_backAction->setEnabled(false);
    if (m_viewer->currentIndex() >= 0)
        m_grid->setCurrentIndex(m_thumbnails->index(m_viewer->currentIndex()));
    m_grid->setFocus();
}

void ImageWindow::showViewer(int index) {
    if (index < 0 || index >= m_thumbnails->rowCount())
        return;
    if (m_viewer->imageCount() != m_thumbnails->rowCount())
        m_viewer->setImages(m_thumbnails->images(), index);
    else
        m_viewer->showImage(index);
    m_pages->setCurrentWidget(m_viewer);
    m_backAction->setEnabled(true);
    m_viewer->canvas()->setFocus();
}

bool ImageWindow::isShowingViewer() const {
    return m_pages->currentWidget() == m_viewer;
}

void ImageWindow::showTags(const QString &path) {
    if (!m_tags->load(path))
        statusBar()->showMessage(m_tags->errorString());
    if (!m_tagFilter->text().isEmpty())
        m_tagView->expandAll();
}

void ImageWindow::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a folder of images"));
    if (!folder.isEmpty())
        openFolder(folder);
}

} // namespace nbia
