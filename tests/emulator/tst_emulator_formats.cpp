// The other answer formats (the NBIA API reference, nbia-api.md §2.1 / §2.5): format=csv,
// CSVQUOTED, xml, html, json in any case, the 500 for unknown formats, the CSV download and the
// escape-slashes quirk; exact bytes and header values.

#include "emulatortestcase.h"
#include "expected.h"
#include "flatjsonarray.h"
#include "httpchecks.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

class TestEmulatorFormats final : public EmulatorTestCase {
    Q_OBJECT

    EmulatorServer *m_server = nullptr;
    qsizetype m_zipSeries = -1; // 10–99 images, stored out of InstanceNumber order, small

private Q_SLOTS:
    void initTestCase() {
        m_emulator.start();
        m_server = &m_emulator.server();
        m_zipSeries = m_emulator.zipSeries();
    }

    void init() { m_emulator.reset(); }

    void cleanupTestCase() { m_emulator.stop(); }

    void formats_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type"); // a substring of Content-Type
        QTest::addColumn<QByteArray>("body");
        const Expected e = expected();
        QStringList names;
        for (const ArchiveCollection &c : archive().collections())
            names.append(c.name);
        std::sort(names.begin(), names.end(),
                  [](const QString &x, const QString &y) { return x.toUpper() < y.toUpper(); });
        const QByteArray csvCollections = "Collection\n" + names.join(u'\n').toUtf8() + '\n';
        QByteArray xmlCollections =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Results>";
        QByteArray htmlCollections =
            "<P ALIGN='center'><TABLE BORDER=1><TR><TH>Collection</TH></TR>";
        for (const QString &name : names) {
            xmlCollections +=
                "<Row><Collection type='java.lang.String'>" + name.toUtf8() + "</Collection></Row>";
            htmlCollections += "<TR><TD>" + name.toUtf8() + "</TD></TR>";
        }
        xmlCollections += "</Results>";
        htmlCollections += "</TABLE></P>";

        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const QByteArray size = QByteArray::number(s.imageFileSize * s.imageCount);
        const QByteArray count = QByteArray::number(s.imageCount);
        const QString sizePath = u"v1/getSeriesSize?SeriesInstanceUID="_s + s.uid;

        QTest::newRow("csv single column raw")
            << u"v1/getCollectionValues?format=csv"_s << 200 << u"csv"_s << csvCollections;
        QTest::newRow("CSV") << u"v1/getCollectionValues?format=CSV"_s << 200 << u"csv"_s
                             << csvCollections;
        QTest::newRow("Csv") << u"v1/getCollectionValues?format=Csv"_s << 200 << u"csv"_s
                             << csvCollections;
        QTest::newRow("xml") << u"v1/getCollectionValues?format=xml"_s << 200 << u"xml"_s
                             << xmlCollections;
        QTest::newRow("XML") << u"v1/getCollectionValues?format=XML"_s << 200 << u"xml"_s
                             << xmlCollections;
        QTest::newRow("html") << u"v1/getCollectionValues?format=html"_s << 200 << u"html"_s
                              << htmlCollections;
        QTest::newRow("HTML") << u"v1/getCollectionValues?format=HTML"_s << 200 << u"html"_s
                              << htmlCollections;
        QTest::newRow("json") << u"v1/getCollectionValues?format=json"_s << 200
                              << u"application/json"_s
                              << Expected::valueArray(u"Collection"_s, QList<QString>(names));
        QTest::newRow("JSON") << u"v1/getCollectionValues?format=JSON"_s << 200
                              << u"application/json"_s
                              << Expected::valueArray(u"Collection"_s, QList<QString>(names));
        QTest::newRow("Format= ignored (case-sensitive name)")
            << u"v1/getCollectionValues?Format=csv"_s << 200 << u"application/json"_s
            << Expected::valueArray(u"Collection"_s, QList<QString>(names));
        QTest::newRow("bad format")
            << u"v1/getCollectionValues?format=yaml"_s << 500 << QString() << kServerError;
        QTest::newRow("present-but-empty format is no format")
            << u"v1/getCollectionValues?format="_s << 500 << QString() << kServerError;
        QTest::newRow("padded format is no format")
            << u"v1/getCollectionValues?format=%20csv"_s << 500 << QString() << kServerError;
        QTest::newRow("bad format text/csv")
            << u"v1/getCollectionValues?format=text/csv"_s << 500 << QString() << kServerError;
        QTest::newRow("csv multi column quoted")
            << sizePath + u"&format=csv"_s << 200 << u"csv"_s
            << "\"TotalSizeInBytes\",\"ObjectCount\"\n\"" + size + "\",\"" + count + "\"\n";
        QTest::newRow("CSVQUOTED multi column")
            << sizePath + u"&format=CSVQUOTED"_s << 200 << u"csv"_s
            << "\"TotalSizeInBytes\",\"ObjectCount\"\n\"" + size + "\",\"" + count + "\"\n";
        QTest::newRow("xml multi column")
            << sizePath + u"&format=xml"_s << 200 << u"xml"_s
            << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Results><Row>"
               "<TotalSizeInBytes type='java.lang.Long'>" +
                   size + "</TotalSizeInBytes><ObjectCount type='java.lang.Long'>" + count +
                   "</ObjectCount></Row></Results>";
        QTest::newRow("html multi column")
            << sizePath + u"&format=html"_s << 200 << u"html"_s
            << "<P ALIGN='center'><TABLE BORDER=1><TR><TH>TotalSizeInBytes</TH><TH>ObjectCount"
               "</TH></TR><TR><TD>" +
                   size + "</TD><TD>" + count + "</TD></TR></TABLE></P>";
        QTest::newRow("bad format multi column")
            << sizePath + u"&format=tsv"_s << 500 << QString() << kServerError;

        // getSeriesMetaData?format=csv: the Java Data Retriever reads line 2 of the quoted CSV.
        const HttpResult meta = get(u"v1/getSeriesMetaData?SeriesInstanceUID="_s + s.uid);
        FlatJsonArray json;
        QVERIFY(json.parse(meta.body));
        // Null columns are empty fields in CSV; the JSON left them out.
        const auto all = e.metaData(index, json.rows().first().value(u"SOP Class UID"_s).toString(),
                                    json.rows().first().value(u"Annotation Size"_s).toString());
        QTest::newRow("getSeriesMetaData csv")
            << u"v1/getSeriesMetaData?format=csv&SeriesInstanceUID="_s + s.uid << 200 << u"csv"_s
            << Expected::metaDataCsv(all);
        QTest::newRow("bodyparts csv null is a blank line")
            << u"v1/getBodyPartValues?format=csv"_s << 200 << u"csv"_s
            << QByteArray("BodyPartExamined\n\n") + [&]() -> QByteArray {
            QStringList parts;
            for (const ArchiveSeries &x : archive().series()) {
                if (!x.bodyPart.isNull() && !parts.contains(x.bodyPart.toUpper()))
                    parts.append(x.bodyPart.toUpper());
            }
            parts.sort();
            return parts.join(u'\n').toUtf8() + '\n';
        }();
    }
    void formats() {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QByteArray, body);
        const HttpResult r = get(path);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, body);
        if (!type.isEmpty())
            QVERIFY2(QString::fromLatin1(r.header("Content-Type")).contains(type),
                     r.header("Content-Type").constData());
    }

    void csvDownload() {
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        const HttpResult plain =
            get(u"v1/getSeriesMetaData?format=csv&SeriesInstanceUID="_s + s.uid);
        const HttpResult r =
            get(u"v1/getSeriesMetaData?format=CSV-DOWNLOAD&SeriesInstanceUID="_s + s.uid);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Disposition"),
                 QByteArray("attachment; filename=\"SeriesMetaData.csv\""));
        QCOMPARE(r.body, plain.body);
        QVERIFY(!plain.has("Content-Disposition"));
    }

    void escapeSlashes() {
        const Expected e = expected();
        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const QString path = u"v1/getSeries?SeriesInstanceUID="_s + s.uid;
        HttpResult r = get(path);
        QVERIFY(!r.body.contains("\\/"));
        QVERIFY(r.body.contains("http"));

        QVERIFY(m_server->quirks().apply(u"escape-slashes=on"_s));
        r = get(path);
        verifyJsonOk(r);
        QCOMPARE(r.body, '[' + e.seriesRow(index, SeriesShape::GetSeries, true) + ']');
        QVERIFY(r.body.contains("\"http") && r.body.contains(":\\/\\/"));
        QCOMPARE(r.body.count('/'), r.body.count("\\/")); // every slash escaped
        QVERIFY(QJsonDocument::fromJson(r.body).isArray());

        r = get(u"v1/getSeriesMetaData?SeriesInstanceUID="_s + s.uid);
        verifyJsonOk(r);
        QCOMPARE(r.body.count('/'), r.body.count("\\/"));
        // Plain-text answers are not JSON and are left alone.
        r = get(u"v1/getSeriesSize"_s);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.body.contains('\\'));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFormats)
#include "tst_emulator_formats.moc"
