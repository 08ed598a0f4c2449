#include <QElapsedTimer>
#include <cstdio>
#pragma once

#include "apicall.h"
#include "apiresult.h"
#include "clientsettings.h"
#include "endpoint.h"
#include "patient.h"
#include "queries.h"
#include "recordstream.h"
#include "series.h"
#include "seriesmetadata.h"
#include "seriessize.h"
#include "study.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

class QIODevice;
class QNetworkAccessManager;

namespace nbia {

// Ordered query parameters of one request; parameters with a null value are not sent.
using QueryParameters = QList<std::pair<QString, QString>>;

// The NBIA v1 search API: one method per endpoint. Every method returns at once; the handler
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
    // Empty when the archive does not know the series (it answers 204).
    ApiCall *seriesMetadata(const QString &seriesUid, QObject *context,
                            Handler<QList<SeriesMetadata>> done);
    ApiCall *sharedList(const QString &name, QObject *context, Handler<QList<Series>> done);
    // One DICOM file (getSingleImage).
    ApiCall *image(const QString &seriesUid, const QString &sopInstanceUid, QObject *context,
                   Handler<QByteArray> done);
    // The series' ZIP (getImage or getImageWithMD5Hash), streamed into `sink` as it arrives.
    // The handler gets the number of bytes written.
    ApiCall *seriesArchive(const QString &seriesUid, const SeriesArchiveOptions &options,
                           QIODevice *sink, QObject *context, Handler<qint64> done);

    // The raw request behind every method: for tools that want the body as the server sent it.
    ApiCall *send(Endpoint endpoint, const QueryParameters &parameters, QIODevice *sink = nullptr);

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
        ApiCall *call = send(endpoint, parameters);
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
            watcher->setFuture(QtConcurrent::run(parse, std::move(body)));
        });
        return call;
    }

    // A list of records; a large body is parsed while it arrives, on worker threads.
    template<class Record>
    ApiCall *requestRecords(Endpoint endpoint, const QueryParameters &parameters, QObject *context,
                            Handler<QList<Record>> done) {
        ApiCall *call = send(endpoint, parameters);
        auto stream = std::make_shared<RecordStream<Record>>();
        connect(call, &ApiCall::attemptStarted, call, [stream] { stream->restart(); });
        connect(call, &ApiCall::bodyReceived, call,
                [stream, call] { stream->received(call->body()); });
        connect(call, &ApiCall::finished, context, [call, context, done, stream] {
            if (call->error().isError()) {
                done(call->error());
                return;
            }
            const QByteArray &body = call->body();
            if (!stream->hasPieces() && body.size() < asyncParseThreshold) {
                done(RecordParser::records<Record>(body));
                return;
            }
            stream->finish(body).then(
                context, [done](const ApiResult<QList<Record>> &result) { done(result); });
        });
        return call;
    }

    QNetworkRequest networkRequest(Endpoint endpoint, const QueryParameters &parameters) const;
    void enqueue(ApiCall *call);
    void startQueued();

    QNetworkAccessManager *m_network;
    ClientSettings m_settings;
    QList<QPointer<ApiCall>> m_queue;
    int m_running = 0;
};

} // namespace nbia
