// Patients and studies (the NBIA API reference, nbia-api.md §3.5–3.9): getPatient,
// getPatientByCollectionAndModality, NewPatientsInCollection, getPatientStudy and
// NewStudiesInPatientCollection, their filters and the lenient dates; rows compared as bags with
// rows computed from server.archive().

#include "emulatortestcase.h"
#include "expected.h"
#include "flatjsonarray.h"
#include "httpchecks.h"
#include "javadatetext.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

class TestEmulatorPatientEndpoints final : public EmulatorTestCase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_emulator.start(); }

    void init() { m_emulator.reset(); }

    void cleanupTestCase() { m_emulator.stop(); }

    void patients_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<QByteArray>>("rows");
        const Expected e = expected();
        auto where = [&](const std::function<bool(const ArchivePatient &)> &f) {
            QList<qsizetype> result;
            for (qsizetype i = 0; i < archive().patients().size(); ++i) {
                if (f(archive().patients()[i]))
                    result.append(i);
            }
            return e.patientRows(result);
        };
        auto inCollection = [&](const QString &name) {
            return [this, name](const ArchivePatient &p) {
                return archive().collectionOf(p).name == name;
            };
        };
        const ArchivePatient &some = archive().patients()[archive().patients().size() / 2];
        const QString someCollection = archive().collectionOf(some).name;

        QTest::newRow("all") << u"v1/getPatient"_s
                             << where([](const ArchivePatient &) { return true; });
        QTest::newRow("Collection any case")
            << u"v1/getPatient?Collection="_s + someCollection.toUpper()
            << where(inCollection(someCollection));
        QTest::newRow("Collection with blanks (+)")
            << u"v1/getPatient?Collection=Colon+Phantom+Study"_s
            << where(inCollection(u"Colon Phantom Study"_s));
        QTest::newRow("Collection non-ASCII")
            << u"v1/getPatient?Collection=Pediatric-Liver-Tum%C3%B6r"_s
            << where(inCollection(u"Pediatric-Liver-Tumör"_s));
        QTest::newRow("PatientId exact")
            << u"v1/getPatient?PatientId="_s + some.id
            << where([&some](const ArchivePatient &p) { return p.id == some.id; });
        QTest::newRow("PatientId lower case is upper-cased")
            << u"v1/getPatient?PatientId="_s + some.id.toLower()
            << where([&some](const ArchivePatient &p) { return p.id == some.id; });
        QTest::newRow("Collection and PatientId")
            << u"v1/getPatient?Collection=%1&PatientId=%2"_s.arg(someCollection, some.id)
            << where([&some](const ArchivePatient &p) { return p.id == some.id; });
        QTest::newRow("PatientId from another collection")
            << u"v1/getPatient?Collection=Mammo-Screening&PatientId=%1"_s.arg(
                   archive().patients().first().id)
            << QList<QByteArray>();
        QTest::newRow("PatientID (capital D) ignored")
            << u"v1/getPatient?PatientID="_s + some.id
            << where([](const ArchivePatient &) { return true; });
    }
    void patients() {
        QFETCH(QString, path);
        QFETCH(QList<QByteArray>, rows);
        verifyRows(get(path), rows);
    }

    void patientByCollectionAndModality_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("ids");
        const Expected e = expected();
        const QString lung = archive().collections()[datedCollection()].name;
        auto ids = [&](const QString &collection, const QString &modality) {
            QSet<QString> set;
            for (qsizetype i = 0; i < archive().series().size(); ++i) {
                if (e.collectionOfSeries(i) == collection &&
                    archive().series()[i].modality == modality)
                    set.insert(archive().patients()[e.patientOfSeries(i)].id);
            }
            QStringList list(set.cbegin(), set.cend());
            list.sort();
            return list;
        };
        QTest::newRow("SEG")
            << u"v1/getPatientByCollectionAndModality?Collection=%1&Modality=SEG"_s.arg(lung)
            << ids(lung, u"SEG"_s);
        QTest::newRow("CT any case")
            << u"v1/getPatientByCollectionAndModality?Collection=%1&Modality=ct"_s.arg(
                   lung.toLower())
            << ids(lung, u"CT"_s);
        QTest::newRow("MG")
            << u"v1/getPatientByCollectionAndModality?Collection=Mammo-Screening&Modality=MG"_s
            << ids(u"Mammo-Screening"_s, u"MG"_s);
    }
    void patientByCollectionAndModality() {
        QFETCH(QString, path);
        QFETCH(QStringList, ids);
        QVERIFY(!ids.isEmpty());
        const HttpResult r = get(path);
        verifyJsonOk(r);
        FlatJsonArray json;
        QVERIFY2(json.parse(r.body), qPrintable(json.error()));
        QSet<QString> seen;
        for (const JsonRow &row : json.rows()) {
            QCOMPARE(row.keys(), QStringList{u"PatientId"_s}); // only the first of nine columns
            seen.insert(row.value(u"PatientId"_s).toString());
        }
        QStringList got(seen.cbegin(), seen.cend());
        got.sort();
        QCOMPARE(got, ids);
    }

    void newPatientsInCollection_data() {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QDate>("after"); // invalid: unparseable, empty answer
        const QList<QDate> dates = releaseDates(archive().collections()[datedCollection()].name);
        const QDate first = dates.first();
        const QDate second = dates.at(1);
        QTest::newRow("day before first release")
            << first.addDays(-1).toString(u"yyyy/MM/dd"_s) << first.addDays(-1);
        QTest::newRow("first release day: strictly after")
            << first.toString(u"yyyy/MM/dd"_s) << first;
        QTest::newRow("one-digit fields") << first.toString(u"yyyy/M/d"_s) << first;
        QTest::newRow("between releases")
            << second.addDays(-1).toString(u"yyyy/MM/dd"_s) << second.addDays(-1);
        QTest::newRow("second release day") << second.toString(u"yyyy/MM/dd"_s) << second;
        QTest::newRow("last release day") << dates.last().toString(u"yyyy/MM/dd"_s) << dates.last();
        QTest::newRow("month 13 rolls over") << u"%1/13/%2"_s.arg(first.year() - 1).arg(first.day())
                                             << QDate(first.year(), 1, first.day());
        QTest::newRow("dd/MM/yyyy is misread (year dd)")
            << first.toString(u"dd/MM/yyyy"_s)
            << QDate(first.day(), first.month(), 1).addDays(first.year() - 1);
        QTest::newRow("trailing time ignored")
            << first.toString(u"yyyy/MM/dd"_s) + u" 12:00"_s << first;
        QTest::newRow("ISO dashes") << first.toString(u"yyyy-MM-dd"_s) << QDate();
        QTest::newRow("garbage") << u"last tuesday"_s << QDate();
    }
    void newPatientsInCollection() {
        QFETCH(QString, date);
        QFETCH(QDate, after);
        const Expected e = expected();
        const QString collection = archive().collections()[datedCollection()].name;
        QList<qsizetype> newPatients;
        if (after.isValid()) {
            const QDateTime limit = midnightUtc(after);
            for (qsizetype i = 0; i < archive().series().size(); ++i) {
                const qsizetype p = e.patientOfSeries(i);
                if (e.collectionOfSeries(i) == collection &&
                    archive().series()[i].released > limit && !newPatients.contains(p))
                    newPatients.append(p);
            }
        }
        verifyRows(get(u"v1/NewPatientsInCollection?Collection=%1&Date=%2"_s.arg(
                       collection.toLower(), date)),
                   e.patientRows(newPatients));
    }

    void newStudiesInPatientCollection_data() { newPatientsInCollection_data(); }
    void newStudiesInPatientCollection() {
        QFETCH(QString, date);
        QFETCH(QDate, after);
        const Expected e = expected();
        const QString collection = archive().collections()[datedCollection()].name;
        auto studiesAfter = [&](const QString &patientId) {
            QList<qsizetype> studies;
            if (!after.isValid())
                return studies;
            for (qsizetype i = 0; i < archive().series().size(); ++i) {
                const ArchiveSeries &s = archive().series()[i];
                if (e.collectionOfSeries(i) == collection && s.released > midnightUtc(after) &&
                    !studies.contains(s.study) &&
                    (patientId.isNull() ||
                     archive().patients()[e.patientOfSeries(i)].id == patientId))
                    studies.append(s.study);
            }
            return studies;
        };
        verifyRows(
            get(u"v1/NewStudiesInPatientCollection?Collection=%1&Date=%2"_s.arg(collection, date)),
            e.studyRows(studiesAfter(QString())));
        if (QTest::currentTestFailed())
            return;
        // With the optional PatientID: the patient of the newest series.
        qsizetype newest = 0;
        for (qsizetype i = 0; i < archive().series().size(); ++i) {
            if (e.collectionOfSeries(i) == collection &&
                archive().series()[i].released > archive().series()[newest].released)
                newest = i;
        }
        const QString patientId = archive().patients()[e.patientOfSeries(newest)].id;
        verifyRows(get(u"v1/NewStudiesInPatientCollection?Collection=%1&Date=%2&PatientID=%3"_s.arg(
                       collection, date, patientId)),
                   e.studyRows(studiesAfter(patientId)));
    }

    void patientStudy_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<QByteArray>>("rows");
        const Expected e = expected();
        auto where = [&](const std::function<bool(const ArchiveStudy &)> &f) {
            QList<qsizetype> result;
            for (qsizetype i = 0; i < archive().studies().size(); ++i) {
                if (f(archive().studies()[i]))
                    result.append(i);
            }
            return e.studyRows(result);
        };
        const ArchiveStudy &some = archive().studies()[archive().studies().size() / 3];
        const ArchivePatient &somePatient = archive().patientOf(some);
        const QString someCollection = archive().collectionOf(somePatient).name;
        QTest::newRow("all") << u"v1/getPatientStudy"_s
                             << where([](const ArchiveStudy &) { return true; });
        QTest::newRow("Collection any case")
            << u"v1/getPatientStudy?Collection="_s + someCollection.toLower()
            << where([&](const ArchiveStudy &s) {
                   return archive().collectionOf(archive().patientOf(s)).name == someCollection;
               });
        QTest::newRow("PatientID") << u"v1/getPatientStudy?PatientID="_s + somePatient.id
                                   << where([&](const ArchiveStudy &s) {
                                          return archive().patientOf(s).id == somePatient.id;
                                      });
        QTest::newRow("StudyInstanceUID")
            << u"v1/getPatientStudy?StudyInstanceUID="_s + some.uid
            << where([&](const ArchiveStudy &s) { return s.uid == some.uid; });
        QTest::newRow("all three")
            << u"v1/getPatientStudy?Collection=%1&PatientID=%2&StudyInstanceUID=%3"_s.arg(
                   someCollection, somePatient.id, some.uid)
            << where([&](const ArchiveStudy &s) { return s.uid == some.uid; });
        QTest::newRow("PatientId (lower-case d) ignored")
            << u"v1/getPatientStudy?PatientId="_s + somePatient.id
            << where([](const ArchiveStudy &) { return true; });
    }
    void patientStudy() {
        QFETCH(QString, path);
        QFETCH(QList<QByteArray>, rows);
        verifyRows(get(path), rows);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorPatientEndpoints)
#include "tst_emulator_patientendpoints.moc"
