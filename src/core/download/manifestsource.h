#pragma once

#include "tciamanifest.h"

#include <api/clientsettings.h>

#include <QString>

#include <optional>

namespace nbia {

// Where a manifest's series come from: its downloadServerUrl names the archive (an NLST manifest
// downloads from NLST, whatever the window is pointed at). Nothing is downloaded from a guessed
// place: a host the program does not know is left to the user.
class ManifestSource final {
public:
    // The archive of the manifest: `current` when the manifest names the current server's host
    // (or names none), a known archive (ArchivePreset) by its host, nullopt for any other host.
    static std::optional<ClientSettings> archiveOf(const TciaManifest &manifest,
                                                   const ClientSettings &current);
    // The host the manifest names, for a message.
    static QString hostOf(const TciaManifest &manifest);
    // The name of the archive for people: a known archive's name, else the host.
    static QString nameOf(const ClientSettings &settings);
};

} // namespace nbia
