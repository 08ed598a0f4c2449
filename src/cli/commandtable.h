#pragma once

#include "commandspec.h"

#include <QStringList>

namespace nbia::cli {

// Every command of nbia-cli, in the order the help lists them.
class CommandTable final {
public:
    static const QList<CommandSpec> &all();
    static const CommandSpec *find(QStringView name);
    static const CommandSpec &get(CommandId id);
    static QStringList names();
};

} // namespace nbia::cli
