// v4 getDicomTags: the tags of a series' first image, as JSON rows.
#include "v4endpoints.h"

#include "dicomtaglisting.h"
#include "syntheticimagefactory.h"

namespace nbia::emulator {

using namespace Qt::StringLiterals;

EmulatorResponse V4Endpoints::dicomTags(const Params &p) const {
    const std::optional<QString> uid = p.value(u"SeriesUID"_s);
    const std::optional<qsizetype> index = uid ? m_archive.findSeries(*uid) : std::nullopt;
    if (!index)
        return notGranted(uid.value_or(u"null"_s));
    const QList<int> order = m_archive.storageOrder(*index);
    if (order.isEmpty())
        return EmulatorResponse::empty();
    QString error;
    const QByteArray file =
        SyntheticImageFactory::makeFile(m_archive.imageSpec(*index, order.first()), &error);
    const QByteArray body = file.isEmpty() ? QByteArray() : DicomTagListing::json(file, &error);
    if (body.isEmpty())
        return EmulatorResponse::text(500, "Server was not able to process your request",
                                      "text/plain");
    EmulatorResponse response;
    response.contentType = "application/json";
    response.body = body;
    return response;
}

} // namespace nbia::emulator
