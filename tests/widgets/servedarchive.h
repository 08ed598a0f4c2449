#pragma once

#include <api/nbiaclient.h>
#include <emulatorserver.h>

#include <QNetworkAccessManager>

#include <memory>

namespace nbia {

// The emulator with an archive of the given size (the default one when empty), and a client
// pointed at it.
struct ServedArchive {
    // The API version the clients speak: each test runs on v1 and on v4 (initTestCase_data).
    static inline QString apiVersion = QStringLiteral("v4");

    emulator::EmulatorServer emulator;
    QNetworkAccessManager network;
    std::unique_ptr<NbiaClient> client;

    explicit ServedArchive(const QString &size = {})
        : emulator(optionsFor(size)) {}

    // Listens and makes the client; `maxRetries` below 0 keeps the client's default.
    bool start(int maxRetries = -1) {
        if (!emulator.listen())
            return false;
        ClientSettings settings;
        settings.serviceRoot = emulator.serviceRoot();
        settings.apiVersion = apiVersion;
        if (maxRetries >= 0)
            settings.maxRetries = maxRetries;
        client = std::make_unique<NbiaClient>(&network, settings);
        return true;
    }

    [[nodiscard]] const emulator::SyntheticArchive &archive() const { return emulator.archive(); }
    [[nodiscard]] int requestCount(const QString &endpoint) const {
        return emulator.requestCount(endpoint);
    }
    emulator::FaultPlan &faults() { return emulator.faults(); }

    static emulator::EmulatorOptions optionsFor(const QString &size) {
        emulator::EmulatorOptions options;
        if (!size.isEmpty())
            options.archive = *emulator::ArchiveSpec::fromSize(size);
        return options;
    }
};

} // namespace nbia
