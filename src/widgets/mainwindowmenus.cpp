#include "mainwindow.h"

#include "archivepanel.h"
#include "detailspanel.h"
#include "downloadcontroller.h"
#include "downloadspanel.h"
#include "filterpanel.h"
#include "helpdialog.h"
#include "serieslistpanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
QIcon icon(const char *name) {
    return QIcon(u":/icons/"_s + QLatin1StringView(name) + u".svg"_s);
}
} // namespace

// Menus hold every action with its shortcut; the tool bar repeats the everyday ones.
void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *manifest =
        file->addAction(icon("export-manifest"), tr("Export selection as &manifest…"), this,
                        [this] { chooseExportFile(true); });
    manifest->setShortcut(QKeySequence(tr("Ctrl+E")));
    manifest->setToolTip(tr("Saves the selected series as a .tcia manifest (Ctrl+E)"));
    QAction *csv = file->addAction(icon("export-csv"), tr("Export selection as &CSV…"), this,
                                   [this] { chooseExportFile(false); });
    csv->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    csv->setToolTip(tr("Saves the selected series and their details as CSV (Ctrl+Shift+E)"));
    QAction *download = file->addAction(icon("download"), tr("&Download selection…"), this,
                                        &MainWindow::chooseDownload);
    download->setShortcut(QKeySequence(tr("Ctrl+D")));
    download->setToolTip(tr("Downloads the selected series into a folder, checked (Ctrl+D)"));
    QAction *openManifest = file->addAction(icon("open-manifest"), tr("&Open manifest…"), this,
                                            &MainWindow::chooseManifest);
    openManifest->setShortcut(QKeySequence::Open);
    openManifest->setToolTip(
        tr("Puts the series of a .tcia manifest in the cart, to look at before they download; "
           "dropping one on the window does too (Ctrl+O)"));
    QAction *toCart = file->addAction(icon("cart-add"), tr("&Add selection to cart"), this,
                                      &MainWindow::addSelectionToCart);
    toCart->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    toCart->setToolTip(tr("Collects the selected series in the cart, from any collection "
                          "(Ctrl+Shift+K)"));
    QAction *sharedList = file->addAction(tr("Download shared &list…"), m_downloadController,
                                          &DownloadController::chooseSharedList);
    sharedList->setToolTip(tr("Downloads the series of a list shared on the archive's portal"));
    file->addSeparator();
    QAction *selectionImages =
        file->addAction(tr("View images of the &selection"), this, &MainWindow::openSelectedImages);
    selectionImages->setShortcut(QKeySequence(tr("Ctrl+I")));
    selectionImages->setToolTip(
        tr("Opens the downloaded images of the selected series in the viewer (Ctrl+I)"));
    QAction *images = file->addAction(tr("Open &images folder…"), this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Open a folder of DICOM images"));
        if (!folder.isEmpty())
            openImages(folder);
    });
    images->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    images->setToolTip(tr("Shows the DICOM images of a folder as thumbnails and in the viewer; "
                          "downloaded series open from the downloads panel"));
    file->addSeparator();
    QAction *server =
        file->addAction(icon("server"), tr("S&erver…"), this, &MainWindow::chooseServer);
    server->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(icon("copy"), tr("&Copy UIDs"), QKeySequence::Copy, this,
                                    &MainWindow::copySelection);
    copy->setToolTip(tr("Copies the UIDs (or IDs) of the selected rows, one per line (Ctrl+C)"));
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tabs->addAction(copy);
    QAction *clear =
        edit->addAction(icon("clear-filters"), tr("C&lear filters"),
                        QKeySequence(tr("Ctrl+Shift+L")), m_filterPanel, &FilterPanel::clear);
    clear->setToolTip(tr("Unchecks every filter value (Ctrl+Shift+L)"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Archive tree"), QKeySequence(tr("Ctrl+1")), this, [this] { showTab(0); });
    view->addAction(tr("Series &list"), QKeySequence(tr("Ctrl+2")), this, [this] { showTab(1); });
    QAction *downloads = m_downloadsDock->toggleViewAction();
    downloads->setText(tr("&Downloads"));
    downloads->setShortcut(QKeySequence(tr("Ctrl+J")));
    view->addAction(downloads);
    QAction *cart = m_cartDock->toggleViewAction();
    cart->setText(tr("&Cart"));
    cart->setShortcut(QKeySequence(tr("Ctrl+K")));
    view->addAction(cart);
    view->addSeparator();
    QAction *search = view->addAction(icon("search"), tr("&Search"), QKeySequence::Find, this,
                                      &MainWindow::focusSearch);
    search->setToolTip(tr("Searches what is loaded: patient IDs, descriptions, UIDs (Ctrl+F)"));
    QAction *reload = view->addAction(icon("reload"), tr("&Reload everything"),
                                      QKeySequence::Refresh, this, &MainWindow::reloadEverything);
    reload->setToolTip(tr("Asks the archive again for everything shown (F5)"));
    QAction *demo = view->addAction(icon("demo-archive"), tr("Open &demo archive"), this,
                                    &MainWindow::demoRequested);
    demo->setToolTip(tr("Browses a synthetic archive served on this computer, without a network"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *contents = help->addAction(tr("NBIA Browser &Help"), QKeySequence::HelpContents, this,
                                        [this] { showHelp(helpTopicOfFocus()); });
    contents->setToolTip(tr("What each pane does, for the pane you are in (F1)"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(tr("Ctrl+/")), this,
                    [this] { showHelp(HelpDialog::Topic::Shortcuts); });
    help->addSeparator();
    help->addAction(tr("&About NBIA Browser"), this, [this] {
        QMessageBox::about(this, tr("About NBIA Browser"), HelpDialog::aboutText());
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // The rows' context menus act on the selection with the same actions.
    m_archivePanel->setContextActions({download, toCart, manifest, copy, selectionImages});
    m_seriesList->setContextActions({download, toCart, manifest, copy, selectionImages});

    QToolBar *tools = addToolBar(tr("Main tool bar"));
    tools->setObjectName(u"mainToolBar"_s); // for saveState()
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(20, 20));
    for (QAction *action : {reload, search})
        tools->addAction(action);
    tools->addSeparator();
    for (QAction *action : {download, toCart, openManifest, manifest, csv, copy, clear})
        tools->addAction(action);
}

// The pane with the focus, for F1.
HelpDialog::Topic MainWindow::helpTopicOfFocus() const {
    using Topic = HelpDialog::Topic;
    const QList<std::pair<const QWidget *, Topic>> panes{
        {m_filterPanel, Topic::Filters},     {m_archivePanel, Topic::Tree},
        {m_seriesList, Topic::SeriesList},   {m_detailsPanel, Topic::Details},
        {m_downloadsDock, Topic::Downloads}, {m_cartDock, Topic::Cart}};
    for (const QWidget *focus = QApplication::focusWidget(); focus; focus = focus->parentWidget()) {
        for (const auto &[pane, topic] : panes) {
            if (focus == pane)
                return topic;
        }
    }
    return Topic::Overview;
}

HelpDialog *MainWindow::showHelp(HelpDialog::Topic topic) {
    if (!m_help) {
        QList<QAction *> actions;
        for (const QAction *menu : menuBar()->actions()) {
            if (menu->menu())
                actions += menu->menu()->actions();
        }
        m_help = new HelpDialog(actions, this);
    }
    m_help->show();
    m_help->raise();
    m_help->showTopic(topic);
    return m_help;
}

} // namespace nbia
