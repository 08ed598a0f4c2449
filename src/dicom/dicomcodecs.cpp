#include "dicomcodecs.h"

#include "dcmtk/config/osconfig.h"

#include "dcmtk/dcmdata/dcrledrg.h"
#include "dcmtk/dcmdata/dcrleerg.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmimage/diregist.h" // registers DicomImage's colour image classes
#include "dcmtk/dcmjpeg/djdecode.h"
#include "dcmtk/dcmjpeg/djencode.h"
#include "dcmtk/dcmjpls/djdecode.h"
#include "dcmtk/dcmjpls/djencode.h"
#include "dcmtk/oflog/oflog.h"

#include <mutex>

namespace nbia {

namespace {

// DCMTK's codec registrations are process-wide, so are these counters.
std::mutex s_mutex;
int s_decoderUsers = 0;
int s_encoderUsers = 0;

void registerDecoders() {
    // DCMTK's warnings on the terminal are noise to our users (reading only a file's header
    // warns that the rest was skipped); what goes wrong is told through our own results.
    OFLog::configure(OFLogger::ERROR_LOG_LEVEL);
    DJDecoderRegistration::registerCodecs(EDC_photometricInterpretation, EUC_never);
    DJLSDecoderRegistration::registerCodecs(EJLSUC_never);
    DcmRLEDecoderRegistration::registerCodecs();
}

void registerEncoders() {
    // EUC_never: lossy JPEG must keep the SOP Instance UID we were given (the archive's metadata
    // names it), and must not add InstanceCreationDate/Time or a Source Image Sequence either.
    // pUsePixelValues off: lossy (baseline) encoding maps the full stored range (identity for 8-bit
    // data) instead of stretching each image's own min..max and rewriting its window.
    DJEncoderRegistration::registerCodecs(ECC_lossyYCbCr, EUC_never, OFFalse, 0, 0, 0, OFTrue,
                                          ESS_422, OFTrue, OFFalse, 0, 0, 0.0, 0.0, 0, 0, 0, 0,
                                          OFFalse);
    DJLSEncoderRegistration::registerCodecs(0, 0, 0, 0, OFTrue, 0, OFTrue, EJLSUC_never);
    DcmRLEEncoderRegistration::registerCodecs(OFFalse);
}

} // namespace

DicomCodecs::DicomCodecs(Mode mode)
    : m_mode(mode) {
    const std::lock_guard lock(s_mutex);
    if (s_decoderUsers++ == 0)
        registerDecoders();
    if (m_mode == Mode::DecodeAndEncode && s_encoderUsers++ == 0)
        registerEncoders();
}

DicomCodecs::~DicomCodecs() {
    const std::lock_guard lock(s_mutex);
    if (m_mode == Mode::DecodeAndEncode && --s_encoderUsers == 0) {
        DJEncoderRegistration::cleanup();
        DJLSEncoderRegistration::cleanup();
        DcmRLEEncoderRegistration::cleanup();
    }
    if (--s_decoderUsers == 0) {
        DJDecoderRegistration::cleanup();
        DJLSDecoderRegistration::cleanup();
        DcmRLEDecoderRegistration::cleanup();
    }
}

const char *DicomCodecs::toolkitVersion() {
    return OFFIS_DCMTK_VERSION_STRING;
}

} // namespace nbia
