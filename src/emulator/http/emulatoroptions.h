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
    // Which v4 the server runs: the current release, or 9.5 (May 2025: no IncludeMD5 on
    // getImage, getSeries with TimeStamp and CollectionURI, spaced getSeriesMetadata headers, no
    // getSOPInstanceUIDs), as older deployments still answer.
    enum class V4Release { Current, R9_5 };

    bool escapeSlashes = false; // "http:\/\/…" as newer Jettison versions write
    bool stackTraces = false;   // 500 bodies carry a Java stack trace
    bool gzip = false;          // an edge proxy gzips bodies for clients that accept it
    UnknownSeriesSize unknownSeriesSize = UnknownSeriesSize::EmptyObject;
    UnknownPath unknownPath = UnknownPath::ServerError;
    V4Release v4Release = V4Release::Current;
    bool v4EscapeSlashes = true; // v4's Jettison 1.1 writes "http:\/\/…" (ivy pins 1.1)

    // "escape-slashes=on", "stack-traces=off", "gzip=on", "series-size-unknown=empty|object",
    // "unknown-path=500|404" (also decides whether a refused Accept header gives 406 or 500),
    // "v4-release=current|9.5", "v4-escape-slashes=on|off". False with `error` set for anything
    // else.
    bool apply(const QString &nameValue, QString *error = nullptr);
    static QString help();
};

struct EmulatorOptions {
    ArchiveSpec archive;
    EmulatorQuirks quirks;
    QList<FaultRule> faults;
};

} // namespace nbia::emulator
