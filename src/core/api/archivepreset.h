#pragma once

#include "apiversion.h"
#include "clientsettings.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace nbia {

// An archive the program knows by name: where its API is, which version it speaks, and the hosts
// its manifests name. The public archive on v4 is the default; NLST has a host of its own; the
// public archive on v1 stays for as long as the archive serves it.
struct ArchivePreset {
    QString id;   // "tcia", "nlst", "tcia-v1": what --archive takes
    QString name; // for people: "The Cancer Imaging Archive"
    QUrl serviceRoot;
    QString apiVersion;
    QStringList hosts; // hosts whose manifests and URLs mean this archive

    // The settings of this archive, the rest (timeouts, retries…) taken from `base`.
    [[nodiscard]] ClientSettings settings(const ClientSettings &base = {}) const;

    // The known archives. NBIA_ARCHIVE_URLS ("nlst=URL;tcia=URL", a service root or a
    // versioned base each) points one at a mirror or a proxy, and tests at an emulator.
    static QList<ArchivePreset> all();
    static ArchivePreset defaultArchive(); // "tcia"
    static std::optional<ArchivePreset> byId(const QString &id);
    // The preset whose service root and version these settings are, if any.
    static std::optional<ArchivePreset> matching(const ClientSettings &settings);
    // True when the URL's host (and port, for a mirror) is this archive's.
    [[nodiscard]] bool servesAt(const QUrl &url) const;
    // The archive a URL belongs to (a manifest's downloadServerUrl), if known.
    static std::optional<ArchivePreset> forUrl(const QUrl &url);
    static QStringList ids();
};

} // namespace nbia
