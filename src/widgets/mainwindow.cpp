#include "mainwindow.h"

#include <api/nbiaclient.h>

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace nbia {

MainWindow::MainWindow(NbiaClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_collections(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this)) {
    setWindowTitle(tr("NBIA Browser"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("<b>Collections</b>"), central);
    m_message->setWordWrap(true);
    m_retry->setVisible(false);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(m_collections, 1);
    setCentralWidget(central);
    statusBar()->showMessage(
        tr("Server: %1").arg(client->settings().endpointUrl(QString()).toString()));
    connect(m_retry, &QPushButton::clicked, this, &MainWindow::reload);
    resize(1100, 720);
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload() {
    m_retry->setVisible(false);
    m_message->setText(tr("Loading collections…"));
    m_client->collections(this, [this](const ApiResult<QStringList> &result) {
        if (!result.ok()) {
            m_message->setText(result.error().message());
            m_retry->setVisible(true);
            return;
        }
        m_collections->clear();
        m_collections->addItems(result.value());
        m_message->setText(tr("%n collection(s)", nullptr, int(result.value().size())));
    });
}

} // namespace nbia
