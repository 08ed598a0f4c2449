#pragma once

#include <emulatorserver.h>
#include <emulatorthread.h>

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QString>

#include <memory>

namespace nbia::bench {

// What every benchmark shares: the emulator with the synthetic archive, and its largest
// collection's getSeries body.
struct Fixture {
    // On its own thread, as a real archive is elsewhere: the client's event loop (and the
    // longest stall measured on it) is the client's alone.
    std::unique_ptr<emulator::EmulatorThread> emulator;
    const emulator::EmulatorServer *server = nullptr;
    QString collection;
    QByteArray seriesBody; // getSeries of the largest collection, as the archive sends it
    qsizetype seriesCount = 0;
    qsizetype imageSeries = 0; // the series with the most images
    QNetworkAccessManager network;
};

Fixture &sharedFixture();

// The minimum time of a benchmark that asks the emulator for the 100,000-series body: long
// enough for a few requests, whose times vary.
inline double requestMinTime(double minTime) {
    return 4 * minTime;
}

} // namespace nbia::bench
