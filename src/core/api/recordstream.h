#pragma once

#include "jsonrecordreader.h"
#include "jsonrowscanner.h"
#include "jsonrowsplitter.h"
#include "recordparser.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>
#include <work/workerpool.h>

namespace nbia {

// The records of a large JSON array body, parsed while it downloads: each couple of megabytes of
// complete rows is parsed on a worker thread as an array of its own, so that by the last byte
// most rows are records already and the rest are parsed on every core. Only the bytes after the
// last complete piece are kept together; the chunks are kept as they came, for the whole-body
// fallback. The result is exactly RecordParser::records of the whole body: a body that is not a
// plain array, or a piece that does not parse, is parsed whole instead (which also gives the
// error its true byte offset).
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
        m_chunks.clear();
        m_rest.clear();
        m_joined.clear();
        m_joinFailed = false;
        m_piecesCut = 0;
    }

    // The next bytes of the body.
    void received(const QByteArray &chunk) {
        if (chunk.isEmpty())
            return;
        m_chunks.append(chunk);
        m_rest.append(chunk);
        for (const JsonRowSplitter::Piece &piece : m_splitter.scan(m_rest)) {
            m_pieces.append(parseLater(m_rest, piece.begin, piece.length, "]"));
            ++m_piecesCut;
        }
        if (!m_splitter.hasBegun())
            return;
        const qsizetype cut = m_splitter.restBegin();
        if (cut > 0) {
            m_rest.remove(0, cut);
            m_splitter.dropFront(cut);
        }
        joinParsedPieces();
    }

    [[nodiscard]] bool hasPieces() const { return m_piecesCut > 0; }

    // Joins the pieces parsed by now, as each received() does; how many pieces are still apart.
    qsizetype joinParsed() {
        joinParsedPieces();
        return m_pieces.size();
    }

    // The whole body has come: the records, once every piece is parsed.
    QFuture<Result> finish() {
        if (!m_splitter.hasBegun() || !restHasRows())
            return QtConcurrent::run(workerPool(), &RecordParser::records<Record>, wholeBody());
        m_pieces.append(
            parseLater(m_rest, m_splitter.restBegin(), m_rest.size() - m_splitter.restBegin(), ""));
        auto pieces = std::exchange(m_pieces, {});
        return QtFuture::whenAll(pieces.begin(), pieces.end())
            .then(workerPool(),
                  [chunks = m_chunks, joined = std::exchange(m_joined, {}),
                   failed = m_joinFailed](QList<QFuture<Result>> parsed) mutable -> Result {
                      if (failed)
                          return RecordParser::records<Record>(join(chunks));
                      qsizetype total = joined.size();
                      for (const QFuture<Result> &piece : std::as_const(parsed)) {
                          if (!piece.result().ok())
                              return RecordParser::records<Record>(join(chunks));
                          total += piece.result().value().size();
                      }
                      QList<Record> records = std::move(joined);
                      records.reserve(total); // grows in place: records are relocatable
                      for (QFuture<Result> &piece : parsed)
                          records.append(std::move(piece.takeResult().value()));
                      return records;
                  });
    }

private:
    static QFuture<Result> parseLater(const QByteArray &body, qsizetype begin, qsizetype length,
                                      const char *closing) {
        QByteArray piece;
        piece.reserve(length + 2 + JsonRowScanner::padding);
        piece.append('[').append(body.constData() + begin, length).append(closing);
        return QtConcurrent::run(workerPool(), &parse, std::move(piece));
    }

    static Result parse(const QByteArray &piece) {
        if (std::optional<QList<Record>> records = JsonRecordReader<Record>::read(piece))
            return std::move(*records);
        return RecordParser::records<Record>(piece);
    }

    // The pieces parsed so far, in order, join the records already there while the rest of the
    // body arrives, so that little is left to join after its last byte (moving 100,000 records
    // took a fifth of a second on one core).
    void joinParsedPieces() {
        while (!m_pieces.isEmpty() && m_pieces.first().isFinished()) {
            Result piece = m_pieces.takeFirst().takeResult();
            if (m_joinFailed || !piece.ok()) {
                m_joinFailed = true; // the whole body is parsed in the end, for its true error
                m_joined.clear();
                continue;
            }
            if (m_joined.isEmpty())
                m_joined = std::move(piece.value());
            else
                m_joined.append(std::move(piece.value()));
        }
    }

    static QByteArray join(const QList<QByteArray> &chunks) {
        if (chunks.size() == 1)
            return chunks.first();
        qsizetype size = 0;
        for (const QByteArray &chunk : chunks)
            size += chunk.size();
        QByteArray body;
        body.reserve(size);
        for (const QByteArray &chunk : chunks)
            body += chunk;
        return body;
    }

    [[nodiscard]] QByteArray wholeBody() const { return join(m_chunks); }

    // After a piece, the rest must hold a row: "]" alone there means a trailing comma, which the
    // whole body's parse rejects. An empty rest is a body cut short: parsed whole, it fails.
    [[nodiscard]] bool restHasRows() const {
        for (qsizetype i = m_splitter.restBegin(); i < m_rest.size(); ++i) {
            const char c = m_rest.at(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return c != ']' || m_piecesCut == 0;
        }
        return false;
    }

    JsonRowSplitter m_splitter;
    QList<QFuture<Result>> m_pieces; // not joined yet
    QList<Record> m_joined;          // the records of the pieces before them
    bool m_joinFailed = false;       // a piece did not parse
    qsizetype m_piecesCut = 0;
    QList<QByteArray> m_chunks; // the body as it came
    QByteArray m_rest;          // the body from the first byte not in a piece
};

} // namespace nbia
