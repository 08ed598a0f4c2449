#pragma once

namespace nbia {

// Registers DCMTK's codecs for as long as one instance lives (create one in main() and in each
// test). Decoders: JPEG (baseline, extended, lossless), JPEG-LS and RLE. Encoders (the emulator
// writes compressed images) only when asked. Also quiets DCMTK's own logging to warnings.
class DicomCodecs final {
public:
    enum class Mode { DecodeOnly, DecodeAndEncode };

    explicit DicomCodecs(Mode mode = Mode::DecodeOnly);
    ~DicomCodecs();
    DicomCodecs(const DicomCodecs &) = delete;
    DicomCodecs &operator=(const DicomCodecs &) = delete;

    // The DICOM toolkit's version, for an About box ("3.6.7").
    static const char *toolkitVersion();

private:
    Mode m_mode;
};

} // namespace nbia
