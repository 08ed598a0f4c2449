#pragma once

#include "windowlevel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace nbia {

// One frame of a DICOM image as 8-bit grey or RGB pixels, decoded by DCMTK (whichever codecs
// are registered: see DicomCodecs). Thread-safe: every call works on its own objects.
class DicomRenderer final {
    Q_DECLARE_TR_FUNCTIONS(nbia::DicomRenderer)

public:
    struct Options {
        int frame = 0;                     // 0-based
        int maxSize = 0;                   // scaled down to fit this square; 0 keeps the size
        std::optional<WindowLevel> window; // else the file's first window, else min–max
        bool fullRange = false;            // min–max even when the file has a window
        bool invert = false;
    };

    enum class Outcome {
        Rendered,
        NotDicom,    // not a DICOM file at all
        Corrupt,     // DICOM, but truncated or damaged
        Unsupported, // a transfer syntax no registered codec decodes (JPEG 2000, …)
        NoImage,     // no pixel data (a structure set, a report, …)
        NoSuchFrame, // the frame asked for is beyond the last
    };

    struct Result {
        Outcome outcome = Outcome::Corrupt;
        QString message; // why not, in words for the user
        QImage image;
        int frameCount = 0;
        int rows = 0; // of the stored image
        int columns = 0;
        bool monochrome = true;
        std::optional<WindowLevel> window; // the one applied (monochrome only)
        QList<WindowLevel> fileWindows;    // the VOI windows the file suggests
        QString transferSyntax;            // its name

        [[nodiscard]] bool ok() const { return outcome == Outcome::Rendered; }
    };

    [[nodiscard]] static Result render(const QString &path, const Options &options);
    [[nodiscard]] static Result render(const QByteArray &bytes, const Options &options);
};

} // namespace nbia
