#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace nbia::emulator {

// What Jersey decides from the request headers before the resource runs: whether the client
// accepts any type the endpoint produces (else 406), and whether it takes gzip.
class ContentNegotiation final {
public:
    // The types an endpoint declares in @Produces.
    static QByteArrayList producedTypes(const QString &endpoint);
    // An absent or empty Accept accepts everything; "*/*" and "type/*" are wildcards.
    static bool accepts(const QByteArray &acceptHeader, const QByteArrayList &produced);
    static bool acceptsGzip(const QByteArray &acceptEncodingHeader);
    // RFC 1952 gzip of `data`.
    static QByteArray gzip(const QByteArray &data);
};

} // namespace nbia::emulator
