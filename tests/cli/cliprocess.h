#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the built nbia-cli in a child process while this thread's event loop keeps running
// (an in-process emulator must be able to answer it).
struct CliRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QString err;
};

class CliProcess final {
public:
    // The environment of this process without NBIA_SERVER, so the developer's is not used.
    static QProcessEnvironment cleanEnvironment();
    static CliRun run(const QStringList &arguments,
                      const QProcessEnvironment &environment = cleanEnvironment(),
                      int timeoutMs = 60000);
    // A local port nothing listens on (bound, then released).
    static quint16 unusedPort();
};

// RFC 4180 reader for checking the csv format.
class CsvReader final {
public:
    // Rows of fields; false in *ok when a quoted field is not closed.
    static QList<QStringList> parse(const QByteArray &csv, bool *ok = nullptr);
};
