#include "nbiaclient.h"

#include "recordparser.h"
#include "webpagebody.h"
#include "ziptail.h"

#include <QNetworkAccessManager>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
std::function<ApiResult<QStringList>(const QByteArray &)> valueParser(QLatin1StringView key) {
    return [key](const QByteArray &body) {
        return RecordParser::values(body, key);
    };
}

void addIfSet(QueryParameters &parameters, const QString &name, const QString &value) {
    if (!value.isNull())
        parameters.append({name, value});
}

// Encoded by hand: QUrlQuery leaves '+' alone, which servers read as a space.
QByteArray encoded(const QueryParameters &parameters) {
    QByteArray query;
    for (const auto &[name, value] : parameters) {
        if (value.isNull())
            continue;
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return query;
}

// The key a *ValuesAndCounts endpoint names its values with.
QLatin1StringView countsKey(Endpoint endpoint) {
    switch (endpoint) {
    case Endpoint::ModalityValuesAndCounts:
        return "Modality"_L1;
    case Endpoint::BodyPartValuesAndCounts:
        return "BodyPart"_L1;
    case Endpoint::ManufacturerValuesAndCounts:
        return "Manufacturer"_L1;
    default:
        return "Collection"_L1;
    }
}

// A series' metadata must name its series: a body without that column is not one.
ApiResult<QList<SeriesMetadata>> parseSeriesMetadata(const QByteArray &body) {
    ApiResult<QList<SeriesMetadata>> rows = RecordParser::tableRecords<SeriesMetadata>(body);
    if (!rows.ok())
        return rows;
    for (const SeriesMetadata &row : rows.value()) {
        if (row.seriesInstanceUid.isEmpty()) {
            QStringList keys;
            for (const auto &[key, value] : row.extra)
                keys << key;
            return ApiError::parse(
                u"a row of series metadata names no series (its columns: %1)"_s.arg(
                    keys.join(u", "_s)));
        }
    }
    return rows;
}
} // namespace

NbiaClient::NbiaClient(QNetworkAccessManager *network, ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
    , m_dialect(m_settings.apiVersion) {}

NbiaClient::~NbiaClient() = default;

void NbiaClient::setSettings(const ClientSettings &settings) {
    if (settings.serviceRoot != m_settings.serviceRoot ||
        settings.apiVersion != m_settings.apiVersion)
        m_refused.clear();
    m_settings = settings;
    m_dialect = ApiDialect(m_settings.apiVersion);
    startQueued();
}

bool NbiaClient::refused(const QString &endpointName, const QString &parameter) const {
    return m_refused.contains(endpointName + u':' + parameter);
}

QNetworkRequest NbiaClient::networkRequest(const WireRequest &wire) const {
    ClientSettings versioned = m_settings;
    versioned.apiVersion = wire.versionSegment;
    QUrl url = versioned.endpointUrl(wire.name);
    if (wire.method == HttpMethod::Get) {
        const QByteArray query = encoded(wire.parameters);
        if (!query.isEmpty())
            url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_settings.userAgent);
    request.setRawHeader("Accept", "*/*");
    if (!m_settings.authorization.isEmpty())
        request.setRawHeader("Authorization", m_settings.authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

ApiCall *NbiaClient::send(Endpoint endpoint, const QueryParameters &parameters, QIODevice *sink) {
    return send(m_dialect.request(endpoint, parameters), sink);
}

ApiCall *NbiaClient::send(const WireRequest &wire, QIODevice *sink) {
    auto *call = new ApiCall(m_network, networkRequest(wire), m_settings, sink, this);
    if (wire.method == HttpMethod::Post)
        call->setPostForm(encoded(wire.parameters));
    enqueue(call, wire.name);
    return call;
}

void NbiaClient::enqueue(ApiCall *call, const QString &endpointName) {
    connect(call, &ApiCall::attemptEnded, this, [this] {
        --m_running;
        startQueued();
    });
    connect(call, &ApiCall::readyToRetry, this, [this, call] {
        m_queue.prepend(call); // a retry goes before calls that have not started yet
        startQueued();
    });
    connect(call, &ApiCall::finished, this, [this, call, endpointName] {
        if (const QString parameter = call->error().refusedParameter(); !parameter.isEmpty())
            m_refused.insert(endpointName + u':' + parameter);
    });
    m_queue.append(call);
    startQueued();
}

void NbiaClient::startQueued() {
    while (m_running < std::max(1, m_settings.maxConcurrentRequests) && !m_queue.isEmpty()) {
        const QPointer<ApiCall> call = m_queue.takeFirst();
        if (!call || call->state() == ApiCall::State::Finished)
            continue;
        ++m_running;
        Q_EMIT callStarted(call);
        call->start();
        // A call cancelled meanwhile finishes inside start() without opening a connection.
        if (call && call->state() != ApiCall::State::Running)
            --m_running;
    }
}

ApiCall *NbiaClient::collections(QObject *context, Handler<QStringList> done) {
    return request<QStringList>(Endpoint::CollectionValues, {}, context, std::move(done),
                                valueParser("Collection"_L1));
}

ApiCall *NbiaClient::modalities(const ValueQuery &query, QObject *context,
                                Handler<QStringList> done) {
    QueryParameters parameters;
    addIfSet(parameters, u"Collection"_s, query.collection);
    addIfSet(parameters, u"BodyPartExamined"_s, query.bodyPartExamined);
    return request<QStringList>(Endpoint::ModalityValues, parameters, context, std::move(done),
                                valueParser("Modality"_L1));
}

ApiCall *NbiaClient::bodyParts(const ValueQuery &query, QObject *context,
                               Handler<QStringList> done) {
    QueryParameters parameters;
    addIfSet(parameters, u"Collection"_s, query.collection);
    addIfSet(parameters, u"Modality"_s, query.modality);
    return request<QStringList>(Endpoint::BodyPartValues, parameters, context, std::move(done),
                                valueParser("BodyPartExamined"_L1));
}

ApiCall *NbiaClient::manufacturers(const ValueQuery &query, QObject *context,
                                   Handler<QStringList> done) {
    QueryParameters parameters;
    addIfSet(parameters, u"Collection"_s, query.collection);
    addIfSet(parameters, u"Modality"_s, query.modality);
    addIfSet(parameters, u"BodyPartExamined"_s, query.bodyPartExamined);
    return request<QStringList>(Endpoint::ManufacturerValues, parameters, context, std::move(done),
                                valueParser("Manufacturer"_L1));
}

ApiCall *NbiaClient::patients(const PatientQuery &query, QObject *context,
                              Handler<QList<Patient>> done) {
    QueryParameters parameters;
    addIfSet(parameters, u"Collection"_s, query.collection);
    addIfSet(parameters, u"PatientId"_s, query.patientId);
    return requestRecords<Patient>(Endpoint::Patient, parameters, context, std::move(done));
}

ApiCall *NbiaClient::patientsByModality(const QString &collection, const QString &modality,
                                        QObject *context, Handler<QList<Patient>> done) {
    const QueryParameters parameters{{u"Collection"_s, collection}, {u"Modality"_s, modality}};
    return requestRecords<Patient>(Endpoint::PatientByCollectionAndModality, parameters, context,
                                   std::move(done));
}

ApiCall *NbiaClient::newPatients(const QString &collection, QDate releasedAfter, QObject *context,
                                 Handler<QList<Patient>> done) {
    return requestRecords<Patient>(
        m_dialect.newEntities(Endpoint::NewPatientsInCollection, collection, releasedAfter),
        context, std::move(done));
}

ApiCall *NbiaClient::studies(const StudyQuery &query, QObject *context,
                             Handler<QList<Study>> done) {
    QueryParameters parameters;
    addIfSet(parameters, u"Collection"_s, query.collection);
    addIfSet(parameters, u"PatientID"_s, query.patientId);
    addIfSet(parameters, u"StudyInstanceUID"_s, query.studyInstanceUid);
    return requestRecords<Study>(Endpoint::PatientStudy, parameters, context, std::move(done));
}

ApiCall *NbiaClient::newStudies(const QString &collection, QDate releasedAfter,
                                const QString &patientId, QObject *context,
                                Handler<QList<Study>> done) {
    return requestRecords<Study>(m_dialect.newEntities(Endpoint::NewStudiesInPatientCollection,
                                                       collection, releasedAfter, patientId),
                                 context, std::move(done));
}

ApiCall *NbiaClient::series(const SeriesQuery &query, QObject *context,
                            Handler<QList<Series>> done) {
    QueryParameters parameters;
    addIfSet(parameters, u"Collection"_s, query.collection);
    addIfSet(parameters, u"PatientID"_s, query.patientId);
    addIfSet(parameters, u"StudyInstanceUID"_s, query.studyInstanceUid);
    addIfSet(parameters, u"Modality"_s, query.modality);
    addIfSet(parameters, u"BodyPartExamined"_s, query.bodyPartExamined);
    addIfSet(parameters, u"ManufacturerModelName"_s, query.manufacturerModelName);
    addIfSet(parameters, u"Manufacturer"_s, query.manufacturer);
    addIfSet(parameters, u"SeriesInstanceUID"_s, query.seriesInstanceUid);
    return requestRecords<Series>(Endpoint::Series, parameters, context, std::move(done));
}

ApiCall *NbiaClient::updatedSeries(QDate releasedAfter, QObject *context,
                                   Handler<QList<Series>> done) {
    return requestRecords<Series>(m_dialect.updatedSeries(releasedAfter), context, std::move(done));
}

ApiCall *NbiaClient::seriesSize(const QString &seriesUid, QObject *context,
                                Handler<SeriesSize> done) {
    const QueryParameters parameters{{u"SeriesInstanceUID"_s, seriesUid}};
    return request<SeriesSize>(
        Endpoint::SeriesSize, parameters, context, std::move(done),
        [](const QByteArray &body) -> ApiResult<SeriesSize> {
            // An unknown series is an empty body or [{}]: both give an unknown size.
            ApiResult<QList<SeriesSize>> rows = RecordParser::records<SeriesSize>(body);
            if (!rows.ok())
                return rows.error();
            return rows.value().isEmpty() ? SeriesSize{} : rows.value().first();
        });
}

ApiCall *NbiaClient::sopInstanceUids(const QString &seriesUid, QObject *context,
                                     Handler<QStringList> done) {
    const QueryParameters parameters{{u"SeriesInstanceUID"_s, seriesUid}};
    return request<QStringList>(Endpoint::SopInstanceUids, parameters, context, std::move(done),
                                [](const QByteArray &body) -> ApiResult<QStringList> {
                                    ApiResult<QStringList> values =
                                        RecordParser::values(body, "SOPInstanceUID"_L1);
                                    if (values.ok())
                                        values.value().removeAll(QString());
                                    return values;
                                });
}

ApiCall *NbiaClient::seriesMetadata(const QString &seriesUid, QObject *context,
                                    Handler<QList<SeriesMetadata>> done) {
    return seriesMetadata(QStringList{seriesUid}, context, std::move(done));
}

ApiCall *NbiaClient::seriesMetadata(const QStringList &seriesUids, QObject *context,
                                    Handler<QList<SeriesMetadata>> done) {
    Q_ASSERT(seriesUids.size() <= m_dialect.seriesMetadataBatchSize());
    return request<QList<SeriesMetadata>>(m_dialect.seriesMetadata(seriesUids), context,
                                          std::move(done), parseSeriesMetadata);
}

ApiCall *NbiaClient::sharedList(const QString &name, QObject *context,
                                Handler<QList<Series>> done) {
    const QueryParameters parameters{{u"name"_s, name}};
    return requestRecords<Series>(Endpoint::ContentsByName, parameters, context, std::move(done));
}

ApiCall *NbiaClient::image(const QString &seriesUid, const QString &sopInstanceUid,
                           QObject *context, Handler<QByteArray> done) {
    const QueryParameters parameters{{u"SeriesInstanceUID"_s, seriesUid},
                                     {u"SOPInstanceUID"_s, sopInstanceUid}};
    ApiCall *call = send(Endpoint::SingleImage, parameters);
    connect(call, &ApiCall::finished, context, [call, done] {
        if (call->error().isError())
            done(call->error());
        else if (call->body().isEmpty())
            done(ApiError::parse(u"the server sent an empty file"_s));
        else
            done(call->body());
    });
    return call;
}

ApiCall *NbiaClient::seriesArchive(const QString &seriesUid, const SeriesArchiveOptions &options,
                                   QIODevice *sink, QObject *context, Handler<qint64> done) {
    ApiCall *call = send(seriesArchiveRequest(seriesUid, options), sink);
    call->setCompletenessCheck(
        [](const QByteArray &tail) {
            return ZipTail::endsWithCentralDirectory(tail) ? QString()
                                                           : u"the ZIP has no central directory"_s;
        },
        ZipTail::maxLength);
    call->setHeadCheck(
        [](const QByteArray &head) {
            return WebPageBody::reason(head, u"the images"_s).value_or(QString());
        },
        WebPageBody::headBytes);
    connect(call, &ApiCall::finished, context, [call, done] {
        if (call->error().isError())
            done(call->error());
        else
            done(call->bytesReceived());
    });
    return call;
}

WireRequest NbiaClient::seriesArchiveRequest(const QString &seriesUid,
                                             const SeriesArchiveOptions &options) const {
    return m_dialect.seriesArchive(seriesUid, options,
                                   refused(endpointPath(Endpoint::Image), u"IncludeMD5"_s));
}

ApiCall *NbiaClient::valueCounts(Endpoint countsEndpoint, const ValueQuery &query, QObject *context,
                                 Handler<QList<ValueCount>> done) {
    if (!m_dialect.offers(countsEndpoint))
        return unsupported<QList<ValueCount>>(countsEndpoint, context, std::move(done));
    QueryParameters parameters;
    if (countsEndpoint != Endpoint::CollectionValuesAndCounts)
        addIfSet(parameters, u"Collection"_s, query.collection);
    if (countsEndpoint == Endpoint::BodyPartValuesAndCounts ||
        countsEndpoint == Endpoint::ManufacturerValuesAndCounts)
        addIfSet(parameters, u"Modality"_s, query.modality);
    if (countsEndpoint == Endpoint::ModalityValuesAndCounts ||
        countsEndpoint == Endpoint::ManufacturerValuesAndCounts)
        addIfSet(parameters, u"BodyPartExamined"_s, query.bodyPartExamined);
    const QLatin1StringView key = countsKey(countsEndpoint);
    return request<QList<ValueCount>>(
        countsEndpoint, parameters, context, std::move(done),
        [key](const QByteArray &body) { return RecordParser::valueCounts(body, key); });
}

ApiCall *NbiaClient::collectionDescriptions(const QString &collection, QObject *context,
                                            Handler<QList<CollectionDescription>> done) {
    if (!m_dialect.offers(Endpoint::CollectionDescriptions))
        return unsupported<QList<CollectionDescription>>(Endpoint::CollectionDescriptions, context,
                                                         std::move(done));
    QueryParameters parameters;
    addIfSet(parameters, u"collectionName"_s, collection);
    return request<QList<CollectionDescription>>(
        Endpoint::CollectionDescriptions, parameters, context, std::move(done),
        [](const QByteArray &body) { return RecordParser::records<CollectionDescription>(body); });
}

ApiCall *NbiaClient::dicomTags(const QString &seriesUid, QObject *context,
                               Handler<QList<DicomTag>> done) {
    if (!m_dialect.offers(Endpoint::DicomTags))
        return unsupported<QList<DicomTag>>(Endpoint::DicomTags, context, std::move(done));
    return request<QList<DicomTag>>(
        Endpoint::DicomTags, {{u"SeriesUID"_s, seriesUid}}, context, std::move(done),
        [](const QByteArray &body) { return RecordParser::records<DicomTag>(body); });
}

} // namespace nbia
