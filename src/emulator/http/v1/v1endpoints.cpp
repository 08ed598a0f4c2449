#include "v1endpoints.h"

namespace nbia::emulator {

using namespace Qt::StringLiterals;

V1Endpoints::V1Endpoints(const SyntheticArchive &archive, const EmulatorQuirks &quirks)
    : m_archive(archive)
    , m_quirks(quirks)
    , m_support(archive, quirks) {}

const QList<std::pair<QLatin1StringView, V1Endpoints::Handler>> &V1Endpoints::table() {
    static const QList<std::pair<QLatin1StringView, Handler>> endpoints{
        {"getCollectionValues"_L1, &V1Endpoints::collectionValues},
        {"getModalityValues"_L1, &V1Endpoints::modalityValues},
        {"getBodyPartValues"_L1, &V1Endpoints::bodyPartValues},
        {"getManufacturerValues"_L1, &V1Endpoints::manufacturerValues},
        {"getPatient"_L1, &V1Endpoints::patient},
        {"getPatientByCollectionAndModality"_L1, &V1Endpoints::patientByCollectionAndModality},
        {"NewPatientsInCollection"_L1, &V1Endpoints::newPatientsInCollection},
        {"getPatientStudy"_L1, &V1Endpoints::patientStudy},
        {"NewStudiesInPatientCollection"_L1, &V1Endpoints::newStudiesInPatientCollection},
        {"getSeries"_L1, &V1Endpoints::series},
        {"getUpdatedSeries"_L1, &V1Endpoints::updatedSeries},
        {"getSeriesSize"_L1, &V1Endpoints::seriesSize},
        {"getSOPInstanceUIDs"_L1, &V1Endpoints::sopInstanceUids},
        {"getSeriesMetaData"_L1, &V1Endpoints::seriesMetaData},
        {"getContentsByName"_L1, &V1Endpoints::contentsByName},
        {"getImage"_L1, &V1Endpoints::image},
        {"getImageWithMD5Hash"_L1, &V1Endpoints::imageWithMd5Hash},
        {"getSingleImage"_L1, &V1Endpoints::singleImage},
    };
    return endpoints;
}

QStringList V1Endpoints::names() {
    QStringList result;
    for (const auto &[name, handler] : table())
        result.append(QString(name));
    return result;
}

EmulatorResponse V1Endpoints::handle(const QString &endpoint, const Params &p) const {
    for (const auto &[name, handler] : table()) {
        if (endpoint == name)
            return (this->*handler)(p);
    }
    return m_support.unknownPath("HTTP 404 Not Found");
}

EmulatorResponse V1Endpoints::badRequest(const char *message) {
    return EndpointSupport::badRequest(QByteArray(message));
}

EmulatorResponse V1Endpoints::tableResponse(const ResultTable &table, const Params &p) const {
    return m_support.table(table, p.value(u"format"_s), m_quirks.escapeSlashes);
}

} // namespace nbia::emulator
