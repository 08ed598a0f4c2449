#include <api/clientsettings.h>
#include <api/nbiaclient.h>
#include <dicomcodecs.h>
#include <mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NBIA Browser"));
    QApplication::setOrganizationName(QStringLiteral("NBIA Browser"));
    QApplication::setApplicationVersion(QStringLiteral(NBIA_VERSION));
    const nbia::DicomCodecs codecs;

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
    parser.addOption(serverOption);
    parser.process(app);

    QString server = parser.value(serverOption);
    if (server.isEmpty())
        server = qEnvironmentVariable(
            "NBIA_SERVER", QString::fromLatin1(nbia::ClientSettings::defaultServiceRoot));
    const std::optional<nbia::ClientSettings> settings =
        nbia::ClientSettings::fromServerUrl(server);
    if (!settings) {
        QMessageBox::critical(
            nullptr, QApplication::applicationName(),
            QApplication::translate("main", "“%1” is not a server address.").arg(server));
        return 2;
    }
    QNetworkAccessManager network;
    nbia::NbiaClient client(&network, *settings);
    nbia::MainWindow window(&client);
    window.show();
    return QApplication::exec();
}
