#pragma once

#include "exitcode.h"
#include "parsedarguments.h"
#include "recordschema.h"

#include <api/apiresult.h>

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

namespace nbia {
class NbiaClient;
}

namespace nbia::cli {

class Console;

// nbia-cli: parses the command line, runs the command on the event loop, prints the result and
// reports the exit code through finished(). Usage errors finish inside start(), before any
// connection is made.
class CliApplication final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    // `arguments` without the program name; `environmentServer` is $NBIA_SERVER.
    CliApplication(QStringList arguments, Console *console, QString environmentServer = {},
                   QObject *parent = nullptr);
    ~CliApplication() override;

    void start();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run(const ParsedArguments &arguments);
    void printRecords(const ApiResult<ResultSet> &result);
    void saveImage(const ApiResult<QByteArray> &result);
    void reportError(const ApiError &error);
    void finish(int exitCode);

    QStringList m_arguments;
    Console *m_console;
    QString m_environmentServer;
    QNetworkAccessManager m_network;
    NbiaClient *m_client = nullptr;
    ParsedArguments m_parsed;
    bool m_finished = false;
    int m_exitCode = ExitCode::Failure;
};

} // namespace nbia::cli
