#include <api/jsonrowsplitter.h>

#include <QTest>

using namespace nbia;

namespace {
// The rows the splitter cut, with pieces of one byte or more: every top-level comma cuts.
QByteArrayList cut(const QByteArray &body, qsizetype chunkBytes) {
    JsonRowSplitter splitter(1);
    QByteArrayList rows;
    QByteArray received;
    for (qsizetype at = 0; at < body.size(); at += chunkBytes) {
        received += body.mid(at, chunkBytes);
        for (const JsonRowSplitter::Piece &piece : splitter.scan(received))
            rows << received.mid(piece.begin, piece.length);
    }
    if (splitter.hasBegun())
        rows << received.mid(splitter.restBegin());
    return rows;
}
} // namespace

// Cutting a JSON array into rows while it arrives: strings, escapes and nesting never cut a row,
// wherever the chunks of the body end.
class TestJsonRowSplitter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cutsBetweenRowsOnly_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArrayList>("rows"); // the last one is the rest, with the ']'

        QTest::newRow("plain rows") << QByteArray("[{\"a\":1},{\"a\":2},{\"a\":3}]")
                                    << QByteArrayList{"{\"a\":1}", "{\"a\":2}", "{\"a\":3}]"};
        QTest::newRow("commas and brackets in strings")
            << QByteArray("[{\"d\":\"a,b]}[{\"},{\"d\":\"}],\"}]")
            << QByteArrayList{"{\"d\":\"a,b]}[{\"}", "{\"d\":\"}],\"}]"};
        QTest::newRow("escaped quotes")
            << QByteArray("[{\"d\":\"say \\\"hi\\\", bye\"},{\"d\":\"\\\",\"}]")
            << QByteArrayList{"{\"d\":\"say \\\"hi\\\", bye\"}", "{\"d\":\"\\\",\"}]"};
        QTest::newRow("a string ending in a backslash")
            << QByteArray("[{\"d\":\"C:\\\\\"},{\"d\":\"x\"}]")
            << QByteArrayList{"{\"d\":\"C:\\\\\"}", "{\"d\":\"x\"}]"};
        QTest::newRow("three backslashes then a quote")
            << QByteArray("[{\"d\":\"\\\\\\\",x\"},{\"d\":1}]")
            << QByteArrayList{"{\"d\":\"\\\\\\\",x\"}", "{\"d\":1}]"};
        QTest::newRow("nested values")
            << QByteArray("[{\"l\":[1,2,{\"m\":[3,4]}]},{\"o\":{\"p\":5,\"q\":6}}]")
            << QByteArrayList{"{\"l\":[1,2,{\"m\":[3,4]}]}", "{\"o\":{\"p\":5,\"q\":6}}]"};
        QTest::newRow("blanks and null rows")
            << QByteArray(" \r\n[ {\"a\" : 1} ,\n null , {} ]\n")
            << QByteArrayList{" {\"a\" : 1} ", "\n null ", " {} ]\n"};
        QTest::newRow("UTF-8 text") << QByteArray("[{\"n\":\"Tumör, ßæ\"},{\"n\":\"日本\"}]")
                                    << QByteArrayList{"{\"n\":\"Tumör, ßæ\"}", "{\"n\":\"日本\"}]"};
        QTest::newRow("empty array") << QByteArray("[]") << QByteArrayList{"]"};
        QTest::newRow("nothing after the array is cut")
            << QByteArray("[{\"a\":1}],{\"b\":2}") << QByteArrayList{"{\"a\":1}],{\"b\":2}"};
    }
    void cutsBetweenRowsOnly() {
        QFETCH(QByteArray, body);
        QFETCH(QByteArrayList, rows);
        for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(7), body.size()})
            QCOMPARE(cut(body, chunk), rows);
    }

    void piecesAreAtLeastThePieceSize() {
        QByteArray body("[");
        for (int i = 0; i < 100; ++i)
            body += (i ? "," : "") + QByteArray("{\"n\":\"") + QByteArray::number(i) + "\"}";
        body += ']';
        JsonRowSplitter splitter(40);
        const QList<JsonRowSplitter::Piece> pieces = splitter.scan(body);
        QVERIFY(pieces.size() > 10);
        qsizetype expectedBegin = 1;
        for (const JsonRowSplitter::Piece &piece : pieces) {
            QCOMPARE(piece.begin, expectedBegin);
            QVERIFY(piece.length >= 40);
            QVERIFY(piece.length < 40 + 12); // cut at the first comma past the size
            QCOMPARE(body.at(piece.begin + piece.length), ',');
            expectedBegin = piece.begin + piece.length + 1;
        }
        QCOMPARE(splitter.restBegin(), expectedBegin);
    }

    void bodiesThatAreNotArrays_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("isArray");
        QTest::addColumn<bool>("hasBegun");
        QTest::newRow("empty") << QByteArray() << true << false;
        QTest::newRow("blank") << QByteArray(" \r\n\t") << true << false;
        QTest::newRow("lone object") << QByteArray("{\"a\":[1,2]}") << false << false;
        QTest::newRow("html") << QByteArray("<html>,</html>") << false << false;
        QTest::newRow("array") << QByteArray(" [") << true << true;
    }
    void bodiesThatAreNotArrays() {
        QFETCH(QByteArray, body);
        QFETCH(bool, isArray);
        QFETCH(bool, hasBegun);
        JsonRowSplitter splitter(1);
        QVERIFY(splitter.scan(body).isEmpty());
        QCOMPARE(splitter.isArray(), isArray);
        QCOMPARE(splitter.hasBegun(), hasBegun);
    }

    void resetStartsOver() {
        JsonRowSplitter splitter(1);
        const QByteArray junk("{\"d\":\"x");
        QCOMPARE(splitter.scan(junk).size(), 0);
        QVERIFY(!splitter.isArray());
        splitter.reset();
        const QByteArray body("[{\"a\":1},{\"b\":2}]");
        QCOMPARE(splitter.scan(body).size(), 1);
        QVERIFY(splitter.isArray());
        QCOMPARE(splitter.restBegin(), body.indexOf("{\"b\""));
    }
};

QTEST_GUILESS_MAIN(TestJsonRowSplitter)
#include "tst_jsonrowsplitter.moc"
