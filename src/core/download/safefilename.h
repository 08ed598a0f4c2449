#pragma once

#include <QString>

namespace nbia {

// Names built from the archive's metadata (collections, patient IDs, descriptions) made safe as
// one file or folder name on every system: no path separators or characters Windows rejects, no
// control characters, no "." or "..", no Windows device names (CON, COM1, …), no trailing dot
// or space, and at most 255 bytes of UTF-8. A name that is safe already is kept as it is.
class SafeFileName final {
public:
    static constexpr qsizetype maxUtf8Bytes = 255;

    // `fallback` stands for a name that is empty (or only blanks).
    static QString from(const QString &text, const QString &fallback = QStringLiteral("_"));
    [[nodiscard]] static bool isSafe(const QString &name);
};

} // namespace nbia
