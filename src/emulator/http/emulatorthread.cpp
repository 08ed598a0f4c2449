#include "emulatorthread.h"

#include "emulatorserver.h"

namespace nbia::emulator {

EmulatorThread::EmulatorThread(const EmulatorOptions &options)
    : m_options(options) {
    m_thread.setObjectName(QStringLiteral("emulator"));
}

EmulatorThread::~EmulatorThread() {
    if (m_context) {
        // The server's sockets belong to its thread: it goes there, then the thread ends.
        QMetaObject::invokeMethod(
            m_context, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }
}

bool EmulatorThread::start() {
    if (m_context)
        return m_server != nullptr;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &listening] {
            m_server = std::make_unique<EmulatorServer>(m_options);
            listening = m_server->listen();
            if (listening)
                m_serviceRoot = m_server->serviceRoot();
            else
                m_server.reset();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

} // namespace nbia::emulator
