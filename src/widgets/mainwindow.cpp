#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace nbia {

MainWindow::MainWindow(const QString &serverUrl, QWidget *parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("NBIA Browser"));
    auto *welcome = new QLabel(
        tr("<h2>NBIA Browser</h2><p>Browse and download The Cancer Imaging Archive.</p>"), this);
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    statusBar()->showMessage(tr("Server: %1").arg(serverUrl));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

} // namespace nbia
