#include "workerpool.h"

#include <QSemaphore>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace nbia {

namespace {
// Work in the background yields to the GUI thread: on a machine of two cores, two busy workers
// would otherwise leave the GUI thread waiting for a core for tens of milliseconds at a time.
// QThread's priorities do nothing for ordinary threads on Linux, so each worker lowers its own
// (a nice value per thread); the pool keeps those threads for good. Mildly (4, about 2.5 to 1):
// at 10 our downloads' unpacking crawled beside another busy program.
void lowerPriorities(QThreadPool &pool) {
#ifdef Q_OS_LINUX
    constexpr int backgroundNice = 4;
    pool.setExpiryTimeout(-1);
    const int threads = pool.maxThreadCount();
    QSemaphore arrived;
    QSemaphore leave;
    QSemaphore left;
    for (int i = 0; i < threads; ++i) {
        pool.start([&arrived, &leave, &left] {
            setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), backgroundNice);
            arrived.release();
            leave.acquire(); // each task holds its thread until all have started
            left.release();
        });
    }
    arrived.acquire(threads);
    leave.release(threads);
    left.acquire(threads); // not waitForDone(), which would end the threads
#else
    Q_UNUSED(pool);
#endif
}
} // namespace

QThreadPool *workerPool() {
    static QThreadPool *pool = [] {
        static QThreadPool instance;
        lowerPriorities(instance);
        return &instance;
    }();
    return pool;
}

} // namespace nbia
