#include <api/ziptail.h>

#include <QTest>

using namespace nbia;

namespace {
QByteArray endRecord(quint16 commentLength) {
    QByteArray record("PK\x05\x06", 4);
    record += QByteArray(16, '\0');
    record += char(commentLength & 0xff);
    record += char(commentLength >> 8);
    return record + QByteArray(commentLength, 'c');
}
} // namespace

class TestZipTail final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void endsWithCentralDirectory_data() {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<bool>("complete");
        const QByteArray data(5000, 'x');
        QTest::newRow("complete") << data + endRecord(0) << true;
        QTest::newRow("with comment") << data + endRecord(40) << true;
        QTest::newRow("longest comment") << endRecord(65535) << true;
        QTest::newRow("cut in the record") << data + endRecord(0).left(15) << false;
        QTest::newRow("cut in the comment") << data + endRecord(40).chopped(1) << false;
        QTest::newRow("bytes after the record") << data + endRecord(0) + "junk" << false;
        QTest::newRow("no record") << data << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void endsWithCentralDirectory() {
        QFETCH(QByteArray, tail);
        QFETCH(bool, complete);
        QCOMPARE(ZipTail::endsWithCentralDirectory(tail), complete);
    }
};

QTEST_GUILESS_MAIN(TestZipTail)
#include "tst_ziptail.moc"
