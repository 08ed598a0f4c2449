#include "workerpool.h"

#include <QThreadPool>

namespace nbia {

QThreadPool *workerPool() {
    static QThreadPool pool;
    return &pool;
}

} // namespace nbia
