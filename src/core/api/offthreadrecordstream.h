#pragma once

#include "recordstream.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <work/workerpool.h>

namespace nbia {

// A RecordStream fed from the GUI thread and run on workers: each chunk is split there, one
// chunk after the other in order, so that the GUI thread only passes the bytes on.
template<class Record>
class OffThreadRecordStream final {
public:
    using Result = typename RecordStream<Record>::Result;

    explicit OffThreadRecordStream(qsizetype pieceBytes = RecordStream<Record>::defaultPieceBytes)
        : m_state(std::make_shared<State>(pieceBytes))
        , m_chain(QtFuture::makeReadyFuture()) {}

    // For a body received again from its first byte.
    void restart() {
        then([state = m_state] { state->stream.restart(); });
    }

    // The next bytes of the body.
    void received(const QByteArray &chunk) {
        then([state = m_state, chunk] { state->stream.received(chunk); });
    }

    // The whole body has come: the records, once every piece is parsed.
    QFuture<Result> finish() {
        return m_chain.then(workerPool(), [state = m_state] { return state->stream.finish(); })
            .unwrap();
    }

private:
    struct State {
        explicit State(qsizetype pieceBytes)
            : stream(pieceBytes) {}
        RecordStream<Record> stream;
    };

    template<class Step>
    void then(Step step) {
        m_chain = m_chain.then(workerPool(), std::move(step));
    }

    std::shared_ptr<State> m_state;
    QFuture<void> m_chain;
};

} // namespace nbia
