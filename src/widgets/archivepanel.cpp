#include "archivepanel.h"

#include "archiveitemdelegate.h"

#include <model/archivefilterproxymodel.h>
#include <model/archivetreemodel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace nbia {

ArchivePanel::ArchivePanel(ArchiveTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ArchiveFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this)) {
    m_proxy->setSourceModel(model);
    m_search->setPlaceholderText(
        tr("Search what is loaded: patient ID, description, UID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ArchiveFilterProxyModel::setSearchText);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ArchiveItemDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QList<std::pair<ArchiveTreeModel::Column, int>> widths{
        {ArchiveTreeModel::Column::Name, 270},    {ArchiveTreeModel::Column::Description, 110},
        {ArchiveTreeModel::Column::Date, 90},     {ArchiveTreeModel::Column::Modality, 70},
        {ArchiveTreeModel::Column::BodyPart, 85}, {ArchiveTreeModel::Column::Manufacturer, 130},
        {ArchiveTreeModel::Column::Children, 45}, {ArchiveTreeModel::Column::Images, 55},
        {ArchiveTreeModel::Column::Size, 70}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ArchivePanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ArchivePanel::selectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
}

ArchivePanel::~ArchivePanel() = default;

void ArchivePanel::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ArchivePanel::collectSeries(const QModelIndex &index, QList<Series> &series) const {
    const ArchiveTreeNode *node = m_model->node(m_proxy->mapToSource(index));
    if (const auto *record = node ? std::get_if<Series>(&node->record) : nullptr) {
        const bool seen = std::any_of(series.cbegin(), series.cend(), [record](const Series &s) {
            return s.seriesInstanceUid == record->seriesInstanceUid;
        });
        if (!seen)
            series.append(*record);
        return;
    }
    for (int row = 0; row < m_proxy->rowCount(index); ++row)
        collectSeries(m_proxy->index(row, 0, index), series);
}

QList<Series> ArchivePanel::selectedSeries() const {
    QList<Series> series;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        collectSeries(index, series);
    return series;
}

QStringList ArchivePanel::selectedSeriesUids() const {
    QStringList uids;
    for (const Series &s : selectedSeries())
        uids.append(s.seriesInstanceUid);
    return uids;
}

qint64 ArchivePanel::selectedSeriesBytes() const {
    qint64 bytes = 0;
    for (const Series &s : selectedSeries())
        bytes += s.fileSize.value_or(0);
    return bytes;
}

void ArchivePanel::showContextMenu(const QPoint &position) {
    const QModelIndex index = m_view->indexAt(position).siblingAtColumn(0);
    QMenu menu(this);
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
    menu.addAction(tr("Reload &everything"), m_model, &ArchiveTreeModel::reload);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace nbia
