#include "jsonrowsplitter.h"

#include <cstring>

namespace nbia {

JsonRowSplitter::JsonRowSplitter(qsizetype pieceBytes)
    : m_pieceBytes(pieceBytes) {}

void JsonRowSplitter::reset() {
    *this = JsonRowSplitter(m_pieceBytes);
}

void JsonRowSplitter::dropFront(qsizetype bytes) {
    Q_ASSERT(bytes >= 0 && bytes <= m_pieceBegin);
    m_scanned -= bytes;
    m_pieceBegin -= bytes;
}

// A hot loop over tens of megabytes on the GUI thread: strings, which hold most of the bytes, are
// skipped with memchr, and the state lives in locals (a char pointer may alias any member).
QList<JsonRowSplitter::Piece> JsonRowSplitter::scan(const QByteArray &body) {
    QList<Piece> pieces;
    const char *const data = body.constData();
    const char *const end = data + body.size();
    const char *p = data + m_scanned;
    m_scanned = body.size();
    if (m_state == State::BeforeArray) {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
        if (p == end)
            return pieces;
        m_state = *p == '[' ? State::InArray : State::NotAnArray;
        m_pieceBegin = ++p - data;
    }
    if (m_state != State::InArray)
        return pieces;
    int depth = m_depth;
    bool inString = m_inString;
    qsizetype pieceBegin = m_pieceBegin;
    while (p < end) {
        if (inString) {
            const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            if (!quote) {
                p = end;
                break;
            }
            // Escaped when an odd run of backslashes precedes it; the run never reaches back
            // past the string's opening quote.
            const char *run = quote;
            while (run > data && run[-1] == '\\')
                --run;
            inString = (quote - run) % 2 == 1;
            p = quote + 1;
            continue;
        }
        switch (*p) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            --depth; // -1 after the array's own ']': nothing after it is cut
            break;
        case ',':
            if (depth == 0 && p - data - pieceBegin >= m_pieceBytes) {
                pieces.append({pieceBegin, p - data - pieceBegin});
                pieceBegin = p - data + 1;
            }
            break;
        default:
            break;
        }
        ++p;
    }
    m_depth = depth;
    m_inString = inString;
    m_pieceBegin = pieceBegin;
    return pieces;
}

} // namespace nbia
