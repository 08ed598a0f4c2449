#include "archivepanel.h"

#include "archiveitemdelegate.h"

#include <model/archivefilterproxymodel.h>
#include <model/archivelocator.h>
#include <model/archivetreemodel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

#include <functional>

namespace nbia {

ArchivePanel::ArchivePanel(ArchiveTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ArchiveFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_searchArchive(new QPushButton(this))
    , m_view(new QTreeView(this)) {
    m_proxy->setSourceModel(model);
    m_search->setPlaceholderText(
        tr("Search what is loaded: patient ID, description, UID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ArchiveFilterProxyModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &ArchivePanel::showArchiveSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() == 0)
            searchArchive();
    });
    m_searchArchive->hide();
    m_searchArchive->setToolTip(tr("Nothing loaded matches: asks the archive for a patient ID, "
                                   "a study UID or a series UID, in every collection (Enter)"));
    connect(m_searchArchive, &QPushButton::clicked, this, &ArchivePanel::searchArchive);

    m_view->setModel(m_proxy);
    m_delegate = new ArchiveItemDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(ArchiveTreeModel::Column::Name), Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // What a researcher weighs first (name, how much, when) fits a laptop's pane; the rest
    // is a scroll away.
    // The counts fit the archive's largest collections (hundreds of thousands of series, tens
    // of millions of images) in the font in use.
    using Column = ArchiveTreeModel::Column;
    const auto fits = [this](const QString &widest) {
        return m_view->fontMetrics().horizontalAdvance(widest) + 14;
    };
    const QList<std::pair<Column, int>> widths{
        {Column::Name, 230},
        {Column::Patients, std::max(62, fits(QLocale().toString(100000)))},
        {Column::Series, std::max(55, fits(QLocale().toString(300000)))},
        {Column::Images, std::max(62, fits(QLocale().toString(30000000)))},
        {Column::Size, std::max(72, fits(QStringLiteral("999.9 TB")))},
        {Column::Date, 85},
        {Column::Modality, 68},
        {Column::BodyPart, 85},
        {Column::Manufacturer, 130},
        {Column::Description, 120}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ArchivePanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ArchivePanel::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            &ArchivePanel::rememberExpanded);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ArchivePanel::expandRemembered);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ArchivePanel::restoreRows);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this](const QModelIndex &under) {
            if (!under.isValid())
                showArchiveSearch();
        });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ArchivePanel::showArchiveSearch);
    // The user moving elsewhere first ends the wait for the old row.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && keyOf(current) != m_currentKey)
                    m_currentKey.clear();
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_searchArchive);
    layout->addWidget(m_view, 1);
}

ArchivePanel::~ArchivePanel() = default;

void ArchivePanel::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool ArchivePanel::fullyLoaded(const QModelIndex &index) const {
    const ArchiveTreeNode *node = m_model->node(m_proxy->mapToSource(index));
    if (!node || node->isLeaf())
        return true;
    if (node->state != ArchiveTreeNode::State::Fetched)
        return false;
    for (int row = 0; row < m_proxy->rowCount(index); ++row) {
        if (!fullyLoaded(m_proxy->index(row, 0, index)))
            return false;
    }
    return true;
}

void ArchivePanel::collect(const QModelIndex &index, SeriesSelection &selection) const {
    const ArchiveTreeNode *node = m_model->node(m_proxy->mapToSource(index));
    if (!node)
        return;
    if (const auto *series = std::get_if<Series>(&node->record)) {
        selection.addSeries(*series);
        return;
    }
    // Loaded rows count as shown (filtered, searched); the rest is asked of the archive.
    if (fullyLoaded(index)) {
        for (int row = 0; row < m_proxy->rowCount(index); ++row)
            collect(m_proxy->index(row, 0, index), selection);
        return;
    }
    const QString collection = node->collectionName();
    if (const auto *patient = std::get_if<Patient>(&node->record))
        selection.addPatient(collection, patient->patientId);
    else if (const auto *study = std::get_if<Study>(&node->record))
        selection.addStudy(collection, study->studyInstanceUid);
    else
        selection.addCollection(collection);
}

SeriesSelection ArchivePanel::selection() const {
    SeriesSelection selection;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        collect(index, selection);
    return selection;
}

QString ArchivePanel::keyOf(const QModelIndex &index) const {
    const ArchiveTreeNode *node = m_model->node(m_proxy->mapToSource(index));
    return node ? node->key() : QString();
}

// Before the rows go (a new filter makes the archive send a collection's patients again), the
// open rows at every level and the row the user is on are noted by what they stand for.
void ArchivePanel::rememberExpanded() {
    m_expanded.clear();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_view->isExpanded(index)) {
                m_expanded.insert(keyOf(index));
                walk(index);
            }
        }
    };
    walk({});
    const QModelIndex current = m_view->currentIndex();
    m_currentKey = current.isValid() && m_view->selectionModel()->isSelected(current)
                       ? keyOf(current)
                       : QString();
}

void ArchivePanel::expandRemembered() {
    restoreRows({}, 0, m_proxy->rowCount() - 1);
}

// As the rows come back, each noted one opens again (fetching its children) and the user's
// row is selected again: the place in the tree outlives the filter change.
void ArchivePanel::restoreRows(const QModelIndex &parent, int first, int last) {
    if (m_expanded.isEmpty() && m_currentKey.isEmpty())
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        const QString key = keyOf(index);
        if (m_expanded.remove(key)) {
            m_view->expand(index);
            if (m_proxy->rowCount(index) > 0) // loaded already: no rows will come
                restoreRows(index, 0, m_proxy->rowCount(index) - 1);
        }
        if (!m_currentKey.isEmpty() && key == m_currentKey) {
            m_currentKey.clear();
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            if (m_search->hasFocus()) // found from the search box: the tree takes over
                m_view->setFocus(Qt::OtherFocusReason);
        }
    }
}

void ArchivePanel::reveal(const ArchivePath &path) {
    m_search->clear(); // the row sought is shown, whatever the search text hid
    m_expanded = {ArchiveTreeNode::collectionKey(path.collection)};
    m_currentKey = ArchiveTreeNode::collectionKey(path.collection);
    if (!path.patientId.isEmpty()) {
        m_currentKey = ArchiveTreeNode::patientKey(path.collection, path.patientId);
        if (!path.studyInstanceUid.isEmpty()) {
            m_expanded.insert(m_currentKey);
            m_currentKey = ArchiveTreeNode::studyKey(path.studyInstanceUid);
            if (!path.seriesInstanceUid.isEmpty()) {
                m_expanded.insert(m_currentKey);
                m_currentKey = ArchiveTreeNode::seriesKey(path.seriesInstanceUid);
            }
        }
    }
    restoreRows({}, 0, m_proxy->rowCount() - 1);
}

void ArchivePanel::setLocator(ArchiveLocator *locator) {
    m_locator = locator;
    connect(locator, &ArchiveLocator::found, this,
            [this](const QString &text, const QList<ArchivePath> &matches) {
                showArchiveSearch();
                reveal(matches.first());
                QStringList others;
                for (qsizetype i = 1; i < matches.size(); ++i)
                    others << matches.at(i).collection;
                Q_EMIT message(others.isEmpty()
                                   ? tr("Found %1 in %2").arg(text, matches.first().collection)
                                   : tr("Found %1 in %2, and also in %3")
                                         .arg(text, matches.first().collection,
                                              others.join(QStringLiteral(", "))));
            });
    connect(locator, &ArchiveLocator::notFound, this, [this](const QString &text) {
        showArchiveSearch();
        Q_EMIT message(tr("The archive has no patient, study or series %1").arg(text));
    });
    connect(locator, &ArchiveLocator::failed, this,
            [this](const QString &text, const QString &error) {
                showArchiveSearch();
                Q_EMIT message(tr("Could not search the archive for %1: %2").arg(text, error));
            });
}

// When nothing loaded matches, the archive itself can be asked; while it is, the same button
// cancels.
void ArchivePanel::showArchiveSearch() {
    const QString text = m_search->text().trimmed();
    if (m_locator && m_locator->isBusy()) {
        m_searchArchive->setText(
            tr("Searching the archive for “%1”… (click to stop)").arg(m_locator->text()));
        m_searchArchive->show();
        return;
    }
    m_searchArchive->setText(tr("Search the archive for “%1”").arg(text));
    m_searchArchive->setVisible(m_locator && !text.isEmpty() && m_proxy->rowCount() == 0);
}

void ArchivePanel::searchArchive() {
    if (!m_locator)
        return;
    if (m_locator->isBusy()) {
        m_locator->cancel();
        Q_EMIT message(tr("Search stopped"));
    } else if (!m_search->text().trimmed().isEmpty()) {
        m_locator->find(m_search->text().trimmed());
    }
    showArchiveSearch();
}

void ArchivePanel::setDownloadedCheck(const DownloadedMark::Check &check) {
    m_delegate->downloadedMark().setCheck(check);
    m_view->viewport()->update();
}

void ArchivePanel::startOver() {
    m_search->clear();
    m_expanded.clear();
    m_currentKey.clear();
}

void ArchivePanel::showContextMenu(const QPoint &position) {
    const QModelIndex index = m_view->indexAt(position).siblingAtColumn(0);
    // The menu acts on the selection: a row clicked outside it becomes the selection.
    if (index.isValid() && !m_view->selectionModel()->isSelected(index))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    QMenu menu(this);
    if (index.isValid() && !m_contextActions.isEmpty()) {
        menu.addActions(m_contextActions);
        menu.addSeparator();
    }
    if (index.isValid()) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (index.data(ArchiveTreeModel::StateRole).toInt() == int(ArchiveTreeNode::State::Failed))
            menu.addAction(tr("&Retry"), this, [this, source] { m_model->retry(source); });
        const QString uid = index.data(ArchiveTreeModel::UidRole).toString();
        if (!uid.isEmpty())
            menu.addAction(tr("Copy &UID"), this,
                           [uid] { QApplication::clipboard()->setText(uid); });
        const QString patient = index.data(ArchiveTreeModel::PatientIdRole).toString();
        if (!patient.isEmpty())
            menu.addAction(tr("Copy &patient ID"), this,
                           [patient] { QApplication::clipboard()->setText(patient); });
        menu.addSeparator();
    }
    menu.addAction(tr("Reload &everything"), this, &ArchivePanel::reloadRequested);
    Q_EMIT contextMenuShown(&menu);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace nbia
