#include "contentnegotiation.h"

#include <QString>

#include <zlib.h>

namespace nbia::emulator {

using namespace Qt::StringLiterals;

QByteArrayList ContentNegotiation::producedTypes(const QString &endpoint) {
    if (endpoint == "getImage"_L1 || endpoint == "getImageWithMD5Hash"_L1)
        return {"application/octet-stream"};
    if (endpoint == "getSingleImage"_L1)
        return {"application/dicom"};
    if (endpoint == "getDicomTags"_L1 || endpoint == "getCollectionDescriptions"_L1 ||
        endpoint.endsWith("ValuesAndCounts"_L1))
        return {"application/json"};
    return {"application/xml", "application/json", "text/html", "text/csv", "text/plain"};
}

bool ContentNegotiation::accepts(const QByteArray &acceptHeader, const QByteArrayList &produced) {
    if (acceptHeader.trimmed().isEmpty())
        return true;
    for (const QByteArray &range : acceptHeader.split(',')) {
        const QByteArray type = range.split(';').first().trimmed().toLower();
        if (type == "*/*" || type == "*")
            return true;
        for (const QByteArray &candidate : produced) {
            if (type == candidate)
                return true;
            if (type.endsWith("/*") && candidate.startsWith(type.chopped(1)))
                return true;
        }
    }
    return false;
}

bool ContentNegotiation::acceptsGzip(const QByteArray &acceptEncodingHeader) {
    for (const QByteArray &coding : acceptEncodingHeader.split(',')) {
        const QList<QByteArray> parts = coding.split(';');
        if (parts.first().trimmed().toLower() != "gzip")
            continue;
        return !(parts.size() > 1 && parts[1].trimmed().replace(' ', "") == "q=0");
    }
    return false;
}

QByteArray ContentNegotiation::gzip(const QByteArray &data) {
    z_stream stream{};
    constexpr int gzipWindowBits = 15 + 16;
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, gzipWindowBits, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(qsizetype(stream.total_out));
    return out;
}

} // namespace nbia::emulator
