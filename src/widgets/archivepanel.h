#pragma once

#include "downloadedmark.h"

#include <model/seriesselection.h>

#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QLineEdit;
class QMenu;
class QPushButton;
class QTreeView;

namespace nbia {

class ArchiveFilterProxyModel;
class ArchiveItemDelegate;
class ArchiveLocator;
struct ArchivePath;
class ArchiveTreeModel;

// The archive tree with its search box: expand to load, type to search what is loaded, right
// click to copy UIDs or retry a row that failed to load. Collections that were open stay open
// when a new filter makes the archive send their patients again.
class ArchivePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchivePanel)

public:
    ArchivePanel(ArchiveTreeModel *model, QWidget *parent = nullptr);
    ~ArchivePanel() override;

    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] ArchiveFilterProxyModel *proxy() const { return m_proxy; }
    void focusSearch();
    // For a new server: no search text, and no row of the last one to open again.
    void startOver();
    // Opens the tree down to the row (loading what is needed) and makes it current.
    void reveal(const ArchivePath &path);
    // Searches the whole archive when nothing loaded matches the search text (not owned).
    void setLocator(ArchiveLocator *locator);
    void searchArchive();
    // Marks the series rows this says are downloaded (repainted when called again).
    void setDownloadedCheck(const DownloadedMark::Check &check);
    // Offered first in the rows' context menu (not owned; they act on the selection).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    [[nodiscard]] QPushButton *searchArchiveButton() const { return m_searchArchive; }

    // What the selected rows stand for: the loaded series under them as they are shown (through
    // the filters), and the studies, patients and collections whose series are not all loaded.
    [[nodiscard]] SeriesSelection selection() const;

Q_SIGNALS:
    void selectionChanged();
    void reloadRequested();
    // A line for the status bar.
    void message(const QString &text);
    // Just before the context menu opens (for tests).
    void contextMenuShown(QMenu *menu);

private:
    void showContextMenu(const QPoint &position);
    void collect(const QModelIndex &index, SeriesSelection &selection) const;
    [[nodiscard]] bool fullyLoaded(const QModelIndex &index) const;
    void rememberExpanded();
    void expandRemembered();
    void showArchiveSearch();
    void restoreRows(const QModelIndex &parent, int first, int last);
    [[nodiscard]] QString keyOf(const QModelIndex &index) const;

    ArchiveTreeModel *m_model;
    ArchiveFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QPushButton *m_searchArchive;
    QPointer<ArchiveLocator> m_locator;
    QList<QAction *> m_contextActions;
    QTreeView *m_view;
    ArchiveItemDelegate *m_delegate = nullptr;
    // Kept across a refetch below the collections, until the rows come back (ArchiveTreeNode
    // keys).
    QSet<QString> m_expanded;
    QString m_currentKey;
};

} // namespace nbia
