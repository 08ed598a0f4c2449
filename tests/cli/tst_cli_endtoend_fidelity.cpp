// The fidelity of each format: json and csv as the archive's own, the table for people.
#include "tst_cli_endtoend.h"

#include <celltext.h>

#include <api/recordjsonwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

namespace {
// Every key of a JSON text in the order written (values in the synthetic archive hold no `":`).
QStringList keysInOrder(const QByteArray &json) {
    static const QRegularExpression key(u"\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:"_s);
    QStringList keys;
    for (auto it = key.globalMatch(QString::fromUtf8(json)); it.hasNext();)
        keys.append(it.next().captured(1));
    return keys;
}

QString encoded(const QString &value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// A JSON value as csv writes it: strings as they are, numbers and booleans as in JSON.
QString csvText(const QJsonValue &value) {
    if (value.isUndefined() || value.isNull())
        return u""_s;
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(nbia::RecordJsonWriter::valueToJson(value));
}
} // namespace

void TestCliEndToEnd::jsonIsTheArchivesOwn_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("request");

    const QString c = m_collection;
    const QString m = m_modality;
    const QString uid = m_server->archive().series()[m_expect->fullyDescribedSeries()].uid;
    const QString listName = m_server->archive().sharedLists().first().name;
    const QString since = m_since.toString(Qt::ISODate);
    QTest::newRow("collections") << QStringList{u"collections"_s} << u"getCollectionValues"_s;
    QTest::newRow("modalities") << QStringList{u"modalities"_s, u"--collection"_s, c}
                                << u"getModalityValues?Collection="_s + encoded(c);
    QTest::newRow("body-parts") << QStringList{u"body-parts"_s, u"--modality"_s, m}
                                << u"getBodyPartValues?Modality="_s + encoded(m);
    QTest::newRow("manufacturers") << QStringList{u"manufacturers"_s} << u"getManufacturerValues"_s;
    QTest::newRow("patients") << QStringList{u"patients"_s, u"--collection"_s, c}
                              << u"getPatient?Collection="_s + encoded(c);
    QTest::newRow("patients-by-modality")
        << QStringList{u"patients-by-modality"_s, u"--collection"_s, c, u"--modality"_s, m}
        << u"getPatientByCollectionAndModality?Collection=%1&Modality=%2"_s.arg(encoded(c),
                                                                                encoded(m));
    QTest::newRow("new-patients") << QStringList{u"new-patients"_s, u"--collection"_s, c,
                                                 u"--since"_s, since}
                                  << u"NewPatientsInCollection?Collection=%1&Date=%2"_s.arg(
                                         encoded(c), m_since.toString(u"yyyy/MM/dd"_s));
    QTest::newRow("studies") << QStringList{u"studies"_s, u"--collection"_s, c}
                             << u"getPatientStudy?Collection="_s + encoded(c);
    QTest::newRow("new-studies") << QStringList{u"new-studies"_s, u"--collection"_s, c,
                                                u"--since"_s, since}
                                 << u"NewStudiesInPatientCollection?Collection=%1&Date=%2"_s.arg(
                                        encoded(c), m_since.toString(u"yyyy/MM/dd"_s));
    QTest::newRow("series") << QStringList{u"series"_s, u"--collection"_s, c}
                            << u"getSeries?Collection="_s + encoded(c);
    QTest::newRow("updated-series")
        << QStringList{u"updated-series"_s, u"--since"_s, since}
        << u"getUpdatedSeries?fromDate="_s + m_since.toString(u"dd/MM/yyyy"_s);
    QTest::newRow("sop-uids") << QStringList{u"sop-uids"_s, u"--series"_s, uid}
                              << u"getSOPInstanceUIDs?SeriesInstanceUID="_s + uid;
    QTest::newRow("series-size") << QStringList{u"series-size"_s, u"--series"_s, uid}
                                 << u"getSeriesSize?SeriesInstanceUID="_s + uid;
    QTest::newRow("series-metadata") << QStringList{u"series-metadata"_s, u"--series"_s, uid}
                                     << u"getSeriesMetaData?SeriesInstanceUID="_s + uid;
    QTest::newRow("shared-list") << QStringList{u"shared-list"_s, listName}
                                 << u"getContentsByName?name="_s + listName;
}

// --format json: the same records, keys, key order and value types as the archive's body.
void TestCliEndToEnd::jsonIsTheArchivesOwn() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, request);
    const QByteArray raw = rawBody(request);
    QVERIFY(!raw.isEmpty());
    const CliRun run = cli(arguments + QStringList{u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QJsonDocument::fromJson(run.out).array(), QJsonDocument::fromJson(raw).array());
    QCOMPARE(keysInOrder(run.out), keysInOrder(raw));
    QVERIFY(run.out.startsWith("[\n  {"));
    QVERIFY(run.out.endsWith("}\n]\n"));
}

void TestCliEndToEnd::csvHasEveryArchiveField_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("fieldCount");
    QTest::addColumn<QString>("lastField");

    const QString c = m_collection;
    const QString uid = m_server->archive().series()[m_expect->fullyDescribedSeries()].uid;
    const QString listName = m_server->archive().sharedLists().first().name;
    QTest::newRow("patients") << QStringList{u"patients"_s, u"--collection"_s, c}
                              << u"getPatient?Collection="_s + encoded(c) << 9
                              << u"SpeciesDescription"_s;
    QTest::newRow("patients-by-modality")
        << QStringList{u"patients-by-modality"_s, u"--collection"_s, c, u"--modality"_s, m_modality}
        << u"getPatientByCollectionAndModality?Collection=%1&Modality=%2"_s.arg(encoded(c),
                                                                                encoded(m_modality))
        << 1 << u"PatientId"_s;
    QTest::newRow("studies") << QStringList{u"studies"_s, u"--collection"_s, c}
                             << u"getPatientStudy?Collection="_s + encoded(c) << 15
                             << u"LongitudinalTemporalOffsetFromEvent"_s;
    QTest::newRow("series") << QStringList{u"series"_s, u"--collection"_s, c}
                            << u"getSeries?Collection="_s + encoded(c) << 24
                            << u"ThirdPartyAnalysis"_s;
    QTest::newRow("updated-series")
        << QStringList{u"updated-series"_s} << u"getUpdatedSeries"_s << 16 << u"DateReleased"_s;
    QTest::newRow("shared-list") << QStringList{u"shared-list"_s, listName}
                                 << u"getContentsByName?name="_s + listName << 16
                                 << u"Date Released"_s;
    QTest::newRow("series-size") << QStringList{u"series-size"_s, u"--series"_s, uid}
                                 << u"getSeriesSize?SeriesInstanceUID="_s + uid << 2
                                 << u"ObjectCount"_s;
    QTest::newRow("series-metadata")
        << QStringList{u"series-metadata"_s, u"--series"_s, uid}
        << u"getSeriesMetaData?SeriesInstanceUID="_s + uid << 27 << u"TimeStamp"_s;
}

// --format csv: every field of the endpoint in the archive's order, values as the archive's.
void TestCliEndToEnd::csvHasEveryArchiveField() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, request);
    QFETCH(int, fieldCount);
    QFETCH(QString, lastField);
    const QJsonArray raw = QJsonDocument::fromJson(rawBody(request)).array();
    QVERIFY(!raw.isEmpty());
    const CliRun run = cli(arguments + QStringList{u"--format"_s, u"csv"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    bool ok = false;
    QList<QStringList> rows = CsvReader::parse(run.out, &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), raw.size() + 1);
    QStringList header = rows.takeFirst();
    QCOMPARE(header.size(), fieldCount);
    QCOMPARE(header.constLast(), lastField);
    QCOMPARE(header.removeDuplicates(), 0);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QCOMPARE(rows[r].size(), header.size());
        const QJsonObject object = raw[r].toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            QVERIFY2(header.contains(it.key()), qPrintable(it.key()));
        for (qsizetype f = 0; f < header.size(); ++f)
            QCOMPARE(rows[r][f], csvText(object.value(header[f])));
    }
}

void TestCliEndToEnd::seriesFiltersAreAllSent() {
    const qsizetype index = m_expect->fullyDescribedSeries();
    QVERIFY(index >= 0);
    const ArchiveSeries &series = m_server->archive().series()[index];
    QUrl seen;
    const QMetaObject::Connection connection =
        connect(m_server.get(), &EmulatorServer::requestReceived, this,
                [&seen](const QString &endpoint, const QUrl &url) {
                    if (endpoint == "getSeries"_L1)
                        seen = url;
                });
    const CliRun run = cli(
        {u"series"_s, u"--format"_s, u"json"_s, u"--collection"_s, m_expect->collectionOf(index),
         u"--patient"_s, m_expect->patientOf(index), u"--study"_s, m_expect->studyOf(index),
         u"--modality"_s, series.modality, u"--body-part"_s, series.bodyPart, u"--model"_s,
         series.model, u"--manufacturer"_s, series.manufacturer, u"--series"_s, series.uid});
    disconnect(connection);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][u"SeriesInstanceUID"_s].toString(), series.uid);
    const QUrlQuery query(seen);
    for (const char *name :
         {"Collection", "PatientID", "StudyInstanceUID", "Modality", "BodyPartExamined",
          "ManufacturerModelName", "Manufacturer", "SeriesInstanceUID"})
        QVERIFY2(query.hasQueryItem(QLatin1StringView(name)), name);
    QCOMPARE(query.queryItemValue(u"Manufacturer"_s, QUrl::FullyDecoded), series.manufacturer);
}

void TestCliEndToEnd::seriesTableIsReadable() {
    const ArchiveSeries &series = m_server->archive().series()[m_expect->fullyDescribedSeries()];
    const CliRun run = cli({u"series"_s, u"--series"_s, series.uid});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].simplified(), u"SeriesInstanceUID PatientID Modality BodyPartExamined "
                                    "SeriesDescription ImageCount FileSize"_s);
    QVERIFY(lines[1].startsWith(series.uid + u"  "_s));
    QVERIFY2(lines[1].endsWith(u"  "_s + nbia::cli::CellText::humanBytes(series.totalSize())),
             qPrintable(lines[1]));
    QVERIFY(lines[1].mid(lines[0].indexOf(u"Modality"_s)).startsWith(series.modality + u' '));
}

void TestCliEndToEnd::seriesSize_data() {
    QTest::addColumn<QString>("format");
    for (const QString &format : outputFormats())
        QTest::newRow(qPrintable(format)) << format;
}

void TestCliEndToEnd::seriesSize() {
    QFETCH(QString, format);
    const ArchiveSeries &series = m_server->archive().series()[m_expect->fullyDescribedSeries()];
    const CliRun run = cli({u"series-size"_s, u"--series"_s, series.uid, u"--format"_s, format});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray total = QByteArray::number(series.totalSize());
    const QByteArray count = QByteArray::number(series.imageCount);
    if (format == "json"_L1) {
        QCOMPARE(run.out, "[\n  {\n    \"TotalSizeInBytes\": " + total +
                              ",\n    \"ObjectCount\": " + count + "\n  }\n]\n");
    } else if (format == "csv"_L1) {
        QCOMPARE(run.out, "TotalSizeInBytes,ObjectCount\n" + total + ',' + count + '\n');
    } else {
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].simplified(), u"TotalSizeInBytes Size ObjectCount"_s);
        QCOMPARE(lines[1].simplified(), QString::fromLatin1(total) + u' ' +
                                            nbia::cli::CellText::humanBytes(series.totalSize()) +
                                            u' ' + QString::fromLatin1(count));
    }
}

void TestCliEndToEnd::seriesMetadata_data() {
    QTest::addColumn<QString>("format");
    for (const QString &format : outputFormats())
        QTest::newRow(qPrintable(format)) << format;
}

void TestCliEndToEnd::seriesMetadata() {
    QFETCH(QString, format);
    const qsizetype index = m_expect->fullyDescribedSeries();
    const ArchiveSeries &series = m_server->archive().series()[index];
    const CliRun run =
        cli({u"series-metadata"_s, u"--series"_s, series.uid, u"--format"_s, format});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    if (format == "json"_L1) {
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][u"Series UID"_s].toString(), series.uid);
        QCOMPARE(rows[0][u"Subject ID"_s].toString(), m_expect->patientOf(index));
        QCOMPARE(rows[0][u"Number of Images"_s].toString(), QString::number(series.imageCount));
        QCOMPARE(rows[0][u"File Size"_s].toString(), QString::number(series.totalSize()));
    } else if (format == "csv"_L1) {
        const QList<QStringList> rows = CsvReader::parse(run.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].first(), u"Series UID"_s);
        QCOMPARE(rows[1].first(), series.uid);
    } else {
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 28); // header and the 27 fields, one a line
        QCOMPARE(lines[0].simplified(), u"Field Value"_s);
        QCOMPARE(lines[1].simplified(), u"Series UID "_s + series.uid);
        const QString longestField = u"Manufacturer Model Name"_s;
        QVERIFY(lines.contains(u"Number of Images"_s.leftJustified(longestField.size() + 2) +
                               QString::number(series.imageCount)));
    }
}
