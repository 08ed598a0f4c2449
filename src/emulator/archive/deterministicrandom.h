#pragma once

#include <QtGlobal>

namespace nbia::emulator {

// A small, fast PRNG (SplitMix64) whose sequence depends only on its seed, so that the synthetic
// archive is the same on every machine and in every run. (qHash is seeded per process.)
class DeterministicRandom final {
public:
    explicit DeterministicRandom(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [low, high], both included.
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }

    bool chance(double probability) { return double(next() >> 11) * 0x1.0p-53 < probability; }

    template<class List>
    const auto &pick(const List &list) {
        return list[qsizetype(next() % quint64(list.size()))];
    }

    // One value from a seed and some keys, without keeping a generator around.
    static quint64 mix(quint64 a, quint64 b = 0, quint64 c = 0) {
        DeterministicRandom r(a * 0x100000001B3ULL ^ (b + 0x632BE59BD9B4E019ULL) ^ (c << 17));
        r.next();
        return r.next();
    }

private:
    quint64 m_state;
};

} // namespace nbia::emulator
