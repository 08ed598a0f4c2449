#include "emulatorserver.h"

#include "contentnegotiation.h"
#include "responsewriter.h"
#include "zipstreamsource.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

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
    , m_handlers(*m_archive, m_quirks) {
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
}

void EmulatorServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder) {
    const QString path = request.url().path();
    QString endpoint;
    bool knownVersion = false;
    if (path.startsWith(kServicePrefix)) {
        const QStringList rest = path.mid(kServicePrefix.size()).split(u'/');
        if (rest.size() == 2) {
            knownVersion = rest[0] == "v1"_L1;
            endpoint = rest[1];
        }
    }
    ++m_totalRequests;
    ++m_requestCounts[endpoint];
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers())
        headers.append({name, value});
    Q_EMIT requestReceived(endpoint, request.url(), headers);

    const AppliedFault fault = m_faults.next(endpoint);
    EmulatorResponse response;
    if (!knownVersion) {
        response = m_handlers.unknownPath("HTTP 404 Not Found");
    } else if (request.method() != QHttpServerRequest::Method::Get) {
        response = m_handlers.unknownPath("HTTP 405 Method Not Allowed");
    } else if (!ContentNegotiation::accepts(request.value("Accept"),
                                            ContentNegotiation::producedTypes(endpoint))) {
        response = m_handlers.unknownPath("HTTP 406 Not Acceptable");
    } else if (fault.notPublic &&
               (endpoint == "getImage"_L1 || endpoint == "getImageWithMD5Hash"_L1)) {
        const RequestParameters parameters =
            RequestParameters::fromEncodedQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
        response = EndpointHandlers::notInPublicDomain(
            parameters.value(u"SeriesInstanceUID"_s).value_or(QString()));
    } else if (fault.status) {
        response = fault.status >= 500
                       ? EmulatorResponse::text(fault.status,
                                                "Server was not able to process your request",
                                                "text/plain")
                   : fault.status == 204
                       ? EmulatorResponse::text(204, {}, {}) // no body allowed
                       : EmulatorResponse::text(fault.status, "Injected fault", "text/plain");
    } else {
        response = m_handlers.handle(
            endpoint,
            RequestParameters::fromEncodedQuery(request.url().query(QUrl::FullyEncoded).toUtf8()));
        if (fault.malformedJson && response.contentType == "application/json" &&
            response.status == 200)
            response.body = malformed(response.body);
    }
    if (m_quirks.gzip && !response.zip && !response.body.isEmpty() &&
        ContentNegotiation::acceptsGzip(request.value("Accept-Encoding"))) {
        response.body = ContentNegotiation::gzip(response.body);
        response.headers.append({QByteArray("Content-Encoding"), QByteArray("gzip")});
    }
    respond(std::move(responder), response, fault);
}

void EmulatorServer::respond(QHttpServerResponder &&responder, const EmulatorResponse &response,
                             const AppliedFault &fault) {
    std::unique_ptr<BodySource> body;
    if (response.zip) {
        const ArchiveSeries &series = m_archive->series()[response.zip->series];
        const ArchiveCollection &collection =
            m_archive->collectionOf(m_archive->patientOf(m_archive->studyOf(series)));
        body = std::make_unique<ZipStreamSource>(*m_archive, m_handlers.licenseText(collection),
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
