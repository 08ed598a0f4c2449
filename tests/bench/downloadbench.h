#pragma once

namespace nbia::bench {

class RatioReporter;

// Whole-series downloads against an emulator of their own (40 series of 50 MB, and one of
// 2 GB): nbia-cli with the MD5 check beside curl -P 4 + unzip of the same series, nbia-cli's
// peak memory, the longest GUI-thread stall while the window's queue runs 4 downloads, and the
// GUI thread's CPU with a Downloads panel of 10,000 rows, 6 of them running. `quick` makes the
// series small and the panel 300 rows (the smoke run).
void registerDownloadBenchmarks(bool quick);
void compareDownloadBenchmarks(RatioReporter &reporter);

} // namespace nbia::bench
