#include "inprocesscli.h"

#include <cliapplication.h>
#include <console.h>

#include <QBuffer>
#include <QSignalSpy>

using namespace nbia::cli;

CliRun runCliInProcess(const QStringList &arguments, bool outIsTerminal,
                       const QString &environmentServer, int timeoutMs) {
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Console console(&out, &err, outIsTerminal, outIsTerminal ? 80 : 0);
    CliApplication app(arguments, &console, environmentServer);
    QSignalSpy finished(&app, &CliApplication::finished);
    CliRun run;
    app.start();
    run.finishedInStart = app.isFinished();
    if (!app.isFinished() && !finished.wait(timeoutMs))
        return run;
    run.exitCode = app.exitCode();
    run.out = QString::fromUtf8(out.data());
    run.err = QString::fromUtf8(err.data());
    return run;
}
