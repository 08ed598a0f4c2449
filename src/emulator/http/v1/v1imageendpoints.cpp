// getImage, getImageWithMD5Hash, getSingleImage.
#include "v1endpoints.h"

#include "syntheticimagefactory.h"

namespace nbia::emulator {

using namespace Qt::StringLiterals;

EmulatorResponse V1Endpoints::image(const Params &p) const {
    return zip(p, false);
}

EmulatorResponse V1Endpoints::imageWithMd5Hash(const Params &p) const {
    return zip(p, true);
}

EmulatorResponse V1Endpoints::zip(const Params &p, bool withMd5) const {
    const std::optional<QString> uid = p.value(u"SeriesInstanceUID"_s);
    if (!uid)
        return badRequest("A parameter, SeriesInstanceUID, is required for this API call.");
    const std::optional<qsizetype> index = m_archive.findSeries(*uid);
    if (!index)
        return notInPublicDomain(*uid);
    EmulatorResponse response;
    response.contentType = "application/octet-stream";
    response.headers.append(std::pair<QByteArray, QByteArray>(
        "Content-Disposition", "attachment; filename=\"" + uid->toUtf8() + ".zip\""));
    ZipRequest zip;
    zip.series = *index;
    zip.includeLicense = !withMd5;
    zip.includeMd5Hashes = withMd5;
    zip.newFileNames =
        !withMd5 &&
        p.value(u"NewFileNames"_s).value_or(QString()).compare("yes"_L1, Qt::CaseInsensitive) == 0;
    response.zip = zip;
    return response;
}

EmulatorResponse V1Endpoints::notInPublicDomain(const QString &seriesUid) {
    return EmulatorResponse::text(400,
                                  "Image with given SeriesInstanceUID," + seriesUid.toUtf8() +
                                      ", is not in public domain.",
                                  "application/json");
}

EmulatorResponse V1Endpoints::singleImage(const Params &p) const {
    const std::optional<QString> seriesUid = p.value(u"SeriesInstanceUID"_s);
    const std::optional<QString> sopUid = p.value(u"SOPInstanceUID"_s);
    if (!seriesUid || !sopUid)
        return badRequest(
            "A parameter, SeriesInstanceUID and SOPInstanceUID, are required for this API call.");
    const auto instance = m_archive.findInstance(*sopUid);
    if (!instance || m_archive.series()[instance->first].uid != *seriesUid)
        return m_support.serverError(
            "null"); // the DAO returns null and the resource dereferences it
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
