#pragma once

#include "jsonrowsplitter.h"
#include "recordparser.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>
#include <work/workerpool.h>

namespace nbia {

// The records of a large JSON array body, parsed while it downloads: each couple of megabytes of
// complete rows is parsed on a worker thread as an array of its own, so that by the last byte
// most rows are records already and the rest are parsed on every core. The result is exactly
// RecordParser::records of the whole body: a body that is not a plain array, or a piece that
// does not parse, is parsed whole instead (which also gives the error its true byte offset).
template<class Record>
class RecordStream final {
public:
    using Result = ApiResult<QList<Record>>;

    static constexpr qsizetype defaultPieceBytes = qsizetype(2) * 1024 * 1024;

    explicit RecordStream(qsizetype pieceBytes = defaultPieceBytes)
        : m_splitter(pieceBytes) {}

    // For a body received again from its first byte: what was cut from the last one is dropped.
    void restart() {
        m_splitter.reset();
        m_pieces.clear();
    }

    // The body so far; it only grows between calls.
    void received(const QByteArray &body) {
        for (const JsonRowSplitter::Piece &piece : m_splitter.scan(body))
            m_pieces.append(parseLater(body, piece.begin, piece.length, "]"));
    }

    [[nodiscard]] bool hasPieces() const { return !m_pieces.isEmpty(); }

    // The whole body has come: the records, once every piece is parsed.
    QFuture<Result> finish(const QByteArray &body) {
        received(body);
        if (!m_splitter.hasBegun() || !restHasRows(body))
            return QtConcurrent::run(workerPool(), &RecordParser::records<Record>, body);
        m_pieces.append(
            parseLater(body, m_splitter.restBegin(), body.size() - m_splitter.restBegin(), ""));
        auto pieces = std::exchange(m_pieces, {});
        return QtFuture::whenAll(pieces.begin(), pieces.end())
            .then(workerPool(), [body](QList<QFuture<Result>> parsed) -> Result {
                qsizetype total = 0;
                for (const QFuture<Result> &piece : std::as_const(parsed)) {
                    if (!piece.result().ok())
                        return RecordParser::records<Record>(body);
                    total += piece.result().value().size();
                }
                QList<Record> records;
                records.reserve(total);
                for (QFuture<Result> &piece : parsed)
                    records.append(std::move(piece.takeResult().value()));
                return records;
            });
    }

private:
    static QFuture<Result> parseLater(const QByteArray &body, qsizetype begin, qsizetype length,
                                      const char *closing) {
        QByteArray piece;
        piece.reserve(length + 2);
        piece.append('[').append(body.constData() + begin, length).append(closing);
        return QtConcurrent::run(workerPool(), &RecordParser::records<Record>, std::move(piece));
    }

    // After a piece, the rest must hold a row: "]" alone there means a trailing comma, which the
    // whole body's parse rejects. An empty rest is a body cut short: parsed whole, it fails.
    bool restHasRows(const QByteArray &body) const {
        for (qsizetype i = m_splitter.restBegin(); i < body.size(); ++i) {
            const char c = body.at(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return c != ']' || m_pieces.isEmpty();
        }
        return false;
    }

    JsonRowSplitter m_splitter;
    QList<QFuture<Result>> m_pieces;
};

} // namespace nbia
