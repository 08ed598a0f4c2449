#include "downloadspanel.h"

#include "faileddownloadsbar.h"

#include "downloadprogressdelegate.h"

#include <download/downloadqueue.h>
#include <download/downloadqueuemodel.h>
#include <download/tciamanifest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

namespace nbia {

using Column = DownloadQueueModel::Column;

DownloadsPanel::DownloadsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DownloadQueueModel(this))
    , m_view(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_pausedBar(new QWidget(this))
    , m_pausedText(new QLabel(m_pausedBar))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
    , m_retry(new QPushButton(tr("Re&try"), this))
    , m_top(new QPushButton(tr("Move to &top"), this))
    , m_open(new QPushButton(tr("&Open folder"), this))
    , m_viewImages(new QPushButton(tr("&View images"), this))
    , m_clear(new QPushButton(tr("C&lear finished"), this))
    , m_parallel(new QSpinBox(this))
    , m_followTimer(new QTimer(this))
    , m_failedBar(new FailedDownloadsBar(this)) {
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(int(Column::State), new DownloadProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QList<std::pair<Column, int>> widths{{Column::Series, 250},   {Column::State, 130},
                                               {Column::Progress, 150}, {Column::Speed, 90},
                                               {Column::TimeLeft, 70},  {Column::Folder, 330}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(int(column), width);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    const QList<std::tuple<QPushButton *, RowAction, QString>> buttons{
        {m_pause, RowAction::Pause, tr("Pauses the selected downloads")},
        {m_resume, RowAction::Resume, tr("Resumes the selected paused downloads")},
        {m_cancel, RowAction::Cancel,
         tr("Stops the selected downloads and removes their partial files")},
        {m_retry, RowAction::Retry, tr("Downloads the selected failed or cancelled series again")},
        {m_top, RowAction::MoveToTop, tr("Downloads the selected series next")}};
    for (const auto &[button, action, tip] : buttons) {
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, [this, which = action] { apply(which); });
        auto *menuAction = new QAction(button->text(), m_view);
        menuAction->setToolTip(tip);
        connect(menuAction, &QAction::triggered, this, [this, which = action] { apply(which); });
        m_view->addAction(menuAction);
    }
    addRowActions();
    connect(m_failedBar, &FailedDownloadsBar::retryAllRequested, this,
            &DownloadsPanel::retryAllFailed);
    connect(m_failedBar, &FailedDownloadsBar::exportRequested, this,
            [this] { chooseExportFile(failedUids()); });
    m_open->setToolTip(tr("Opens the folder of the current series (or the download folder)"));
    connect(m_open, &QPushButton::clicked, this, &DownloadsPanel::openFolder);
    m_viewImages->setToolTip(
        tr("Shows the images of the current downloaded series (or double-click the row)"));
    connect(m_viewImages, &QPushButton::clicked, this, &DownloadsPanel::viewCurrentImages);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &DownloadsPanel::viewCurrentImages);
    m_clear->setToolTip(tr("Removes the done, failed and cancelled rows from the list (their "
                           "folders stay)"));
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (queue())
            queue()->clearFinished();
        updateButtons();
    });
    m_parallel->setRange(1, 16);
    m_parallel->setValue(4);
    m_parallel->setPrefix(tr("At once: "));
    m_parallel->setToolTip(tr("How many series download at the same time"));
    connect(m_parallel, &QSpinBox::valueChanged, this, [this](int parallel) {
        if (queue() && queue()->options().parallel != parallel) {
            queue()->setParallel(parallel);
            Q_EMIT parallelChanged(parallel);
        }
    });

    auto *resumeAll = new QPushButton(tr("Resume all"), m_pausedBar);
    connect(resumeAll, &QPushButton::clicked, this, [this] {
        if (queue())
            queue()->resumeAll();
    });
    m_pausedText->setWordWrap(true);
    m_pausedBar->setStyleSheet(QStringLiteral("background: #fff4e5;"));
    auto *pausedLayout = new QHBoxLayout(m_pausedBar);
    pausedLayout->addWidget(m_pausedText, 1);
    pausedLayout->addWidget(resumeAll);
    m_pausedBar->hide();

    auto *buttonRow = new QHBoxLayout;
    for (QPushButton *button :
         {m_pause, m_resume, m_cancel, m_retry, m_top, m_open, m_viewImages, m_clear})
        buttonRow->addWidget(button);
    buttonRow->addWidget(m_parallel);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_totals);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pausedBar);
    layout->addWidget(m_failedBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttonRow);

    connect(m_model, &DownloadQueueModel::totalsChanged, this, &DownloadsPanel::showTotals);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DownloadsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsPanel::updateButtons);
    // Twice a second, a scan of the rows: progress comes far more often than that.
    m_followTimer->setInterval(500);
    connect(m_followTimer, &QTimer::timeout, this, &DownloadsPanel::followActiveRows);
    connect(m_view->verticalScrollBar(), &QAbstractSlider::actionTriggered, this, [this] {
        m_follow = false; // the user scrolls: leave the list where they put it
    });
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_follow = true;
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DownloadsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DownloadsPanel::updateButtons);
    m_followTimer->start();
    showTotals();
    updateButtons();
}

DownloadsPanel::~DownloadsPanel() = default;

void DownloadsPanel::setQueue(DownloadQueue *queue) {
    if (m_model->queue())
        m_model->queue()->disconnect(this);
    m_model->setQueue(queue);
    if (queue) {
        connect(queue, &DownloadQueue::paused, this, &DownloadsPanel::showPaused);
        connect(queue, &DownloadQueue::resumed, this, &DownloadsPanel::showPaused);
        m_parallel->setValue(queue->options().parallel);
    }
    showPaused();
    updateButtons();
}

DownloadQueue *DownloadsPanel::queue() const {
    return m_model->queue();
}

QStringList DownloadsPanel::selectedUids() const {
    QStringList uids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        uids << index.data(DownloadQueueModel::UidRole).toString();
    return uids;
}

void DownloadsPanel::apply(RowAction action) {
    DownloadQueue *queue = this->queue();
    if (!queue)
        return;
    QStringList uids = selectedUids();
    if (action == RowAction::MoveToTop)
        std::reverse(uids.begin(), uids.end()); // the first selected ends up first
    for (const QString &uid : std::as_const(uids)) {
        switch (action) {
        case RowAction::Pause:
            queue->pause(uid);
            break;
        case RowAction::Resume:
            queue->resume(uid);
            break;
        case RowAction::Cancel:
            queue->cancel(uid);
            break;
        case RowAction::Retry:
            queue->retry(uid);
            break;
        case RowAction::MoveToTop:
            queue->moveToTop(uid);
            break;
        }
    }
    updateButtons();
}

void DownloadsPanel::openFolder() {
    if (!queue())
        return;
    const QModelIndex current = m_view->currentIndex();
    const QString folder = current.isValid() ? current.data(DownloadQueueModel::PathRole).toString()
                                             : queue()->options().root;
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

QString DownloadsPanel::totalsText() const {
    const DownloadQueueModel::Totals totals = m_model->totals();
    if (totals.series == 0)
        return tr("No downloads yet: select series and choose Download (Ctrl+D).");
    const QLocale locale;
    QString text =
        tr("%1 of %Ln series done", nullptr, totals.series).arg(locale.toString(totals.done));
    text += tr(", %1 of %2")
                .arg(locale.formattedDataSize(totals.bytesReceived, 1, QLocale::DataSizeSIFormat),
                     locale.formattedDataSize(totals.bytesExpected, 1, QLocale::DataSizeSIFormat));
    if (totals.active > 0 && totals.bytesPerSecond)
        text += tr(", %1/s").arg(
            locale.formattedDataSize(qint64(*totals.bytesPerSecond), 1, QLocale::DataSizeSIFormat));
    if (totals.secondsLeft)
        text += tr(", %1 left").arg(DownloadQueueModel::duration(*totals.secondsLeft));
    if (totals.failed > 0)
        text += tr(", %Ln failed", nullptr, totals.failed);
    return text;
}

bool DownloadsPanel::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress ||
        event->type() == QEvent::Wheel)
        m_follow = false;
    return QWidget::eventFilter(watched, event);
}

// Keeps the first running download in the middle of the list, with the finished ones above it
// and the waiting ones below.
void DownloadsPanel::followActiveRows() {
    if (!queue() || !m_follow || !isVisible())
        return;
    const QList<DownloadItem> &items = queue()->items();
    const auto active = std::find_if(items.cbegin(), items.cend(),
                                     [](const DownloadItem &item) { return isActive(item.state); });
    if (active == items.cend())
        return;
    const QModelIndex index = m_model->index(int(active - items.cbegin()), 0);
    const int top = m_view->visualRect(index).top();
    const int height = m_view->viewport()->height();
    if (top < height / 6 || top > height / 2)
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void DownloadsPanel::showTotals() {
    m_totals->setText(totalsText());
    m_failedBar->setFailedCount(m_model->totals().failed);
}

// Beyond pause, resume, cancel, retry and move to top: what can be done with the series.
void DownloadsPanel::addRowActions() {
    auto *separator = new QAction(m_view);
    separator->setSeparator(true);
    m_view->addAction(separator);
    const QList<std::pair<QString, std::function<void()>>> actions{
        {tr("&View images"),
         [this] {
             viewCurrentImages();
         }},
        {tr("&Open folder"),
         [this] {
             openFolder();
         }},
        {tr("&Copy UIDs"),
         [this] {
             QApplication::clipboard()->setText(selectedUids().join(u'\n'));
         }},
        {tr("Show in the &tree"),
         [this] {
             const QModelIndex current = m_view->currentIndex();
             if (current.isValid())
                 Q_EMIT showInTreeRequested(current.data(DownloadQueueModel::UidRole).toString());
         }},
        {tr("&Export as manifest…"),
         [this] {
             chooseExportFile(selectedUids());
         }},
        {tr("Add to c&art"),
         [this] {
             Q_EMIT addToCartRequested(selectedUids());
         }},
        {tr("&Details…"), [this] {
             showDetails();
         }}};
    for (const auto &[text, run] : actions) {
        auto *action = new QAction(text, m_view);
        connect(action, &QAction::triggered, this, run);
        m_view->addAction(action);
    }
}

QStringList DownloadsPanel::failedUids() const {
    QStringList uids;
    if (!queue())
        return uids;
    for (const DownloadItem &item : queue()->items()) {
        if (item.state == DownloadState::Failed)
            uids << item.seriesUid;
    }
    return uids;
}

void DownloadsPanel::retryAllFailed() {
    if (!queue())
        return;
    for (const QString &uid : failedUids())
        queue()->retry(uid);
    updateButtons();
}

// The failed series as a manifest of the archive they were asked of.
bool DownloadsPanel::exportFailed(const QString &path) const {
    return exportSeries(failedUids(), path);
}

// Series of the queue as a manifest of the archive the first was asked of.
bool DownloadsPanel::exportSeries(const QStringList &uids, const QString &path) const {
    if (uids.isEmpty() || !queue() || queue()->row(uids.first()) < 0)
        return false;
    const DownloadItem &first = queue()->items().at(queue()->row(uids.first()));
    return TciaManifest::forSeries(uids, QDateTime::currentDateTime(), QUrl(first.server))
        .writeFile(path);
}

void DownloadsPanel::chooseExportFile(const QStringList &uids) {
    if (uids.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as manifest"),
                                                      QStringLiteral("downloads.tcia"),
                                                      tr("TCIA manifests (*.tcia)"));
    if (!path.isEmpty() && !exportSeries(uids, path))
        QMessageBox::warning(this, tr("Export as manifest"), tr("Could not write %1.").arg(path));
}

// Everything about the current row, the whole reason included, in text that can be copied.
QString DownloadsPanel::detailsText(const QString &seriesUid) const {
    const int row = queue() ? queue()->row(seriesUid) : -1;
    if (row < 0)
        return {};
    const DownloadItem &item = queue()->items().at(row);
    const QModelIndex index = m_model->index(row, int(Column::State));
    QStringList lines{
        tr("Series: %1").arg(item.label),
        tr("Series UID: %1").arg(item.seriesUid),
        tr("State: %1").arg(index.data().toString()),
        tr("Archive: %1").arg(item.server),
        tr("Folder: %1")
            .arg(QDir::toNativeSeparators(index.data(DownloadQueueModel::PathRole).toString())),
        tr("Attempts: %1").arg(item.attempts)};
    if (!item.error.isEmpty())
        lines << tr("Reason: %1").arg(item.error);
    return lines.join(u'\n');
}

void DownloadsPanel::showDetails() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Download details"),
                                detailsText(current.data(DownloadQueueModel::UidRole).toString()),
                                QMessageBox::Close, this);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DownloadsPanel::viewCurrentImages() {
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() &&
        DownloadState(current.data(DownloadQueueModel::StateRole).toInt()) == DownloadState::Done)
        Q_EMIT viewImagesRequested(current.data(DownloadQueueModel::PathRole).toString());
}

void DownloadsPanel::showPaused() {
    const bool paused = queue() && queue()->isPaused();
    QString why = queue() ? queue()->pauseReason() : QString();
    if (queue() && queue()->pauseKind() == PauseReason::LastSession)
        why = tr("they are the ones left from the last session. Resume all goes on where they "
                 "stopped.");
    m_pausedText->setText(tr("Downloads are paused: %1").arg(why));
    m_pausedBar->setVisible(paused);
}

void DownloadsPanel::updateButtons() {
    bool canPause = false;
    bool canResume = false;
    bool canCancel = false;
    bool canRetry = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const auto state = DownloadState(index.data(DownloadQueueModel::StateRole).toInt());
        canPause |= !isFinal(state) && state != DownloadState::Paused;
        canResume |= state == DownloadState::Paused;
        canCancel |= !isFinal(state);
        canRetry |= state == DownloadState::Failed || state == DownloadState::Cancelled;
    }
    const bool any = m_view->selectionModel()->hasSelection();
    m_pause->setEnabled(canPause);
    m_resume->setEnabled(canResume);
    m_cancel->setEnabled(canCancel);
    m_retry->setEnabled(canRetry);
    m_top->setEnabled(any);
    m_open->setEnabled(queue() != nullptr);
    const QModelIndex current = m_view->currentIndex();
    m_viewImages->setEnabled(current.isValid() &&
                             DownloadState(current.data(DownloadQueueModel::StateRole).toInt()) ==
                                 DownloadState::Done);
    const QList<DownloadItem> noItems;
    const QList<DownloadItem> &items = queue() ? queue()->items() : noItems;
    m_clear->setEnabled(std::any_of(items.cbegin(), items.cend(),
                                    [](const DownloadItem &item) { return isFinal(item.state); }));
    const QList<QAction *> actions = m_view->actions();
    const bool enabled[] = {canPause, canResume, canCancel, canRetry, any};
    for (qsizetype i = 0; i < actions.size() && i < 5; ++i)
        actions[i]->setEnabled(enabled[i]);
}

} // namespace nbia
