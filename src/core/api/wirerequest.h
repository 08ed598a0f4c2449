#pragma once

#include "endpoint.h"

#include <QList>
#include <QString>

#include <utility>

namespace nbia {

// Ordered parameters of one request; parameters with a null value are not sent.
using QueryParameters = QList<std::pair<QString, QString>>;

enum class HttpMethod { Get, Post };

// One request as it goes on the wire in a dialect: where, how, and with which parameters (the
// query of a GET, the form of a POST).
struct WireRequest {
    Endpoint endpoint = Endpoint::CollectionValues;
    QString versionSegment; // "v4"; empty for a server without versions
    QString name;           // "getSeriesMetadata"
    HttpMethod method = HttpMethod::Get;
    QueryParameters parameters;
};

} // namespace nbia
