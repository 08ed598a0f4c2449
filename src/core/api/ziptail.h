#pragma once

#include <QByteArray>

namespace nbia {

// Tells whether the last bytes of a download are the end of a complete ZIP. The archive streams
// its ZIPs with chunked encoding, and a connection cut between chunks can look like a normal end
// to the HTTP stack; a ZIP ends with its end-of-central-directory record, so a cut one does not.
class ZipTail final {
public:
    // The most bytes the end-of-central-directory record and its comment can take.
    static constexpr qsizetype maxLength = 22 + 65535;

    static bool endsWithCentralDirectory(const QByteArray &tail);
};

} // namespace nbia
