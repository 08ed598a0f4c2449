#pragma once

#include "archivespec.h"
#include "faultplan.h"

#include <QList>
#include <QString>

namespace nbia::emulator {

// How the emulator behaves where the real server's behaviour is not confirmed (the reference's
// UNCONFIRMED points): each variant can be chosen, so clients are tested against all of them.
struct EmulatorQuirks {
    enum class UnknownSeriesSize { EmptyObject, EmptyBody }; // getSeriesSize, unknown UID
    enum class UnknownPath { ServerError, NotFound };        // unknown endpoint or method

    bool escapeSlashes = false; // "http:\/\/…" as newer Jettison versions write
    bool stackTraces = false;   // 500 bodies carry a Java stack trace
    bool gzip = false;          // an edge proxy gzips bodies for clients that accept it
    UnknownSeriesSize unknownSeriesSize = UnknownSeriesSize::EmptyObject;
    UnknownPath unknownPath = UnknownPath::ServerError;

    // "escape-slashes=on", "stack-traces=off", "gzip=on", "series-size-unknown=empty|object",
    // "unknown-path=500|404" (also decides whether a refused Accept header gives 406 or 500). False
    // with `error` set for anything else.
    bool apply(const QString &nameValue, QString *error = nullptr);
    static QString help();
};

struct EmulatorOptions {
    ArchiveSpec archive;
    EmulatorQuirks quirks;
    QList<FaultRule> faults;
};

} // namespace nbia::emulator
