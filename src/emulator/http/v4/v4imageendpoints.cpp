// v4 getImage, getImageWithMD5Hash, getSingleImage.
#include "v4endpoints.h"

#include "syntheticimagefactory.h"

namespace nbia::emulator {

using namespace Qt::StringLiterals;

namespace {
constexpr const char *kSeriesUidRequired =
    "A parameter, SeriesInstanceUID, is required for this API call.";

// Only "yes", in any case, switches an option on ("true" and "1" do nothing).
bool yes(const RequestParameters &p, const QString &name) {
    return p.value(name).value_or(QString()).compare("yes"_L1, Qt::CaseInsensitive) == 0;
}

EmulatorResponse zipResponse(const QString &uid, const ZipRequest &zip) {
    EmulatorResponse response;
    response.contentType = "application/octet-stream";
    response.headers.append(std::pair<QByteArray, QByteArray>(
        "Content-Disposition", "attachment; filename=\"" + uid.toUtf8() + ".zip\""));
    response.zip = zip;
    return response;
}
} // namespace

EmulatorResponse V4Endpoints::image(const Params &p) const {
    const std::optional<QString> uid = p.value(u"SeriesInstanceUID"_s);
    if (!uid)
        return EndpointSupport::badRequest(kSeriesUidRequired);
    const std::optional<qsizetype> index = m_archive.findSeries(*uid);
    if (!index)
        return notGranted(*uid);
    ZipRequest zip;
    zip.series = *index;
    zip.includeLicense = true;
    zip.newFileNames = yes(p, u"NewFileNames"_s);
    zip.includeMd5Hashes = !release95() && yes(p, u"IncludeMD5"_s);
    return zipResponse(*uid, zip);
}

EmulatorResponse V4Endpoints::imageWithMd5Hash(const Params &p) const {
    const std::optional<QString> uid = p.value(u"SeriesInstanceUID"_s);
    if (!uid)
        return EndpointSupport::badRequest(kSeriesUidRequired);
    const std::optional<qsizetype> index = m_archive.findSeries(*uid);
    if (!index)
        return notGranted(*uid);
    ZipRequest zip;
    zip.series = *index;
    zip.includeLicense = false;
    zip.includeMd5Hashes = true;
    return zipResponse(*uid, zip);
}

EmulatorResponse V4Endpoints::singleImage(const Params &p) const {
    const std::optional<QString> seriesUid = p.value(u"SeriesInstanceUID"_s);
    const std::optional<QString> sopUid = p.value(u"SOPInstanceUID"_s);
    if (!seriesUid || !sopUid)
        return EndpointSupport::badRequest(
            "A parameter, SeriesInstanceUID and SOPInstanceUID, are required for this API call.");
    const auto instance = m_archive.findInstance(*sopUid);
    if (!instance || m_archive.series()[instance->first].uid != *seriesUid)
        return m_support.serverError("null"); // the DAO returns null and the resource uses it
    QString error;
    const QByteArray file = SyntheticImageFactory::makeFile(
        m_archive.imageSpec(instance->first, instance->second), &error);
    if (file.isEmpty())
        return m_support.serverError(error.toUtf8());
    EmulatorResponse response;
    response.contentType = "application/dicom";
    response.headers.append(std::pair<QByteArray, QByteArray>(
        "Content-Disposition", "attachment; filename=" + sopUid->toUtf8() + ".dcm"));
    response.body = file;
    return response;
}

} // namespace nbia::emulator
