#pragma once

#include <download/downloadtarget.h>
#include <download/seriesfolderlayout.h>

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class DownloadDialog;
}

namespace nbia {

// Where and how to download a set of series: the folder, the folder layout, the file names and
// the MD5 check, with the path one of the series will get, as an example.
class DownloadDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadDialog)

public:
    // `summary` says what is downloaded ("12 series, 3.4 GB"); `example` is one of the series.
    DownloadDialog(const DownloadTarget &initial, const QString &summary,
                   std::optional<SeriesFolderFacts> example, QWidget *parent = nullptr);
    ~DownloadDialog() override;

    [[nodiscard]] DownloadTarget target() const;
    void setTarget(const DownloadTarget &target);
    [[nodiscard]] QString exampleText() const;

private:
    void browse();
    void update();

    std::unique_ptr<Ui::DownloadDialog> m_ui;
    std::optional<SeriesFolderFacts> m_example;
};

} // namespace nbia
