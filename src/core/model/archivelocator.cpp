#include "archivelocator.h"

#include <api/nbiaclient.h>

#include <QRegularExpression>

namespace nbia {

using namespace Qt::StringLiterals;

ArchiveLocator::ArchiveLocator(NbiaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

ArchiveLocator::~ArchiveLocator() {
    cancel();
}

bool ArchiveLocator::looksLikeUid(const QString &text) {
    static const QRegularExpression uid(u"^[0-9]+(\\.[0-9]+)+$"_s);
    return uid.match(text).hasMatch();
}

void ArchiveLocator::find(const QString &text) {
    cancel();
    m_text = text.trimmed();
    if (m_text.isEmpty())
        return;
    ask(looksLikeUid(m_text) ? Step::Series : Step::Patient);
}

void ArchiveLocator::cancel() {
    ++m_generation;
    m_text.clear();
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
}

void ArchiveLocator::ask(Step step) {
    const quint64 generation = m_generation;
    const QString text = m_text;
    auto current = [this, generation] {
        return generation == m_generation;
    };
    switch (step) {
    case Step::Series: {
        SeriesQuery query;
        query.seriesInstanceUid = text;
        m_call = m_client->series(query, this, [=, this](const ApiResult<QList<Series>> &r) {
            if (!current())
                return;
            if (!r.ok())
                return fail(r.error().message());
            if (r.value().isEmpty())
                return ask(Step::Study);
            QList<ArchivePath> matches;
            for (const Series &s : r.value())
                matches.append(
                    {s.collection, s.patientId, s.studyInstanceUid, s.seriesInstanceUid});
            finish(matches);
        });
        break;
    }
    case Step::Study:
    case Step::Patient: {
        StudyQuery query;
        if (step == Step::Study)
            query.studyInstanceUid = text;
        else
            query.patientId = text;
        m_call = m_client->studies(query, this, [=, this](const ApiResult<QList<Study>> &r) {
            if (!current())
                return;
            if (!r.ok())
                return fail(r.error().message());
            if (r.value().isEmpty() && step == Step::Study)
                return ask(Step::Patient); // a patient ID may look like a UID too
            QList<ArchivePath> matches;
            for (const Study &s : r.value()) {
                ArchivePath path{s.collection,
                                 s.patientId,
                                 step == Step::Study ? s.studyInstanceUid : QString(),
                                 {}};
                if (!matches.contains(path))
                    matches.append(path);
            }
            finish(matches);
        });
        break;
    }
    }
}

void ArchiveLocator::finish(const QList<ArchivePath> &matches) {
    const QString text = std::exchange(m_text, QString());
    m_call = nullptr;
    if (matches.isEmpty())
        Q_EMIT notFound(text);
    else
        Q_EMIT found(text, matches);
}

void ArchiveLocator::fail(const QString &error) {
    const QString text = std::exchange(m_text, QString());
    m_call = nullptr;
    Q_EMIT failed(text, error);
}

} // namespace nbia
