#include <work/workerpool.h>

#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace nbia;

namespace {
int ownNice() {
#ifdef Q_OS_LINUX
    return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
#else
    return 0;
#endif
}
} // namespace

// The pool of our long work: its threads yield to the GUI thread, and stay.
class TestWorkerPool final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workersRunBelowTheCallersPriority() {
#ifndef Q_OS_LINUX
        QSKIP("thread priorities are lowered on Linux only");
#endif
        const int caller = ownNice();
        // Started on the pool, not waited for through a QFuture (which may run a job that has
        // not started in the waiting thread).
        const int jobs = 4 * workerPool()->maxThreadCount();
        QList<int> nices(jobs, caller);
        QSemaphore done;
        for (int i = 0; i < jobs; ++i) {
            workerPool()->start([&nices, &done, i] {
                nices[i] = ownNice();
                done.release();
            });
        }
        done.acquire(jobs);
        for (const int nice : std::as_const(nices))
            QCOMPARE_GT(nice, caller);
        QCOMPARE(ownNice(), caller); // the caller's own priority is untouched
    }

    void itsThreadsAreKept() {
        QCOMPARE(workerPool()->expiryTimeout(), -1);
    }

    void itIsNotQtsGlobalPool() {
        QVERIFY(workerPool() != QThreadPool::globalInstance());
    }
};

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
