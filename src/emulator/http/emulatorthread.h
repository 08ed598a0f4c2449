#pragma once

#include "emulatoroptions.h"

#include <QThread>
#include <QUrl>

#include <memory>

namespace nbia::emulator {

class EmulatorServer;

// The emulator on a thread of its own, as a real archive is a process of its own: whoever talks
// to it never has its event loop held up by the emulator writing a large answer. The demo
// archive and the benchmarks use it; tests that inject faults or count requests use
// EmulatorServer directly.
class EmulatorThread final {
public:
    explicit EmulatorThread(const EmulatorOptions &options = {});
    ~EmulatorThread();
    EmulatorThread(const EmulatorThread &) = delete;
    EmulatorThread &operator=(const EmulatorThread &) = delete;

    // Makes the archive and listens on a free loopback port; false when it cannot.
    bool start();
    [[nodiscard]] QUrl serviceRoot() const { return m_serviceRoot; }
    // The server lives on the emulator's thread: only its archive (made once, then read-only)
    // may be read from other threads.
    [[nodiscard]] const EmulatorServer &server() const { return *m_server; }

private:
    EmulatorOptions m_options;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; runs what must happen there
    std::unique_ptr<EmulatorServer> m_server;
    QUrl m_serviceRoot;
};

} // namespace nbia::emulator
