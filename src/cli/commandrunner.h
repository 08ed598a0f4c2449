#pragma once

#include "parsedarguments.h"
#include "recordschema.h"

#include <api/apiresult.h>
#include <api/apiversion.h>

#include <QByteArray>

#include <functional>

class QObject;

namespace nbia {
class NbiaClient;
}

namespace nbia::cli {

// Sends the request of one command through NbiaClient and hands back its records (or, for
// `image`, the file). The handlers run on the context object's thread, exactly once.
class CommandRunner final {
public:
    using ResultHandler = std::function<void(const ApiResult<ResultSet> &)>;
    using ImageHandler = std::function<void(const ApiResult<QByteArray> &)>;

    CommandRunner(NbiaClient *client, QObject *context);

    // Every command but `image`.
    void fetchRecords(const ParsedArguments &arguments, const ResultHandler &done) const;
    void fetchImage(const ParsedArguments &arguments, const ImageHandler &done) const;

    // 1900-01-01, the server's own default for getUpdatedSeries: every public series.
    static QDate updatedSeriesDefaultDate() { return {1900, 1, 1}; }

private:
    void fetchReferencedSeries(const QString &seriesUid, ApiVersion version,
                               const ResultHandler &done) const;

    NbiaClient *m_client;
    QObject *m_context;
};

} // namespace nbia::cli
