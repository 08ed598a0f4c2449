#include <cliapplication.h>
#include <console.h>
#include <dicomcodecs.h>

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nbia-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NBIA_VERSION));
    const nbia::DicomCodecs codecs; // thumbnail decodes compressed images

    const std::unique_ptr<nbia::cli::Console> console = nbia::cli::Console::standard();
    nbia::cli::CliApplication cli(QCoreApplication::arguments().mid(1), console.get(),
                                  qEnvironmentVariable("NBIA_SERVER"));
    QObject::connect(&cli, &nbia::cli::CliApplication::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    QTimer::singleShot(0, &cli, &nbia::cli::CliApplication::start);
    return QCoreApplication::exec();
}
