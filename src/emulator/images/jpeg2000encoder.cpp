#include "jpeg2000encoder.h"

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace nbia::emulator::detail {

namespace {

// OpenJPEG writes through callbacks; this keeps what it writes in memory.
struct MemorySink {
    QByteArray bytes;
    qsizetype position = 0;
};

OPJ_SIZE_T writeToSink(void *buffer, OPJ_SIZE_T size, void *user) {
    auto *sink = static_cast<MemorySink *>(user);
    const auto length = static_cast<qsizetype>(size);
    if (sink->bytes.size() < sink->position + length)
        sink->bytes.resize(sink->position + length);
    std::memcpy(sink->bytes.data() + sink->position, buffer, size);
    sink->position += length;
    return size;
}

OPJ_OFF_T skipInSink(OPJ_OFF_T size, void *user) {
    auto *sink = static_cast<MemorySink *>(user);
    sink->position += static_cast<qsizetype>(size);
    if (sink->bytes.size() < sink->position)
        sink->bytes.resize(sink->position, '\0');
    return size;
}

OPJ_BOOL seekInSink(OPJ_OFF_T offset, void *user) {
    auto *sink = static_cast<MemorySink *>(user);
    sink->position = static_cast<qsizetype>(offset);
    if (sink->bytes.size() < sink->position)
        sink->bytes.resize(sink->position, '\0');
    return OPJ_TRUE;
}

struct CodecDeleter {
    void operator()(opj_codec_t *codec) const { opj_destroy_codec(codec); }
};
struct ImageDeleter {
    void operator()(opj_image_t *image) const { opj_image_destroy(image); }
};
struct StreamDeleter {
    void operator()(opj_stream_t *stream) const { opj_stream_destroy(stream); }
};

QByteArray fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return {};
}

// Resolution levels: as many as the smaller side allows, at most OpenJPEG's default of six.
int resolutionsFor(int rows, int columns) {
    int levels = 1;
    for (int side = std::min(rows, columns); side >= 2 && levels < 6; side /= 2)
        ++levels;
    return levels;
}

int sampleAt(const Jpeg2000Frame &frame, size_t index) {
    if (frame.bitsAllocated == 8)
        return static_cast<const quint8 *>(frame.samples)[index];
    const quint16 word = static_cast<const quint16 *>(frame.samples)[index];
    return frame.isSigned ? static_cast<qint16>(word) : word;
}

} // namespace

QByteArray Jpeg2000Encoder::encode(const Jpeg2000Frame &frame, QString *error) {
    if (!frame.samples || frame.rows < 1 || frame.columns < 1 ||
        (frame.samplesPerPixel != 1 && frame.samplesPerPixel != 3) ||
        (frame.bitsAllocated != 8 && frame.bitsAllocated != 16))
        return fail(error, QStringLiteral("JPEG 2000: unsupported frame layout"));

    std::vector<opj_image_cmptparm_t> components(size_t(frame.samplesPerPixel));
    for (opj_image_cmptparm_t &c : components) {
        std::memset(&c, 0, sizeof c);
        c.dx = c.dy = 1;
        c.w = static_cast<OPJ_UINT32>(frame.columns);
        c.h = static_cast<OPJ_UINT32>(frame.rows);
        c.prec = static_cast<OPJ_UINT32>(frame.bitsStored);
        c.sgnd = frame.isSigned ? 1 : 0;
    }
    const std::unique_ptr<opj_image_t, ImageDeleter> image(
        opj_image_create(static_cast<OPJ_UINT32>(components.size()), components.data(),
                         frame.samplesPerPixel == 3 ? OPJ_CLRSPC_SRGB : OPJ_CLRSPC_GRAY));
    if (!image)
        return fail(error, QStringLiteral("JPEG 2000: out of memory"));
    image->x1 = static_cast<OPJ_UINT32>(frame.columns);
    image->y1 = static_cast<OPJ_UINT32>(frame.rows);
    const size_t pixels = size_t(frame.rows) * size_t(frame.columns);
    for (int c = 0; c < frame.samplesPerPixel; ++c) {
        OPJ_INT32 *out = image->comps[c].data;
        for (size_t i = 0; i < pixels; ++i)
            out[i] = sampleAt(frame, i * size_t(frame.samplesPerPixel) + size_t(c));
    }

    opj_cparameters_t parameters;
    opj_set_default_encoder_parameters(&parameters);
    parameters.tcp_numlayers = 1;
    parameters.tcp_rates[0] = 0; // lossless
    parameters.cp_disto_alloc = 1;
    parameters.irreversible = 0; // the reversible 5/3 wavelet
    parameters.tcp_mct = 0;      // samples stay RGB, as the Photometric Interpretation says
    parameters.numresolution = resolutionsFor(frame.rows, frame.columns);

    const std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_compress(OPJ_CODEC_J2K));
    MemorySink sink;
    const std::unique_ptr<opj_stream_t, StreamDeleter> stream(
        opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_FALSE));
    if (!codec || !stream)
        return fail(error, QStringLiteral("JPEG 2000: out of memory"));
    opj_stream_set_user_data(stream.get(), &sink, nullptr);
    opj_stream_set_write_function(stream.get(), writeToSink);
    opj_stream_set_skip_function(stream.get(), skipInSink);
    opj_stream_set_seek_function(stream.get(), seekInSink);
    if (!opj_setup_encoder(codec.get(), &parameters, image.get()) ||
        !opj_start_compress(codec.get(), image.get(), stream.get()) ||
        !opj_encode(codec.get(), stream.get()) || !opj_end_compress(codec.get(), stream.get()))
        return fail(error, QStringLiteral("JPEG 2000: the encoder failed"));
    if (sink.bytes.size() % 2 != 0)
        sink.bytes.append('\0'); // fragments have an even length; nothing is read after EOC
    return sink.bytes;
}

} // namespace nbia::emulator::detail
