#pragma once

#include "apierror.h"
#include "clientsettings.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace nbia {

// One request to the archive, through all its attempts: timeout without progress, retries with
// backoff for transient failures, cancellation. The body is kept in memory, or streamed into a
// sink device when one is given (ZIP downloads). Emits finished() exactly once, then deletes
// itself on the next event loop pass.
class ApiCall final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    enum class State { Queued, Running, WaitingToRetry, Finished };
    Q_ENUM(State)

    ApiCall(QNetworkAccessManager *network, const QNetworkRequest &request,
            const ClientSettings &settings, QIODevice *sink, QObject *parent = nullptr);
    ~ApiCall() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }
    [[nodiscard]] int attempts() const { return m_attempts; }
    [[nodiscard]] QUrl url() const { return m_request.url(); }
    [[nodiscard]] QByteArray responseHeader(const QByteArray &name) const;

    // A check of the last `tailBytes` bytes of a successful body; a non-empty answer describes
    // what is missing, and the attempt counts as a dropped connection (retried).
    using CompletenessCheck = std::function<QString(const QByteArray &tail)>;
    void setCompletenessCheck(CompletenessCheck check, qsizetype tailBytes);
    // Whether a successful body is what was asked for at all, from its first `headBytes`: a
    // non-empty answer (why not) fails the call, without a retry.
    using HeadCheck = std::function<QString(const QByteArray &head)>;
    void setHeadCheck(HeadCheck check, qsizetype headBytes) {
        m_headCheck = std::move(check);
        m_headBytes = headBytes;
    }

    // A successful body that grows past `threshold` bytes (or announces as much) is handed to
    // `consumer` chunk by chunk, what came before first, instead of being kept: body() then
    // stays empty. Error bodies are kept as usual. Copying tens of megabytes into one buffer
    // takes the GUI thread a while (its fresh pages fault in one by one); a consumer can do
    // that on a worker.
    using ChunkConsumer = std::function<void(const QByteArray &chunk)>;
    void setChunkConsumer(qsizetype threshold, ChunkConsumer consumer);
    // Whether this attempt's body went to the consumer.
    [[nodiscard]] bool bodyHandedOver() const { return m_handingOver; }

    // What the network thread holds for a reply before it waits for us to read: each read
    // then takes a bounded time on the GUI thread, and a download's memory stays bounded.
    static constexpr qint64 readBufferBytes = qint64(2) * 1024 * 1024;
    // What one pass of the event loop reads of it, at most.
    static constexpr qint64 defaultReadSliceBytes = qint64(512) * 1024;
    void setReadSlice(qint64 bytes) { m_readSlice = std::max<qint64>(bytes, 1); }

    // Stops the call once more than `bytes` came for its sink (a stream that would fill the
    // disk), with `reason` as its error (refused: not retried). Below 0: no limit.
    void setSinkLimit(qint64 bytes, const QString &reason) {
        m_sinkLimit = bytes;
        m_sinkLimitReason = reason;
    }

    // Sends every attempt as a POST of this form body (application/x-www-form-urlencoded).
    void setPostForm(const QByteArray &form);
    [[nodiscard]] bool isPost() const { return m_post; }
    [[nodiscard]] const QByteArray &postForm() const { return m_postForm; }

    // Finishes with `error` on the next event loop pass, without sending anything (a request the
    // server's API version cannot take).
    void finishUnsent(const ApiError &error);

    // Starts the next attempt. Called by the client when a connection slot is free.
    void start();
    // Stops the call; finished() follows with a Cancelled error (unless already finished).
    void cancel();

Q_SIGNALS:
    void attemptStarted(); // the body starts again from nothing
    void bodyReceived();   // body() of a successful response grew
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void retrying(int attempt, const nbia::ApiError &reason, int delayMs);
    void attemptEnded(); // the connection slot is free again
    void readyToRetry(); // wants a connection slot for the next attempt
    void finished();

private:
    void onReadyRead();
    void readSlice();
    void readRestLater();
    void onReplyFinished();
    void onTimeout();
    void finish(const ApiError &error);
    bool rewindSink();
    void reserveBody();
    ApiError errorFromReply() const;

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    ClientSettings m_settings;
    QPointer<QIODevice> m_sink;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    State m_state = State::Queued;
    bool m_readQueued = false;
    qint64 m_readSlice = defaultReadSliceBytes;
    qint64 m_sinkLimit = -1;
    QString m_sinkLimitReason;
    ApiError m_error;
    QByteArray m_body;
    QByteArray m_postForm;
    bool m_post = false;
    QByteArray m_tail; // the last bytes streamed into the sink, for the completeness check
    CompletenessCheck m_completenessCheck;
    HeadCheck m_headCheck;
    qsizetype m_headBytes = 0;
    QByteArray m_head; // the body's first bytes, for the head check
    ChunkConsumer m_consumer;
    qsizetype m_handOverAt = 0;
    bool m_handingOver = false;
    qsizetype m_tailBytes = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    int m_httpStatus = 0;
    int m_attempts = 0;
    qint64 m_bytesReceived = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
};

} // namespace nbia
