#pragma once

namespace nbia::bench {

class RatioReporter;

// Thumbnails of 512×512 CT slices at 128 pixels: the thumbnail model on its thread pool and the
// renderer on one thread, beside DCMTK's own dcmj2pnm run once per file (baseline) and a bare
// DicomImage decode-and-scale loop (floor). And stepping through a 300-slice series in the
// viewer, with the longest time a slice took to show. `quick` makes it small (the smoke run).
void registerViewerBenchmarks(bool quick);
void compareViewerBenchmarks(RatioReporter &reporter);

} // namespace nbia::bench
