#include "phantompainter.h"

#include "deterministicrandom.h"
#include "imagespec.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace nbia::emulator::detail {

namespace {

// How an ellipse's size changes through the series (u = -1 first slice, +1 last slice).
enum class Profile { Head, Inner, Ventricle, Lesion };

struct EllipseTemplate {
    double a, b, x0, y0, angleDeg;
    Tissue tissue;
    Profile profile;
};

// Shepp-Logan's ellipses, painted in order (later ones over earlier ones) with tissue labels.
constexpr std::array<EllipseTemplate, 10> SheppLogan = {{
    {0.69, 0.92, 0.0, 0.0, 0.0, Bone, Profile::Head},
    {0.6624, 0.874, 0.0, -0.0184, 0.0, Brain, Profile::Head},
    {0.11, 0.31, 0.22, 0.0, -18.0, Csf, Profile::Ventricle},
    {0.16, 0.41, -0.22, 0.0, 18.0, Csf, Profile::Ventricle},
    {0.21, 0.25, 0.0, 0.35, 0.0, GreyMatter, Profile::Inner},
    {0.046, 0.046, 0.0, 0.1, 0.0, GreyMatter, Profile::Inner},
    {0.046, 0.046, 0.0, -0.1, 0.0, Lesion, Profile::Lesion},
    {0.046, 0.023, -0.08, -0.605, 0.0, Lesion, Profile::Lesion},
    {0.023, 0.023, 0.0, -0.606, 0.0, GreyMatter, Profile::Inner},
    {0.023, 0.046, 0.06, -0.605, 0.0, Lesion, Profile::Lesion},
}};

// Uniform in [low, high), from the top 53 bits of the generator's next value.
double between(DeterministicRandom &rng, double low, double high) {
    const double uniform = static_cast<double>(rng.next() >> 11) * 0x1.0p-53; // [0, 1)
    return low + (high - low) * uniform;
}

double profileScale(Profile profile, double u, double lesionCentre) {
    double t = 0.0;
    switch (profile) {
    case Profile::Head:
        t = 1.0 - 0.75 * u * u;
        break;
    case Profile::Inner:
        t = 1.0 - 1.4 * u * u;
        break;
    case Profile::Ventricle:
        t = 1.0 - 4.0 * u * u;
        break;
    case Profile::Lesion: {
        const double d = (u - lesionCentre) / 0.35;
        t = 1.0 - d * d;
        break;
    }
    }
    return t > 0.0 ? std::sqrt(t) : 0.0;
}

} // namespace

double PhantomPainter::slicePosition(const SyntheticImageSpec &spec) {
    const int count = std::max(spec.imagesInSeries, 1);
    const double t = (std::clamp(spec.instanceNumber, 1, count) - 0.5) / count;
    return 2.0 * t - 1.0;
}

std::vector<PhantomEllipse> PhantomPainter::ellipses(quint32 seed, double u) {
    DeterministicRandom rng(0x5eed0000ULL ^ (static_cast<quint64>(seed) << 16));
    const double headScale = between(rng, 0.92, 1.04);
    const double rotation = between(rng, -6.0, 6.0) * std::numbers::pi / 180.0;
    const double shiftX = between(rng, -0.03, 0.03);
    const double shiftY = between(rng, -0.03, 0.03);
    const double cosR = std::cos(rotation);
    const double sinR = std::sin(rotation);

    std::vector<PhantomEllipse> result;
    result.reserve(SheppLogan.size());
    for (const EllipseTemplate &t : SheppLogan) {
        const bool inner = t.profile != Profile::Head;
        const double size = inner ? between(rng, 0.85, 1.15) : 1.0;
        const double dx = inner ? between(rng, -0.03, 0.03) : 0.0;
        const double dy = inner ? between(rng, -0.03, 0.03) : 0.0;
        const double lesionCentre = between(rng, -0.5, 0.5);
        const double scale = profileScale(t.profile, u, lesionCentre) * size * headScale;
        if (scale <= 0.0)
            continue;
        const double x = (t.x0 + dx) * headScale;
        const double y = (t.y0 + dy) * headScale;
        result.push_back({cosR * x - sinR * y + shiftX, sinR * x + cosR * y + shiftY, t.a * scale,
                          t.b * scale, t.angleDeg * std::numbers::pi / 180.0 + rotation, t.tissue});
    }
    return result;
}

std::vector<quint8> PhantomPainter::paintLabels(const std::vector<PhantomEllipse> &ellipses,
                                                int rows, int columns) {
    std::vector<quint8> labels(static_cast<size_t>(rows) * static_cast<size_t>(columns), Air);
    for (const PhantomEllipse &e : ellipses) {
        const double c = std::cos(e.angle);
        const double s = std::sin(e.angle);
        const double halfW = std::sqrt(e.a * e.a * c * c + e.b * e.b * s * s);
        const double halfH = std::sqrt(e.a * e.a * s * s + e.b * e.b * c * c);
        // x = 2 (col + 0.5) / columns - 1, y = 1 - 2 (row + 0.5) / rows
        const int col0 = std::max(0, static_cast<int>((e.cx - halfW + 1.0) * columns / 2.0) - 1);
        const int col1 =
            std::min(columns - 1, static_cast<int>((e.cx + halfW + 1.0) * columns / 2.0) + 1);
        const int row0 = std::max(0, static_cast<int>((1.0 - e.cy - halfH) * rows / 2.0) - 1);
        const int row1 =
            std::min(rows - 1, static_cast<int>((1.0 - e.cy + halfH) * rows / 2.0) + 1);
        const double invA2 = 1.0 / (e.a * e.a);
        const double invB2 = 1.0 / (e.b * e.b);
        for (int row = row0; row <= row1; ++row) {
            const double dy = 1.0 - 2.0 * (row + 0.5) / rows - e.cy;
            quint8 *line = labels.data() + static_cast<size_t>(row) * columns;
            for (int col = col0; col <= col1; ++col) {
                const double dx = 2.0 * (col + 0.5) / columns - 1.0 - e.cx;
                const double xr = dx * c + dy * s;
                const double yr = -dx * s + dy * c;
                if (xr * xr * invA2 + yr * yr * invB2 <= 1.0)
                    line[col] = e.tissue;
            }
        }
    }
    return labels;
}

std::vector<quint8> PhantomPainter::labels(const SyntheticImageSpec &spec) {
    return paintLabels(ellipses(spec.seed, slicePosition(spec)), spec.rows, spec.columns);
}

} // namespace nbia::emulator::detail
