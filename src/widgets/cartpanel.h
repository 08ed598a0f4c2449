#pragma once

#include <api/series.h>

#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nbia {

struct CartTotals;
class SeriesCartModel;

// The series cart, for a dock: its series from any collection (sortable, several selected at
// once), their totals, and Remove (Delete), Clear, Import and Export of `.tcia` manifests and
// Download; the rows' context menu downloads, removes, copies their UIDs or shows a series in
// the archive tree. File dialogs aside, every action is a public method, so that it can run
// without one.
class CartPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartPanel)

public:
    explicit CartPanel(SeriesCartModel *model, QWidget *parent = nullptr);
    ~CartPanel() override;

    [[nodiscard]] SeriesCartModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QString totalsText() const;
    // "12 series · 3,456 images · 1.2 GB", saying how many sizes are unknown.
    [[nodiscard]] static QString totalsText(const CartTotals &totals);
    // The archive exported manifests download from (the public archive when not set).
    void setServiceRoot(const QUrl &serviceRoot) { m_serviceRoot = serviceRoot; }

    // The model rows of the selected rows, in the order shown.
    [[nodiscard]] QList<int> selectedRows() const;

    // Adds a manifest's series; a bad manifest adds nothing and is said in a message box. The
    // outcome goes out as message(). False for a bad manifest.
    bool importManifest(const QString &path);
    // False (said in a message box) when the cart is empty or the file cannot be written.
    bool exportManifest(const QString &path);
    void removeSelected();
    // Asks first, without blocking (a window-modal box), unless the cart is empty.
    void askToClear();
    // The series the archive knows (or may know) go out as downloadRequested().
    void downloadAll();
    void downloadSelected();
    void copySelectedUids();
    void showCurrentInTree();
    void chooseImportFile();
    void chooseExportFile();

Q_SIGNALS:
    void downloadRequested(const QList<nbia::Series> &series);
    void showInTreeRequested(const QString &seriesUid);
    // A line for the status bar.
    void message(const QString &text);

private:
    void download(const QList<int> &rows);
    void showTotals();
    void updateActions();
    void warn(const QString &title, const QString &text);

    SeriesCartModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_totals;
    QPushButton *m_remove;
    QPushButton *m_clear;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_download;
    QAction *m_downloadSelected;
    QAction *m_removeSelected;
    QAction *m_copyUids;
    QAction *m_showInTree;
    QUrl m_serviceRoot;
};

} // namespace nbia
