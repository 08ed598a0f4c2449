#pragma once

#include "apicall.h"
#include "apidialect.h"
#include "apiresult.h"
#include "clientsettings.h"
#include "collectiondescription.h"
#include "dicomtag.h"
#include "endpoint.h"
#include "offthreadrecordstream.h"
#include "patient.h"
#include "queries.h"
#include "series.h"
#include "seriesmetadata.h"
#include "seriessize.h"
#include "study.h"
#include "valuecount.h"
#include "wirerequest.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <work/workerpool.h>

class QIODevice;
class QNetworkAccessManager;

namespace nbia {

// The NBIA search API, in the dialect of the settings' version (v1 or v4, see ApiDialect): one
// method per endpoint, the same records whatever the version. Every method returns at once; the
// handler
// runs later on the context object's thread, exactly once, unless the context is destroyed
// first. The returned call can be cancelled (the handler then gets a Cancelled error).
class NbiaClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NbiaClient)

public:
    template<class T>
    using Handler = std::function<void(const ApiResult<T> &)>;

    NbiaClient(QNetworkAccessManager *network, ClientSettings settings = {},
               QObject *parent = nullptr);
    ~NbiaClient() override;

    [[nodiscard]] const ClientSettings &settings() const { return m_settings; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    void setSettings(const ClientSettings &settings);
    [[nodiscard]] const ApiDialect &dialect() const { return m_dialect; }
    [[nodiscard]] ApiVersion apiVersion() const { return m_dialect.version(); }

    ApiCall *collections(QObject *context, Handler<QStringList> done);
    ApiCall *modalities(const ValueQuery &query, QObject *context, Handler<QStringList> done);
    ApiCall *bodyParts(const ValueQuery &query, QObject *context, Handler<QStringList> done);
    ApiCall *manufacturers(const ValueQuery &query, QObject *context, Handler<QStringList> done);
    ApiCall *patients(const PatientQuery &query, QObject *context, Handler<QList<Patient>> done);
    ApiCall *patientsByModality(const QString &collection, const QString &modality,
                                QObject *context, Handler<QList<Patient>> done);
    ApiCall *newPatients(const QString &collection, QDate releasedAfter, QObject *context,
                         Handler<QList<Patient>> done);
    ApiCall *studies(const StudyQuery &query, QObject *context, Handler<QList<Study>> done);
    ApiCall *newStudies(const QString &collection, QDate releasedAfter, const QString &patientId,
                        QObject *context, Handler<QList<Study>> done);
    ApiCall *series(const SeriesQuery &query, QObject *context, Handler<QList<Series>> done);
    // An invalid date sends no filter: every series.
    ApiCall *updatedSeries(QDate releasedAfter, QObject *context, Handler<QList<Series>> done);
    ApiCall *seriesSize(const QString &seriesUid, QObject *context, Handler<SeriesSize> done);
    ApiCall *sopInstanceUids(const QString &seriesUid, QObject *context, Handler<QStringList> done);
    // Empty when the archive does not know the series (v1 answers 204, v4 an empty body).
    ApiCall *seriesMetadata(const QString &seriesUid, QObject *context,
                            Handler<QList<SeriesMetadata>> done);
    // Many series in one request (v4's POST); at most dialect().seriesMetadataBatchSize() UIDs.
    // Series the archive does not know are left out, in any order.
    ApiCall *seriesMetadata(const QStringList &seriesUids, QObject *context,
                            Handler<QList<SeriesMetadata>> done);
    ApiCall *sharedList(const QString &name, QObject *context, Handler<QList<Series>> done);
    // One DICOM file (getSingleImage).
    ApiCall *image(const QString &seriesUid, const QString &sopInstanceUid, QObject *context,
                   Handler<QByteArray> done);
    // The series' ZIP (getImage or getImageWithMD5Hash), streamed into `sink` as it arrives.
    // The handler gets the number of bytes written.
    ApiCall *seriesArchive(const QString &seriesUid, const SeriesArchiveOptions &options,
                           QIODevice *sink, QObject *context, Handler<qint64> done);
    // The request seriesArchive sends for these options, with what this server refused so far.
    [[nodiscard]] WireRequest seriesArchiveRequest(const QString &seriesUid,
                                                   const SeriesArchiveOptions &options) const;

    // v4 only (an Unsupported error on v1, nothing sent). Patients per value, archive-wide or
    // within the query's filters (only those the endpoint takes are sent: collection and body
    // part for modalities, collection and modality for body parts, all three for
    // manufacturers, none for collections).
    ApiCall *valueCounts(Endpoint countsEndpoint, const ValueQuery &query, QObject *context,
                         Handler<QList<ValueCount>> done);
    // Every collection's description, or one collection's (null name: all).
    ApiCall *collectionDescriptions(const QString &collection, QObject *context,
                                    Handler<QList<CollectionDescription>> done);
    // The elements of the series' first image.
    ApiCall *dicomTags(const QString &seriesUid, QObject *context, Handler<QList<DicomTag>> done);

    // The raw request behind every method: for tools that want the body as the server sent it.
    ApiCall *send(Endpoint endpoint, const QueryParameters &parameters, QIODevice *sink = nullptr);
    ApiCall *send(const WireRequest &request, QIODevice *sink = nullptr);
    // True once this server refused a parameter (e.g. "getImage", "IncludeMD5": a v4 release
    // older than the option): the client stops sending it and uses what the server has.
    [[nodiscard]] bool refused(const QString &endpointName, const QString &parameter) const;

    [[nodiscard]] int runningCount() const { return m_running; }
    [[nodiscard]] int queuedCount() const { return int(m_queue.size()); }

    // Bodies larger than this are parsed on a worker thread.
    static constexpr qsizetype asyncParseThreshold = qsizetype(512) * 1024;

Q_SIGNALS:
    void callStarted(nbia::ApiCall *call);

private:
    template<class T>
    ApiCall *request(Endpoint endpoint, const QueryParameters &parameters, QObject *context,
                     Handler<T> done, std::function<ApiResult<T>(const QByteArray &)> parse) {
        return request<T>(m_dialect.request(endpoint, parameters), context, std::move(done),
                          std::move(parse));
    }

    template<class T>
    ApiCall *request(const WireRequest &wire, QObject *context, Handler<T> done,
                     std::function<ApiResult<T>(const QByteArray &)> parse) {
        ApiCall *call = send(wire);
        connect(call, &ApiCall::finished, context, [call, context, done, parse] {
            if (call->error().isError()) {
                done(call->error());
                return;
            }
            QByteArray body = call->body();
            if (body.size() < asyncParseThreshold) {
                done(parse(body));
                return;
            }
            auto *watcher = new QFutureWatcher<ApiResult<T>>(context);
            connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
                done(watcher->result());
                watcher->deleteLater();
            });
            watcher->setFuture(QtConcurrent::run(workerPool(), parse, std::move(body)));
        });
        return call;
    }

    template<class Record>
    ApiCall *requestRecords(Endpoint endpoint, const QueryParameters &parameters, QObject *context,
                            Handler<QList<Record>> done) {
        return requestRecords<Record>(m_dialect.request(endpoint, parameters), context,
                                      std::move(done));
    }

    // A list of records; a large body is parsed while it arrives, on worker threads.
    template<class Record>
    ApiCall *requestRecords(const WireRequest &wire, QObject *context,
                            Handler<QList<Record>> done) {
        ApiCall *call = send(wire);
        auto stream = std::make_shared<OffThreadRecordStream<Record>>();
        connect(call, &ApiCall::attemptStarted, call, [stream] { stream->restart(); });
        call->setChunkConsumer(asyncParseThreshold,
                               [stream](const QByteArray &chunk) { stream->received(chunk); });
        connect(call, &ApiCall::finished, context, [call, context, done, stream] {
            if (call->error().isError()) {
                done(call->error());
                return;
            }
            if (!call->bodyHandedOver()) {
                done(RecordParser::records<Record>(call->body()));
                return;
            }
            stream->finish().then(context,
                                  [done](const ApiResult<QList<Record>> &result) { done(result); });
        });
        return call;
    }

    QNetworkRequest networkRequest(const WireRequest &request) const;
    // A call that sends nothing and fails: the endpoint is not in this server's API version.
    template<class T>
    ApiCall *unsupported(Endpoint endpoint, QObject *context, Handler<T> done) {
        auto *call = new ApiCall(m_network, QNetworkRequest(), m_settings, nullptr, this);
        connect(call, &ApiCall::finished, context, [call, done] { done(call->error()); });
        call->finishUnsent(ApiError::unsupported(endpointPath(endpoint)));
        return call;
    }
    void enqueue(ApiCall *call, const QString &endpointName);
    void startQueued();

    QNetworkAccessManager *m_network;
    ClientSettings m_settings;
    ApiDialect m_dialect;
    QSet<QString> m_refused; // "getImage:IncludeMD5"
    QList<QPointer<ApiCall>> m_queue;
    int m_running = 0;
};

} // namespace nbia
