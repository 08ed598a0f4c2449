#pragma once

namespace nbia::bench {

class RatioReporter;

// The whole window, as nbia-browser makes it, on the emulator's largest collection (100,000
// series) and, unless quick, on a 300,000-series one: opening it, a filter, a search, sorting,
// Select all and Download selection, each with the longest stall of the GUI thread and beside a
// floor measured in the same run on the same data.
void registerWindowBenchmarks(bool quick);
void setWindowTargets(RatioReporter &reporter, bool quick);

} // namespace nbia::bench
