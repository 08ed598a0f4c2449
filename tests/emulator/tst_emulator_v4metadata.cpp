// v4 metadata endpoints (nbia-api-v4.md §2.5, §2.7, §3.1–3.13, §3.20, §3.21): value lists
// upper-cased, patient/study/series rows with their v4 keys in order and their JSON types,
// MM-DD-YYYY dates, fromDate, UPPER = UPPER matching, sizes, the *AndCounts endpoints (distinct
// patients) and the collection descriptions; expected rows from server.archive().

#include "emulatortestcase.h"
#include "expected.h"
#include "expectedv4.h"
#include "flatjsonarray.h"
#include "httpchecks.h"
#include "objectwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>
#include <map>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

namespace {
const QStringList kSeriesKeys{u"SeriesInstanceUID"_s,
                              u"StudyInstanceUID"_s,
                              u"Modality"_s,
                              u"ProtocolName"_s,
                              u"SeriesDate"_s,
                              u"SeriesDescription"_s,
                              u"BodyPartExamined"_s,
                              u"SeriesNumber"_s,
                              u"AnnotationsFlag"_s,
                              u"Collection"_s,
                              u"Site"_s,
                              u"PatientID"_s,
                              u"PatientSex"_s,
                              u"PatientAge"_s,
                              u"AdmittingDiagnosisDescription"_s,
                              u"Manufacturer"_s,
                              u"ManufacturerModelName"_s,
                              u"SoftwareVersions"_s,
                              u"ImageCount"_s,
                              u"MaxSubmissionTimestamp"_s,
                              u"LicenseName"_s,
                              u"LicenseURI"_s,
                              u"DataDescriptionURI"_s,
                              u"FileSize"_s,
                              u"ReleasedStatus"_s,
                              u"DateReleased"_s,
                              u"StudyDesc"_s,
                              u"StudyDate"_s,
                              u"ThirdPartyAnalysis"_s,
                              u"Authorized"_s};

// True when `keys` appear in `order` in that order (absent keys are nulls).
bool inOrder(const QStringList &keys, const QStringList &order) {
    qsizetype at = 0;
    for (const QString &key : keys) {
        at = order.indexOf(key, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

QString upper(const QString &value) {
    return value.isNull() ? QString() : value.toUpper();
}
} // namespace

class TestEmulatorV4Metadata final : public EmulatorTestCase {
    Q_OBJECT

    ExpectedV4 v4() const { return ExpectedV4(archive()); }

    QList<qsizetype> seriesWhere(const std::function<bool(const ArchiveSeries &)> &f) const {
        QList<qsizetype> result;
        for (qsizetype i = 0; i < archive().series().size(); ++i) {
            if (f(archive().series()[i]))
                result.append(i);
        }
        return result;
    }
    QString collectionOf(const ArchiveSeries &s) const {
        return archive().collectionOf(archive().patientOf(archive().studyOf(s))).name;
    }

private Q_SLOTS:
    void initTestCase() { m_emulator.start(); }

    void init() { m_emulator.reset(); }

    void cleanupTestCase() { m_emulator.stop(); }

    // §3.1–3.4: modalities and manufacturers upper-cased (v1: as stored), ordered, NULL first.
    void valueLists_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        const Expected e = expected();
        auto all = [](const ArchiveSeries &) {
            return true;
        };
        QList<QString> collections;
        for (const ArchiveCollection &c : archive().collections())
            collections.append(c.name);
        QTest::newRow("getCollectionValues")
            << u"v4/getCollectionValues"_s << Expected::valueArray(u"Collection"_s, collections);
        QTest::newRow("getModalityValues")
            << u"v4/getModalityValues"_s
            << Expected::valueArray(
                   u"Modality"_s,
                   e.distinctValues(all, [](const ArchiveSeries &s) { return upper(s.modality); }));
        QTest::newRow("getManufacturerValues upper-cased")
            << u"v4/getManufacturerValues"_s
            << Expected::valueArray(u"Manufacturer"_s,
                                    e.distinctValues(all, [](const ArchiveSeries &s) {
                                        return upper(s.manufacturer);
                                    }));
        QTest::newRow("getManufacturerValues Modality lower-case")
            << u"v4/getManufacturerValues?Modality=mr"_s
            << Expected::valueArray(
                   u"Manufacturer"_s,
                   e.distinctValues([](const ArchiveSeries &s) { return s.modality == "MR"_L1; },
                                    [](const ArchiveSeries &s) { return upper(s.manufacturer); }));
        QTest::newRow("getBodyPartValues")
            << u"v4/getBodyPartValues?Modality=ct"_s
            << Expected::valueArray(
                   u"BodyPartExamined"_s,
                   e.distinctValues([](const ArchiveSeries &s) { return s.modality == "CT"_L1; },
                                    [](const ArchiveSeries &s) { return upper(s.bodyPart); }));
    }
    void valueLists() {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpResult r = get(path);
        verifyJsonOk(r);
        QCOMPARE(r.body, body);
    }

    void manufacturersDifferFromV1() {
        const QByteArray v1 = get(u"v1/getManufacturerValues"_s).body;
        const QByteArray v4 = get(u"v4/getManufacturerValues"_s).body;
        QVERIFY(v1.contains("\"Philips\""));
        QVERIFY(!v4.contains("\"Philips\""));
        QVERIFY(v4.contains("\"PHILIPS\""));
    }

    // §3.10: rows exactly (keys in order, types, MM-DD-YYYY, "\/"), with the UPPER filters.
    void series_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<QByteArray>>("rows");
        const ExpectedV4 e = v4();
        const QString lung = archive().collections()[datedCollection()].name;
        auto rows = [&](const std::function<bool(const ArchiveSeries &)> &f) {
            return e.rows(seriesWhere(f), &ExpectedV4::seriesRow);
        };
        QTest::newRow("Collection any case")
            << u"v4/getSeries?Collection="_s + lung.toLower()
            << rows([&](const ArchiveSeries &s) { return collectionOf(s) == lung; });
        QTest::newRow("Modality lower-case")
            << u"v4/getSeries?Collection=Breast-MRI-Dynamic&Modality=seg"_s
            << rows([&](const ArchiveSeries &s) {
                   return collectionOf(s) == "Breast-MRI-Dynamic"_L1 && s.modality == "SEG"_L1;
               });
        QTest::newRow("BodyPartExamined any case (v1: exact)")
            << u"v4/getSeries?BodyPartExamined=lung"_s << rows([](const ArchiveSeries &s) {
                   return s.bodyPart.compare("LUNG"_L1, Qt::CaseInsensitive) == 0;
               });
        QTest::newRow("Manufacturer any case")
            << u"v4/getSeries?Manufacturer=philips"_s << rows([](const ArchiveSeries &s) {
                   return s.manufacturer.compare("Philips"_L1, Qt::CaseInsensitive) == 0;
               });
        const ArchiveSeries &some = archive().series()[archive().series().size() / 3];
        QTest::newRow("SeriesInstanceUID exact")
            << u"v4/getSeries?SeriesInstanceUID="_s + some.uid
            << rows([&](const ArchiveSeries &s) { return s.uid == some.uid; });
        const QString patient = archive().patientOf(archive().studyOf(some)).id;
        QTest::newRow("PatientID lower-case")
            << u"v4/getSeries?PatientID="_s + patient.toLower()
            << rows([&](const ArchiveSeries &s) {
                   return archive().patientOf(archive().studyOf(s)).id == patient;
               });
        QTest::newRow("unknown collection")
            << u"v4/getSeries?Collection=nope"_s << QList<QByteArray>();
    }
    void series() {
        QFETCH(QString, path);
        QFETCH(QList<QByteArray>, rows);
        verifyRows(get(path), rows);
    }

    // §3.10: key order and JSON types, checked on the parsed rows.
    void seriesKeysAndTypes() {
        const HttpResult r = get(u"v4/getSeries"_s);
        verifyJsonOk(r);
        FlatJsonArray json;
        QVERIFY2(json.parse(r.body), qPrintable(json.error()));
        QCOMPARE(json.rows().size(), archive().series().size());
        const QRegularExpression date(u"^\\d\\d-\\d\\d-\\d{4}$"_s);
        bool sawAnnotated = false;
        for (const JsonRow &row : json.rows()) {
            QVERIFY2(inOrder(row.keys(), kSeriesKeys), row.raw.constData());
            QVERIFY(row.value(u"SeriesNumber"_s).isDouble());
            QVERIFY(row.value(u"ImageCount"_s).isDouble());
            QVERIFY(row.value(u"FileSize"_s).isDouble());
            QCOMPARE(row.value(u"Authorized"_s), QJsonValue(1));
            for (const char *key :
                 {"SeriesDate", "StudyDate", "DateReleased", "MaxSubmissionTimestamp"}) {
                const QJsonValue v = row.value(QLatin1StringView(key));
                QVERIFY2(v.isUndefined() || date.match(v.toString()).hasMatch(),
                         row.raw.constData());
            }
            const QJsonValue annotations = row.value(u"AnnotationsFlag"_s);
            QVERIFY(annotations.isUndefined() || annotations == QJsonValue(u"1"_s));
            sawAnnotated = sawAnnotated || annotations.isString();
            QVERIFY(row.raw.contains("\"DataDescriptionURI\":\"https:\\/\\/doi.org\\/"));
        }
        QVERIFY(sawAnnotated);
    }

    // §2.5: the escape-slashes choice for v4 is its own quirk.
    void slashes() {
        QVERIFY(m_emulator.server().quirks().apply(u"v4-escape-slashes=off"_s));
        const HttpResult r = get(u"v4/getSeries?Collection=Mammo-Screening"_s);
        QVERIFY(r.body.contains("\"DataDescriptionURI\":\"https://doi.org/"));
    }

    // §3.5–3.9.
    void patientsAndStudies_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<QByteArray>>("rows");
        const ExpectedV4 e = v4();
        auto patients = [&](const std::function<bool(const ArchivePatient &)> &f) {
            QList<qsizetype> result;
            for (qsizetype i = 0; i < archive().patients().size(); ++i) {
                if (f(archive().patients()[i]))
                    result.append(i);
            }
            return e.rows(result, &ExpectedV4::patientRow);
        };
        auto studies = [&](const std::function<bool(const ArchiveStudy &)> &f) {
            QList<qsizetype> result;
            for (qsizetype i = 0; i < archive().studies().size(); ++i) {
                if (f(archive().studies()[i]))
                    result.append(i);
            }
            return e.rows(result, &ExpectedV4::studyRow);
        };
        const ArchivePatient &some = archive().patients()[archive().patients().size() / 2];
        const QString collection = archive().collectionOf(some).name;
        QTest::newRow("getPatient all")
            << u"v4/getPatient"_s << patients([](const ArchivePatient &) { return true; });
        QTest::newRow("getPatient Collection any case")
            << u"v4/getPatient?Collection="_s + collection.toUpper()
            << patients([&](const ArchivePatient &p) {
                   return archive().collectionOf(p).name == collection;
               });
        QTest::newRow("getPatient PatientId exact")
            << u"v4/getPatient?PatientId="_s + some.id
            << patients([&](const ArchivePatient &p) { return p.id == some.id; });
        QTest::newRow("getPatient PatientId lower-case matches nothing")
            << u"v4/getPatient?PatientId="_s + some.id.toLower() << QList<QByteArray>();
        QTest::newRow("getPatientStudy PatientID lower-case")
            << u"v4/getPatientStudy?Collection=%1&PatientID=%2"_s.arg(collection, some.id.toLower())
            << studies([&](const ArchiveStudy &s) { return archive().patientOf(s).id == some.id; });
        QTest::newRow("getPatientStudy Collection")
            << u"v4/getPatientStudy?Collection="_s + collection
            << studies([&](const ArchiveStudy &s) {
                   return archive().collectionOf(archive().patientOf(s)).name == collection;
               });
        QList<QByteArray> byModality;
        for (qsizetype i = 0; i < archive().patients().size(); ++i) {
            const ArchivePatient &p = archive().patients()[i];
            if (archive().collectionOf(p).name != "Mammo-Screening"_L1)
                continue;
            byModality.append(
                ObjectWriter(true).str(u"PatientId"_s, p.id).integer(u"Authorized"_s, 1).text());
        }
        QTest::newRow("getPatientByCollectionAndModality")
            << u"v4/getPatientByCollectionAndModality?Collection=mammo-screening&Modality=mg"_s
            << byModality;
    }
    void patientsAndStudies() {
        QFETCH(QString, path);
        QFETCH(QList<QByteArray>, rows);
        verifyRows(get(path), rows);
    }

    // §2.7, §3.7, §3.9, §3.11: fromDate MM-DD-YYYY (one digit fine), >= for New*, > for
    // getUpdatedSeries, unparseable ⇒ empty, getUpdatedSeries without it ⇒ everything.
    void fromDate_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<QByteArray>>("rows");
        const ExpectedV4 e = v4();
        const QString collection = archive().collections()[datedCollection()].name;
        const QList<QDate> dates = releaseDates(collection);
        const QDate from = dates[dates.size() / 2];
        auto released = [&](const ArchiveSeries &s) {
            return s.released.toUTC().date();
        };
        QList<qsizetype> patients;
        QList<qsizetype> studies;
        for (const ArchiveSeries &s : archive().series()) {
            if (collectionOf(s) != collection || released(s) < from)
                continue;
            const qsizetype study = s.study;
            if (!studies.contains(study))
                studies.append(study);
            if (!patients.contains(archive().studies()[study].patient))
                patients.append(archive().studies()[study].patient);
        }
        const QString padded = ExpectedV4::date(from);
        const QString short1 = u"%1-%2-%3"_s.arg(from.month()).arg(from.day()).arg(from.year());
        const QList<QByteArray> patientRows = e.rows(patients, &ExpectedV4::patientRow);
        const QList<QByteArray> studyRows = e.rows(studies, &ExpectedV4::studyRow);
        QTest::newRow("NewPatientsInCollection >=")
            << u"v4/NewPatientsInCollection?Collection=%1&fromDate=%2"_s.arg(collection, padded)
            << patientRows;
        QTest::newRow("NewPatientsInCollection one-digit fields")
            << u"v4/NewPatientsInCollection?Collection=%1&fromDate=%2"_s.arg(collection, short1)
            << patientRows;
        QTest::newRow("NewPatientsInCollection v1 format ⇒ empty")
            << u"v4/NewPatientsInCollection?Collection=%1&fromDate=%2"_s.arg(
                   collection, from.toString(u"yyyy/MM/dd"_s))
            << QList<QByteArray>();
        QTest::newRow("NewStudiesInPatientCollection >=")
            << u"v4/NewStudiesInPatientCollection?Collection=%1&fromDate=%2"_s.arg(collection,
                                                                                   padded)
            << studyRows;
        QTest::newRow("NewStudiesInPatientCollection unparseable ⇒ empty")
            << u"v4/NewStudiesInPatientCollection?Collection=%1&fromDate=yesterday"_s.arg(
                   collection)
            << QList<QByteArray>();
        QTest::newRow("getUpdatedSeries >")
            << u"v4/getUpdatedSeries?fromDate="_s + padded
            << e.rows(seriesWhere([&](const ArchiveSeries &s) { return released(s) > from; }),
                      &ExpectedV4::seriesRow);
        QTest::newRow("getUpdatedSeries without fromDate: all")
            << u"v4/getUpdatedSeries"_s
            << e.rows(seriesWhere([](const ArchiveSeries &) { return true; }),
                      &ExpectedV4::seriesRow);
        QTest::newRow("getUpdatedSeries dd/MM/yyyy ⇒ empty")
            << u"v4/getUpdatedSeries?fromDate="_s + from.toString(u"dd/MM/yyyy"_s)
            << QList<QByteArray>();
    }
    void fromDate() {
        QFETCH(QString, path);
        QFETCH(QList<QByteArray>, rows);
        verifyRows(get(path), rows);
    }

    // §3.12, §3.13.
    void sizesAndInstances() {
        const qsizetype index = m_emulator.zipSeries();
        const ArchiveSeries &s = archive().series()[index];
        HttpResult r = get(u"v4/getSeriesSize?SeriesInstanceUID="_s + s.uid);
        verifyJsonOk(r);
        QCOMPARE(r.body, "[{\"TotalSizeInBytes\":" + QByteArray::number(s.totalSize()) +
                             ",\"ObjectCount\":" + QByteArray::number(s.imageCount) + "}]");
        verifyEmpty(get(u"v4/getSeriesSize?SeriesInstanceUID=1.2.3"_s));
        r = get(u"v4/getSOPInstanceUIDs?SeriesInstanceUID="_s + s.uid);
        verifyJsonOk(r);
        FlatJsonArray json;
        QVERIFY(json.parse(r.body));
        QCOMPARE(json.rows().size(), s.imageCount);
        QCOMPARE(json.rows().first().keys(), QStringList{u"SOPInstanceUID"_s});
        verifyEmpty(get(u"v4/getSOPInstanceUIDs?SeriesInstanceUID=1.2.3"_s));
    }

    // §3.20: Count = distinct patients, with the filters; BodyPart null ⇒ "NOT SPECIFIED";
    // manufacturer null ⇒ no key.
    void counts_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<QByteArray>>("rows");
        using Key = std::optional<QString>;
        auto count = [&](const QString &column, const std::function<bool(const ArchiveSeries &)> &f,
                         const std::function<Key(const ArchiveSeries &)> &key) {
            std::map<Key, QSet<qsizetype>> groups;
            for (const ArchiveSeries &s : archive().series()) {
                if (f(s))
                    groups[key(s)].insert(archive().studyOf(s).patient);
            }
            QList<QByteArray> rows;
            for (const auto &[value, patients] : groups) {
                ObjectWriter w(true);
                if (value)
                    w.str(column, *value);
                rows.append(
                    w.integer(u"Count"_s, patients.size()).integer(u"Authorized"_s, 1).text());
            }
            return rows;
        };
        auto all = [](const ArchiveSeries &) {
            return true;
        };
        QTest::newRow("getCollectionValuesAndCounts")
            << u"v4/getCollectionValuesAndCounts"_s
            << count(u"Collection"_s, all,
                     [&](const ArchiveSeries &s) { return Key(collectionOf(s)); });
        QTest::newRow("getModalityValuesAndCounts")
            << u"v4/getModalityValuesAndCounts"_s
            << count(u"Modality"_s, all, [](const ArchiveSeries &s) { return Key(s.modality); });
        QTest::newRow("getModalityValuesAndCounts Collection")
            << u"v4/getModalityValuesAndCounts?Collection=prostate-pet-mr"_s
            << count(
                   u"Modality"_s,
                   [&](const ArchiveSeries &s) { return collectionOf(s) == "Prostate-PET-MR"_L1; },
                   [](const ArchiveSeries &s) { return Key(s.modality); });
        QTest::newRow("getBodyPartValuesAndCounts NOT SPECIFIED")
            << u"v4/getBodyPartValuesAndCounts"_s
            << count(u"BodyPart"_s, all, [](const ArchiveSeries &s) {
                   return Key(s.bodyPart.isEmpty() ? u"NOT SPECIFIED"_s : s.bodyPart.toUpper());
               });
        QTest::newRow("getBodyPartValuesAndCounts Modality")
            << u"v4/getBodyPartValuesAndCounts?Modality=ct"_s
            << count(
                   u"BodyPart"_s, [](const ArchiveSeries &s) { return s.modality == "CT"_L1; },
                   [](const ArchiveSeries &s) {
                       return Key(s.bodyPart.isEmpty() ? u"NOT SPECIFIED"_s : s.bodyPart.toUpper());
                   });
        QTest::newRow("getManufacturerValuesAndCounts")
            << u"v4/getManufacturerValuesAndCounts?Modality=CT"_s
            << count(
                   u"Manufacturer"_s, [](const ArchiveSeries &s) { return s.modality == "CT"_L1; },
                   [](const ArchiveSeries &s) {
                       return s.manufacturer.isNull() ? Key() : Key(s.manufacturer);
                   });
    }
    void counts() {
        QFETCH(QString, path);
        QFETCH(QList<QByteArray>, rows);
        verifyRows(get(path), rows);
    }

    void countsHaveNoManufacturerKeyForNull() {
        const HttpResult r = get(u"v4/getManufacturerValuesAndCounts"_s);
        verifyJsonOk(r);
        QVERIFY(r.body.startsWith("[{\"Count\":"));
        QVERIFY(get(u"v4/getBodyPartValuesAndCounts"_s)
                    .body.contains("\"BodyPart\":\"NOT SPECIFIED\""));
    }

    // §3.21: Jackson, nulls kept, "/" as is; HTML kept as the archive holds it.
    void collectionDescriptions() {
        HttpResult r = get(u"v4/getCollectionDescriptions"_s);
        verifyJsonOk(r);
        QVERIFY(!r.body.contains("\\/"));
        const QJsonArray all = QJsonDocument::fromJson(r.body).array();
        int described = 0;
        for (const ArchiveCollection &c : archive().collections())
            described += c.description.isNull() ? 0 : 1;
        QCOMPARE(all.size(), described);
        QVERIFY(described < archive().collections().size());
        QVERIFY(r.body.startsWith("[{\"description\":\"<p>"));
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys().size(), 4);
            QVERIFY(o.value(u"id"_s).isDouble());
            const QString html = o.value(u"description"_s).toString();
            QVERIFY(html.contains(u"<p>"_s));
            QVERIFY(html.contains(u"<a href=\""_s));
            QVERIFY(html.contains(u"<ul><li>"_s));
            QVERIFY(o.value(u"descriptionURI"_s).toString().startsWith(u"https://doi.org/"_s));
        }
        r = get(u"v4/getCollectionDescriptions?collectionName=HeadNeck-RT"_s);
        const QJsonArray hostile = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(hostile.size(), 1);
        const QString html = hostile[0].toObject().value(u"description"_s).toString();
        QVERIFY(html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"<img src=\"http://"_s));
        QVERIFY(html.contains(u"onclick=\""_s));
        QCOMPARE(hostile[0].toObject().value(u"collectionName"_s).toString(), u"HeadNeck-RT"_s);

        r = get(u"v4/getCollectionDescriptions?collectionName=Thyroid-Ultrasound"_s);
        QCOMPARE(r.body, QByteArray("[{\"description\":null,\"id\":null,\"collectionName\":"
                                    "\"Thyroid-Ultrasound\",\"descriptionURI\":null}]"));
        r = get(u"v4/getCollectionDescriptions?collectionName=headneck-rt"_s);
        verifyJsonOk(r);
        QCOMPARE(r.body, QByteArray("[]"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorV4Metadata)
#include "tst_emulator_v4metadata.moc"
