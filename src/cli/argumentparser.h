#pragma once

#include "parseoutcome.h"

#include <QStringList>

class QCommandLineParser;

namespace nbia::cli {

// Turns the command line (without the program name) into a ParseOutcome. Global options may
// come before or after the command. Checks everything that can be checked without the server.
class ArgumentParser final {
public:
    // `environmentServer` is $NBIA_SERVER, the default when --server is absent.
    explicit ArgumentParser(QString environmentServer = {});

    [[nodiscard]] ParseOutcome parse(const QStringList &arguments) const;

    static constexpr int defaultTimeoutSeconds = 60;
    static constexpr int defaultRetries = 3;

private:
    static QString findCommandName(const QStringList &arguments);
    [[nodiscard]] QString applyGlobalOptions(const QCommandLineParser &parser,
                                             ParsedArguments &result) const;
    static QString applyCommandOptions(const QCommandLineParser &parser, ParsedArguments &result);
    static QString applyThumbnailOptions(ParsedArguments &result);
    static QString applyCountsOptions(ParsedArguments &result);
    static QString applyDownloadOptions(const QCommandLineParser &parser, const QStringList &extra,
                                        ParsedArguments &result);

    QString m_environmentServer;
};

} // namespace nbia::cli
