#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace nbia {

class ApiCall;
class NbiaClient;
class SeriesCartModel;

// Fills in the cart's series known by their UID only (from a manifest), and the size and image
// count of those whose list left them out, from the archive's series metadata: as many series
// per request as the archive takes (v4: hundreds; v1: one), one request at a time. Series the
// archive does not know are marked as such. A failed request stops the work, which resolve()
// takes up again; each series with details is asked about once.
class CartResolver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartResolver)

public:
    CartResolver(NbiaClient *client, SeriesCartModel *model, QObject *parent = nullptr);
    ~CartResolver() override;

    // Resolves by itself whenever series that need it join the cart (off by default).
    void setAutomatic(bool automatic);
    [[nodiscard]] bool isAutomatic() const { return m_automatic; }

    // Starts asking for the series that need details; nothing when it is under way already.
    void resolve();
    // Stops: the request on its way is cancelled, its series stay as they are.
    void cancel();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Series waiting for their request (the one on its way included).
    [[nodiscard]] qsizetype pendingCount() const { return m_todo.size() + m_asking.size(); }
    [[nodiscard]] int requestsSent() const { return m_requests; }
    [[nodiscard]] const QString &errorString() const { return m_error; }

Q_SIGNALS:
    void started();
    // Every series asked about has its answer.
    void finished();
    // A request failed (the archive unreachable, say): the series not answered stay as they are.
    void failed(const QString &error);

private:
    [[nodiscard]] bool needsDetails(const QString &seriesUid) const;
    void collect(int first, int last);
    void next();

    NbiaClient *m_client;
    QPointer<SeriesCartModel> m_model;
    QStringList m_todo;
    QSet<QString> m_asking;
    QSet<QString> m_asked; // series with details whose metadata came (with or without counts)
    QPointer<ApiCall> m_call;
    QTimer m_autoStart;
    QString m_error;
    int m_requests = 0;
    bool m_automatic = false;
    bool m_busy = false;
};

} // namespace nbia
