#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;

namespace nbia {

class NbiaClient;

// The browser's main window. For now it lists the archive's collections; the archive tree,
// filters, details and downloads build on it.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(NbiaClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    void reload();

private:
    NbiaClient *m_client;
    QListWidget *m_collections;
    QLabel *m_message;
    QPushButton *m_retry;
};

} // namespace nbia
