#pragma once

#include "downloadedmark.h"

#include <model/seriesselection.h>

#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QMenu;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nbia {

class SeriesCatalog;
class SeriesListDelegate;
class SeriesTableModel;

// Every series of the current collection in one sortable table, filtered by the panels and a
// search box: the quickest way to find series across patients. The series come from the
// SeriesCatalog (one request per collection); while they load, or if that fails, the panel says
// so in place, with a Retry.
class SeriesListPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesListPanel)

public:
    explicit SeriesListPanel(SeriesCatalog *catalog, QWidget *parent = nullptr);
    ~SeriesListPanel() override;

    // Shows a collection's series, loading them if needed (empty: none).
    void setCollection(const QString &collection);
    [[nodiscard]] QString collection() const;
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] SeriesTableModel *model() const { return m_model; }
    [[nodiscard]] SeriesSelection selection() const;
    // The series of the current row while it is selected; null otherwise.
    [[nodiscard]] const Series *currentSeries() const;
    // Empties the search box (a new server, a new archive).
    void clearSearch();
    // Marks the series this says are downloaded (repainted when called again).
    void setDownloadedCheck(const DownloadedMark::Check &check);
    // Offered first in the rows' context menu (not owned; they act on the selection).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    void focusSearch();

Q_SIGNALS:
    void selectionChanged();
    void currentSeriesChanged(const nbia::Series *series); // null: none
    void titleChanged(const QString &title);
    void showInTreeRequested(const nbia::Series &series);
    // Just before the context menu opens (for tests).
    void contextMenuShown(QMenu *menu);

private:
    void showState();
    void showContextMenu(const QPoint &position);
    void rememberSelection();
    void restoreSelection();

    SeriesCatalog *m_catalog;
    SeriesTableModel *m_model;
    QLineEdit *m_search;
    QLabel *m_state;
    QPushButton *m_retry;
    QTableView *m_view;
    SeriesListDelegate *m_delegate = nullptr;
    QString m_collection;
    // The selection kept across a change of filter or search: by index into the series while
    // they stay the same list, by UID when they are loaded again.
    std::vector<char> m_selectedSeries;
    QList<Series> m_selectedFrom; // the list m_selectedSeries indexes (a shared copy)
    QString m_currentUid;
    bool m_restorePending = false; // until the model has the rows of its latest change
    QList<QAction *> m_contextActions;
};

} // namespace nbia
