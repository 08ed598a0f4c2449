#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <string>
#include <vector>

namespace nbia::bench {

// Google Benchmark's console output, followed by a summary that sets each measurement beside
// the baseline measured in the same run ("ratio 1.3x the floor").
class RatioReporter final : public benchmark::ConsoleReporter {
public:
    // A figure the product promises: the benchmark's `counter` (its wall time per iteration in
    // milliseconds when empty), divided by `baseline`'s wall time in milliseconds when one is
    // named, must be at most `limit`.
    struct Target {
        std::string what;
        std::string benchmark;
        std::string counter;
        double limit = 0;
        std::string unit; // of the figure and the limit: "ms", "x" (a ratio), "%", "B"
        std::string baseline;
    };

    // `benchmark` is compared with `baseline` in the summary.
    void compare(const std::string &benchmark, const std::string &baseline);
    void target(Target target);

    void ReportRuns(const std::vector<Run> &reports) override;
    void Finalize() override;
    // Runs that reported an error (SkipWithError): the suite then fails.
    [[nodiscard]] const std::vector<std::string> &errors() const { return m_errors; }
    // Targets missed, or not measured, once the run is over.
    [[nodiscard]] int failedTargets() const { return m_failedTargets; }

private:
    struct Figures {
        double secondsPerIteration = 0;
        double itemsPerSecond = 0;
        double bytesPerSecond = 0;
        std::map<std::string, double> counters; // the benchmark's own, such as peak_MB
    };
    std::map<std::string, Figures> m_figures;
    std::vector<std::string> m_order;
    std::vector<std::pair<std::string, std::string>> m_comparisons;
    std::vector<std::string> m_errors;
    std::vector<Target> m_targets;
    int m_failedTargets = 0;

    void printTargets();
};

} // namespace nbia::bench
