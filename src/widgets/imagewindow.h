#pragma once

#include <QMainWindow>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
class QDockWidget;
class QAction;
class QComboBox;

namespace nbia {

class DicomSeriesModel;
class DicomTagModel;
class ImageViewer;
class ThumbnailModel;

// The images of a folder, one series at a time: first a grid of thumbnails (rendered in the
// background, in the series' order), then, on a double click or Enter, the image viewer on that
// image, stepping within the series. A folder of several series gets a series picker above
// both. A dock shows every tag of the image in view, with a filter.
class ImageWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageWindow)

public:
    explicit ImageWindow(QWidget *parent = nullptr);
    ~ImageWindow() override;

    void openFolder(const QString &folder);
    void showGrid();
    void showViewer(int index);
    void showSeries(int index); // of series(); the viewer, if shown, on its first image

    [[nodiscard]] bool isShowingViewer() const;
    [[nodiscard]] ThumbnailModel *thumbnails() const { return m_thumbnails; }
    [[nodiscard]] DicomSeriesModel *series() const { return m_series; }
    [[nodiscard]] QComboBox *seriesPicker() const { return m_seriesPicker; }
    [[nodiscard]] QWidget *seriesBar() const { return m_seriesBar; }
    [[nodiscard]] QListView *grid() const { return m_grid; }
    [[nodiscard]] ImageViewer *viewer() const { return m_viewer; }
    [[nodiscard]] DicomTagModel *tags() const { return m_tags; }
    [[nodiscard]] QTreeView *tagView() const { return m_tagView; }
    [[nodiscard]] QLineEdit *tagFilter() const { return m_tagFilter; }

private:
    void showTags(const QString &path);
    void chooseFolder();
    void folderScanned(int images, int skipped);
    void stepSeries(int steps);

    ThumbnailModel *m_thumbnails;
    DicomSeriesModel *m_series;
    QWidget *m_seriesBar;
    QComboBox *m_seriesPicker;
    QStackedWidget *m_pages;
    QListView *m_grid;
    ImageViewer *m_viewer;
    DicomTagModel *m_tags;
    QSortFilterProxyModel *m_tagProxy;
    QTreeView *m_tagView;
    QLineEdit *m_tagFilter;
    QDockWidget *m_tagDock;
    QAction *m_backAction;
    QAction *m_nextSeriesAction;
    QAction *m_previousSeriesAction;
};

} // namespace nbia
