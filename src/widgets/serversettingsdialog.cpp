#include "serversettingsdialog.h"

#include "ui_serversettingsdialog.h"

#include <QComboBox>
#include <QPushButton>

namespace nbia {

ServerSettingsDialog::ServerSettingsDialog(const ClientSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerSettingsDialog>())
    , m_base(current) {
    m_ui->setupUi(this);
    for (const ArchivePreset &preset : ArchivePreset::all())
        m_ui->archive->addItem(archiveLabel(preset), preset.id);
    m_ui->archive->addItem(tr("Custom server"), QString());
    m_ui->server->setText(current.serviceRoot.toString());
    m_ui->version->setCurrentText(current.apiVersion);
    m_ui->timeout->setValue(
        int(std::chrono::duration_cast<std::chrono::seconds>(current.timeout).count()));
    connect(m_ui->server, &QLineEdit::textChanged, this, &ServerSettingsDialog::validate);
    connect(m_ui->version, &QComboBox::currentTextChanged, this, &ServerSettingsDialog::validate);
    connect(m_ui->archive, &QComboBox::activated, this, [this](int index) {
        if (const std::optional<ArchivePreset> preset =
                ArchivePreset::byId(m_ui->archive->itemData(index).toString()))
            choose(*preset);
    });
    connect(m_ui->usePublicArchive, &QPushButton::clicked, this,
            [this] { choose(ArchivePreset::defaultArchive()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

ServerSettingsDialog::~ServerSettingsDialog() = default;

QString ServerSettingsDialog::serverText() const {
    return m_ui->server->text().trimmed();
}

std::optional<ClientSettings> ServerSettingsDialog::settings() const {
    std::optional<ClientSettings> settings = ClientSettings::fromServerUrl(serverText(), m_base);
    const QString version = m_ui->version->currentText().trimmed();
    if (!settings || version.isEmpty())
        return std::nullopt;
    // A version typed into the address wins over the list.
    if (!serverText().contains(QStringLiteral("/") + settings->apiVersion))
        settings->apiVersion = version;
    settings->timeout = std::chrono::seconds(m_ui->timeout->value());
    return settings;
}

QString ServerSettingsDialog::archiveLabel(const ArchivePreset &preset) {
    return tr("%1 (API %2)").arg(preset.name, preset.apiVersion);
}

void ServerSettingsDialog::choose(const ArchivePreset &preset) {
    m_ui->server->setText(preset.serviceRoot.toString());
    m_ui->version->setCurrentText(preset.apiVersion);
}

// The archive list follows the address and version: a known archive's, or a custom server.
void ServerSettingsDialog::showArchive() {
    const std::optional<ClientSettings> current = settings();
    const std::optional<ArchivePreset> preset =
        current ? ArchivePreset::matching(*current) : std::nullopt;
    const int index = m_ui->archive->findData(preset ? preset->id : QString());
    m_ui->archive->setCurrentIndex(index < 0 ? m_ui->archive->count() - 1 : index);
}

void ServerSettingsDialog::validate() {
    showArchive();
    const bool usable = settings().has_value();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(usable);
    m_ui->problem->setText(
        usable ? tr("Requests go to %1").arg(settings()->endpointUrl(QString()).toString())
               : tr("Enter an http or https address, for example "
                    "https://services.cancerimagingarchive.net/nbia-api/services/"));
}

} // namespace nbia
