#pragma once

#include <QString>
#include <QStringList>

// nbia-cli run in this process (CliApplication with buffers for its output), until it ends.
struct CliRun {
    int exitCode = -1; // -1: it did not end in time
    bool finishedInStart = false;
    QString out;
    QString err;
};

CliRun runCliInProcess(const QStringList &arguments, bool outIsTerminal = false,
                       const QString &environmentServer = {}, int timeoutMs = 30000);
