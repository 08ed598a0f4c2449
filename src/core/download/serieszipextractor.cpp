#include "serieszipextractor.h"

#include "dicomfilemeta.h"

#include "safefilename.h"
#include <api/webpagebody.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 chunkBytes = qint64(256) * 1024;
constexpr qint64 maxSmallEntryBytes = qint64(16) * 1024 * 1024; // LICENSE and md5hashes.csv
const QString licenseEntry = u"LICENSE"_s;
const QString md5Entry = u"md5hashes.csv"_s;

ExtractionFailure failure(ExtractionFailure::Kind kind, const QString &message) {
    return {kind, message};
}

// A plain file of the flat archive ZIP, or why not.
std::optional<ExtractionFailure> checkEntry(const QuaZipFileInfo64 &info) {
    const QString &name = info.name;
    if (name.contains(u'/') || name.contains(u'\\') || !SafeFileName::isSafe(name))
        return failure(ExtractionFailure::Kind::Hostile,
                       u"the ZIP holds an entry named \"%1\", which is not a plain file name"_s.arg(
                           name.left(200)));
    if (info.isSymbolicLink())
        return failure(ExtractionFailure::Kind::Hostile,
                       u"the ZIP holds a link named \"%1\""_s.arg(name));
    return std::nullopt;
}

class EntryReader {
public:
    explicit EntryReader(QuaZip *zip)
        : m_file(zip) {}

    bool open() { return m_file.open(QIODevice::ReadOnly); }
    QuaZipFile &file() { return m_file; }

    // Closing checks the CRC: a mismatch or a short entry is corruption.
    std::optional<ExtractionFailure> close(const QString &name) {
        m_file.close();
        if (m_file.getZipError() != UNZ_OK)
            return failure(
                ExtractionFailure::Kind::Corrupt,
                u"the entry \"%1\" is damaged (error %2)"_s.arg(name).arg(m_file.getZipError()));
        return std::nullopt;
    }

private:
    QuaZipFile m_file;
};
} // namespace

std::optional<QHash<QString, QByteArray>>
SeriesZipExtractor::parseMd5Hashes(const QByteArray &csv) {
    QHash<QString, QByteArray> hashes;
    const QList<QByteArray> lines = csv.split('\n');
    bool header = true;
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (header) {
            header = false;
            if (line.compare("Filename,MD5Hash", Qt::CaseInsensitive) == 0)
                continue;
        }
        const qsizetype comma = line.lastIndexOf(',');
        if (comma <= 0)
            return std::nullopt;
        const QByteArray digest = line.mid(comma + 1).trimmed().toLower();
        if (digest.size() != 32 || QByteArray::fromHex(digest).size() != 16)
            return std::nullopt;
        hashes.insert(QString::fromUtf8(line.left(comma)), digest);
    }
    return hashes;
}

SeriesZipExtractor::Result
SeriesZipExtractor::extract(const QString &zipPath, const QString &folder, const Options &options) {
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        QFile body(zipPath);
        if (body.open(QIODevice::ReadOnly)) {
            if (const auto page =
                    WebPageBody::reason(body.read(WebPageBody::headBytes), u"the images"_s))
                return failure(ExtractionFailure::Kind::WebPage, *page);
        }
        return failure(ExtractionFailure::Kind::Corrupt,
                       u"the download is not a whole ZIP (error %1)"_s.arg(zip.getZipError()));
    }
    const QDir target(folder);
    Extracted extracted;
    QHash<QString, QByteArray> written; // file → MD5 of what was written
    QSet<QString> seen;                 // names in lower case: one file each on every system
    std::optional<QByteArray> md5Csv;
    int entries = 0;
    bool more = zip.goToFirstFile();
    for (; more; more = zip.goToNextFile()) {
        if (++entries > options.maxEntries)
            return failure(ExtractionFailure::Kind::TooLarge,
                           u"the ZIP holds more than %1 entries"_s.arg(options.maxEntries));
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return failure(ExtractionFailure::Kind::Corrupt, u"the ZIP's directory is damaged"_s);
        if (auto bad = checkEntry(info))
            return *bad;
        if (seen.contains(info.name.toLower()))
            return failure(ExtractionFailure::Kind::Hostile,
                           u"the ZIP holds \"%1\" twice"_s.arg(info.name));
        seen.insert(info.name.toLower());

        EntryReader reader(&zip);
        if (!reader.open())
            return failure(ExtractionFailure::Kind::Corrupt,
                           u"the entry \"%1\" cannot be read"_s.arg(info.name));
        const bool small = info.name == licenseEntry || info.name == md5Entry;
        QByteArray smallText;
        QFile out;
        if (!small) {
            out.setFileName(target.filePath(info.name));
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return failure(
                    ExtractionFailure::Kind::Disk,
                    u"%1 cannot be written: %2"_s.arg(out.fileName(), out.errorString()));
        }
        QCryptographicHash md5(QCryptographicHash::Md5);
        qint64 entryBytes = 0;
        while (true) {
            const QByteArray chunk = reader.file().read(chunkBytes);
            if (chunk.isEmpty())
                break;
            entryBytes += chunk.size();
            if (small) {
                if (entryBytes > maxSmallEntryBytes)
                    return failure(ExtractionFailure::Kind::TooLarge,
                                   u"the ZIP's %1 is too large"_s.arg(info.name));
                smallText += chunk;
                continue;
            }
            extracted.bytes += chunk.size();
            if (extracted.bytes > options.maxBytes)
                return failure(
                    ExtractionFailure::Kind::TooLarge,
                    u"the ZIP unpacks to more than %1: stopped"_s.arg(QLocale().formattedDataSize(
                        options.maxBytes, 1, QLocale::DataSizeSIFormat)));
            md5.addData(chunk);
            if (out.write(chunk) != chunk.size())
                return failure(
                    ExtractionFailure::Kind::Disk,
                    u"%1 cannot be written: %2"_s.arg(out.fileName(), out.errorString()));
        }
        if (auto damaged = reader.close(info.name))
            return *damaged;
        if (small) {
            if (info.name == licenseEntry)
                extracted.license = smallText;
            else
                md5Csv = smallText;
            continue;
        }
        if (!out.flush() || (out.close(), out.error() != QFileDevice::NoError))
            return failure(ExtractionFailure::Kind::Disk,
                           u"%1 cannot be written: %2"_s.arg(out.fileName(), out.errorString()));
        extracted.files << info.name;
        written.insert(info.name, md5.result().toHex());
    }
    if (zip.getZipError() != UNZ_OK)
        return failure(ExtractionFailure::Kind::Corrupt,
                       u"the ZIP's directory is damaged (error %1)"_s.arg(zip.getZipError()));
    if (options.expectedFiles >= 0 && extracted.files.size() < options.expectedFiles)
        return failure(ExtractionFailure::Kind::Corrupt,
                       u"the archive sent %1 of the series' %2 images"_s.arg(extracted.files.size())
                           .arg(options.expectedFiles));
    if (options.readSopClass && !extracted.files.isEmpty())
        extracted.sopClassUid =
            DicomFileMeta::sopClassUid(target.filePath(extracted.files.first()));

    if (!md5Csv) {
        if (options.requireMd5)
            return failure(ExtractionFailure::Kind::Corrupt,
                           u"the ZIP has no md5hashes.csv to check the files against"_s);
        return extracted;
    }
    const std::optional<QHash<QString, QByteArray>> expected = parseMd5Hashes(*md5Csv);
    if (!expected)
        return failure(ExtractionFailure::Kind::Corrupt, u"the ZIP's md5hashes.csv is malformed"_s);
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        const auto found = expected->constFind(it.key());
        if (found == expected->constEnd())
            return failure(ExtractionFailure::Kind::Corrupt,
                           u"md5hashes.csv does not list %1"_s.arg(it.key()));
        if (*found != it.value())
            return failure(
                ExtractionFailure::Kind::Corrupt,
                u"%1 does not match its MD5 (expected %2, got %3)"_s.arg(
                    it.key(), QString::fromLatin1(*found), QString::fromLatin1(it.value())));
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (!written.contains(it.key()))
            return failure(
                ExtractionFailure::Kind::Corrupt,
                u"%1 is listed in md5hashes.csv but missing from the ZIP"_s.arg(it.key()));
    }
    extracted.md5Verified = true;
    return extracted;
}

} // namespace nbia
