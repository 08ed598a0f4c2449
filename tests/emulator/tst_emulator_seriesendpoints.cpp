// Series (the NBIA API reference, nbia-api.md §3.10–3.15): getSeries and its filters,
// getSeriesSize, getSeriesMetaData, getSOPInstanceUIDs, getUpdatedSeries and getContentsByName,
// every series of the small archive exactly; expected rows computed from server.archive().

#include "dicominfo.h"
#include "emulatortestcase.h"
#include "expected.h"
#include "flatjsonarray.h"
#include "httpchecks.h"
#include "javadatetext.h"
#include "objectwriter.h"
#include "syntheticimagefactory.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <functional>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

class TestEmulatorSeriesEndpoints final : public EmulatorTestCase {
    Q_OBJECT

    EmulatorServer *m_server = nullptr;

private Q_SLOTS:
    void initTestCase() {
        m_emulator.start();
        m_server = &m_emulator.server();
    }

    void init() { m_emulator.reset(); }

    void cleanupTestCase() { m_emulator.stop(); }

    void seriesMetaDataUnknownIs204_data() {
        QTest::addColumn<QString>("uid");
        QTest::newRow("unknown") << u"1.2.840.99999.1"_s;
        QTest::newRow("empty") << QString(u""_s);
        QTest::newRow("study UID") << archive().studies().first().uid;
    }
    void seriesMetaDataUnknownIs204() {
        QFETCH(QString, uid);
        const HttpResult r = get(u"v1/getSeriesMetaData?SeriesInstanceUID="_s + uid);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 204);
        QCOMPARE(r.body, QByteArray());
        QVERIFY(!r.has("Content-Type"));
    }

    void seriesSizeUnknown() {
        const QString path = u"v1/getSeriesSize?SeriesInstanceUID=1.2.840.99999.1"_s;
        HttpResult r = get(path);
        verifyJsonOk(r);
        QCOMPARE(r.body, QByteArray("[{}]"));
        r = get(u"v1/getSeriesSize?SeriesInstanceUID="_s); // present but empty: unknown too
        verifyJsonOk(r);
        QCOMPARE(r.body, QByteArray("[{}]"));

        QString error;
        QVERIFY2(m_server->quirks().apply(u"series-size-unknown=empty"_s, &error),
                 qPrintable(error));
        verifyEmpty(get(path));
        QVERIFY(m_server->quirks().apply(u"series-size-unknown=object"_s));
        QCOMPARE(get(path).body, QByteArray("[{}]"));
    }

    void series_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<QByteArray>>("rows");
        const Expected e = expected();
        auto rows = [&](const std::function<bool(qsizetype)> &f) {
            return e.seriesRows(e.seriesWhere(f), SeriesShape::GetSeries);
        };
        const auto &all = archive().series();
        const qsizetype mid = all.size() / 2;
        const QString lung = archive().collections()[datedCollection()].name;
        const QString patientId = archive().patients()[e.patientOfSeries(mid)].id;
        const QString studyUid = archive().studyOf(all[mid]).uid;
        QString model;
        for (const ArchiveSeries &s : all) {
            if (!s.model.isNull())
                model = s.model;
        }
        QString hologic;
        for (const ArchiveSeries &s : all) {
            if (s.manufacturer.contains(u','))
                hologic = s.manufacturer;
        }

        QTest::newRow("all") << u"v1/getSeries"_s << rows([](qsizetype) { return true; });
        QTest::newRow("Collection any case")
            << u"v1/getSeries?Collection="_s + lung.toUpper()
            << rows([&](qsizetype i) { return e.collectionOfSeries(i) == lung; });
        QTest::newRow("Collection %20")
            << u"v1/getSeries?Collection=Colon%20Phantom%20Study"_s << rows([&](qsizetype i) {
                   return e.collectionOfSeries(i) == u"Colon Phantom Study"_s;
               });
        QTest::newRow("Collection +")
            << u"v1/getSeries?Collection=Colon+Phantom+Study"_s << rows([&](qsizetype i) {
                   return e.collectionOfSeries(i) == u"Colon Phantom Study"_s;
               });
        QTest::newRow("PatientID any case")
            << u"v1/getSeries?PatientID="_s + patientId.toLower() << rows([&](qsizetype i) {
                   return archive().patients()[e.patientOfSeries(i)].id == patientId;
               });
        QTest::newRow("StudyInstanceUID")
            << u"v1/getSeries?StudyInstanceUID="_s + studyUid
            << rows([&](qsizetype i) { return archive().studyOf(all[i]).uid == studyUid; });
        QTest::newRow("SeriesInstanceUID") << u"v1/getSeries?SeriesInstanceUID="_s + all[mid].uid
                                           << rows([&](qsizetype i) { return i == mid; });
        QTest::newRow("SeriesInstanceUID in another collection")
            << u"v1/getSeries?Collection=Mammo-Screening&SeriesInstanceUID="_s + all[0].uid
            << QList<QByteArray>();
        QTest::newRow("Modality any case")
            << u"v1/getSeries?Modality=ct"_s
            << rows([&](qsizetype i) { return all[i].modality == u"CT"_s; });
        QTest::newRow("Collection and Modality")
            << u"v1/getSeries?Collection=%1&Modality=SEG"_s.arg(lung) << rows([&](qsizetype i) {
                   return e.collectionOfSeries(i) == lung && all[i].modality == u"SEG"_s;
               });
        QTest::newRow("BodyPartExamined exact LUNG")
            << u"v1/getSeries?BodyPartExamined=LUNG"_s
            << rows([&](qsizetype i) { return all[i].bodyPart == u"LUNG"_s; });
        QTest::newRow("BodyPartExamined exact Lung")
            << u"v1/getSeries?BodyPartExamined=Lung"_s
            << rows([&](qsizetype i) { return all[i].bodyPart == u"Lung"_s; });
        QTest::newRow("BodyPartExamined lung matches nothing")
            << u"v1/getSeries?BodyPartExamined=lung"_s << QList<QByteArray>();
        QTest::newRow("Manufacturer exact")
            << u"v1/getSeries?Manufacturer=SIEMENS"_s
            << rows([&](qsizetype i) { return all[i].manufacturer == u"SIEMENS"_s; });
        QTest::newRow("Manufacturer other case matches nothing")
            << u"v1/getSeries?Manufacturer=siemens"_s << QList<QByteArray>();
        QTest::newRow("Manufacturer with comma")
            << u"v1/getSeries?Manufacturer="_s +
                   QString::fromLatin1(QUrl::toPercentEncoding(hologic))
            << rows([&](qsizetype i) { return all[i].manufacturer == hologic; });
        QTest::newRow("ManufacturerModelName exact")
            << u"v1/getSeries?ManufacturerModelName="_s +
                   QString::fromLatin1(QUrl::toPercentEncoding(model))
            << rows([&](qsizetype i) { return all[i].model == model; });
        QTest::newRow("collection= ignored")
            << u"v1/getSeries?collection=Mammo-Screening"_s << rows([](qsizetype) { return true; });
        QTest::newRow("unknown parameter ignored")
            << u"v1/getSeries?Collection=Mammo-Screening&Foo=bar&limit=1"_s
            << rows([&](qsizetype i) { return e.collectionOfSeries(i) == u"Mammo-Screening"_s; });
        QTest::newRow("first of repeated parameter")
            << u"v1/getSeries?Collection=Mammo-Screening&Collection=Chest-Radiography"_s
            << rows([&](qsizetype i) { return e.collectionOfSeries(i) == u"Mammo-Screening"_s; });
    }
    void series() {
        QFETCH(QString, path);
        QFETCH(QList<QByteArray>, rows);
        verifyRows(get(path), rows);
    }

    void eachSeriesExactly() {
        // getSeries, getSeriesSize and getSeriesMetaData for every series of the archive.
        const Expected e = expected();
        QHash<QString, QString> sopClassByModality; // from the DICOM files themselves
        for (qsizetype i = 0; i < archive().series().size(); ++i) {
            const ArchiveSeries &s = archive().series()[i];
            const QString at = u" (series %1)"_s.arg(i);

            HttpResult r = get(u"v1/getSeries?SeriesInstanceUID="_s + s.uid);
            verifyJsonOk(r);
            QCOMPARE(r.body, '[' + e.seriesRow(i, SeriesShape::GetSeries) + ']');

            r = get(u"v1/getSeriesSize?SeriesInstanceUID="_s + s.uid);
            verifyJsonOk(r);
            QCOMPARE(r.body, "[{\"TotalSizeInBytes\":" +
                                 QByteArray::number(s.imageFileSize * s.imageCount) +
                                 ",\"ObjectCount\":" + QByteArray::number(s.imageCount) + "}]");

            if (!sopClassByModality.contains(s.modality)) {
                const DicomInfo info =
                    readDicom(SyntheticImageFactory::makeFile(archive().imageSpec(i, 1)));
                QVERIFY(info.ok);
                sopClassByModality.insert(s.modality, info.sopClassUid);
            }
            r = get(u"v1/getSeriesMetaData?SeriesInstanceUID="_s + s.uid);
            verifyJsonOk(r);
            FlatJsonArray json;
            QVERIFY2(json.parse(r.body), qPrintable(json.error()));
            QCOMPARE(json.rows().size(), 1);
            // Annotation Size: bytes as a string, "0" when the series has no annotations.
            const QString annotationSize =
                json.rows().first().value(u"Annotation Size"_s).toString();
            QVERIFY2(annotationSize == u"0"_s || s.annotations.value_or(false),
                     qPrintable(annotationSize + at));
            QVERIFY2(annotationSize != u"0"_s || !s.annotations.value_or(false),
                     qPrintable(annotationSize + at));
            const auto fields = e.metaData(i, sopClassByModality.value(s.modality), annotationSize);
            QCOMPARE(r.body, Expected::metaDataJson(fields));
        }
    }

    void sopInstanceUids() {
        for (qsizetype i = 0; i < archive().series().size(); i += 3) {
            const ArchiveSeries &s = archive().series()[i];
            const HttpResult r = get(u"v1/getSOPInstanceUIDs?SeriesInstanceUID="_s + s.uid);
            QList<QByteArray> rows;
            for (int n = 1; n <= s.imageCount; ++n)
                rows.append(
                    ObjectWriter().str(u"SOPInstanceUID"_s, archive().sopInstanceUid(i, n)).text());
            verifyRows(r, rows);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void updatedSeries_data() {
        QTest::addColumn<QString>("query"); // null: no fromDate at all
        QTest::addColumn<QDate>("after");
        const QList<QDate> dates = releaseDates(QString());
        const QDate middle = dates.at(dates.size() / 2);
        QTest::newRow("absent: 01/01/1900") << QString() << QDate(1900, 1, 1);
        QTest::newRow("dd/MM/yyyy") << u"fromDate="_s + middle.toString(u"dd/MM/yyyy"_s) << middle;
        QTest::newRow("one-digit fields")
            << u"fromDate="_s + middle.toString(u"d/M/yyyy"_s) << middle;
        QTest::newRow("day before")
            << u"fromDate="_s + middle.addDays(-1).toString(u"dd/MM/yyyy"_s) << middle.addDays(-1);
        QTest::newRow("first release day")
            << u"fromDate="_s + dates.first().toString(u"dd/MM/yyyy"_s) << dates.first();
        QTest::newRow("last release day")
            << u"fromDate="_s + dates.last().toString(u"dd/MM/yyyy"_s) << dates.last();
        QTest::newRow("yyyy/MM/dd quirk: 2024/01/01 is year 6")
            << u"fromDate=2024/01/01"_s << QDate(6, 7, 17);
        QTest::newRow("month 13 rolls over")
            << u"fromDate=%1/13/%2"_s.arg(middle.day()).arg(middle.year() - 1)
            << QDate(middle.year(), 1, middle.day());
        QTest::newRow("ISO") << u"fromDate="_s + middle.toString(Qt::ISODate) << QDate();
        QTest::newRow("garbage") << u"fromDate=soon"_s << QDate();
        QTest::newRow("FromDate ignored") << u"FromDate=01/01/2099"_s << QDate(1900, 1, 1);
    }
    void updatedSeries() {
        QFETCH(QString, query);
        QFETCH(QDate, after);
        const Expected e = expected();
        QList<qsizetype> indexes;
        if (after.isValid()) {
            indexes = e.seriesWhere(
                [&](qsizetype i) { return archive().series()[i].released > midnightUtc(after); });
        }
        const QString path =
            query.isNull() ? u"v1/getUpdatedSeries"_s : u"v1/getUpdatedSeries?"_s + query;
        verifyRows(get(path), e.seriesRows(indexes, SeriesShape::Updated));
    }

    void contentsByName() {
        const Expected e = expected();
        for (const SharedList &list : archive().sharedLists()) {
            const QList<QByteArray> rows = e.seriesRows(list.series, SeriesShape::Contents);
            for (const QString &suffix :
                 {QString(), u"&format=csv"_s, u"&format=xml"_s, u"&format=bogus"_s}) {
                // Always JSON, whatever `format` says.
                const HttpResult r = get(u"v1/getContentsByName?name="_s + list.name + suffix);
                verifyRows(r, rows);
                if (QTest::currentTestFailed())
                    return;
                // A cart holds a series once (the DAO query is an IN (…)).
                FlatJsonArray json;
                QVERIFY(json.parse(r.body));
                QSet<QString> uids;
                for (const JsonRow &row : json.rows()) {
                    const QString uid = row.value(u"SeriesInstanceUID"_s).toString();
                    QVERIFY2(!uids.contains(uid),
                             qPrintable(u"%1 twice in %2"_s.arg(uid, list.name)));
                    uids.insert(uid);
                }
            }
        }
        verifyEmpty(
            get(u"v1/getContentsByName?name="_s + archive().sharedLists().first().name.toUpper()));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorSeriesEndpoints)
#include "tst_emulator_seriesendpoints.moc"
