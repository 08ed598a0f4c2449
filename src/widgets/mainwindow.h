#pragma once

#include <QMainWindow>

namespace nbia {

// The browser's main window. The archive tree, filters and downloads arrive with later work;
// for now it shows which server the application talks to.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &serverUrl, QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace nbia
