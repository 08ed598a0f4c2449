#include "faileddownloadsbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace nbia {

FailedDownloadsBar::FailedDownloadsBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry all failed"), this))
    , m_export(new QPushButton(tr("Export failed as manifest…"), this)) {
    setStyleSheet(QStringLiteral("background: #fdecea;"));
    m_retry->setToolTip(tr("Downloads every failed series again, from the start"));
    m_export->setToolTip(tr("Saves the failed series as a .tcia manifest, to try later or "
                            "elsewhere"));
    connect(m_retry, &QPushButton::clicked, this, &FailedDownloadsBar::retryAllRequested);
    connect(m_export, &QPushButton::clicked, this, &FailedDownloadsBar::exportRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_export);
    hide();
}

FailedDownloadsBar::~FailedDownloadsBar() = default;

void FailedDownloadsBar::setFailedCount(int count) {
    m_text->setText(tr("%Ln series failed: the reason is in each row (hover it, or Details… in "
                       "its menu).",
                       nullptr, count));
    setVisible(count > 0);
}

QString FailedDownloadsBar::text() const {
    return m_text->text();
}

} // namespace nbia
