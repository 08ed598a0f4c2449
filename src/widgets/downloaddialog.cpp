#include "downloaddialog.h"

#include "ui_downloaddialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace nbia {

using namespace Qt::StringLiterals;

DownloadDialog::DownloadDialog(const DownloadTarget &initial, const QString &summary,
                               std::optional<SeriesFolderFacts> example, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DownloadDialog>())
    , m_example(std::move(example)) {
    m_ui->setupUi(this);
    m_ui->summary->setText(summary);
    m_ui->folderLayout->addItem(tr("Descriptive (Collection/Patient/date-study/number-series)"),
                                int(FolderLayout::Descriptive));
    m_ui->folderLayout->addItem(tr("Classic (Collection/Patient/StudyUID/SeriesUID)"),
                                int(FolderLayout::Classic));
    m_ui->folderLayout->addItem(tr("Flat (one folder per SeriesUID)"), int(FolderLayout::Flat));
    m_ui->naming->addItem(tr("As the archive sends them (00000001.dcm, …)"),
                          int(FileNaming::AsSent));
    m_ui->naming->addItem(tr("By instance number (1-001.dcm, …)"),
                          int(FileNaming::ByInstanceNumber));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Download"));
    m_ui->exampleLabel->setVisible(m_example.has_value());
    m_ui->example->setVisible(m_example.has_value());
    setTarget(initial);
    connect(m_ui->folder, &QLineEdit::textChanged, this, &DownloadDialog::update);
    connect(m_ui->folderLayout, &QComboBox::currentIndexChanged, this, &DownloadDialog::update);
    connect(m_ui->naming, &QComboBox::currentIndexChanged, this, &DownloadDialog::update);
    connect(m_ui->browse, &QPushButton::clicked, this, &DownloadDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

DownloadDialog::~DownloadDialog() = default;

DownloadTarget DownloadDialog::target() const {
    DownloadTarget target;
    target.root = QDir::cleanPath(QDir::fromNativeSeparators(m_ui->folder->text().trimmed()));
    if (m_ui->folder->text().trimmed().isEmpty())
        target.root.clear();
    target.layout = FolderLayout(m_ui->folderLayout->currentData().toInt());
    target.naming = FileNaming(m_ui->naming->currentData().toInt());
    target.verifyMd5 = m_ui->verifyMd5->isChecked();
    return target;
}

void DownloadDialog::setTarget(const DownloadTarget &target) {
    m_ui->folder->setText(QDir::toNativeSeparators(target.root));
    m_ui->folderLayout->setCurrentIndex(m_ui->folderLayout->findData(int(target.layout)));
    m_ui->naming->setCurrentIndex(m_ui->naming->findData(int(target.naming)));
    m_ui->verifyMd5->setChecked(target.verifyMd5);
}

QString DownloadDialog::exampleText() const {
    return m_ui->example->text();
}

void DownloadDialog::browse() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Download into"), target().root);
    if (!folder.isEmpty())
        m_ui->folder->setText(QDir::toNativeSeparators(folder));
}

void DownloadDialog::update() {
    const DownloadTarget chosen = target();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!chosen.root.isEmpty());
    if (!m_example)
        return;
    const QString file =
        chosen.naming == FileNaming::ByInstanceNumber ? u"1-001.dcm"_s : u"00000001.dcm"_s;
    const QStringList folders = SeriesFolderLayout::folders(chosen.layout, *m_example);
    m_ui->example->setText(
        QDir::toNativeSeparators(QDir(chosen.root).filePath(folders.join(u'/') + u'/' + file)));
}

} // namespace nbia
