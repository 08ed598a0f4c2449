#pragma once

#include <api/series.h>

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace nbia {

class ArchiveFilterProxyModel;
class ArchiveTreeModel;

// The archive tree with its search box: expand to load, type to search what is loaded, right
// click to copy UIDs or retry a row that failed to load.
class ArchivePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchivePanel)

public:
    ArchivePanel(ArchiveTreeModel *model, QWidget *parent = nullptr);
    ~ArchivePanel() override;

    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] ArchiveFilterProxyModel *proxy() const { return m_proxy; }
    void focusSearch();

    // The loaded series the selection covers: selected series, and the loaded series under
    // selected studies, patients and collections (visible through the filters), without repeats.
    [[nodiscard]] QList<Series> selectedSeries() const;
    [[nodiscard]] QStringList selectedSeriesUids() const;
    // Their total size in bytes, as the archive reports it.
    [[nodiscard]] qint64 selectedSeriesBytes() const;

Q_SIGNALS:
    void selectionChanged();

private:
    void showContextMenu(const QPoint &position);
    void collectSeries(const QModelIndex &index, QList<Series> &series) const;

    ArchiveTreeModel *m_model;
    ArchiveFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
};

} // namespace nbia
