#include <api/clientsettings.h>
#include <dicomcodecs.h>
#include <mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>

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
        QStringLiteral("server"), QApplication::translate("main", "NBIA server to use."),
        QStringLiteral("URL"), QString::fromLatin1(nbia::ClientSettings::defaultServiceRoot));
    parser.addOption(serverOption);
    parser.process(app);

    nbia::MainWindow window(parser.value(serverOption));
    window.show();
    return QApplication::exec();
}
