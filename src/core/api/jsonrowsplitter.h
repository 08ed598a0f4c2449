#pragma once

#include <QByteArray>
#include <QList>

namespace nbia {

// Follows a JSON array's bytes as they arrive and cuts its complete top-level rows into pieces of
// about `pieceBytes`, so that they can be parsed while the rest is still on the wire: each piece
// parses as "[" + piece + "]". It tracks strings, escapes and nesting only and does not validate
// (the parser does that). A body that is not an array is reported as such.
class JsonRowSplitter final {
public:
    struct Piece {
        qsizetype begin = 0;
        qsizetype length = 0;
        friend bool operator==(const Piece &, const Piece &) = default;
    };

    explicit JsonRowSplitter(qsizetype pieceBytes);

    // Scans what `body` holds beyond what was scanned before (`body` only grows between calls)
    // and returns the pieces that became complete, in order.
    QList<Piece> scan(const QByteArray &body);
    // Starts over, for a body received again from its first byte.
    void reset();
    // The caller dropped the body's first `bytes` (at most restBegin()), which were cut already:
    // the next scan is given the body without them.
    void dropFront(qsizetype bytes);

    // False once the first non-blank byte is anything but '['.
    [[nodiscard]] bool isArray() const { return m_state != State::NotAnArray; }
    // True once the opening '[' has come.
    [[nodiscard]] bool hasBegun() const { return m_state == State::InArray; }
    // Where the bytes after the last piece begin; they parse as "[" + body.mid(restBegin()).
    [[nodiscard]] qsizetype restBegin() const { return m_pieceBegin; }

private:
    enum class State { BeforeArray, InArray, NotAnArray };

    qsizetype m_pieceBytes;
    State m_state = State::BeforeArray;
    qsizetype m_scanned = 0;
    qsizetype m_pieceBegin = 0;
    int m_depth = 0; // nesting inside the top-level array: 0 between its rows
    bool m_inString = false;
};

} // namespace nbia
