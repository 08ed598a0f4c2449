#include "ratioreporter.h"

#include <cstdio>
#include <optional>

namespace nbia::bench {

void RatioReporter::compare(const std::string &benchmark, const std::string &baseline) {
    m_comparisons.emplace_back(benchmark, baseline);
}

void RatioReporter::target(Target target) {
    m_targets.push_back(std::move(target));
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
    printTargets();
    if (!m_errors.empty()) {
        std::printf("\n%zu benchmark(s) reported an error:\n", m_errors.size());
        for (const std::string &error : m_errors)
            std::printf("  %s\n", error.c_str());
    }
    std::fflush(stdout);
}

// Each target with its figure and PASS or FAIL; one whose benchmark did not run (filtered out,
// or failed) is NOT MEASURED, which fails too.
void RatioReporter::printTargets() {
    if (m_targets.empty())
        return;
    std::printf("\nTargets\n");
    m_failedTargets = 0;
    for (const Target &target : m_targets) {
        const auto found = m_figures.find(target.benchmark);
        std::optional<double> figure;
        if (found != m_figures.end()) {
            const Figures &f = found->second;
            if (target.counter.empty())
                figure = f.secondsPerIteration * 1000.0;
            else if (const auto counter = f.counters.find(target.counter);
                     counter != f.counters.end())
                figure = counter->second;
        }
        if (figure && !target.baseline.empty()) {
            const auto base = m_figures.find(target.baseline);
            if (base == m_figures.end() || base->second.secondsPerIteration <= 0)
                figure.reset();
            else
                figure = *figure / (base->second.secondsPerIteration * 1000.0);
        }
        const bool pass = figure && *figure <= target.limit;
        m_failedTargets += pass ? 0 : 1;
        if (figure)
            std::printf("  %-4s  %-66s %9.2f %-2s (target <= %g %s)\n", pass ? "PASS" : "FAIL",
                        target.what.c_str(), *figure, target.unit.c_str(), target.limit,
                        target.unit.c_str());
        else
            std::printf("  FAIL  %-66s  not measured (target <= %g %s)\n", target.what.c_str(),
                        target.limit, target.unit.c_str());
    }
    std::printf("%d of %zu targets missed\n", m_failedTargets, m_targets.size());
}

} // namespace nbia::bench
