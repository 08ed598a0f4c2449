#pragma once

#include <api/archivepreset.h>
#include <api/clientsettings.h>

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ServerSettingsDialog;
}

namespace nbia {

// Which NBIA server to use and how patiently: a known archive (the public archive on v4, NLST,
// the public archive on v1) or any address and API version, and the timeout. OK is enabled only
// for an address the client can use.
class ServerSettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSettingsDialog)

public:
    explicit ServerSettingsDialog(const ClientSettings &current, QWidget *parent = nullptr);
    ~ServerSettingsDialog() override;

    // The settings as entered, or nullopt while the address is not usable.
    [[nodiscard]] std::optional<ClientSettings> settings() const;
    [[nodiscard]] QString serverText() const;

private:
    static QString archiveLabel(const ArchivePreset &preset);
    void choose(const ArchivePreset &preset);
    void showArchive();
    void validate();

    std::unique_ptr<Ui::ServerSettingsDialog> m_ui;
    ClientSettings m_base;
};

} // namespace nbia
