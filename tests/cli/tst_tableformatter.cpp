#include <celltext.h>
#include <recordschemas.h>
#include <tableformatter.h>

#include <QTest>

using namespace nbia;
using namespace nbia::cli;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nbia::cli::RecordSchema)
Q_DECLARE_METATYPE(QList<nbia::FieldList>)
Q_DECLARE_METATYPE(nbia::cli::CellStyle)

namespace {
const QString uid64 = u"1.3.6.1.4.1.14519.5.2.1.6279.6001.141365756818074696859567662357"_s;

RecordSchema twoColumns() {
    return {{u"Uid"_s, u"Text"_s, u"Count"_s},
            {{u"Uid"_s, {}, CellStyle::Text, false, {}},
             {u"Text"_s, u"Description"_s, CellStyle::Text, true, {}},
             {u"Count"_s, {}, CellStyle::Number, false, {}}},
            TableLayout::Rows,
            {}};
}
} // namespace

class TestTableFormatter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void format_data() {
        QTest::addColumn<RecordSchema>("schema");
        QTest::addColumn<QList<FieldList>>("rows");
        QTest::addColumn<int>("maxWidth");
        QTest::addColumn<QString>("expected");

        QTest::newRow("value list with {} row")
            << RecordSchemas::valueList(u"BodyPartExamined"_s)
            << QList<FieldList>{{}, {{u"BodyPartExamined"_s, u"ABDOMEN"_s}}} << 0
            << u"BodyPartExamined\n(not specified)\nABDOMEN\n"_s;
        QTest::newRow("empty result: header only") << RecordSchemas::valueList(u"Collection"_s)
                                                   << QList<FieldList>{} << 0 << u"Collection\n"_s;
        QTest::newRow("alignment, header title, numbers right")
            << twoColumns()
            << QList<FieldList>{{{u"Uid"_s, u"1.2"_s}, {u"Text"_s, u"a"_s}, {u"Count"_s, 7}},
                                {{u"Uid"_s, u"1.2.345"_s}, {u"Count"_s, 1234}}}
            << 0
            << u"Uid      Description  Count\n"
               "1.2      a                7\n"
               "1.2.345                1234\n"_s;
        QTest::newRow("cut with ellipsis, UID kept")
            << twoColumns()
            << QList<FieldList>{{{u"Uid"_s, uid64},
                                 {u"Text"_s, u"A very long series description indeed"_s},
                                 {u"Count"_s, 12}}}
            << 90
            << u"Uid" + QString(64 - 3 + 2, u' ') + u"Description" + QString(8, u' ') + u"Count\n" +
                   uid64 + u"  A very long seri…     12\n"_s;
        const RecordSchema twoTexts{{u"BodyPartExamined"_s, u"Text"_s},
                                    {{u"BodyPartExamined"_s, {}, CellStyle::Text, true, {}},
                                     {u"Text"_s, u"Description"_s, CellStyle::Text, true, {}}},
                                    TableLayout::Rows,
                                    {}};
        const QList<FieldList> twoTextRows{
            {{u"BodyPartExamined"_s, u"CHEST AND ABDOMEN AND PELVIS"_s},
             {u"Text"_s, u"A very long series description indeed"_s}}};
        QTest::newRow("cut keeps headers whole when it can")
            << twoTexts << twoTextRows << 30
            << u"BodyPartExamined  Description\nCHEST AND ABDOM…  A very long…\n"_s;
        QTest::newRow("then cuts headers too")
            << twoTexts << twoTextRows << 20 << u"BodyPart…  Descript…\nCHEST AN…  A very l…\n"_s;
        QTest::newRow("never cut without a width")
            << twoColumns()
            << QList<FieldList>{{{u"Uid"_s, uid64},
                                 {u"Text"_s, u"A very long series description indeed"_s}}}
            << 0
            << u"Uid" + QString(64 - 3 + 2, u' ') + u"Description" + QString(28, u' ') +
                   u"Count\n" + uid64 + u"  A very long series description indeed\n"_s;
        QTest::newRow("line breaks become spaces")
            << RecordSchemas::valueList(u"Collection"_s)
            << QList<FieldList>{{{u"Collection"_s, u"two\nlines\ttab"_s}}} << 0
            << u"Collection\ntwo lines tab\n"_s;
        QTest::newRow("series size: bytes human-readable")
            << RecordSchemas::seriesSize()
            << QList<FieldList>{{{u"TotalSizeInBytes"_s, qint64(16357620)}, {u"ObjectCount"_s, 2}}}
            << 0
            << u"TotalSizeInBytes     Size  ObjectCount\n"
               "        16357620  16.4 MB            2\n"_s;
        QTest::newRow("fields layout")
            << RecordSchema{{u"Series UID"_s, u"Modality"_s, u"File Size"_s},
                            {},
                            TableLayout::Fields,
                            {}}
            << QList<FieldList>{{{u"Series UID"_s, u"1.2"_s},
                                 {u"File Size"_s, u"99"_s},
                                 {u"Extra"_s, true}},
                                {{u"Modality"_s, u"CT"_s}}}
            << 0
            << u"Field       Value\n"
               "Series UID  1.2\n"
               "Modality\n"
               "File Size   99\n"
               "Extra       true\n"
               "\n"
               "Series UID\n"
               "Modality    CT\n"
               "File Size\n"_s;
    }
    void format() {
        QFETCH(RecordSchema, schema);
        QFETCH(QList<FieldList>, rows);
        QFETCH(int, maxWidth);
        QFETCH(QString, expected);
        QCOMPARE(TableFormatter(maxWidth).format(ResultSet{schema, rows}), expected);
    }

    void cutLinesFitTheWidth() {
        QList<FieldList> rows;
        for (int i = 0; i < 5; ++i) {
            rows.append(
                FieldList{{u"SeriesInstanceUID"_s, QString(uid64 + QString::number(i))},
                          {u"PatientID"_s, QString(u"LIDC-IDRI-000"_s + QString::number(i))},
                          {u"Modality"_s, u"CT"_s},
                          {u"BodyPartExamined"_s, u"CHEST AND ABDOMEN AND PELVIS"_s},
                          {u"SeriesDescription"_s, QString(80, u'x')},
                          {u"ImageCount"_s, 133},
                          {u"FileSize"_s, qint64(69999999)}});
        }
        const QString table = TableFormatter(140).format(ResultSet{RecordSchemas::series(), rows});
        const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 140, qPrintable(line));
        QVERIFY(lines[1].contains(uid64 + u'0'));
        QVERIFY(lines[1].contains(u'…'));
        QVERIFY(lines[1].endsWith(u"133   70.0 MB"_s));
    }

    void cell_data() {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<CellStyle>("style");
        QTest::addColumn<QString>("expected");
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << CellStyle::Text
                                << QString();
        QTest::newRow("text") << QJsonValue(u"CT"_s) << CellStyle::Text << u"CT"_s;
        QTest::newRow("integral double")
            << QJsonValue(3000923.0) << CellStyle::Number << u"3000923"_s;
        QTest::newRow("fraction") << QJsonValue(-12.5) << CellStyle::Number << u"-12.5"_s;
        QTest::newRow("boolean") << QJsonValue(true) << CellStyle::Text << u"true"_s;
        QTest::newRow("bytes") << QJsonValue(qint64(16357620)) << CellStyle::Bytes << u"16.4 MB"_s;
        QTest::newRow("bytes as string")
            << QJsonValue(u"2048"_s) << CellStyle::Bytes << u"2.0 kB"_s;
        QTest::newRow("timestamp at midnight")
            << QJsonValue(u"2000-01-01 00:00:00.0"_s) << CellStyle::Date << u"2000-01-01"_s;
        QTest::newRow("timestamp with time") << QJsonValue(u"2021-07-09 08:05:03.12"_s)
                                             << CellStyle::Date << u"2021-07-09 08:05:03"_s;
        QTest::newRow("unreadable date kept")
            << QJsonValue(u"someday"_s) << CellStyle::Date << u"someday"_s;
    }
    void cell() {
        QFETCH(QJsonValue, value);
        QFETCH(CellStyle, style);
        QFETCH(QString, expected);
        QCOMPARE(CellText::render(value, style), expected);
    }

    void humanBytes_data() {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << u"0 B"_s;
        QTest::newRow("999") << qint64(999) << u"999 B"_s;
        QTest::newRow("1000") << qint64(1000) << u"1.0 kB"_s;
        QTest::newRow("rounds up a unit") << qint64(999950) << u"1.0 MB"_s;
        QTest::newRow("MB") << qint64(16357620) << u"16.4 MB"_s;
        QTest::newRow("GB") << qint64(3400000000) << u"3.4 GB"_s;
        QTest::newRow("TB") << qint64(12000000000000) << u"12.0 TB"_s;
    }
    void humanBytes() {
        QFETCH(qint64, bytes);
        QFETCH(QString, expected);
        QCOMPARE(CellText::humanBytes(bytes), expected);
    }

    void truncated_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fits") << u"abc"_s << 3 << u"abc"_s;
        QTest::newRow("cut") << u"abcdef"_s << 4 << u"abc…"_s;
        QTest::newRow("one") << u"abcdef"_s << 1 << u"…"_s;
    }
    void truncated() {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QString, expected);
        QCOMPARE(TableFormatter::truncated(text, width), expected);
    }
};

QTEST_GUILESS_MAIN(TestTableFormatter)
#include "tst_tableformatter.moc"
