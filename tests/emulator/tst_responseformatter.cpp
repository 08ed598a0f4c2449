// ResponseFormatter against nbia-api.md §2.2 (JSON, Jettison semantics) and §2.5 (CSV, XML,
// HTML): exact bytes.
#include "responseformatter.h"
#include "resulttable.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nbia::emulator::ResultTable)
Q_DECLARE_METATYPE(std::optional<nbia::emulator::ResponseFormatter::Format>)

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), QTimeZone::utc());
}

ResultTable singleColumn(const QString &name, const QList<QVariant> &values) {
    ResultTable table{{{name, JavaType::String}}, {}};
    for (const QVariant &value : values)
        table.rows.append({value});
    return table;
}

// One column of every Java type, in the order String, Integer, Long, Double, Boolean, Timestamp.
ResultTable typedTable(const QList<QList<QVariant>> &rows) {
    return {{{u"S"_s, JavaType::String},
             {u"I"_s, JavaType::Integer},
             {u"L"_s, JavaType::Long},
             {u"D"_s, JavaType::Double},
             {u"B"_s, JavaType::Boolean},
             {u"T"_s, JavaType::Timestamp}},
            rows};
}

} // namespace

class TestResponseFormatter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void json_data() {
        QTest::addColumn<ResultTable>("table");
        QTest::addColumn<bool>("escapeSlashes");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("single column")
            << singleColumn(u"Collection"_s, {u"4D-Lung"_s, u"A091105"_s}) << false
            << QByteArray(R"([{"Collection":"4D-Lung"},{"Collection":"A091105"}])");
        QTest::newRow("null first is {}")
            << singleColumn(u"BodyPartExamined"_s, {QVariant(), u"ABDOMEN"_s}) << false
            << QByteArray(R"([{},{"BodyPartExamined":"ABDOMEN"}])");
        QTest::newRow("no rows") << singleColumn(u"Collection"_s, {}) << false << QByteArray("[]");
        QTest::newRow("every type")
            << typedTable({{u"a"_s, 3000923, qint64(16357620), 720.0, true, utc(2000, 1, 1)}})
            << false
            << QByteArray(R"([{"S":"a","I":3000923,"L":16357620,"D":720,"B":true,)"
                          R"("T":"2000-01-01 00:00:00.0"}])");
        QTest::newRow("false, negative, fraction")
            << typedTable({{u"b"_s, -1, qint64(0), 2.5, false, utc(2021, 7, 9, 8, 5, 3, 120)}})
            << false
            << QByteArray(R"([{"S":"b","I":-1,"L":0,"D":2.5,"B":false,)"
                          R"("T":"2021-07-09 08:05:03.12"}])");
        // Java prints a double with the fewest digits that read back the same (Double.toString).
        QTest::newRow("double shortest")
            << typedTable({{u"c"_s, 1, qint64(1), 0.1, true, utc(2024, 5, 1, 13, 44, 24)}}) << false
            << QByteArray(R"([{"S":"c","I":1,"L":1,"D":0.1,"B":true,)"
                          R"("T":"2024-05-01 13:44:24.0"}])");
        QTest::newRow("nulls omitted, order kept")
            << typedTable(
                   {{QVariant(), 7, QVariant(), QVariant(), true, QVariant()},
                    {u"x"_s, QVariant(), qint64(5), QVariant(), QVariant(), utc(1999, 12, 31)}})
            << false
            << QByteArray(R"([{"I":7,"B":true},{"S":"x","L":5,"T":"1999-12-31 00:00:00.0"}])");
        QTest::newRow("all-null row")
            << typedTable({{QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()},
                           {u"y"_s, QVariant(), QVariant(), QVariant(), QVariant(), QVariant()}})
            << false << QByteArray(R"([{},{"S":"y"}])");
        QTest::newRow("empty string kept")
            << ResultTable{{{u"PatientId"_s, JavaType::String},
                            {u"PatientName"_s, JavaType::String}},
                           {{u"LIDC-IDRI-0001"_s, u""_s}}}
            << false << QByteArray(R"([{"PatientId":"LIDC-IDRI-0001","PatientName":""}])");
        QTest::newRow("quotes, backslash, newline")
            << singleColumn(u"V"_s, {u"say \"hi\"\\ \n\tend"_s}) << false
            << QByteArray("[{\"V\":\"say \\\"hi\\\"\\\\ \\n\\tend\"}]");
        QTest::newRow("utf-8 kept")
            << singleColumn(u"Collection"_s, {u"Pediatric-Liver-Tumör"_s}) << false
            << QByteArray("[{\"Collection\":\"Pediatric-Liver-Tum\xc3\xb6r\"}]");
        QTest::newRow("slashes plain")
            << singleColumn(u"LicenseURI"_s, {u"http://creativecommons.org/licenses/by/3.0/"_s})
            << false
            << QByteArray("[{\"LicenseURI\":\"http://creativecommons.org/licenses/by/3.0/\"}]");
        QTest::newRow("slashes escaped")
            << singleColumn(u"LicenseURI"_s, {u"http://creativecommons.org/licenses/by/3.0/"_s})
            << true
            << QByteArray("[{\"LicenseURI\":\"http:\\/\\/creativecommons.org\\/licenses\\/by\\/"
                          "3.0\\/\"}]");
        QTest::newRow("slash in key escaped")
            << singleColumn(u"A/B"_s, {u"c/d"_s}) << true << QByteArray("[{\"A\\/B\":\"c\\/d\"}]");
    }
    void json() {
        QFETCH(ResultTable, table);
        QFETCH(bool, escapeSlashes);
        QFETCH(QByteArray, expected);
        QCOMPARE(ResponseFormatter::json(table, escapeSlashes), expected);
        QCOMPARE(ResponseFormatter::format(table, ResponseFormatter::Format::Json, escapeSlashes),
                 expected);
    }

    void csv_data() {
        QTest::addColumn<ResultTable>("table");
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("expected");
        const int csv = int(ResponseFormatter::Format::Csv);
        const int download = int(ResponseFormatter::Format::CsvDownload);
        const int quoted = int(ResponseFormatter::Format::CsvQuoted);

        const ResultTable collections = singleColumn(u"Collection"_s, {u"4D-Lung"_s, u"A091105"_s});
        QTest::newRow("single column raw")
            << collections << csv << QByteArray("Collection\n4D-Lung\nA091105\n");
        QTest::newRow("single column download raw")
            << collections << download << QByteArray("Collection\n4D-Lung\nA091105\n");
        QTest::newRow("single column null is a blank line")
            << singleColumn(u"BodyPartExamined"_s, {QVariant(), u"ABDOMEN"_s}) << csv
            << QByteArray("BodyPartExamined\n\nABDOMEN\n");
        QTest::newRow("single column no quoting of quotes")
            << singleColumn(u"Manufacturer"_s, {u"A \"B\", C"_s}) << csv
            << QByteArray("Manufacturer\nA \"B\", C\n");
        QTest::newRow("single column csvquoted")
            << collections << quoted << QByteArray("\"Collection\"\n\"4D-Lung\"\n\"A091105\"\n");

        const ResultTable size{
            {{u"TotalSizeInBytes"_s, JavaType::Long}, {u"ObjectCount"_s, JavaType::Long}},
            {{qint64(16357620), qint64(2)}}};
        QTest::newRow("multi column quoted")
            << size << csv
            << QByteArray("\"TotalSizeInBytes\",\"ObjectCount\"\n\"16357620\",\"2\"\n");
        QTest::newRow("multi column download quoted")
            << size << download
            << QByteArray("\"TotalSizeInBytes\",\"ObjectCount\"\n\"16357620\",\"2\"\n");
        QTest::newRow("multi column every type")
            << typedTable({{u"say \"hi\""_s, 3, qint64(4), 720.0, true, utc(2000, 1, 1)},
                           {QVariant(), QVariant(), QVariant(), QVariant(), false, QVariant()}})
            << csv
            << QByteArray(
                   "\"S\",\"I\",\"L\",\"D\",\"B\",\"T\"\n"
                   "\"say \"\"hi\"\"\",\"3\",\"4\",\"720\",\"true\",\"2000-01-01 00:00:00.0\"\n"
                   "\"\",\"\",\"\",\"\",\"false\",\"\"\n");
        QTest::newRow("multi column comma inside")
            << ResultTable{{{u"A"_s, JavaType::String}, {u"B"_s, JavaType::String}},
                           {{u"Hologic, Inc."_s, u"x"_s}}}
            << quoted << QByteArray("\"A\",\"B\"\n\"Hologic, Inc.\",\"x\"\n");
    }
    void csv() {
        QFETCH(ResultTable, table);
        QFETCH(int, format);
        QFETCH(QByteArray, expected);
        QCOMPARE(ResponseFormatter::format(table, ResponseFormatter::Format(format), false),
                 expected);
        // The escape-slashes quirk is a JSON matter only.
        QCOMPARE(ResponseFormatter::format(table, ResponseFormatter::Format(format), true),
                 expected);
    }

    void xml_data() {
        QTest::addColumn<ResultTable>("table");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray head = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
        QTest::newRow("single column")
            << singleColumn(u"Collection"_s, {u"4D-Lung"_s, u"A091105"_s})
            << head +
                   "<Results><Row><Collection type='java.lang.String'>4D-Lung</Collection></Row>"
                   "<Row><Collection type='java.lang.String'>A091105</Collection></Row></Results>";
        QTest::newRow("every type")
            << typedTable({{u"a"_s, 3000923, qint64(16357620), 720.0, true, utc(2000, 1, 1)}})
            << head + "<Results><Row><S type='java.lang.String'>a</S>"
                      "<I type='java.lang.Integer'>3000923</I>"
                      "<L type='java.lang.Long'>16357620</L>"
                      "<D type='java.lang.Double'>720</D>"
                      "<B type='java.lang.Boolean'>true</B>"
                      "<T type='java.sql.Timestamp'>2000-01-01 00:00:00.0</T></Row></Results>";
        QTest::newRow("null columns left out")
            << typedTable(
                   {{QVariant(), 7, QVariant(), QVariant(), QVariant(), QVariant()},
                    {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()}})
            << head + "<Results><Row><I type='java.lang.Integer'>7</I></Row><Row></Row></Results>";
        QTest::newRow("escaped")
            << singleColumn(u"Manufacturer"_s, {u"A & B <C>"_s})
            << head + "<Results><Row><Manufacturer type='java.lang.String'>A &amp; B &lt;C&gt;"
                      "</Manufacturer></Row></Results>";
    }
    void xml() {
        QFETCH(ResultTable, table);
        QFETCH(QByteArray, expected);
        QCOMPARE(ResponseFormatter::xml(table), expected);
        QCOMPARE(ResponseFormatter::format(table, ResponseFormatter::Format::Xml, false), expected);
    }

    void html_data() {
        QTest::addColumn<ResultTable>("table");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("single column")
            << singleColumn(u"Collection"_s, {u"4D-Lung"_s, u"A091105"_s})
            << QByteArray("<P ALIGN='center'><TABLE BORDER=1><TR><TH>Collection</TH></TR>"
                          "<TR><TD>4D-Lung</TD></TR><TR><TD>A091105</TD></TR></TABLE></P>");
        QTest::newRow("null is nbsp")
            << ResultTable{{{u"TotalSizeInBytes"_s, JavaType::Long},
                            {u"ObjectCount"_s, JavaType::Long}},
                           {{qint64(16357620), QVariant()}}}
            << QByteArray("<P ALIGN='center'><TABLE BORDER=1><TR><TH>TotalSizeInBytes</TH>"
                          "<TH>ObjectCount</TH></TR><TR><TD>16357620</TD><TD>&nbsp;</TD></TR>"
                          "</TABLE></P>");
        QTest::newRow("typed values")
            << typedTable({{u"a"_s, 1, qint64(2), 0.5, false, utc(2000, 1, 1)}})
            << QByteArray("<P ALIGN='center'><TABLE BORDER=1><TR><TH>S</TH><TH>I</TH><TH>L</TH>"
                          "<TH>D</TH><TH>B</TH><TH>T</TH></TR><TR><TD>a</TD><TD>1</TD><TD>2</TD>"
                          "<TD>0.5</TD><TD>false</TD><TD>2000-01-01 00:00:00.0</TD></TR>"
                          "</TABLE></P>");
    }
    void html() {
        QFETCH(ResultTable, table);
        QFETCH(QByteArray, expected);
        QCOMPARE(ResponseFormatter::html(table), expected);
        QCOMPARE(ResponseFormatter::format(table, ResponseFormatter::Format::Html, false),
                 expected);
    }

    void parseFormat_data() {
        using F = ResponseFormatter::Format;
        QTest::addColumn<QString>("value");
        QTest::addColumn<std::optional<F>>("expected");
        QTest::newRow("absent") << QString() << std::optional<F>(F::Json);
        // §2.1 / getData.formatResponse: only an absent format (null) means JSON; the value is
        // compared with equalsIgnoreCase, so an empty or padded value is no format.
        QTest::newRow("present but empty") << u""_s << std::optional<F>();
        QTest::newRow("leading blank") << u" csv"_s << std::optional<F>();
        QTest::newRow("trailing blank") << u"json "_s << std::optional<F>();
        QTest::newRow("json") << u"json"_s << std::optional<F>(F::Json);
        QTest::newRow("JSON") << u"JSON"_s << std::optional<F>(F::Json);
        QTest::newRow("Json") << u"Json"_s << std::optional<F>(F::Json);
        QTest::newRow("csv") << u"csv"_s << std::optional<F>(F::Csv);
        QTest::newRow("CSV") << u"CSV"_s << std::optional<F>(F::Csv);
        QTest::newRow("cSv") << u"cSv"_s << std::optional<F>(F::Csv);
        QTest::newRow("xml") << u"xml"_s << std::optional<F>(F::Xml);
        QTest::newRow("XML") << u"XML"_s << std::optional<F>(F::Xml);
        QTest::newRow("html") << u"html"_s << std::optional<F>(F::Html);
        QTest::newRow("HTML") << u"HTML"_s << std::optional<F>(F::Html);
        QTest::newRow("CSV-DOWNLOAD") << u"CSV-DOWNLOAD"_s << std::optional<F>(F::CsvDownload);
        QTest::newRow("csv-download") << u"csv-download"_s << std::optional<F>(F::CsvDownload);
        QTest::newRow("CSVQUOTED") << u"CSVQUOTED"_s << std::optional<F>(F::CsvQuoted);
        QTest::newRow("csvquoted") << u"csvquoted"_s << std::optional<F>(F::CsvQuoted);
        QTest::newRow("yaml") << u"yaml"_s << std::optional<F>();
        QTest::newRow("csvx") << u"csvx"_s << std::optional<F>();
        QTest::newRow("text/csv") << u"text/csv"_s << std::optional<F>();
        QTest::newRow("application/json") << u"application/json"_s << std::optional<F>();
        QTest::newRow("csv download") << u"csv download"_s << std::optional<F>();
    }
    void parseFormat() {
        using F = ResponseFormatter::Format;
        QFETCH(QString, value);
        QFETCH(std::optional<F>, expected);
        const std::optional<F> parsed = ResponseFormatter::parseFormat(value);
        QCOMPARE(parsed.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(int(*parsed), int(*expected));
    }

    void contentTypeOfJson() {
        // §2.2: "Content-Type: application/json (no charset parameter set by the code)".
        QCOMPARE(ResponseFormatter::contentType(ResponseFormatter::Format::Json),
                 QByteArray("application/json"));
        QVERIFY(ResponseFormatter::contentType(ResponseFormatter::Format::Csv).contains("csv"));
        QVERIFY(ResponseFormatter::contentType(ResponseFormatter::Format::Xml).contains("xml"));
        QVERIFY(ResponseFormatter::contentType(ResponseFormatter::Format::Html).contains("html"));
    }

    void text_data() {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("null") << QVariant() << int(JavaType::String) << QString();
        QTest::newRow("timestamp midnight")
            << QVariant(utc(2000, 1, 1)) << int(JavaType::Timestamp) << u"2000-01-01 00:00:00.0"_s;
        QTest::newRow("timestamp seconds")
            << QVariant(utc(2019, 11, 30, 23, 59, 58)) << int(JavaType::Timestamp)
            << u"2019-11-30 23:59:58.0"_s;
        QTest::newRow("timestamp millis")
            << QVariant(utc(2019, 11, 30, 23, 59, 58, 5)) << int(JavaType::Timestamp)
            << u"2019-11-30 23:59:58.005"_s;
        QTest::newRow("long") << QVariant(qint64(8387118000LL)) << int(JavaType::Long)
                              << u"8387118000"_s;
        QTest::newRow("integral double") << QVariant(42.0) << int(JavaType::Double) << u"42"_s;
        QTest::newRow("boolean") << QVariant(true) << int(JavaType::Boolean) << u"true"_s;
    }
    void text() {
        QFETCH(QVariant, value);
        QFETCH(int, type);
        QFETCH(QString, expected);
        QCOMPARE(ResponseFormatter::text(value, JavaType(type)), expected);
    }
};

QTEST_GUILESS_MAIN(TestResponseFormatter)
#include "tst_responseformatter.moc"
