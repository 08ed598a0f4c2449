#include "apicall.h"

#include "retrypolicy.h"

#include <QBuffer>
#include <QFileDevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace nbia {

using namespace Qt::StringLiterals;

ApiCall::ApiCall(QNetworkAccessManager *network, const QNetworkRequest &request,
                 const ClientSettings &settings, QIODevice *sink, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
    , m_settings(settings)
    , m_sink(sink) {
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::readyToRetry);
}

ApiCall::~ApiCall() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiCall::responseHeader(const QByteArray &name) const {
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiCall::setCompletenessCheck(CompletenessCheck check, qsizetype tailBytes) {
    m_completenessCheck = std::move(check);
    m_tailBytes = tailBytes;
}

void ApiCall::setPostForm(const QByteArray &form) {
    m_post = true;
    m_postForm = form;
    m_request.setHeader(QNetworkRequest::ContentTypeHeader,
                        QByteArrayLiteral("application/x-www-form-urlencoded"));
}

void ApiCall::finishUnsent(const ApiError &error) {
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void ApiCall::start() {
    if (m_state == State::Finished)
        return;
    if (m_cancelled) {
        finish(ApiError::cancelled());
        return;
    }
    if (!rewindSink()) {
        finish(m_error.isError() ? m_error : ApiError::io(u"cannot restart the download"_s));
        return;
    }
    ++m_attempts;
    m_error = {};
    m_state = State::Running;
    m_timedOut = false;
    m_httpStatus = 0;
    m_headers.clear();
    m_body.clear();
    m_handingOver = false;
    m_tail.clear();
    m_head.clear();
    m_bytesReceived = 0;

    m_readQueued = false; // a read queued for the last attempt's reply does nothing
    Q_EMIT attemptStarted();
    m_reply = m_post ? m_network->post(m_request, m_postForm) : m_network->get(m_request);
    m_reply->setReadBufferSize(readBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_timeoutTimer.start(m_settings.timeout);
        Q_EMIT progress(received, total);
    });
    m_timeoutTimer.start(m_settings.timeout);
}

void ApiCall::setChunkConsumer(qsizetype threshold, ChunkConsumer consumer) {
    m_handOverAt = threshold;
    m_consumer = std::move(consumer);
}

void ApiCall::cancel() {
    if (m_state == State::Finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_state == State::Running && m_reply) {
        m_reply->abort(); // onReplyFinished reports the cancellation
        return;
    }
    m_retryTimer.stop();
    finish(ApiError::cancelled());
}

void ApiCall::onReadyRead() {
    m_timeoutTimer.start(m_settings.timeout);
    readSlice();
    readRestLater();
}

// What is left after a slice is read on the next pass of the event loop, unless more data
// comes first (readyRead) or the reply ends (onReplyFinished reads it).
void ApiCall::readRestLater() {
    if (m_readQueued || !m_reply || m_reply->bytesAvailable() <= 0 || m_error.isError())
        return;
    m_readQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this, reply = m_reply.data()] {
            m_readQueued = false;
            if (m_reply == reply && m_state == State::Running && !reply->isFinished())
                onReadyRead();
        },
        Qt::QueuedConnection);
}

// At most a slice: copying megabytes out of the reply's buffer at once stalled the GUI
// thread for 20 ms and more (the copy's fresh pages fault in one by one).
void ApiCall::readSlice() {
    if (m_httpStatus == 0) {
        m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reserveBody();
    }
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0)
        return;
    // read(n) of exactly the bytes of the buffer's first block hands over that block (the
    // usual case when read at each readyRead); readAll() always copies.
    const QByteArray chunk = m_reply->read(std::min(available, m_readSlice));
    m_bytesReceived += chunk.size();
    if (m_headCheck && m_head.size() < m_headBytes)
        m_head += chunk.left(m_headBytes - m_head.size());
    // Error bodies are short text: keep them in memory even when streaming to a sink.
    if (m_consumer && m_httpStatus < 400 &&
        (m_handingOver || m_body.size() + chunk.size() > m_handOverAt)) {
        if (m_bytesReceived > m_settings.maxBodyBytes) {
            m_error = ApiError::parse(u"the response is larger than %1 MB"_s.arg(
                double(m_settings.maxBodyBytes) / 1e6, 0, 'f', 1));
            m_reply->abort();
            return;
        }
        if (!m_handingOver && !m_body.isEmpty())
            m_consumer(std::exchange(m_body, {}));
        m_handingOver = true;
        m_consumer(chunk);
        return;
    }
    if (!m_sink || m_httpStatus >= 400) {
        if (m_body.size() + chunk.size() > m_settings.maxBodyBytes) {
            m_error = ApiError::parse(u"the response is larger than %1 MB"_s.arg(
                double(m_settings.maxBodyBytes) / 1e6, 0, 'f', 1));
            m_reply->abort();
            return;
        }
        m_body += chunk;
        if (m_httpStatus < 400)
            Q_EMIT bodyReceived();
        return;
    }
    if (m_sinkLimit >= 0 && m_bytesReceived > m_sinkLimit) {
        m_error = ApiError::refused(m_sinkLimitReason);
        m_reply->abort();
        return;
    }
    if (m_completenessCheck) {
        m_tail += chunk;
        if (m_tail.size() > m_tailBytes)
            m_tail.remove(0, m_tail.size() - m_tailBytes);
    }
    if (m_sink->write(chunk) != chunk.size()) {
        m_error = ApiError::io(m_sink->errorString());
        m_reply->abort();
    }
}

// Growing a body of tens of megabytes chunk by chunk copies it again and again, each time on the
// GUI thread: the announced length, when sane, is taken at once.
void ApiCall::reserveBody() {
    if (m_sink && m_httpStatus < 400)
        return;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (m_consumer && m_httpStatus < 400 && length > m_handOverAt)
        return; // handed over as it comes
    if (length > 0 && length <= m_settings.maxBodyBytes)
        m_body.reserve(qsizetype(length));
}

ApiError ApiCall::errorFromReply() const {
    if (m_cancelled)
        return ApiError::cancelled();
    if (m_timedOut)
        return ApiError::timeout(
            u"no data for %1 s"_s.arg(double(m_settings.timeout.count()) / 1000.0));
    if (m_error.isError())
        return m_error; // a sink write failure
    if (m_httpStatus >= 400)
        return ApiError::http(m_httpStatus, m_body);
    if (m_reply->error() != QNetworkReply::NoError)
        return m_bytesReceived > 0 ? ApiError::brokenOff(m_reply->errorString())
                                   : ApiError::network(m_reply->errorString());
    if (m_httpStatus != 0 && (m_httpStatus < 200 || m_httpStatus >= 300))
        return ApiError::http(m_httpStatus, m_body);
    if (m_headCheck) {
        const QString wrong = m_headCheck(m_head);
        if (!wrong.isEmpty())
            return ApiError::refused(wrong);
    }
    if (m_completenessCheck) {
        const QString missing = m_completenessCheck(m_sink ? m_tail : m_body.right(m_tailBytes));
        if (!missing.isEmpty())
            return ApiError::brokenOff(u"the download ended early: %1"_s.arg(missing));
    }
    return {};
}

void ApiCall::onReplyFinished() {
    m_timeoutTimer.stop();
    // The rest of the body, a slice per pass of the event loop, then the end.
    if (m_reply->bytesAvailable() > 0 && !m_error.isError() && !m_cancelled) {
        readSlice();
        if (m_reply->bytesAvailable() > 0 && !m_error.isError() && !m_cancelled) {
            QMetaObject::invokeMethod(this, &ApiCall::onReplyFinished, Qt::QueuedConnection);
            return;
        }
    }
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = m_reply->rawHeaderPairs();
    const ApiError error = errorFromReply();
    const QByteArray retryAfter = m_reply->rawHeader("Retry-After");
    m_reply->deleteLater();
    m_reply = nullptr;
    Q_EMIT attemptEnded();

    if (!error.isError()) {
        finish({});
        return;
    }
    // A sink that cannot be rewound (a pipe that already got bytes) rules out another attempt.
    const RetryPolicy policy(m_settings);
    const auto delay = policy.delayBeforeRetry(m_attempts, error, retryAfter);
    if (!delay || (m_sink && m_bytesReceived > 0 && m_sink->isSequential())) {
        finish(error);
        return;
    }
    m_state = State::WaitingToRetry;
    Q_EMIT retrying(m_attempts, error, int(delay->count()));
    m_retryTimer.start(*delay);
}

void ApiCall::onTimeout() {
    if (m_state != State::Running || !m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

bool ApiCall::rewindSink() {
    if (!m_sink || m_attempts == 0)
        return true;
    if (auto *file = qobject_cast<QFileDevice *>(m_sink.data()))
        return file->resize(0) && file->seek(0);
    if (auto *buffer = qobject_cast<QBuffer *>(m_sink.data())) {
        buffer->buffer().clear();
        return buffer->seek(0);
    }
    return !m_sink->isSequential() ? m_sink->seek(0) : m_bytesReceived == 0;
}

void ApiCall::finish(const ApiError &error) {
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_error = error;
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    Q_EMIT finished();
    deleteLater();
}

} // namespace nbia
