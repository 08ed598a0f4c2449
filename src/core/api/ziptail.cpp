#include "ziptail.h"

namespace nbia {

bool ZipTail::endsWithCentralDirectory(const QByteArray &tail) {
    constexpr qsizetype recordLength = 22;
    for (qsizetype at = tail.size() - recordLength; at >= 0 && tail.size() - at <= maxLength;
         --at) {
        if (tail[at] != 'P' || tail[at + 1] != 'K' || tail[at + 2] != 5 || tail[at + 3] != 6)
            continue;
        const auto low = static_cast<unsigned char>(tail[at + 20]);
        const auto high = static_cast<unsigned char>(tail[at + 21]);
        const qsizetype commentLength = low | (high << 8);
        if (at + recordLength + commentLength == tail.size())
            return true;
    }
    return false;
}

} // namespace nbia
