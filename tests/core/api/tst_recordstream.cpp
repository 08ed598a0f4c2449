#include <api/offthreadrecordstream.h>
#include <api/recordjsonwriter.h>
#include <api/recordstream.h>
#include <api/series.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

namespace {
// A getSeries body of `count` rows, with the archive's odd values here and there.
QByteArray seriesBody(int count) {
    QByteArray body("[");
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"SeriesInstanceUID\":\"1.2." + QByteArray::number(i) +
                "\",\"SeriesDescription\":\"CT, \\\"chest\\\" [" + QByteArray::number(i) +
                "]\",\"ImageCount\":" + QByteArray::number(i % 300) + ",\"FileSize\":\"" +
                QByteArray::number(i * 1000) + "\",\"Tags\":{\"x\":[1,2]},\"PatientID\":\"Tumör-" +
                QByteArray::number(i) + "\"}";
    }
    return body + "]";
}

QStringList uids(const QList<Series> &series) {
    QStringList result;
    for (const Series &s : series)
        result << s.seriesInstanceUid;
    return result;
}

// The body fed in chunks, as it would arrive, then finished.
ApiResult<QList<Series>> streamed(const QByteArray &body, qsizetype pieceBytes,
                                  qsizetype chunkBytes) {
    RecordStream<Series> stream(pieceBytes);
    for (qsizetype at = 0; at < body.size(); at += chunkBytes)
        stream.received(body.mid(at, chunkBytes));
    return stream.finish().result();
}

// Each piece parsed and joined before the next chunk comes: the records of the first pieces are
// then in one list by the last byte.
ApiResult<QList<Series>> streamedSlowly(const QByteArray &body, qsizetype pieceBytes,
                                        qsizetype chunkBytes) {
    RecordStream<Series> stream(pieceBytes);
    for (qsizetype at = 0; at < body.size(); at += chunkBytes) {
        stream.received(body.mid(at, chunkBytes));
        if (!QTest::qWaitFor([&stream] { return stream.joinParsed() == 0; }))
            return ApiError::parse(u"a piece was never parsed"_s);
    }
    return stream.finish().result();
}

// The body handed over in chunks to the stream that runs on workers.
ApiResult<QList<Series>> streamedOffThread(const QByteArray &body, qsizetype pieceBytes,
                                           qsizetype chunkBytes) {
    OffThreadRecordStream<Series> stream(pieceBytes);
    for (qsizetype at = 0; at < body.size(); at += chunkBytes)
        stream.received(body.mid(at, chunkBytes));
    return stream.finish().result();
}
} // namespace

// Records parsed piece by piece while the body arrives are exactly those of the whole body.
class TestRecordStream final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameRecordsAsTheWholeBody_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("pieceBytes");
        QTest::addColumn<int>("chunkBytes");
        QTest::newRow("one row per piece, small chunks") << 50 << 1 << 13;
        QTest::newRow("a few rows per piece") << 500 << 1000 << 4096;
        QTest::newRow("all at once") << 500 << 1000 << (1 << 30);
        QTest::newRow("one piece") << 20 << 1000000 << 100;
        QTest::newRow("no rows") << 0 << 1 << 1;
    }
    void sameRecordsAsTheWholeBody() {
        QFETCH(int, rows);
        QFETCH(int, pieceBytes);
        QFETCH(int, chunkBytes);
        const QByteArray body = seriesBody(rows);
        const ApiResult<QList<Series>> whole = RecordParser::records<Series>(body);
        QVERIFY(whole.ok());
        QCOMPARE(whole.value().size(), rows);
        const ApiResult<QList<Series>> pieces = streamed(body, pieceBytes, chunkBytes);
        QVERIFY(pieces.ok());
        QCOMPARE(uids(pieces.value()), uids(whole.value()));
        QCOMPARE(RecordJsonWriter::toJson(RecordJsonWriter::fieldLists(pieces.value())),
                 RecordJsonWriter::toJson(RecordJsonWriter::fieldLists(whole.value())));
        const ApiResult<QList<Series>> offThread = streamedOffThread(body, pieceBytes, chunkBytes);
        QVERIFY(offThread.ok());
        QCOMPARE(uids(offThread.value()), uids(whole.value()));
        const ApiResult<QList<Series>> joinedEarly = streamedSlowly(body, pieceBytes, chunkBytes);
        QVERIFY(joinedEarly.ok());
        QCOMPARE(RecordJsonWriter::toJson(RecordJsonWriter::fieldLists(joinedEarly.value())),
                 RecordJsonWriter::toJson(RecordJsonWriter::fieldLists(whole.value())));
    }

    // Whatever the whole body's parse says about a bad body, the stream says the same.
    void sameVerdictOnOddBodies_data() {
        QTest::addColumn<QByteArray>("body");
        const QByteArray good = seriesBody(40);
        QTest::newRow("cut short") << good.left(good.size() * 2 / 3);
        QTest::newRow("cut before the closing bracket") << good.chopped(1);
        QTest::newRow("a trailing comma") << good.chopped(1) + ",]";
        QTest::newRow("a number among the rows") << good.chopped(1) + ",42]";
        QTest::newRow("a bad row in the middle")
            << good.left(good.size() / 2) + "{\"x\":}," + good.mid(good.size() / 2);
        QTest::newRow("a lone object") << QByteArray(R"({"SeriesInstanceUID":"1.2"})");
        QTest::newRow("blank") << QByteArray(" \n");
        QTest::newRow("html") << QByteArray("<html>502, Bad Gateway</html>");
        QTest::newRow("null rows") << QByteArray("[null,{\"SeriesInstanceUID\":\"1\"},null]");
    }
    void sameVerdictOnOddBodies() {
        QFETCH(QByteArray, body);
        const ApiResult<QList<Series>> whole = RecordParser::records<Series>(body);
        const ApiResult<QList<Series>> pieces = streamed(body, 1, 64);
        QCOMPARE(pieces.ok(), whole.ok());
        QCOMPARE(pieces.error().message(), whole.error().message());
        QCOMPARE(uids(pieces.value()), uids(whole.value()));
        const ApiResult<QList<Series>> offThread = streamedOffThread(body, 1, 64);
        QCOMPARE(offThread.ok(), whole.ok());
        QCOMPARE(offThread.error().message(), whole.error().message());
        const ApiResult<QList<Series>> joinedEarly = streamedSlowly(body, 1, 64);
        QCOMPARE(joinedEarly.ok(), whole.ok());
        QCOMPARE(joinedEarly.error().message(), whole.error().message());
        QCOMPARE(uids(joinedEarly.value()), uids(whole.value()));
    }

    void offThreadRestartDropsTheEarlierAttempt();

    // A retried request starts its body again: what was cut from the first attempt is dropped.
    void restartDropsTheEarlierAttempt() {
        RecordStream<Series> stream(1);
        const QByteArray first = seriesBody(30);
        stream.received(first.left(first.size() / 2));
        QVERIFY(stream.hasPieces());
        stream.restart();
        QVERIFY(!stream.hasPieces());
        const QByteArray second = seriesBody(7);
        stream.received(second);
        const ApiResult<QList<Series>> result = stream.finish().result();
        QVERIFY(result.ok());
        QCOMPARE(uids(result.value()), uids(RecordParser::records<Series>(second).value()));
    }
};

// Off the GUI thread: a restart drops what came before it, in order with the chunks.
void TestRecordStream::offThreadRestartDropsTheEarlierAttempt() {
    OffThreadRecordStream<Series> stream(1);
    const QByteArray first = seriesBody(30);
    stream.received(first.left(first.size() / 2));
    stream.restart();
    const QByteArray second = seriesBody(7);
    stream.received(second.left(10));
    stream.received(second.mid(10));
    const ApiResult<QList<Series>> result = stream.finish().result();
    QVERIFY(result.ok());
    QCOMPARE(uids(result.value()), uids(RecordParser::records<Series>(second).value()));
}

QTEST_GUILESS_MAIN(TestRecordStream)
#include "tst_recordstream.moc"
