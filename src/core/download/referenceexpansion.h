#pragma once

#include <api/apierror.h>

#include <QObject>
#include <QSet>
#include <QStringList>

namespace nbia {

class NbiaClient;

// A list of series with the image series its segmentations (SEG) and structure sets (RTSTRUCT)
// are drawn on added after it: their modalities from the series' metadata (many at once on v4),
// then each one's getDicomTags. Emits finished() once, with the whole list or an error.
class ReferenceExpansion final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceExpansion)

public:
    ReferenceExpansion(NbiaClient *client, QStringList seriesUids, QObject *parent = nullptr);
    ~ReferenceExpansion() override;

    void start();
    // The series given, then the referenced series not among them, each once.
    [[nodiscard]] const QStringList &seriesUids() const { return m_result; }
    // How many series were added.
    [[nodiscard]] int added() const { return int(m_result.size() - m_given.size()); }
    // An error ends it (v1: no getDicomTags); a series whose metadata or tags could not be read
    // only goes without its references, said in warnings().
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }

Q_SIGNALS:
    void finished();

private:
    void fetchModalities();
    void fetchReferences();
    void fail(const ApiError &error);
    void done();

    NbiaClient *m_client;
    QStringList m_given;
    QStringList m_result;
    QSet<QString> m_known;
    QStringList m_modalityPending; // still to ask for metadata
    QStringList m_annotations;     // SEG and RTSTRUCT series among them
    int m_outstanding = 0;
    ApiError m_error;
    QStringList m_warnings;
    bool m_finished = false;
};

} // namespace nbia
