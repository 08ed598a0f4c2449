#include "ratioreporter.h"

#include <cstdio>

namespace nbia::bench {

void RatioReporter::compare(const std::string &benchmark, const std::string &baseline) {
    m_comparisons.emplace_back(benchmark, baseline);
}

void RatioReporter::ReportRuns(const std::vector<Run> &reports) {
    ConsoleReporter::ReportRuns(reports);
    for (const Run &run : reports) {
        if (run.error_occurred) {
            m_errors.push_back(run.benchmark_name() + ": " + run.error_message);
            continue;
        }
        if (run.run_type != Run::RT_Iteration)
            continue;
        Figures figures;
        // Reported in the benchmark's own time unit.
        figures.secondsPerIteration =
            run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
        if (const auto it = run.counters.find("items_per_second"); it != run.counters.end())
            figures.itemsPerSecond = it->second;
        if (const auto it = run.counters.find("bytes_per_second"); it != run.counters.end())
            figures.bytesPerSecond = it->second;
        for (const auto &[counter, value] : run.counters) {
            if (counter != "items_per_second" && counter != "bytes_per_second")
                figures.counters[counter] = value;
        }
        // The registered name, without the "/min_time:…" and "/real_time" decorations.
        const std::string &name = run.run_name.function_name;
        if (m_figures.find(name) == m_figures.end())
            m_order.push_back(name);
        m_figures[name] = figures;
    }
}

void RatioReporter::Finalize() {
    ConsoleReporter::Finalize();
    std::printf("\nSummary (wall time per iteration; throughput; ratio to the baseline of the same "
                "run)\n");
    for (const std::string &name : m_order) {
        const Figures &f = m_figures[name];
        std::printf("  %-58s %10.2f ms", name.c_str(), f.secondsPerIteration * 1000.0);
        if (f.itemsPerSecond > 0)
            std::printf("  %12.0f items/s", f.itemsPerSecond);
        if (f.bytesPerSecond > 0)
            std::printf("  %8.1f MB/s", f.bytesPerSecond / 1e6);
        for (const auto &[counter, value] : f.counters)
            std::printf("  %s %.1f", counter.c_str(), double(value));
        std::printf("\n");
    }
    for (const auto &[benchmark, baseline] : m_comparisons) {
        const auto a = m_figures.find(benchmark);
        const auto b = m_figures.find(baseline);
        if (a == m_figures.end() || b == m_figures.end() || b->second.secondsPerIteration <= 0)
            continue;
        std::printf("  ratio %-52s %6.2fx  (%s)\n", benchmark.c_str(),
                    a->second.secondsPerIteration / b->second.secondsPerIteration,
                    baseline.c_str());
    }
    if (!m_errors.empty()) {
        std::printf("\n%zu benchmark(s) reported an error:\n", m_errors.size());
        for (const std::string &error : m_errors)
            std::printf("  %s\n", error.c_str());
    }
    std::fflush(stdout);
}

} // namespace nbia::bench
