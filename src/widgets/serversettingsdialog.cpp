#include "serversettingsdialog.h"

#include "ui_serversettingsdialog.h"

#include <QPushButton>

namespace nbia {

ServerSettingsDialog::ServerSettingsDialog(const ClientSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerSettingsDialog>())
    , m_base(current) {
    m_ui->setupUi(this);
    m_ui->server->setText(current.serviceRoot.toString());
    m_ui->version->setCurrentText(current.apiVersion);
    m_ui->timeout->setValue(
        int(std::chrono::duration_cast<std::chrono::seconds>(current.timeout).count()));
    connect(m_ui->server, &QLineEdit::textChanged, this, &ServerSettingsDialog::validate);
    connect(m_ui->version, &QComboBox::currentTextChanged, this, &ServerSettingsDialog::validate);
    connect(m_ui->usePublicArchive, &QPushButton::clicked, this, [this] {
        m_ui->server->setText(QString::fromLatin1(ClientSettings::defaultServiceRoot));
        m_ui->version->setCurrentText(QStringLiteral("v1"));
    });
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

void ServerSettingsDialog::validate() {
    const bool usable = settings().has_value();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(usable);
    m_ui->problem->setText(
        usable ? tr("Requests go to %1").arg(settings()->endpointUrl(QString()).toString())
               : tr("Enter an http or https address, for example "
                    "https://services.cancerimagingarchive.net/nbia-api/services/"));
}

} // namespace nbia
