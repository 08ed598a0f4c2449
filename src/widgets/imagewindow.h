#pragma once

#include <QMainWindow>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
class QDockWidget;
class QAction;

namespace nbia {

class DicomTagModel;
class ImageViewer;
class ThumbnailModel;

// The images of a folder: first a grid of thumbnails (rendered in the background, in series
// order), then, on a double click or Enter, the image viewer on that image. A dock shows every
// tag of the image in view, with a filter.
class ImageWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit ImageWindow(QWidget *parent = nullptr);
    ~ImageWindow() override;

    void openFolder(const QString &folder);
    void showGrid();
    void showViewer(int index);

    [[nodiscard]] bool isShowingViewer() const;
    [[nodiscard]] ThumbnailModel *thumbnails() const { return m_thumbnails; }
    [[nodiscard]] QListView *grid() const { return m_grid; }
    [[nodiscard]] ImageViewer *viewer() const { return m_viewer; }
    [[nodiscard]] DicomTagModel *tags() const { return m_tags; }
    [[nodiscard]] QTreeView *tagView() const { return m_tagView; }
    [[nodiscard]] QLineEdit *tagFilter() const { return m_tagFilter; }

private:
    void showTags(const QString &path);
    void chooseFolder();

    ThumbnailModel *m_thumbnails;
    QStackedWidget *m_pages;
    QListView *m_grid;
    ImageViewer *m_viewer;
    DicomTagModel *m_tags;
    QSortFilterProxyModel *m_tagProxy;
    QTreeView *m_tagView;
    QLineEdit *m_tagFilter;
    QDockWidget *m_tagDock;
    QAction *m_backAction;
};

} // namespace nbia
