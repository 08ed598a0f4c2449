#include "commandrunner.h"

#include "htmltext.h"
#include "recordschemas.h"

#include <api/nbiaclient.h>
#include <api/recordjsonwriter.h>
#include <api/referencedseries.h>

#include <memory>

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

// `version`: the keys and representation rows are printed in. JSON shows the server's own
// dialect; table and CSV keep one form (v1's names, then any field only v4 has) whatever the
// version, so that scripts reading them work on both.
template<class Record>
NbiaClient::Handler<QList<Record>> recordHandler(const RecordSchema &schema,
                                                 const ResultHandler &done,
                                                 ApiVersion version = ApiVersion::V1) {
    return [schema, done, version](const ApiResult<QList<Record>> &result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        QList<FieldList> rows = RecordJsonWriter::fieldLists(result.value(), version);
        done(ResultSet{schema, version == ApiVersion::V1 ? schema.renamed(std::move(rows))
                                                         : std::move(rows)});
    };
}

NbiaClient::Handler<QList<ValueCount>> countsHandler(const QString &key,
                                                     const ResultHandler &done) {
    return [key, done](const ApiResult<QList<ValueCount>> &result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        QList<FieldList> rows;
        rows.reserve(result.value().size());
        for (const ValueCount &count : result.value()) {
            FieldList row;
            if (!count.value.isNull())
                row.append({key, count.value});
            if (count.count)
                row.append({u"Count"_s, QJsonValue(*count.count)});
            if (count.authorized)
                row.append({u"Authorized"_s, QJsonValue(*count.authorized)});
            row.append(count.extra);
            rows.append(row);
        }
        done(ResultSet{RecordSchemas::valueCounts(key), rows});
    };
}

// getCollectionDescriptions and getDicomTags (Jackson) write a null where another endpoint
// leaves the key out: JSON gives them back as the server wrote them.
FieldList withNulls(const FieldList &row, const QStringList &keys) {
    FieldList result;
    for (const QString &key : keys) {
        const auto found = std::find_if(row.cbegin(), row.cend(),
                                        [&key](const auto &field) { return field.first == key; });
        result.append(found == row.cend() ? std::pair{key, QJsonValue(QJsonValue::Null)} : *found);
    }
    for (const auto &field : row) {
        if (!keys.contains(field.first))
            result.append(field);
    }
    return result;
}

template<class Record>
NbiaClient::Handler<QList<Record>> jacksonHandler(const RecordSchema &schema,
                                                  const ResultHandler &done, bool json,
                                                  std::function<void(Record &)> adjust = {}) {
    return [schema, done, json, adjust](const ApiResult<QList<Record>> &result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        QList<FieldList> rows;
        rows.reserve(result.value().size());
        for (Record record : result.value()) {
            if (adjust)
                adjust(record);
            const FieldList row = RecordJsonWriter::fieldList(record);
            rows.append(json ? withNulls(row, schema.columns) : row);
        }
        done(ResultSet{schema, rows});
    };
}

QString countsKey(Endpoint endpoint) {
    switch (endpoint) {
    case Endpoint::ModalityValuesAndCounts:
        return u"Modality"_s;
    case Endpoint::BodyPartValuesAndCounts:
        return u"BodyPart"_s;
    case Endpoint::ManufacturerValuesAndCounts:
        return u"Manufacturer"_s;
    default:
        return u"Collection"_s;
    }
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
    const ApiVersion version =
        arguments.format == OutputFormat::Json ? m_client->apiVersion() : ApiVersion::V1;

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
                           recordHandler<Patient>(RecordSchemas::patients(), done, version));
        return;
    case CommandId::PatientsByModality:
        m_client->patientsByModality(
            value(O::Collection), value(O::Modality), context,
            recordHandler<Patient>(RecordSchemas::patientIds(), done, version));
        return;
    case CommandId::NewPatients:
        m_client->newPatients(value(O::Collection), arguments.since, context,
                              recordHandler<Patient>(RecordSchemas::patients(), done, version));
        return;
    case CommandId::Studies:
        m_client->studies({value(O::Collection), value(O::Patient), value(O::Study)}, context,
                          recordHandler<Study>(RecordSchemas::studies(), done, version));
        return;
    case CommandId::NewStudies:
        m_client->newStudies(value(O::Collection), arguments.since, value(O::Patient), context,
                             recordHandler<Study>(RecordSchemas::studies(), done, version));
        return;
    case CommandId::Series:
        m_client->series({value(O::Collection), value(O::Patient), value(O::Study),
                          value(O::Modality), value(O::BodyPart), value(O::Model),
                          value(O::Manufacturer), value(O::Series)},
                         context, recordHandler<Series>(RecordSchemas::series(), done, version));
        return;
    case CommandId::UpdatedSeries:
        // NbiaClient always sends fromDate; an invalid date would be sent empty and match
        // nothing, so "no --since" is the server's own default date instead.
        m_client->updatedSeries(
            arguments.since.isValid() ? arguments.since : updatedSeriesDefaultDate(), context,
            recordHandler<Series>(RecordSchemas::updatedSeries(), done, version));
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
            recordHandler<SeriesMetadata>(RecordSchemas::seriesMetadata(), done, version));
        return;
    case CommandId::SharedList:
        m_client->sharedList(value(O::Name), context,
                             recordHandler<Series>(RecordSchemas::sharedList(), done));
        return;
    case CommandId::Counts:
        m_client->valueCounts(arguments.countsOf,
                              {value(O::Collection), value(O::Modality), value(O::BodyPart)},
                              context, countsHandler(countsKey(arguments.countsOf), done));
        return;
    case CommandId::Describe: {
        const bool table = arguments.format == OutputFormat::Table;
        m_client->collectionDescriptions(
            value(O::Collection), context,
            jacksonHandler<CollectionDescription>(
                RecordSchemas::collectionDescriptions(), done,
                arguments.format == OutputFormat::Json, [table](CollectionDescription &row) {
                    if (table)
                        row.description = HtmlText::toPlainText(row.description);
                }));
        return;
    }
    case CommandId::DicomTags:
        m_client->dicomTags(value(O::Series), context,
                            jacksonHandler<DicomTag>(RecordSchemas::dicomTags(), done,
                                                     arguments.format == OutputFormat::Json));
        return;
    case CommandId::ReferencedSeries:
        fetchReferencedSeries(value(O::Series), version, done);
        return;
    case CommandId::Image:
    case CommandId::Download:
    case CommandId::Thumbnail:
        break;
    }
    done(ApiError(ApiError::Kind::Io, u"the command prints no records"_s));
}

// getDicomTags names the series; getSeries gives each one's row.
void CommandRunner::fetchReferencedSeries(const QString &seriesUid, ApiVersion version,
                                          const ResultHandler &done) const {
    NbiaClient *client = m_client;
    QObject *context = m_context;
    client->dicomTags(
        seriesUid, context,
        [client, context, seriesUid, version, done](const ApiResult<QList<DicomTag>> &tags) {
            if (!tags.ok()) {
                done(tags.error());
                return;
            }
            const QStringList uids = ReferencedSeries::fromTags(tags.value(), seriesUid);
            auto found = std::make_shared<QList<Series>>();
            auto remaining = std::make_shared<qsizetype>(uids.size());
            auto failed = std::make_shared<bool>(false);
            if (uids.isEmpty()) {
                done(ResultSet{RecordSchemas::series(), {}});
                return;
            }
            for (const QString &uid : uids) {
                SeriesQuery query;
                query.seriesInstanceUid = uid;
                client->series(query, context, [=](const ApiResult<QList<Series>> &rows) {
                    if (*failed)
                        return;
                    if (!rows.ok()) {
                        *failed = true;
                        done(rows.error());
                        return;
                    }
                    found->append(rows.value());
                    if (--*remaining == 0)
                        recordHandler<Series>(RecordSchemas::series(), done, version)(*found);
                });
            }
        });
}

void CommandRunner::fetchImage(const ParsedArguments &arguments, const ImageHandler &done) const {
    m_client->image(arguments.value(OptionId::Series), arguments.value(OptionId::Sop), m_context,
                    done);
}

} // namespace nbia::cli
