#include "serieslistpanel.h"

#include "serieslistdelegate.h"

#include <model/seriescatalog.h>
#include <model/seriestablemodel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace nbia {

using Column = SeriesTableModel::Column;

SeriesListPanel::SeriesListPanel(SeriesCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(new SeriesTableModel(this))
    , m_search(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_view(new QTableView(this)) {
    m_search->setPlaceholderText(tr("Search the series: patient ID, description, UID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows the series whose patient ID, series or study description, "
                            "protocol or UIDs contain the text"));
    connect(m_search, &QLineEdit::textChanged, m_model, &SeriesTableModel::setSearchText);

    m_view->setModel(m_model);
    m_delegate = new SeriesListDelegate(m_view);
    m_view->setItemDelegateForColumn(0, m_delegate);
    m_view->setSortingEnabled(true);
    // The archive's order until the user sorts: sorting 100,000 series by a column is quick,
    // but not free, and opening a collection must never hold up the window.
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: a 100,000-row table must not measure every row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // A header asks, at its first repaint after each selection change, whether each column and
    // its neighbours are wholly selected (to highlight them, and for the style's "selected
    // position" even when not highlighting), and QItemSelectionModel asks every row's flags for
    // that: 25 ms at 300,000 rows after Select all. Its own selection model stays empty: the
    // header sorts when clicked and selects nothing.
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSelectionModel(
        new QItemSelectionModel(m_model, m_view->horizontalHeader()));
    const QList<std::pair<Column, int>> widths{
        {Column::Patient, 130}, {Column::StudyDate, 85}, {Column::Description, 220},
        {Column::Modality, 65}, {Column::BodyPart, 85},  {Column::Manufacturer, 130},
        {Column::Images, 55},   {Column::Size, 75},      {Column::SeriesUid, 330}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SeriesListPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SeriesListPanel::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentSeriesChanged(current.isValid() ? &m_model->seriesAt(current.row())
                                                              : nullptr);
            });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &SeriesListPanel::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SeriesListPanel::restoreSelection);
    connect(m_catalog, &SeriesCatalog::loaded, this, [this](const QString &collection) {
        if (collection == m_collection)
            setCollection(collection);
    });
    connect(m_catalog, &SeriesCatalog::failed, this, [this](const QString &collection) {
        if (collection == m_collection)
            showState();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] { m_catalog->load(m_collection); });

    auto *stateLayout = new QHBoxLayout;
    stateLayout->addWidget(m_state, 1);
    stateLayout->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(stateLayout);
    layout->addWidget(m_view, 1);
    showState();
}

SeriesListPanel::~SeriesListPanel() = default;

QString SeriesListPanel::collection() const {
    return m_collection;
}

void SeriesListPanel::setCollection(const QString &collection) {
    m_collection = collection;
    const QList<Series> *series = m_catalog->series(collection);
    if (series) {
        if (m_model->collection() != collection || m_model->series().size() != series->size())
            m_model->setSeries(collection, *series);
    } else {
        m_model->clear();
        m_catalog->load(collection);
    }
    showState();
}

void SeriesListPanel::showState() {
    QString state;
    const bool failed = !m_collection.isEmpty() && !m_catalog->error(m_collection).isEmpty() &&
                        !m_catalog->series(m_collection);
    if (m_collection.isEmpty())
        state = tr("Choose a collection in the archive tree to list all its series.");
    else if (failed)
        state = tr("The series of %1 could not be loaded: %2")
                    .arg(m_collection, m_catalog->error(m_collection));
    else if (!m_catalog->series(m_collection))
        state = tr("Loading the series of %1…").arg(m_collection);
    else
        state = tr("%1 of %Ln series of %2 shown", nullptr, int(m_model->series().size()))
                    .arg(QLocale().toString(m_model->rowCount()), m_collection);
    m_state->setText(state);
    m_retry->setVisible(failed);
    Q_EMIT titleChanged(m_collection.isEmpty() ? tr("Series")
                                               : tr("Series of %1").arg(m_collection));
}

// From the selection's ranges, as indexes into the shared list in the order shown: Select all
// on 100,000 rows makes no model index, and copies no series, per row.
SeriesSelection SeriesListPanel::selection() const {
    // The ranges in order, joined where they overlap: then their rows come out in order, each
    // once, without sorting every selected row (300,000 after Select all).
    std::vector<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
        ranges.emplace_back(range.top(), range.bottom());
    std::sort(ranges.begin(), ranges.end());
    std::vector<int> rows;
    int next = 0; // the first row not taken yet
    for (const auto &[top, bottom] : ranges) {
        for (int row = std::max(top, next); row <= bottom; ++row)
            rows.push_back(m_model->seriesIndexAt(row));
        next = std::max(next, bottom + 1);
    }
    SeriesSelection selection;
    selection.addSeries(m_model->series(), std::move(rows));
    return selection;
}

const Series *SeriesListPanel::currentSeries() const {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return nullptr;
    return &m_model->seriesAt(current.row());
}

void SeriesListPanel::showContextMenu(const QPoint &position) {
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isSelected(index))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addActions(m_contextActions);
    menu.addSeparator();
    const Series series = m_model->seriesAt(index.row());
    menu.addAction(tr("Show in the &tree"), this,
                   [this, series] { Q_EMIT showInTreeRequested(series); });
    Q_EMIT contextMenuShown(&menu);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void SeriesListPanel::setDownloadedCheck(const DownloadedMark::Check &check) {
    m_delegate->downloadedMark().setCheck(check);
    m_view->viewport()->update();
}

void SeriesListPanel::clearSearch() {
    m_search->clear();
}

// Cheap for any selection: ranges of rows, not one index per row.
void SeriesListPanel::rememberSelection() {
    if (m_restorePending)
        return; // the rows in between (none, while a large list is filtered) hold no selection
    const QList<Series> &series = m_model->series();
    m_selectedSeries.assign(size_t(series.size()), 0);
    m_selectedFrom = series;
    bool any = false;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            m_selectedSeries[size_t(m_model->seriesIndexAt(row))] = 1;
        any = any || range.isValid();
    }
    if (!any)
        m_selectedSeries.clear();
    const QModelIndex current = m_view->currentIndex();
    m_currentUid =
        current.isValid() ? m_model->seriesAt(current.row()).seriesInstanceUid : QString();
}

// After a new filter or search the rows still shown stay selected (one pass over the rows).
void SeriesListPanel::restoreSelection() {
    m_restorePending = m_model->isUpdating();
    if (m_restorePending) {
        showState();
        return;
    }
    const QList<Series> &series = m_model->series();
    const bool sameList =
        series.constData() == m_selectedFrom.constData() && series.size() == m_selectedFrom.size();
    QSet<QString> selectedUids; // loaded again: the same series, maybe elsewhere in the list
    if (!sameList) {
        for (size_t i = 0; i < m_selectedSeries.size(); ++i) {
            if (m_selectedSeries[i])
                selectedUids.insert(m_selectedFrom.at(qsizetype(i)).seriesInstanceUid);
        }
    }
    if (!m_selectedSeries.empty() || !m_currentUid.isEmpty()) {
        QItemSelection selection;
        QModelIndex current;
        int runStart = -1; // consecutive selected rows make one range
        auto endRun = [&](int row) {
            if (runStart >= 0)
                selection.select(m_model->index(runStart, 0),
                                 m_model->index(row - 1, SeriesTableModel::columnTotal - 1));
            runStart = -1;
        };
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const int index = m_model->seriesIndexAt(row);
            const bool selected =
                sameList ? !m_selectedSeries.empty() && m_selectedSeries[size_t(index)] != 0
                         : selectedUids.contains(series.at(index).seriesInstanceUid);
            if (!selected)
                endRun(row);
            else if (runStart < 0)
                runStart = row;
            if (!m_currentUid.isEmpty() && series.at(index).seriesInstanceUid == m_currentUid)
                current = m_model->index(row, 0);
        }
        endRun(m_model->rowCount());
        if (current.isValid())
            m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    m_selectedSeries.clear();
    m_selectedFrom.clear();
    m_currentUid.clear();
    showState();
}

void SeriesListPanel::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace nbia
