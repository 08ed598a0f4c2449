#include "manifestsource.h"

#include <api/archivepreset.h>

#include <QUrl>

namespace nbia {

std::optional<ClientSettings> ManifestSource::archiveOf(const TciaManifest &manifest,
                                                        const ClientSettings &current) {
    const QUrl url(manifest.downloadServerUrl.trimmed());
    if (manifest.downloadServerUrl.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return current;
    if (url.authority().compare(current.serviceRoot.authority(), Qt::CaseInsensitive) == 0)
        return current;
    const std::optional<ArchivePreset> archive = ArchivePreset::forUrl(url);
    if (!archive)
        return std::nullopt;
    // Already pointed at that archive (maybe on another API version): keep what the user chose.
    if (archive->servesAt(current.serviceRoot))
        return current;
    return archive->settings(current);
}

QString ManifestSource::hostOf(const TciaManifest &manifest) {
    const QUrl url(manifest.downloadServerUrl.trimmed());
    return url.authority().isEmpty() ? manifest.downloadServerUrl : url.authority();
}

QString ManifestSource::nameOf(const ClientSettings &settings) {
    if (const std::optional<ArchivePreset> archive = ArchivePreset::matching(settings))
        return archive->name;
    return settings.serviceRoot.authority();
}

} // namespace nbia
