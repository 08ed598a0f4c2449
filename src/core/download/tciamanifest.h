#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace nbia {

// A `.tcia` manifest, the archive's list of series to download: six `key=value` header lines,
// then one SeriesInstanceUID per line. Reading is as tolerant as the archive's own retriever
// (a "Series ID" header line, blank lines, stray spaces and CRLF are fine).
struct TciaManifest {
    static constexpr const char *defaultServerUrl =
        "https://nbia.cancerimagingarchive.net/nbia-download/servlet/DownloadServlet";

    QString downloadServerUrl = QString::fromLatin1(defaultServerUrl);
    bool includeAnnotation = true;
    int retries = 4;      // "noOfrRetry" (sic)
    QString databasketId; // "manifest-<epoch ms>.tcia": the download folder's name
    QString manifestVersion = QStringLiteral("3.0");
    QStringList seriesInstanceUids;

    // A new manifest for these series, named after the given time.
    // `serviceRoot`: the server the series are on, named in downloadServerUrl so that the
    // manifest downloads from there (the public archive when not given).
    static TciaManifest forSeries(const QStringList &uids, const QDateTime &now,
                                  const QUrl &serviceRoot = {});
    // The archive's download servlet on the host of a service root, as manifests name it.
    static QString downloadServerUrlFor(const QUrl &serviceRoot);

    // The file's text, exactly in the archive's layout (`\n` line ends).
    [[nodiscard]] QByteArray toText() const;
    // Nullopt (with `error` set) when the text has no series list.
    static std::optional<TciaManifest> parse(const QByteArray &text, QString *error = nullptr);

    // The largest manifest read: the archive's biggest carts are a few MB.
    static constexpr qint64 maxFileBytes = qint64(64) << 20;
    // The manifest in a file. Nullopt with `error` set (and `unreadable` true when the file
    // could not be read at all, or is far too large to be a manifest).
    static std::optional<TciaManifest> readFile(const QString &path, QString *error,
                                                bool *unreadable = nullptr);
    // Writes the file whole or not at all; false with `error` set (the system's words).
    bool writeFile(const QString &path, QString *error = nullptr) const;
};

} // namespace nbia
