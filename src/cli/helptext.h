#pragma once

#include "commandspec.h"

#include <QString>

class QCommandLineParser;

namespace nbia::cli {

// The help texts, and the option definitions they describe (shared with ArgumentParser so
// that help and parsing cannot drift apart).
class HelpText final {
public:
    static QString globalHelp();
    static QString commandHelp(const CommandSpec &command);
    static QString usageSummary();
    static QString usageLine(const CommandSpec &command);
    static QString commandList();
    static QString version();

    static void addGlobalOptions(QCommandLineParser &parser);
    static void addCommandOptions(QCommandLineParser &parser, const CommandSpec &command);
};

} // namespace nbia::cli
