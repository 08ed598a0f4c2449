#include <export/csvtext.h>
#include <export/seriescsv.h>

#include <QTest>
#include <QTimeZone>

using namespace nbia;
using namespace Qt::StringLiterals;

class TestSeriesCsv final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fields_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"CT"_s << u"CT"_s;
        QTest::newRow("comma") << u"Hologic, Inc."_s << u"\"Hologic, Inc.\""_s;
        QTest::newRow("quote") << u"5\" film"_s << u"\"5\"\" film\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("accent") << u"Tumör"_s << u"Tumör"_s;
    }
    void fields() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvText::field(text), expected);
    }

    // Text a spreadsheet would run as a formula is written so that it does not.
    void textFields_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"CT"_s << u"CT"_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                 << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("minus") << u"-cmd"_s << u"'-cmd"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab first") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("inside is fine") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void textFields() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvText::textField(text), expected);
    }

    void seriesRows() {
        Series s;
        s.seriesInstanceUid = u"1.2.3"_s;
        s.modality = u"MR"_s;
        s.manufacturer = u"Hologic, Inc."_s;
        s.imageCount = 42;
        s.annotationsFlag = true;
        s.seriesDate = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QList<QByteArray> lines = SeriesCsv::write({s, Series{}}).split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last "\n"
        QVERIFY(lines[0].startsWith("SeriesInstanceUID,StudyInstanceUID,Modality,ProtocolName,"));
        QCOMPARE(lines[0].count(','), 23); // the 24 getSeries fields
        QVERIFY(lines[1].startsWith(
            "1.2.3,,MR,,2000-01-01 00:00:00.0,,,,true,,,\"Hologic, Inc.\",,,42,"));
        QCOMPARE(lines[2], QByteArray(23, ','));
    }
};

QTEST_GUILESS_MAIN(TestSeriesCsv)
#include "tst_seriescsv.moc"
