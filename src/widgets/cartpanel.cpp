#include "cartpanel.h"

#include <cart/carttotals.h>
#include <cart/seriescartmodel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace nbia {

using namespace Qt::StringLiterals;
using Column = SeriesCartModel::Column;

namespace {
// For tr()'s plural forms, which take an int.
int plural(qint64 n) {
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}
} // namespace

CartPanel::CartPanel(SeriesCartModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_clear(new QPushButton(tr("Clear…"), this))
    , m_import(new QPushButton(QIcon(u":/icons/open-manifest.svg"_s), tr("Import…"), this))
    , m_export(new QPushButton(QIcon(u":/icons/export-manifest.svg"_s), tr("Export…"), this))
    , m_download(new QPushButton(QIcon(u":/icons/download.svg"_s), tr("Download"), this))
    , m_downloadSelected(new QAction(QIcon(u":/icons/download.svg"_s), tr("Download"), m_view))
    , m_removeSelected(new QAction(tr("Remove"), m_view))
    , m_copyUids(new QAction(QIcon(u":/icons/copy.svg"_s), tr("Copy UIDs"), m_view))
    , m_showInTree(new QAction(tr("Show in the tree"), m_view)) {
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SeriesCartModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The order series were added in, until the user sorts.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    const QList<std::pair<Column, int>> widths{
        {Column::Collection, 170},  {Column::Patient, 130}, {Column::Modality, 70},
        {Column::Description, 260}, {Column::Images, 70},   {Column::Size, 80}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);

    m_downloadSelected->setToolTip(tr("Downloads the selected series"));
    connect(m_downloadSelected, &QAction::triggered, this, &CartPanel::downloadSelected);
    m_removeSelected->setShortcut(QKeySequence::Delete);
    m_removeSelected->setShortcutContext(Qt::WidgetShortcut);
    m_removeSelected->setToolTip(tr("Takes the selected series out of the cart (Delete)"));
    connect(m_removeSelected, &QAction::triggered, this, &CartPanel::removeSelected);
    m_copyUids->setShortcut(QKeySequence::Copy);
    m_copyUids->setShortcutContext(Qt::WidgetShortcut);
    m_copyUids->setToolTip(tr("Copies the Series Instance UIDs of the selected series"));
    connect(m_copyUids, &QAction::triggered, this, &CartPanel::copySelectedUids);
    m_showInTree->setToolTip(tr("Shows the current series in the archive tree (or double-click)"));
    connect(m_showInTree, &QAction::triggered, this, &CartPanel::showCurrentInTree);
    auto *separator = new QAction(m_view);
    separator->setSeparator(true);
    m_view->addActions({m_downloadSelected, m_removeSelected, m_copyUids, separator, m_showInTree});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &CartPanel::showCurrentInTree);

    m_remove->setToolTip(m_removeSelected->toolTip());
    connect(m_remove, &QPushButton::clicked, this, &CartPanel::removeSelected);
    m_clear->setToolTip(tr("Takes every series out of the cart, after asking"));
    connect(m_clear, &QPushButton::clicked, this, &CartPanel::askToClear);
    m_import->setToolTip(tr("Adds the series of a .tcia manifest to the cart; their details "
                            "are looked up on the archive"));
    connect(m_import, &QPushButton::clicked, this, &CartPanel::chooseImportFile);
    m_export->setToolTip(tr("Saves the cart's series as a .tcia manifest"));
    connect(m_export, &QPushButton::clicked, this, &CartPanel::chooseExportFile);
    m_download->setToolTip(tr("Downloads every series in the cart (the rows' context menu "
                              "downloads the selected ones)"));
    connect(m_download, &QPushButton::clicked, this, &CartPanel::downloadAll);

    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttonRow = new QHBoxLayout;
    for (QPushButton *button : {m_download, m_remove, m_clear, m_import, m_export})
        buttonRow->addWidget(button);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buttonRow);

    connect(model, &SeriesCartModel::changed, this, [this] {
        showTotals();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CartPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CartPanel::updateActions);
    showTotals();
    updateActions();
}

CartPanel::~CartPanel() = default;

QString CartPanel::totalsText() const {
    return m_totals->text();
}

QString CartPanel::totalsText(const CartTotals &totals) {
    if (totals.series == 0)
        return tr("The cart is empty");
    const QLocale locale;
    QStringList parts{tr("%Ln series", nullptr, plural(totals.series))};
    if (totals.images > 0)
        parts << tr("%Ln images", nullptr, plural(totals.images));
    if (totals.unknownSize < totals.series)
        parts << locale.formattedDataSize(totals.bytes, 1, QLocale::DataSizeSIFormat);
    QString text = parts.join(u" · "_s);
    if (totals.unknownSize == totals.series)
        text += u" "_s + tr("(sizes not known yet)");
    else if (totals.unknownSize > 0)
        text += u" "_s + tr("(size of %Ln series not known)", nullptr, plural(totals.unknownSize));
    if (totals.notFound > 0)
        text += u" · "_s + tr("%Ln not found on this archive", nullptr, plural(totals.notFound));
    return text;
}

QList<int> CartPanel::selectedRows() const {
    QModelIndexList selected = m_view->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &l, const QModelIndex &r) { return l.row() < r.row(); });
    QList<int> rows;
    rows.reserve(selected.size());
    for (const QModelIndex &index : std::as_const(selected))
        rows << m_proxy->mapToSource(index).row();
    return rows;
}

bool CartPanel::importManifest(const QString &path) {
    QString error;
    const int added = m_model->importManifest(path, &error);
    if (added < 0) {
        warn(tr("Import manifest"), error);
        Q_EMIT message(error);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    Q_EMIT message(added == 0
                       ? tr("Every series of %1 is in the cart already.").arg(name)
                       : tr("%Ln series of %1 added to the cart.", nullptr, added).arg(name));
    return true;
}

bool CartPanel::exportManifest(const QString &path) {
    QString error;
    if (!m_model->exportManifest(path, m_serviceRoot, &error)) {
        warn(tr("Export manifest"), error);
        Q_EMIT message(error);
        return false;
    }
    Q_EMIT message(tr("%Ln series saved as %1.", nullptr, plural(m_model->totals().series))
                       .arg(QDir::toNativeSeparators(path)));
    return true;
}

void CartPanel::removeSelected() {
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_model->remove(rows);
    Q_EMIT message(tr("%Ln series taken out of the cart.", nullptr, int(rows.size())));
}

void CartPanel::askToClear() {
    if (m_model->isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Clear the cart"),
        tr("Take all %Ln series out of the cart?", nullptr, int(m_model->totals().series)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->button(QMessageBox::Yes)->setText(tr("Clear"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_model->clear();
        Q_EMIT message(tr("The cart is empty."));
    });
    box->open();
}

void CartPanel::downloadAll() {
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    download(rows);
}

void CartPanel::downloadSelected() {
    download(selectedRows());
}

// Series the archive said it does not know would only fail.
void CartPanel::download(const QList<int> &rows) {
    QList<int> wanted;
    int unknown = 0;
    for (const int row : rows) {
        if (m_model->itemAt(row).status == CartItem::Status::NotFound)
            ++unknown;
        else
            wanted << row;
    }
    if (!wanted.isEmpty())
        Q_EMIT downloadRequested(m_model->seriesRecords(wanted));
    if (unknown > 0)
        Q_EMIT message(tr("%Ln series the archive does not know are left out.", nullptr, unknown));
}

void CartPanel::copySelectedUids() {
    QStringList uids;
    for (const int row : selectedRows())
        uids << m_model->itemAt(row).seriesInstanceUid;
    if (uids.isEmpty())
        return;
    QApplication::clipboard()->setText(uids.join(u'\n'));
    Q_EMIT message(tr("%Ln series UIDs copied.", nullptr, int(uids.size())));
}

void CartPanel::showCurrentInTree() {
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return;
    const CartItem &item = m_model->itemAt(current.row());
    if (!item.isResolved()) {
        Q_EMIT message(tr("Series %1 has no place in the tree until the archive knows it.")
                           .arg(item.seriesInstanceUid));
        return;
    }
    Q_EMIT showInTreeRequested(item.seriesInstanceUid);
}

void CartPanel::chooseImportFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import manifest into the cart"), QString(),
                                     tr("TCIA manifests (*.tcia);;All files (*)"));
    if (!path.isEmpty())
        importManifest(path);
}

void CartPanel::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the cart as a manifest"), u"cart.tcia"_s, tr("TCIA manifests (*.tcia)"));
    if (!path.isEmpty())
        exportManifest(path);
}

void CartPanel::showTotals() {
    m_totals->setText(totalsText(m_model->totals()));
}

void CartPanel::updateActions() {
    const bool selected = m_view->selectionModel()->hasSelection();
    const bool rows = !m_model->isEmpty();
    for (QAction *action : {m_downloadSelected, m_removeSelected, m_copyUids})
        action->setEnabled(selected);
    m_showInTree->setEnabled(m_view->currentIndex().isValid());
    m_remove->setEnabled(selected);
    for (QPushButton *button : {m_clear, m_export, m_download})
        button->setEnabled(rows);
}

void CartPanel::warn(const QString &title, const QString &text) {
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace nbia
