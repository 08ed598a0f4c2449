#include "endpointhandlers.h"

#include "responseformatter.h"

#include <api/endpoint.h>

namespace nbia::emulator {

using namespace Qt::StringLiterals;

EndpointHandlers::EndpointHandlers(const SyntheticArchive &archive, const EmulatorQuirks &quirks)
    : m_archive(archive)
    , m_quirks(quirks) {}

EmulatorResponse EndpointHandlers::handle(const QString &endpoint, const Params &p) const {
    const std::optional<Endpoint> known = endpointFromPath(endpoint);
    if (!known)
        return unknownPath("HTTP 404 Not Found");
    switch (*known) {
    case Endpoint::CollectionValues:
        return collectionValues(p);
    case Endpoint::ModalityValues:
        return modalityValues(p);
    case Endpoint::BodyPartValues:
        return bodyPartValues(p);
    case Endpoint::ManufacturerValues:
        return manufacturerValues(p);
    case Endpoint::Patient:
        return patient(p);
    case Endpoint::PatientByCollectionAndModality:
        return patientByCollectionAndModality(p);
    case Endpoint::NewPatientsInCollection:
        return newPatientsInCollection(p);
    case Endpoint::PatientStudy:
        return patientStudy(p);
    case Endpoint::NewStudiesInPatientCollection:
        return newStudiesInPatientCollection(p);
    case Endpoint::Series:
        return series(p);
    case Endpoint::UpdatedSeries:
        return updatedSeries(p);
    case Endpoint::SeriesSize:
        return seriesSize(p);
    case Endpoint::SopInstanceUids:
        return sopInstanceUids(p);
    case Endpoint::SeriesMetaData:
        return seriesMetaData(p);
    case Endpoint::ContentsByName:
        return contentsByName(p);
    case Endpoint::Image:
        return image(p, false);
    case Endpoint::ImageWithMd5Hash:
        return image(p, true);
    case Endpoint::SingleImage:
        return singleImage(p);
    }
    return unknownPath("HTTP 404 Not Found");
}

EmulatorResponse EndpointHandlers::unknownPath(const QByteArray &what) const {
    // Jersey raises 404/405/406, but the archive's catch-all exception mapper turns it into a 500.
    if (m_quirks.unknownPath == EmulatorQuirks::UnknownPath::NotFound) {
        const int status = what.contains("405") ? 405 : what.contains("406") ? 406 : 404;
        return EmulatorResponse::text(status, what, "text/plain");
    }
    return serverError(what);
}

EmulatorResponse EndpointHandlers::serverError(const QByteArray &exceptionMessage) const {
    QByteArray body = "Server was not able to process your request\n" + exceptionMessage;
    if (m_quirks.stackTraces) {
        body += "\n\tat gov.nih.nci.nbia.restAPI.getData.getResponse(getData.java:112)"
                "\n\tat "
                "org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory"
                ".lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)";
    }
    return EmulatorResponse::text(500, body, "text/plain");
}

EmulatorResponse EndpointHandlers::badRequest(const char *message) {
    // Plain text, but labelled JSON: the archive does exactly this.
    return EmulatorResponse::text(400, QByteArray(message), "application/json");
}

EmulatorResponse EndpointHandlers::tableResponse(const ResultTable &table, const Params &p) const {
    if (table.rows.isEmpty())
        return EmulatorResponse::empty();
    const std::optional<ResponseFormatter::Format> format =
        ResponseFormatter::parseFormat(p.value(u"format"_s).value_or(QString()));
    if (!format)
        return EmulatorResponse::text(500, "Server was not able to process your request",
                                      "text/plain");
    EmulatorResponse response;
    response.contentType = ResponseFormatter::contentType(*format);
    response.body = ResponseFormatter::format(table, *format, m_quirks.escapeSlashes);
    if (*format == ResponseFormatter::Format::CsvDownload)
        response.headers.append(std::pair<QByteArray, QByteArray>(
            "Content-Disposition", "attachment; filename=\"SeriesMetaData.csv\""));
    return response;
}

std::pair<qsizetype, qsizetype> EndpointHandlers::seriesRange(qsizetype collectionIndex) const {
    const ArchiveCollection &collection = m_archive.collections()[collectionIndex];
    if (collection.patientCount == 0)
        return {0, 0};
    const ArchivePatient &first = m_archive.patients()[collection.firstPatient];
    const ArchivePatient &last =
        m_archive.patients()[collection.firstPatient + collection.patientCount - 1];
    const ArchiveStudy &lastStudy = m_archive.studies()[last.firstStudy + last.studyCount - 1];
    return {m_archive.studies()[first.firstStudy].firstSeries,
            lastStudy.firstSeries + lastStudy.seriesCount};
}

void EndpointHandlers::forEachSeries(const std::optional<QString> &collection,
                                     const std::function<void(qsizetype)> &visit) const {
    qsizetype begin = 0;
    qsizetype end = m_archive.series().size();
    if (collection) {
        const std::optional<qsizetype> index = m_archive.findCollection(*collection);
        if (!index)
            return;
        std::tie(begin, end) = seriesRange(*index);
    }
    for (qsizetype i = begin; i < end; ++i)
        visit(i);
}

QByteArray EndpointHandlers::licenseText(const ArchiveCollection &collection) const {
    const ArchiveLicense &license = m_archive.licenses()[collection.license];
    return u"License Information. The %1 collection is distributed under the %2 at %3 By "
           u"downloading the data, you agree to abide by terms of this license."_s
               .arg(collection.name, license.shortName, license.url)
               .toUtf8();
}

} // namespace nbia::emulator
