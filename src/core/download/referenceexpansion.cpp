#include "referenceexpansion.h"

#include <api/nbiaclient.h>
#include <api/referencedseries.h>

namespace nbia {

ReferenceExpansion::ReferenceExpansion(NbiaClient *client, QStringList seriesUids, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_given(std::move(seriesUids)) {
    for (const QString &uid : std::as_const(m_given)) {
        if (!m_known.contains(uid)) {
            m_known.insert(uid);
            m_result << uid;
        }
    }
    m_given = m_result;
    m_modalityPending = m_result;
}

ReferenceExpansion::~ReferenceExpansion() = default;

void ReferenceExpansion::start() {
    if (!m_client->dialect().offers(Endpoint::DicomTags)) {
        fail(ApiError::unsupported(endpointPath(Endpoint::DicomTags)));
        return;
    }
    fetchModalities();
}

void ReferenceExpansion::fetchModalities() {
    if (m_modalityPending.isEmpty()) {
        fetchReferences();
        return;
    }
    const int batch = m_client->dialect().seriesMetadataBatchSize();
    const QStringList uids = m_modalityPending.mid(0, batch);
    m_modalityPending.remove(0, uids.size());
    m_client->seriesMetadata(uids, this, [this](const ApiResult<QList<SeriesMetadata>> &result) {
        if (!result.ok()) {
            // Those series go without their references; the rest go on.
            m_warnings << result.error().message();
            fetchModalities();
            return;
        }
        for (const SeriesMetadata &row : result.value()) {
            if (ReferencedSeries::refersToOthers(row.modality))
                m_annotations << row.seriesInstanceUid;
        }
        fetchModalities();
    });
}

void ReferenceExpansion::fetchReferences() {
    if (m_annotations.isEmpty()) {
        done();
        return;
    }
    m_outstanding = int(m_annotations.size());
    for (const QString &uid : std::as_const(m_annotations)) {
        m_client->dicomTags(uid, this, [this, uid](const ApiResult<QList<DicomTag>> &tags) {
            if (m_finished)
                return;
            if (!tags.ok())
                m_warnings << uid + QStringLiteral(": ") + tags.error().message();
            const QList<DicomTag> none;
            for (const QString &referenced :
                 ReferencedSeries::fromTags(tags.ok() ? tags.value() : none, uid)) {
                if (!m_known.contains(referenced)) {
                    m_known.insert(referenced);
                    m_result << referenced;
                }
            }
            if (--m_outstanding == 0)
                done();
        });
    }
}

void ReferenceExpansion::fail(const ApiError &error) {
    if (m_finished)
        return;
    m_error = error;
    done();
}

void ReferenceExpansion::done() {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace nbia
