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
    QTest::addColumn<QString>("v4Request"); // where it differs from v1's

    const QString c = m_collection;
    const QString m = m_modality;
    const QString uid = m_server->archive().series()[m_expect->fullyDescribedSeries()].uid;
    const QString listName = m_server->archive().sharedLists().first().name;
    const QString since = m_since.toString(Qt::ISODate);
    QTest::newRow("collections") << QStringList{u"collections"_s} << u"getCollectionValues"_s
                                 << QString();
    QTest::newRow("modalities") << QStringList{u"modalities"_s, u"--collection"_s, c}
                                << u"getModalityValues?Collection="_s + encoded(c) << QString();
    QTest::newRow("body-parts") << QStringList{u"body-parts"_s, u"--modality"_s, m}
                                << u"getBodyPartValues?Modality="_s + encoded(m) << QString();
    QTest::newRow("manufacturers")
        << QStringList{u"manufacturers"_s} << u"getManufacturerValues"_s << QString();
    QTest::newRow("patients") << QStringList{u"patients"_s, u"--collection"_s, c}
                              << u"getPatient?Collection="_s + encoded(c) << QString();
    QTest::newRow("patients-by-modality")
        << QStringList{u"patients-by-modality"_s, u"--collection"_s, c, u"--modality"_s, m}
        << u"getPatientByCollectionAndModality?Collection=%1&Modality=%2"_s.arg(encoded(c),
                                                                                encoded(m))
        << QString();
    QTest::newRow("new-patients") << QStringList{u"new-patients"_s, u"--collection"_s, c,
                                                 u"--since"_s, since}
                                  << u"NewPatientsInCollection?Collection=%1&Date=%2"_s.arg(
                                         encoded(c), m_since.toString(u"yyyy/MM/dd"_s))
                                  << u"NewPatientsInCollection?Collection=%1&fromDate=%2"_s.arg(
                                         encoded(c), m_since.toString(u"MM-dd-yyyy"_s));
    QTest::newRow("studies") << QStringList{u"studies"_s, u"--collection"_s, c}
                             << u"getPatientStudy?Collection="_s + encoded(c) << QString();
    QTest::newRow("new-studies")
        << QStringList{u"new-studies"_s, u"--collection"_s, c, u"--since"_s, since}
        << u"NewStudiesInPatientCollection?Collection=%1&Date=%2"_s.arg(
               encoded(c), m_since.toString(u"yyyy/MM/dd"_s))
        << u"NewStudiesInPatientCollection?Collection=%1&fromDate=%2"_s.arg(
               encoded(c), m_since.toString(u"MM-dd-yyyy"_s));
    QTest::newRow("series") << QStringList{u"series"_s, u"--collection"_s, c}
                            << u"getSeries?Collection="_s + encoded(c) << QString();
    QTest::newRow("updated-series")
        << QStringList{u"updated-series"_s, u"--since"_s, since}
        << u"getUpdatedSeries?fromDate="_s + m_since.toString(u"dd/MM/yyyy"_s)
        << u"getUpdatedSeries?fromDate="_s + m_since.toString(u"MM-dd-yyyy"_s);
    QTest::newRow("sop-uids") << QStringList{u"sop-uids"_s, u"--series"_s, uid}
                              << u"getSOPInstanceUIDs?SeriesInstanceUID="_s + uid << QString();
    QTest::newRow("series-size") << QStringList{u"series-size"_s, u"--series"_s, uid}
                                 << u"getSeriesSize?SeriesInstanceUID="_s + uid << QString();
    QTest::newRow("series-metadata") << QStringList{u"series-metadata"_s, u"--series"_s, uid}
                                     << u"getSeriesMetaData?SeriesInstanceUID="_s + uid
                                     << u"POST getSeriesMetadata list="_s + uid + u"&format=json"_s;
    QTest::newRow("shared-list") << QStringList{u"shared-list"_s, listName}
                                 << u"getContentsByName?name="_s + listName << QString();
}

// --format json: the same records, keys, key order and value types as the archive's body.
void TestCliEndToEnd::jsonIsTheArchivesOwn() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, request);
    QFETCH(QString, v4Request);
    const QByteArray raw =
        rawBody(m_version == "v4"_L1 && !v4Request.isEmpty() ? v4Request : request);
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
    if (m_version == "v4"_L1) {
        csvIsTheSameOnV4(arguments, fieldCount);
        return;
    }
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

// On v4, csv is v1's: the same columns in the same order, then the fields only v4 has, and the
// same values, but where the servers differ: v4 gives submission and release times to the day
// only, writes AnnotationsFlag only when set, has no SOP Class UID or Annotation Size in its
// metadata, and v1's getSeriesMetaData strips descriptions to [A-Za-z0-9 .-].
void TestCliEndToEnd::csvIsTheSameOnV4(const QStringList &arguments, int v1FieldCount) {
    const QStringList csv{u"--format"_s, u"csv"_s};
    const CliRun v4 = cli(arguments + csv);
    const CliRun v1 =
        CliProcess::run(QStringList{u"--server"_s, m_root + u"v1"_s} + arguments + csv);
    QVERIFY2(v4.exitCode == 0, qPrintable(v4.err));
    QVERIFY2(v1.exitCode == 0, qPrintable(v1.err));
    bool ok = false;
    QList<QStringList> v4Rows = CsvReader::parse(v4.out, &ok);
    QVERIFY(ok);
    QList<QStringList> v1Rows = CsvReader::parse(v1.out, &ok);
    QVERIFY(ok);
    QCOMPARE(v4Rows.size(), v1Rows.size());
    const QStringList v1Header = v1Rows.takeFirst();
    const QStringList v4Header = v4Rows.takeFirst();
    QCOMPARE(v1Header.size(), v1FieldCount);
    QCOMPARE(v4Header.mid(0, v1FieldCount), v1Header);
    QStringList unique = v4Header;
    QCOMPARE(unique.removeDuplicates(), 0);
    const auto byFirstColumn = [](const QStringList &a, const QStringList &b) {
        return a.value(0) < b.value(0);
    };
    std::stable_sort(v1Rows.begin(), v1Rows.end(), byFirstColumn);
    std::stable_sort(v4Rows.begin(), v4Rows.end(), byFirstColumn);
    for (qsizetype r = 0; r < v1Rows.size(); ++r) {
        QCOMPARE(v4Rows[r].size(), v4Header.size());
        for (qsizetype f = 0; f < v1Header.size(); ++f) {
            const QString &name = v1Header[f];
            static const QRegularExpression stripped(u"[^A-Za-z0-9 .\\-]"_s);
            const QString &v4Value = v4Rows[r][f];
            const QString &v1Value = v1Rows[r][f];
            if (name == "TimeStamp"_L1 || name == "DateReleased"_L1 || name == "Date Released"_L1)
                QCOMPARE(v4Value.left(10), v1Value.left(10));
            else if ((name == "SOP Class UID"_L1 || name == "Annotation Size"_L1) &&
                     v4Value.isEmpty())
                continue;
            else if (name == "AnnotationsFlag"_L1 && v4Value.isEmpty())
                QVERIFY(v1Value.isEmpty() || v1Value == "false"_L1);
            else if (name == "Annotations Flag"_L1 && v4Value.isEmpty())
                continue; // v1's metadata says true or false for any series with a flag
            else if (name.endsWith(u" Description"_s))
                QCOMPARE(QString(v4Value).remove(stripped), v1Value);
            else
                QCOMPARE(v4Value, v1Value);
        }
    }
}

void TestCliEndToEnd::v4Commands_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("request");
    const QString c = m_collection;
    QString seg;
    for (const ArchiveSeries &s : m_server->archive().series()) {
        if (s.modality == "SEG"_L1) {
            seg = s.uid;
            break;
        }
    }
    QTest::newRow("counts of collections") << QStringList{u"counts"_s, u"--of"_s, u"collection"_s}
                                           << u"getCollectionValuesAndCounts"_s;
    QTest::newRow("counts of modalities in a collection")
        << QStringList{u"counts"_s, u"--of"_s, u"modality"_s, u"--collection"_s, c}
        << u"getModalityValuesAndCounts?Collection="_s + encoded(c);
    QTest::newRow("counts of body parts")
        << QStringList{u"counts"_s, u"--of"_s, u"body-part"_s} << u"getBodyPartValuesAndCounts"_s;
    QTest::newRow("counts of manufacturers")
        << QStringList{u"counts"_s, u"--of"_s, u"manufacturer"_s, u"--collection"_s, c}
        << u"getManufacturerValuesAndCounts?Collection="_s + encoded(c);
    QTest::newRow("describe") << QStringList{u"describe"_s, u"--collection"_s, c}
                              << u"getCollectionDescriptions?collectionName="_s + encoded(c);
    QTest::newRow("dicom-tags") << QStringList{u"dicom-tags"_s, u"--series"_s, seg}
                                << u"getDicomTags?SeriesUID="_s + seg;
}

// What only v4 has: --format json is the server's own body; v1 says it has no such thing and
// sends nothing.
void TestCliEndToEnd::v4Commands() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, request);
    m_server->resetRequestCounts();
    const CliRun run = cli(arguments + QStringList{u"--format"_s, u"json"_s});
    if (m_version == "v1"_L1) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"This server's API version does not offer"_s),
                 qPrintable(run.err));
        QCOMPARE(m_server->requestCount(), 0);
        return;
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray raw = rawBody(request);
    QVERIFY(!raw.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(run.out).array(), QJsonDocument::fromJson(raw).array());
    QCOMPARE(keysInOrder(run.out), keysInOrder(raw));
    // The other formats print the same rows.
    const CliRun csv = cli(arguments + QStringList{u"--format"_s, u"csv"_s});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QCOMPARE(CsvReader::parse(csv.out).size(), QJsonDocument::fromJson(raw).array().size() + 1);
}

// A description is HTML: the table shows its text, without tags or scripts.
void TestCliEndToEnd::describeShowsText() {
    if (m_version == "v1"_L1)
        return; // v1 has no descriptions (v4Commands checks what it says)
    for (const ArchiveCollection &collection : m_server->archive().collections()) {
        if (collection.description.isNull())
            continue;
        const CliRun run = cli({u"describe"_s, u"--collection"_s, collection.name});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains('<'), run.out.constData());
        QVERIFY2(!run.out.contains("alert"), run.out.constData());
        QVERIFY(run.out.contains(collection.name.toUtf8()));
        QVERIFY(run.out.contains(collection.doi.toUtf8()));
    }
}

// referenced-series: the image series a segmentation is drawn on, as `series` lists them.
void TestCliEndToEnd::referencedSeries() {
    const auto &series = m_server->archive().series();
    const auto seg = std::find_if(series.cbegin(), series.cend(),
                                  [](const ArchiveSeries &s) { return s.modality == "SEG"_L1; });
    QVERIFY(seg != series.cend());
    const CliRun run =
        cli({u"referenced-series"_s, u"--series"_s, seg->uid, u"--format"_s, u"csv"_s});
    if (m_version == "v1"_L1) {
        QCOMPARE(run.exitCode, 1);
        return;
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList listed;
    QList<QStringList> rows = CsvReader::parse(run.out);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.takeFirst().first(), u"SeriesInstanceUID"_s);
    for (const QStringList &row : std::as_const(rows))
        listed << row.first();
    QStringList expected;
    for (const qsizetype index : seg->referencedSeries)
        expected << series[index].uid;
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);
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
    if (format == "json"_L1 && m_version == "v4"_L1) {
        // The server's own keys and types (getSeriesMetadata's, as with format=json).
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][u"SeriesInstanceUID"_s].toString(), series.uid);
        QCOMPARE(rows[0][u"PatientID"_s].toString(), m_expect->patientOf(index));
        QCOMPARE(rows[0][u"ImageCount"_s].toInteger(), series.imageCount);
        QCOMPARE(rows[0][u"FileSize"_s].toInteger(), series.totalSize());
        QCOMPARE(rows[0][u"Authorized"_s].toString(), u"1"_s);
    } else if (format == "json"_L1) {
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
        // Header and v1's 27 fields, one a line; v4 adds the fields only it has after them.
        if (m_version == "v4"_L1)
            QVERIFY(lines.size() > 28);
        else
            QCOMPARE(lines.size(), 28);
        QCOMPARE(lines[0].simplified(), u"Field Value"_s);
        QCOMPARE(lines[1].simplified(), u"Series UID "_s + series.uid);
        const qsizetype valueColumn = lines[0].indexOf(u"Value"_s);
        QVERIFY(lines.contains(u"Number of Images"_s.leftJustified(valueColumn) +
                               QString::number(series.imageCount)));
    }
}
