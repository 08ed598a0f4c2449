#include "endpointsupport.h"

#include "responseformatter.h"

namespace nbia::emulator {

using namespace Qt::StringLiterals;

EndpointSupport::EndpointSupport(const SyntheticArchive &archive, const EmulatorQuirks &quirks)
    : m_archive(archive)
    , m_quirks(quirks) {}

EmulatorResponse EndpointSupport::table(const ResultTable &table,
                                        const std::optional<QString> &format,
                                        bool escapeSlashes) const {
    if (table.rows.isEmpty())
        return EmulatorResponse::empty();
    const std::optional<ResponseFormatter::Format> parsed =
        ResponseFormatter::parseFormat(format.value_or(QString()));
    if (!parsed)
        return EmulatorResponse::text(500, "Server was not able to process your request",
                                      "text/plain");
    EmulatorResponse response;
    response.contentType = ResponseFormatter::contentType(*parsed);
    response.body = ResponseFormatter::format(table, *parsed, escapeSlashes);
    if (*parsed == ResponseFormatter::Format::CsvDownload)
        response.headers.append(std::pair<QByteArray, QByteArray>(
            "Content-Disposition", "attachment; filename=\"SeriesMetaData.csv\""));
    return response;
}

EmulatorResponse EndpointSupport::unknownPath(const QByteArray &what) const {
    if (m_quirks.unknownPath == EmulatorQuirks::UnknownPath::NotFound) {
        const int status = what.contains("405") ? 405 : what.contains("406") ? 406 : 404;
        return EmulatorResponse::text(status, what, "text/plain");
    }
    return serverError(what);
}

EmulatorResponse EndpointSupport::serverError(const QByteArray &exceptionMessage) const {
    QByteArray body = "Server was not able to process your request\n" + exceptionMessage;
    if (m_quirks.stackTraces) {
        body += "\n\tat gov.nih.nci.nbia.restAPI.getData.getResponse(getData.java:112)"
                "\n\tat "
                "org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory"
                ".lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)";
    }
    return EmulatorResponse::text(500, body, "text/plain");
}

EmulatorResponse EndpointSupport::badRequest(const QByteArray &message) {
    return EmulatorResponse::text(400, message, "application/json");
}

std::pair<qsizetype, qsizetype> EndpointSupport::seriesRange(qsizetype collectionIndex) const {
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

void EndpointSupport::forEachSeries(const std::optional<QString> &collection,
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

QByteArray EndpointSupport::licenseText(const ArchiveCollection &collection) const {
    const ArchiveLicense &license = m_archive.licenses()[collection.license];
    return u"License Information. The %1 collection is distributed under the %2 at %3 By "
           u"downloading the data, you agree to abide by terms of this license."_s
               .arg(collection.name, license.shortName, license.url)
               .toUtf8();
}

} // namespace nbia::emulator
