#include "naturalorder.h"

namespace nbia::NaturalOrder {

namespace {
qsizetype digitsFrom(QStringView text, qsizetype at) {
    qsizetype end = at;
    while (end < text.size() && text[end].isDigit())
        ++end;
    return end;
}
} // namespace

int compare(QStringView a, QStringView b) {
    qsizetype i = 0;
    qsizetype j = 0;
    int tieBreak = 0; // "007" after "7", and case, decide only when all else is equal
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype aEnd = digitsFrom(a, i);
            const qsizetype bEnd = digitsFrom(b, j);
            qsizetype aStart = i;
            qsizetype bStart = j;
            while (aStart + 1 < aEnd && a[aStart] == u'0')
                ++aStart;
            while (bStart + 1 < bEnd && b[bStart] == u'0')
                ++bStart;
            const qsizetype aLength = aEnd - aStart;
            const qsizetype bLength = bEnd - bStart;
            if (aLength != bLength)
                return aLength < bLength ? -1 : 1;
            for (qsizetype k = 0; k < aLength; ++k) {
                if (a[aStart + k] != b[bStart + k])
                    return a[aStart + k] < b[bStart + k] ? -1 : 1;
            }
            if (tieBreak == 0 && aEnd - i != bEnd - j)
                tieBreak = aEnd - i < bEnd - j ? -1 : 1;
            i = aEnd;
            j = bEnd;
            continue;
        }
        const QChar x = a[i].toCaseFolded();
        const QChar y = b[j].toCaseFolded();
        if (x != y)
            return x < y ? -1 : 1;
        if (tieBreak == 0 && a[i] != b[j])
            tieBreak = a[i] < b[j] ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return tieBreak;
}

} // namespace nbia::NaturalOrder
