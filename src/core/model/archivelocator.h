#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace nbia {

class ApiCall;
class NbiaClient;

// Where a row is in the archive tree: its collection, and down to the patient, study and
// series that were asked for (the deeper parts empty when the match is a patient or a study).
struct ArchivePath {
    QString collection;
    QString patientId;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    friend bool operator==(const ArchivePath &, const ArchivePath &) = default;
};

// Finds a patient ID, a study UID or a series UID anywhere in the archive, loaded or not:
// getSeries by SeriesInstanceUID, then getPatientStudy by StudyInstanceUID, then by PatientID,
// each across every collection in one request. A new search, or cancel(), drops the last one.
// (The archive has no lookup by SOP Instance UID.)
class ArchiveLocator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveLocator)

public:
    explicit ArchiveLocator(NbiaClient *client, QObject *parent = nullptr);
    ~ArchiveLocator() override;

    void find(const QString &text);
    void cancel();
    [[nodiscard]] bool isBusy() const { return !m_text.isEmpty(); }
    [[nodiscard]] const QString &text() const { return m_text; }
    // Digits and dots, as DICOM UIDs are.
    [[nodiscard]] static bool looksLikeUid(const QString &text);

Q_SIGNALS:
    // The matches, one per collection (a patient ID may be in several).
    void found(const QString &text, const QList<nbia::ArchivePath> &matches);
    void notFound(const QString &text);
    void failed(const QString &text, const QString &error);

private:
    enum class Step { Series, Study, Patient };
    void ask(Step step);
    void finish(const QList<ArchivePath> &matches);
    void fail(const QString &error);

    NbiaClient *m_client;
    QString m_text;
    quint64 m_generation = 0;
    QPointer<ApiCall> m_call;
};

} // namespace nbia
