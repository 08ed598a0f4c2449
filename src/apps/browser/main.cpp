#include <api/clientsettings.h>
#include <api/nbiaclient.h>
#include <cart/cartstore.h>
#include <dicomcodecs.h>
#include <downloadcontroller.h>
#include <emulatorthread.h>
#include <mainwindow.h>
#include <settings/appsettings.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTranslator>

#include <memory>

namespace {
// The offline demo: the emulator in this process, on a thread of its own (so that the window
// never waits for it), on a free loopback port, medium archive.
std::optional<nbia::ClientSettings> startDemo(std::unique_ptr<nbia::emulator::EmulatorThread> &demo,
                                              const nbia::ClientSettings &base) {
    if (!demo) {
        nbia::emulator::EmulatorOptions options;
        options.archive = *nbia::emulator::ArchiveSpec::fromSize(QStringLiteral("medium"));
        demo = std::make_unique<nbia::emulator::EmulatorThread>(options);
        if (!demo->start()) {
            demo.reset();
            return std::nullopt;
        }
    }
    nbia::ClientSettings settings = base;
    settings.serviceRoot = demo->serviceRoot();
    settings.apiVersion = QStringLiteral("v4"); // as the public archive speaks
    return settings;
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NBIA Browser"));
    QApplication::setOrganizationName(QStringLiteral("NBIA Browser"));
    QApplication::setApplicationVersion(QStringLiteral(NBIA_VERSION));
    QTranslator qtTranslations;
    if (qtTranslations.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslations);
    QTranslator appTranslations;
    if (appTranslations.load(QLocale(), QStringLiteral("nbia-browser"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslations);
    // Encoders too: the demo archive makes compressed images.
    const nbia::DicomCodecs codecs(nbia::DicomCodecs::Mode::DecodeAndEncode);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse and download The Cancer Imaging Archive."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main", "NBIA server to use (default: $NBIA_SERVER, else the "
                                        "public archive)."),
        QStringLiteral("URL"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Start on the offline demo archive (a built-in emulator)."));
    const QCommandLineOption imagesOption(
        QStringLiteral("images"),
        QApplication::translate("main", "Also open the DICOM images of a folder (a downloaded "
                                        "series, or any folder of DICOM files)."),
        QStringLiteral("folder"));
    parser.addOptions({serverOption, demoOption, imagesOption});
    parser.addPositionalArgument(
        QStringLiteral("manifest"),
        QApplication::translate("main", ".tcia manifests whose series to download."),
        QStringLiteral("[manifest.tcia…]"));
    parser.process(app);

    nbia::AppSettings appSettings;
    // --server, then $NBIA_SERVER, then the last server used, then the public archive.
    QString server = parser.value(serverOption);
    if (server.isEmpty())
        server = qEnvironmentVariable("NBIA_SERVER", appSettings.serverUrl());
    if (server.isEmpty())
        server = QString::fromLatin1(nbia::ClientSettings::defaultServiceRoot);
    std::optional<nbia::ClientSettings> settings = nbia::ClientSettings::fromServerUrl(server);
    if (settings)
        settings->timeout = appSettings.timeout();
    if (!settings) {
        QMessageBox::critical(
            nullptr, QApplication::applicationName(),
            QApplication::translate("main", "“%1” is not a server address.").arg(server));
        return 2;
    }
    std::unique_ptr<nbia::emulator::EmulatorThread> demo;
    if (parser.isSet(demoOption)) {
        settings = startDemo(demo, *settings);
        if (!settings)
            return 1;
    }

    QNetworkAccessManager network;
    nbia::NbiaClient client(&network, *settings);
    nbia::MainWindow window(&client, &appSettings);
    window.setDemo(parser.isSet(demoOption));
    // Remembered once it answers, unless it is a demo's passing address.
    if (!parser.isSet(demoOption) && !parser.value(serverOption).isEmpty())
        window.rememberServerWhenReached(server);
    QObject::connect(&window, &nbia::MainWindow::demoRequested, &window, [&] {
        if (const auto demoSettings = startDemo(demo, client.settings())) {
            window.useServer(*demoSettings);
            window.setDemo(true);
        } else
            QMessageBox::warning(
                &window, QApplication::applicationName(),
                QApplication::translate("main", "The demo archive could not start."));
    });
    // A demo's rows point at an address that is gone next time: its queue is not kept.
    if (!parser.isSet(demoOption))
        window.useDownloadJournal(
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                .filePath(QStringLiteral("download-queue.jsonl")));
    // A demo's series are not the archive's: its cart is not kept either.
    if (!parser.isSet(demoOption))
        window.useCart(nbia::CartStore::defaultPath());
    window.usePreviewCache(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                               .filePath(QStringLiteral("previews")));
    window.show();
    const QStringList manifests = parser.positionalArguments();
    const QStringList imageFolders = parser.values(imagesOption);
    QMetaObject::invokeMethod(
        &window,
        [&window, manifests, imageFolders] {
            for (const QString &path : manifests)
                window.openManifest(path);
            for (const QString &folder : imageFolders)
                window.openImages(folder);
        },
        Qt::QueuedConnection);
    return QApplication::exec();
}
