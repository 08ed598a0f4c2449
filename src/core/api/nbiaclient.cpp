#include "nbiaclient.h"

#include "archivedate.h"
#include "recordparser.h"
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
} // namespace

NbiaClient::NbiaClient(QNetworkAccessManager *network, ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings)) {}

NbiaClient::~NbiaClient() = default;

void NbiaClient::setSettings(const ClientSettings &settings) {
    m_settings = settings;
    startQueued();
}

QNetworkRequest NbiaClient::networkRequest(Endpoint endpoint,
                                           const QueryParameters &parameters) const {
    QUrl url = m_settings.endpointUrl(endpointPath(endpoint));
    // Encoded by hand: QUrlQuery leaves '+' alone, which servers read as a space.
    QByteArray query;
    for (const auto &[name, value] : parameters) {
        if (value.isNull())
            continue;
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);

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
    auto *call =
        new ApiCall(m_network, networkRequest(endpoint, parameters), m_settings, sink, this);
    enqueue(call);
    return call;
}

void NbiaClient::enqueue(ApiCall *call) {
    connect(call, &ApiCall::attemptEnded, this, [this] {
        --m_running;
        startQueued();
    });
    connect(call, &ApiCall::readyToRetry, this, [this, call] {
        m_queue.prepend(call); // a retry goes before calls that have not started yet
        startQueued();
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
    const QueryParameters parameters{{u"Collection"_s, collection},
                                     {u"Date"_s, ArchiveDate::formatForNewEntities(releasedAfter)}};
    return requestRecords<Patient>(Endpoint::NewPatientsInCollection, parameters, context,
                                   std::move(done));
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
    QueryParameters parameters{{u"Collection"_s, collection},
                               {u"Date"_s, ArchiveDate::formatForNewEntities(releasedAfter)}};
    addIfSet(parameters, u"PatientID"_s, patientId);
    return requestRecords<Study>(Endpoint::NewStudiesInPatientCollection, parameters, context,
                                 std::move(done));
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
    const QueryParameters parameters{
        {u"fromDate"_s, ArchiveDate::formatForUpdatedSeries(releasedAfter)}};
    return requestRecords<Series>(Endpoint::UpdatedSeries, parameters, context, std::move(done));
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
    const QueryParameters parameters{{u"SeriesInstanceUID"_s, seriesUid}};
    return requestRecords<SeriesMetadata>(Endpoint::SeriesMetaData, parameters, context,
                                          std::move(done));
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
    QueryParameters parameters{{u"SeriesInstanceUID"_s, seriesUid}};
    if (!options.withMd5Hashes && options.newFileNames)
        parameters.append({u"NewFileNames"_s, u"Yes"_s});
    const Endpoint endpoint = options.withMd5Hashes ? Endpoint::ImageWithMd5Hash : Endpoint::Image;
    ApiCall *call = send(endpoint, parameters, sink);
    call->setCompletenessCheck(
        [](const QByteArray &tail) {
            return ZipTail::endsWithCentralDirectory(tail) ? QString()
                                                           : u"the ZIP has no central directory"_s;
        },
        ZipTail::maxLength);
    connect(call, &ApiCall::finished, context, [call, done] {
        if (call->error().isError())
            done(call->error());
        else
            done(call->bytesReceived());
    });
    return call;
}

} // namespace nbia
