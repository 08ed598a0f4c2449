#include "tst_cli_endtoend.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

namespace {
// The values a listing printed under `key`, read back from the given format.
QStringList printedValues(const QString &format, const QByteArray &out, const QString &key,
                          bool singleColumn) {
    QStringList values;
    if (format == "json"_L1) {
        const QJsonDocument document = QJsonDocument::fromJson(out);
        for (const auto &row : document.array()) {
            const QJsonValue value = row.toObject().value(key);
            values.append(value.isUndefined() ? QString() : value.toString());
        }
    } else if (format == "csv"_L1) {
        QList<QStringList> rows = CsvReader::parse(out);
        const qsizetype column = rows.isEmpty() ? -1 : rows.takeFirst().indexOf(key);
        for (const QStringList &row : std::as_const(rows))
            values.append(column >= 0 && column < row.size() ? row[column] : u"<missing>"_s);
    } else {
        QStringList lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
        if (!lines.isEmpty())
            lines.removeFirst();
        for (const QString &line : std::as_const(lines))
            values.append(singleColumn ? line : line.section(u' ', 0, 0));
    }
    return values;
}

// How each format shows a `{}` row of a value list.
QStringList shownAs(QStringList values, const QString &format) {
    for (QString &value : values) {
        if (value.isNull() && format == "table"_L1)
            value = u"(not specified)"_s;
        else if (value.isNull() && format == "csv"_L1)
            value = u""_s;
    }
    return ArchiveExpectations::sorted(values, false);
}

} // namespace

CliRun TestCliEndToEnd::cli(const QStringList &arguments) const {
    return CliProcess::run(QStringList{u"--server"_s, m_root + m_version} + arguments);
}

// "getSeries?Collection=X" as a GET of this version, or "POST getSeriesMetadata list=…".
QByteArray TestCliEndToEnd::rawBody(const QString &request) {
    QNetworkAccessManager network;
    QNetworkReply *reply = nullptr;
    if (request.startsWith(u"POST "_s)) {
        const QString rest = request.mid(5);
        QNetworkRequest post(QUrl(m_root + m_version + u'/' + rest.section(u' ', 0, 0)));
        post.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = network.post(post, rest.section(u' ', 1).toUtf8());
    } else {
        // Shared lists are on v1 only.
        const QString version = request.startsWith(u"getContentsByName"_s) ? u"v1"_s : m_version;
        reply = network.get(QNetworkRequest(QUrl(m_root + version + u'/' + request)));
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(30000))
        return {};
    QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void TestCliEndToEnd::initTestCase() {
    EmulatorOptions options;
    options.archive = *ArchiveSpec::fromSize(u"small"_s, 7);
    m_server = std::make_unique<EmulatorServer>(options);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_root = m_server->serviceRoot().toString();
    m_expect = std::make_unique<ArchiveExpectations>(m_server->archive());
    m_collection = m_expect->busiestCollection();
    m_modality = m_expect->commonModality(m_collection);
    m_since = m_expect->middleReleaseDate(m_collection);
    QVERIFY(!m_collection.isEmpty() && !m_modality.isEmpty() && m_since.isValid());
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(NBIA_CLI_EXECUTABLE)));
}

void TestCliEndToEnd::initTestCase_data() {
    QTest::addColumn<QString>("apiVersion");
    QTest::newRow("v1") << u"v1"_s;
    QTest::newRow("v4") << u"v4"_s;
}

void TestCliEndToEnd::init() {
    QFETCH_GLOBAL(QString, apiVersion);
    m_version = apiVersion;
    m_server->faults().clear();
    m_server->quirks() = EmulatorQuirks();
}

void TestCliEndToEnd::listings_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("singleColumn");
    QTest::addColumn<QStringList>("expected");

    const ArchiveExpectations &x = *m_expect;
    const QString c = m_collection;
    const QString m = m_modality;
    const QString since = m_since.toString(Qt::ISODate);
    const QString patient = x.patients(c).first();
    const qsizetype seriesIndex = x.fullyDescribedSeries();
    const QString seriesUid = m_server->archive().series()[seriesIndex].uid;
    const QString listName = m_server->archive().sharedLists().first().name;

    struct Case {
        const char *name;
        QStringList arguments;
        QString key;
        bool singleColumn;
        QStringList expected;
    };
    const QList<Case> cases{
        {"collections", {u"collections"_s}, u"Collection"_s, true, x.collections()},
        {"modalities",
         {u"modalities"_s, u"--collection"_s, c},
         u"Modality"_s,
         true,
         x.modalities(c)},
        {"body-parts",
         {u"body-parts"_s, u"--collection"_s, c, u"--modality"_s, m},
         u"BodyPartExamined"_s,
         true,
         x.bodyParts(c, m)},
        {"manufacturers",
         {u"manufacturers"_s, u"--collection"_s, c, u"--modality"_s, m},
         u"Manufacturer"_s,
         true,
         x.manufacturers(c, m)},
        {"patients", {u"patients"_s, u"--collection"_s, c}, u"PatientId"_s, false, x.patients(c)},
        {"patients --patient",
         {u"patients"_s, u"--collection"_s, c, u"--patient"_s, patient},
         u"PatientId"_s,
         false,
         {patient}},
        {"patients-by-modality",
         {u"patients-by-modality"_s, u"--collection"_s, c, u"--modality"_s, m},
         u"PatientId"_s,
         true,
         x.patientsByModality(c, m)},
        {"studies",
         {u"studies"_s, u"--collection"_s, c},
         u"StudyInstanceUID"_s,
         false,
         x.studies(c)},
        {"studies --patient",
         {u"studies"_s, u"--collection"_s, c, u"--patient"_s, patient},
         u"StudyInstanceUID"_s,
         false,
         x.studies(c, patient)},
        {"series",
         {u"series"_s, u"--collection"_s, c, u"--modality"_s, m},
         u"SeriesInstanceUID"_s,
         false,
         x.series(c, m)},
        {"sop-uids",
         {u"sop-uids"_s, u"--series"_s, seriesUid},
         u"SOPInstanceUID"_s,
         true,
         x.sopUids(seriesIndex)},
        {"new-patients",
         {u"new-patients"_s, u"--collection"_s, c, u"--since"_s, since},
         u"PatientId"_s,
         false,
         x.newPatients(c, m_since)},
        {"new-studies",
         {u"new-studies"_s, u"--collection"_s, c, u"--since"_s, since},
         u"StudyInstanceUID"_s,
         false,
         x.newStudies(c, m_since)},
        {"updated-series",
         {u"updated-series"_s, u"--since"_s, since},
         u"SeriesInstanceUID"_s,
         false,
         x.updatedSeries(m_since)},
        {"updated-series without date",
         {u"updated-series"_s},
         u"SeriesInstanceUID"_s,
         false,
         x.updatedSeries(QDate(1900, 1, 1))},
        {"shared-list",
         {u"shared-list"_s, listName},
         u"SeriesInstanceUID"_s,
         false,
         x.sharedList(listName)},
        {"shared-list --name",
         {u"shared-list"_s, u"--name"_s, listName},
         u"SeriesInstanceUID"_s,
         false,
         x.sharedList(listName)},
    };
    for (const Case &test : cases) {
        for (const QString &format : outputFormats()) {
            QTest::addRow("%s, %s", test.name, qPrintable(format))
                << test.arguments + QStringList{u"--format"_s, format} << format << test.key
                << test.singleColumn << test.expected;
        }
    }
}

void TestCliEndToEnd::listings() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, format);
    QFETCH(QString, key);
    QFETCH(bool, singleColumn);
    QFETCH(QStringList, expected);
    QVERIFY2(!expected.isEmpty(), "the synthetic archive should give a non-empty expectation");
    if (m_version == "v4"_L1) {
        // What v4 answers otherwise: upper-cased manufacturers, and New* from the day itself.
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (key == "Manufacturer"_L1) {
            for (QString &value : expected)
                value = value.toUpper();
        } else if (tag.startsWith(u"new-patients"_s)) {
            expected = m_expect->newPatients(m_collection, m_since, true);
        } else if (tag.startsWith(u"new-studies"_s)) {
            expected = m_expect->newStudies(m_collection, m_since, true);
        }
    }

    const CliRun run = cli(arguments);
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.out.isValidUtf8(), true);
    if (format == "table"_L1)
        QVERIFY(run.out.startsWith(key.toUtf8()));
    if (format == "csv"_L1)
        QVERIFY(!run.out.contains('\r'));
    if (format == "json"_L1)
        QVERIFY(QJsonDocument::fromJson(run.out).isArray());
    QCOMPARE(ArchiveExpectations::sorted(printedValues(format, run.out, key, singleColumn), false),
             shownAs(expected, format));
}

void TestCliEndToEnd::nothingFound_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("firstColumn");
    QTest::addColumn<bool>("emptyBodyQuirk");

    const QList<std::tuple<const char *, QStringList, QString>> cases{
        {"series of an unknown collection",
         {u"series"_s, u"--collection"_s, u"No-Such-Collection"_s},
         u"SeriesInstanceUID"_s},
        {"modalities of an unknown collection",
         {u"modalities"_s, u"--collection"_s, u"No-Such-Collection"_s},
         u"Modality"_s},
        {"new patients in the future",
         {u"new-patients"_s, u"--collection"_s, m_collection, u"--since"_s, u"2099-01-01"_s},
         u"PatientId"_s},
        {"unknown series size",
         {u"series-size"_s, u"--series"_s, u"9.9.9"_s},
         u"TotalSizeInBytes"_s},
        {"unknown series metadata (204)",
         {u"series-metadata"_s, u"--series"_s, u"9.9.9"_s},
         u"Series UID"_s},
        {"unknown series SOP UIDs",
         {u"sop-uids"_s, u"--series"_s, u"9.9.9"_s},
         u"SOPInstanceUID"_s},
        {"unknown shared list", {u"shared-list"_s, u"nbia-0"_s}, u"SeriesInstanceUID"_s},
    };
    for (const auto &[name, arguments, firstColumn] : cases) {
        for (const QString &format : outputFormats()) {
            QTest::addRow("%s, %s", name, qPrintable(format))
                << arguments + QStringList{u"--format"_s, format} << format << firstColumn << false;
        }
    }
    QTest::newRow("unknown series size, empty body")
        << QStringList{u"series-size"_s, u"--series"_s, u"9.9.9"_s, u"--format"_s, u"json"_s}
        << u"json"_s << u"TotalSizeInBytes"_s << true;
}

// Exit code 3; the header (table, csv) or [] (json) still printed; "No results." for people.
void TestCliEndToEnd::nothingFound() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, format);
    QFETCH(QString, firstColumn);
    QFETCH(bool, emptyBodyQuirk);
    if (emptyBodyQuirk)
        m_server->quirks().unknownSeriesSize = EmulatorQuirks::UnknownSeriesSize::EmptyBody;

    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 3);
    if (format == "json"_L1) {
        QCOMPARE(run.out, "[]\n"_ba);
        QCOMPARE(run.err, QString());
    } else if (format == "csv"_L1) {
        QVERIFY(run.out.startsWith(firstColumn.toUtf8()));
        QCOMPARE(run.out.count('\n'), 1);
        QCOMPARE(run.err, QString());
    } else {
        // The series-metadata table lists the fields one a line, under "Field  Value".
        const QString header = firstColumn == "Series UID"_L1 ? u"Field"_s : firstColumn;
        QVERIFY(run.out.startsWith(header.toUtf8()));
        QCOMPARE(run.out.count('\n'), 1);
        QCOMPARE(run.err, u"No results.\n"_s);
        const CliRun quiet = cli(arguments + QStringList{u"--quiet"_s});
        QCOMPARE(quiet.exitCode, 3);
        QCOMPARE(quiet.err, QString());
    }
}

QTEST_GUILESS_MAIN(TestCliEndToEnd)
