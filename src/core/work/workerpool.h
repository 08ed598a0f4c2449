#pragma once

class QThreadPool;

namespace nbia {

// The thread pool for the application's own long work: parsing large bodies, passes over a
// collection's series, sorting, unpacking, decoding. Not QThreadPool::globalInstance(): Qt's
// raster painting splits large fills and image conversions across the global pool and waits for
// them on the GUI thread, so a global pool kept busy by our tasks stalls every repaint as long.
QThreadPool *workerPool();

} // namespace nbia
