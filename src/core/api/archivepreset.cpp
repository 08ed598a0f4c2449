#include "archivepreset.h"

namespace nbia {

using namespace Qt::StringLiterals;

ClientSettings ArchivePreset::settings(const ClientSettings &base) const {
    ClientSettings result = base;
    result.serviceRoot = serviceRoot;
    result.apiVersion = apiVersion;
    if (base.serviceRoot.authority() != serviceRoot.authority())
        result.authorization.clear(); // credentials belong to their host
    return result;
}

const QList<ArchivePreset> &ArchivePreset::all() {
    static const QList<ArchivePreset> presets{
        {u"tcia"_s,
         u"The Cancer Imaging Archive"_s,
         QUrl(u"https://services.cancerimagingarchive.net/nbia-api/services/"_s),
         u"v4"_s,
         {u"services.cancerimagingarchive.net"_s, u"nbia.cancerimagingarchive.net"_s,
          u"public.cancerimagingarchive.net"_s}},
        {u"nlst"_s,
         u"NLST"_s,
         QUrl(u"https://nlst.cancerimagingarchive.net/nbia-api/services/"_s),
         u"v4"_s,
         {u"nlst.cancerimagingarchive.net"_s}},
        {u"tcia-v1"_s,
         u"The Cancer Imaging Archive (API v1, legacy)"_s,
         QUrl(u"https://services.cancerimagingarchive.net/nbia-api/services/"_s),
         u"v1"_s,
         {}},
    };
    return presets;
}

const ArchivePreset &ArchivePreset::defaultArchive() {
    return all().first();
}

std::optional<ArchivePreset> ArchivePreset::byId(const QString &id) {
    for (const ArchivePreset &preset : all()) {
        if (preset.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

std::optional<ArchivePreset> ArchivePreset::matching(const ClientSettings &settings) {
    for (const ArchivePreset &preset : all()) {
        if (apiVersionOf(preset.apiVersion) != apiVersionOf(settings.apiVersion))
            continue;
        if (settings.serviceRoot.adjusted(QUrl::StripTrailingSlash) ==
                preset.serviceRoot.adjusted(QUrl::StripTrailingSlash) ||
            preset.hosts.contains(settings.serviceRoot.host().toLower()))
            return preset;
    }
    return std::nullopt;
}

std::optional<ArchivePreset> ArchivePreset::forHost(const QString &host) {
    for (const ArchivePreset &preset : all()) {
        if (preset.hosts.contains(host.toLower()))
            return preset;
    }
    return std::nullopt;
}

QStringList ArchivePreset::ids() {
    QStringList result;
    for (const ArchivePreset &preset : all())
        result << preset.id;
    return result;
}

} // namespace nbia
