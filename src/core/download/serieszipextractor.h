#pragma once

#include "extractionfailure.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace nbia {

// Unpacks one series' ZIP (getImage or getImageWithMD5Hash) into an empty folder, trusting
// nothing in it: every entry must be a plain file with a safe name (no folders, no "..", no
// absolute paths, no links, no duplicates), the total is bounded, each file is hashed while it
// is written and checked against md5hashes.csv, and a truncated or corrupt ZIP is reported as
// such. The LICENSE entry and md5hashes.csv are not written into the folder.
class SeriesZipExtractor final {
public:
    struct Options {
        bool readSopClass = false; // fills Extracted::sopClassUid
        bool requireMd5 = true;    // md5hashes.csv must be there and list every file
        // The series' image count, when known: a failure on the archive's side ends a valid but
        // shorter ZIP, so fewer DICOM files than this is a damaged download.
        qint64 expectedFiles = -1;
        qint64 maxBytes = qint64(64) * 1024 * 1024 * 1024;
        int maxEntries = 200000;
    };

    struct Extracted {
        QStringList files; // as named in the ZIP, in its order
        qint64 bytes = 0;
        QByteArray license; // the LICENSE entry's text, if any
        bool md5Verified = false;
        QString sopClassUid; // of the first file (its meta header), when asked for
    };

    using Result = std::variant<Extracted, ExtractionFailure>;

    static Result extract(const QString &zipPath, const QString &folder, const Options &options);
    static Result extract(const QString &zipPath, const QString &folder) {
        return extract(zipPath, folder, Options{});
    }

    // "Filename,MD5Hash" rows: file name → lower-case hex digest; nullopt when malformed.
    static std::optional<QHash<QString, QByteArray>> parseMd5Hashes(const QByteArray &csv);
};

} // namespace nbia
