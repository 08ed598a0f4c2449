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

namespace {
const QList<ArchivePreset> &builtIn() {
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
} // namespace

QList<ArchivePreset> ArchivePreset::all() {
    QList<ArchivePreset> presets = builtIn();
    const QString overrides = qEnvironmentVariable("NBIA_ARCHIVE_URLS");
    for (const QString &entry : overrides.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals < 0)
            continue;
        const QString id = entry.left(equals).trimmed();
        for (ArchivePreset &preset : presets) {
            if (preset.id.compare(id, Qt::CaseInsensitive) != 0)
                continue;
            ClientSettings base;
            base.apiVersion = preset.apiVersion;
            if (const std::optional<ClientSettings> settings =
                    ClientSettings::fromServerUrl(entry.mid(equals + 1), base)) {
                preset.serviceRoot = settings->serviceRoot;
                preset.apiVersion = settings->apiVersion;
                preset.hosts << settings->serviceRoot.authority().toLower();
            }
        }
    }
    return presets;
}

ArchivePreset ArchivePreset::defaultArchive() {
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
            preset.servesAt(settings.serviceRoot))
            return preset;
    }
    return std::nullopt;
}

bool ArchivePreset::servesAt(const QUrl &url) const {
    // A mirror named in NBIA_ARCHIVE_URLS is known by host and port.
    return hosts.contains(url.authority().toLower()) ||
           (url.port() < 0 && hosts.contains(url.host().toLower()));
}

std::optional<ArchivePreset> ArchivePreset::forUrl(const QUrl &url) {
    for (const ArchivePreset &preset : all()) {
        if (preset.servesAt(url))
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
