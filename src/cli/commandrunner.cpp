#include "commandrunner.h"

#include "recordschemas.h"

#include <api/nbiaclient.h>
#include <api/recordjsonwriter.h>

namespace nbia::cli {

using namespace Qt::StringLiterals;

namespace {
using ResultHandler = CommandRunner::ResultHandler;

// Value lists: a null QString is the archive's `{}` row and stays an empty record.
NbiaClient::Handler<QStringList> valueHandler(const QString &key, const ResultHandler &done,
                                              bool truncatable = true) {
    return [key, done, truncatable](const ApiResult<QStringList> &result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        QList<FieldList> rows;
        rows.reserve(result.value().size());
        for (const QString &value : result.value())
            rows.append(value.isNull() ? FieldList{} : FieldList{{key, value}});
        done(ResultSet{RecordSchemas::valueList(key, truncatable), rows});
    };
}

template<class Record>
NbiaClient::Handler<QList<Record>> recordHandler(const RecordSchema &schema,
                                                 const ResultHandler &done) {
    return [schema, done](const ApiResult<QList<Record>> &result) {
        if (!result.ok())
            done(result.error());
        else
            done(ResultSet{schema, schema.renamed(RecordJsonWriter::fieldLists(result.value()))});
    };
}

NbiaClient::Handler<SeriesSize> sizeHandler(const ResultHandler &done) {
    return [done](const ApiResult<SeriesSize> &result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        QList<FieldList> rows;
        if (result.value().isKnown())
            rows.append(RecordJsonWriter::fieldList(result.value()));
        done(ResultSet{RecordSchemas::seriesSize(), rows});
    };
}
} // namespace

CommandRunner::CommandRunner(NbiaClient *client, QObject *context)
    : m_client(client)
    , m_context(context) {}

void CommandRunner::fetchRecords(const ParsedArguments &arguments,
                                 const ResultHandler &done) const {
    using O = OptionId;
    const auto value = [&arguments](OptionId id) {
        return arguments.value(id);
    };
    QObject *const context = m_context;

    switch (arguments.command->id) {
    case CommandId::Collections:
        m_client->collections(context, valueHandler(u"Collection"_s, done));
        return;
    case CommandId::Modalities:
        m_client->modalities({value(O::Collection), {}, value(O::BodyPart)}, context,
                             valueHandler(u"Modality"_s, done));
        return;
    case CommandId::BodyParts:
        m_client->bodyParts({value(O::Collection), value(O::Modality), {}}, context,
                            valueHandler(u"BodyPartExamined"_s, done));
        return;
    case CommandId::Manufacturers:
        m_client->manufacturers({value(O::Collection), value(O::Modality), value(O::BodyPart)},
                                context, valueHandler(u"Manufacturer"_s, done));
        return;
    case CommandId::Patients:
        m_client->patients({value(O::Collection), value(O::Patient)}, context,
                           recordHandler<Patient>(RecordSchemas::patients(), done));
        return;
    case CommandId::PatientsByModality:
        m_client->patientsByModality(value(O::Collection), value(O::Modality), context,
                                     recordHandler<Patient>(RecordSchemas::patientIds(), done));
        return;
    case CommandId::NewPatients:
        m_client->newPatients(value(O::Collection), arguments.since, context,
                              recordHandler<Patient>(RecordSchemas::patients(), done));
        return;
    case CommandId::Studies:
        m_client->studies({value(O::Collection), value(O::Patient), value(O::Study)}, context,
                          recordHandler<Study>(RecordSchemas::studies(), done));
        return;
    case CommandId::NewStudies:
        m_client->newStudies(value(O::Collection), arguments.since, value(O::Patient), context,
                             recordHandler<Study>(RecordSchemas::studies(), done));
        return;
    case CommandId::Series:
        m_client->series({value(O::Collection), value(O::Patient), value(O::Study),
                          value(O::Modality), value(O::BodyPart), value(O::Model),
                          value(O::Manufacturer), value(O::Series)},
                         context, recordHandler<Series>(RecordSchemas::series(), done));
        return;
    case CommandId::UpdatedSeries:
        // NbiaClient always sends fromDate; an invalid date would be sent empty and match
        // nothing, so "no --since" is the server's own default date instead.
        m_client->updatedSeries(
            arguments.since.isValid() ? arguments.since : updatedSeriesDefaultDate(), context,
            recordHandler<Series>(RecordSchemas::updatedSeries(), done));
        return;
    case CommandId::SopUids:
        m_client->sopInstanceUids(value(O::Series), context,
                                  valueHandler(u"SOPInstanceUID"_s, done, false));
        return;
    case CommandId::SeriesSize:
        m_client->seriesSize(value(O::Series), context, sizeHandler(done));
        return;
    case CommandId::SeriesMetadata:
        m_client->seriesMetadata(
            value(O::Series), context,
            recordHandler<SeriesMetadata>(RecordSchemas::seriesMetadata(), done));
        return;
    case CommandId::SharedList:
        m_client->sharedList(value(O::Name), context,
                             recordHandler<Series>(RecordSchemas::sharedList(), done));
        return;
    case CommandId::Image:
    case CommandId::Download:
    case CommandId::Thumbnail:
        break;
    }
    done(ApiError(ApiError::Kind::Io, u"the command prints no records"_s));
}

void CommandRunner::fetchImage(const ParsedArguments &arguments, const ImageHandler &done) const {
    m_client->image(arguments.value(OptionId::Series), arguments.value(OptionId::Sop), m_context,
                    done);
}

} // namespace nbia::cli
