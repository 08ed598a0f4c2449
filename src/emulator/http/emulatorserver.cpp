#include "emulatorserver.h"

#include "contentnegotiation.h"
#include "responsewriter.h"
#include "zipstreamsource.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>

namespace nbia::emulator {

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView kServicePrefix("/nbia-api/services/");

// A short, deliberately broken JSON body (cut in the middle of a value).
QByteArray malformed(const QByteArray &body) {
    if (body.size() < 4)
        return "[{\"Collection\":";
    return body.left(body.size() / 2);
}
} // namespace

EmulatorServer::EmulatorServer(const EmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_archive(std::make_unique<SyntheticArchive>(options.archive))
    , m_quirks(options.quirks)
    , m_support(*m_archive, m_quirks)
    , m_v1(*m_archive, m_quirks)
    , m_v4(*m_archive, m_quirks) {
    for (const FaultRule &rule : options.faults)
        m_faults.add(rule);
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
}

EmulatorServer::~EmulatorServer() = default;

bool EmulatorServer::listen(const QHostAddress &address, quint16 port) {
    const int chosen = m_server.listen(address, port);
    if (chosen <= 0) {
        m_error = u"cannot listen on %1:%2"_s.arg(address.toString()).arg(port);
        return false;
    }
    m_address = address;
    m_port = quint16(chosen);
    return true;
}

QUrl EmulatorServer::serviceRoot() const {
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_address.isNull() || m_address == QHostAddress::Any ? u"127.0.0.1"_s
                                                                     : m_address.toString());
    url.setPort(m_port);
    url.setPath(QString(kServicePrefix));
    return url;
}

int EmulatorServer::requestCount(const QString &endpoint) const {
    return endpoint.isEmpty() ? m_totalRequests : m_requestCounts.value(endpoint);
}

void EmulatorServer::resetRequestCounts() {
    m_requestCounts.clear();
    m_totalRequests = 0;
    m_refusedParameters = 0;
}

namespace {
// "/nbia-api/services/<version>/<endpoint>" or "/nbia-api/<version>/<endpoint>".
std::pair<QString, QString> versionAndEndpoint(const QString &path) {
    constexpr QLatin1StringView kApiPrefix("/nbia-api/");
    QString rest;
    if (path.startsWith(kServicePrefix))
        rest = path.mid(kServicePrefix.size());
    else if (path.startsWith(kApiPrefix))
        rest = path.mid(kApiPrefix.size());
    const QStringList parts = rest.split(u'/');
    if (parts.size() != 2)
        return {};
    return {parts[0], parts[1]};
}

RequestParameters queryOf(const QHttpServerRequest &request) {
    return RequestParameters::fromEncodedQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
}
} // namespace

void EmulatorServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder) {
    const auto [version, endpoint] = versionAndEndpoint(request.url().path());
    ++m_totalRequests;
    ++m_requestCounts[endpoint];
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers())
        headers.append({name, value});
    Q_EMIT requestReceived(endpoint, request.url(), headers);
    CapturedRequest captured;
    captured.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                     int(request.method())))
                          .toUpper();
    captured.version = version;
    captured.endpoint = endpoint;
    captured.url = request.url();
    captured.headers = headers;
    captured.body = request.body();
    Q_EMIT requestCaptured(captured);

    const AppliedFault fault = m_faults.next(endpoint);
    EmulatorResponse response;
    if (version == "v1"_L1)
        response = answerV1(request, endpoint, fault);
    else if (version == "v4"_L1)
        response = answerV4(request, endpoint, fault);
    else
        response = m_support.unknownPath("HTTP 404 Not Found");
    if (response.refusedParameter)
        ++m_refusedParameters;
    if (m_quirks.gzip && !response.zip && !response.body.isEmpty() &&
        ContentNegotiation::acceptsGzip(request.value("Accept-Encoding"))) {
        response.body = ContentNegotiation::gzip(response.body);
        response.headers.append({QByteArray("Content-Encoding"), QByteArray("gzip")});
    }
    respond(std::move(responder), response, fault);
}

// What a web filter or a proxy's login sends in place of what was asked for.
EmulatorResponse EmulatorServer::webPage() {
    return EmulatorResponse::text(
        200,
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Access denied &amp; logged "
        "- Hospital web filter</title><style>body{font:1em sans-serif}</style></head>\n<body><h1>"
        "Access denied</h1><p>This site is blocked by the hospital's web "
        "filter.</p></body></html>\n",
        "text/html; charset=utf-8");
}

EmulatorResponse EmulatorServer::injected(const AppliedFault &fault) {
    if (fault.status >= 500)
        return EmulatorResponse::text(fault.status, "Server was not able to process your request",
                                      "text/plain");
    if (fault.status == 204)
        return EmulatorResponse::text(204, {}, {}); // no body allowed
    return EmulatorResponse::text(fault.status, "Injected fault", "text/plain");
}

EmulatorResponse EmulatorServer::answerV1(const QHttpServerRequest &request,
                                          const QString &endpoint, const AppliedFault &fault) {
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_support.unknownPath("HTTP 405 Method Not Allowed");
    if (!ContentNegotiation::accepts(request.value("Accept"),
                                     ContentNegotiation::producedTypes(endpoint)))
        return m_support.unknownPath("HTTP 406 Not Acceptable");
    if (fault.notPublic && (endpoint == "getImage"_L1 || endpoint == "getImageWithMD5Hash"_L1))
        return V1Endpoints::notInPublicDomain(
            queryOf(request).value(u"SeriesInstanceUID"_s).value_or(QString()));
    if (fault.status)
        return injected(fault);
    if (fault.webPage)
        return webPage();
    EmulatorResponse response = m_v1.handle(endpoint, queryOf(request));
    if (fault.malformedJson && response.contentType == "application/json" && response.status == 200)
        response.body = malformed(response.body);
    return response;
}

EmulatorResponse EmulatorServer::answerV4(const QHttpServerRequest &request,
                                          const QString &endpoint, const AppliedFault &fault) {
    if (!m_v4.knows(endpoint))
        return m_support.unknownPath("HTTP 404 Not Found");
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (post != m_v4.isPost(endpoint) ||
        (!post && request.method() != QHttpServerRequest::Method::Get))
        return m_support.unknownPath("HTTP 405 Method Not Allowed");
    if (!ContentNegotiation::accepts(request.value("Accept"),
                                     ContentNegotiation::producedTypes(endpoint)))
        return m_support.unknownPath("HTTP 406 Not Acceptable");
    const RequestParameters query = queryOf(request);
    if (fault.notPublic && (endpoint == "getImage"_L1 || endpoint == "getImageWithMD5Hash"_L1))
        return V4Endpoints::notGranted(query.value(u"SeriesInstanceUID"_s).value_or(QString()));
    if (fault.status)
        return injected(fault);
    if (fault.webPage)
        return webPage();
    const RequestParameters form =
        post ? RequestParameters::fromEncodedQuery(request.body()) : RequestParameters();
    EmulatorResponse response = m_v4.handle(endpoint, query, form);
    if (fault.malformedJson && response.contentType == "application/json" && response.status == 200)
        response.body = malformed(response.body);
    return response;
}

void EmulatorServer::respond(QHttpServerResponder &&responder, const EmulatorResponse &response,
                             const AppliedFault &fault) {
    std::unique_ptr<BodySource> body;
    if (response.zip) {
        const ArchiveSeries &series = m_archive->series()[response.zip->series];
        const ArchiveCollection &collection =
            m_archive->collectionOf(m_archive->patientOf(m_archive->studyOf(series)));
        body = std::make_unique<ZipStreamSource>(*m_archive, m_support.licenseText(collection),
                                                 *response.zip, fault);
    } else {
        body = std::make_unique<ByteArraySource>(response.body);
    }
    auto *writer = new ResponseWriter(std::move(responder), response, std::move(body),
                                      response.zip.has_value(), fault, this);
    connect(writer, &ResponseWriter::finished, writer, &QObject::deleteLater);
    writer->start();
}

} // namespace nbia::emulator
