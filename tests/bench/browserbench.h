#pragma once

namespace nbia::bench {

class RatioReporter;

// The browser's figures on the largest collection: opening its series level in the series list
// (with the longest event-loop stall while it happens), re-filtering and re-sorting it, and the
// memory its series take.
void registerBrowserBenchmarks(double minTime);
void compareBrowserBenchmarks(RatioReporter &reporter);
void printBrowserMemory();

} // namespace nbia::bench
