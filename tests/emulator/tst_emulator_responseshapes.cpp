// Every metadata endpoint's keys in the order of the reference (the NBIA API reference, nbia-api.md
// §3), null keys left out, with the value types of §2.2 / §3; over raw HTTP against an in-process
// EmulatorServer with the small archive.

#include "emulatortestcase.h"
#include "flatjsonarray.h"
#include "httpchecks.h"

#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

class TestEmulatorResponseShapes final : public EmulatorTestCase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_emulator.start(); }

    void init() { m_emulator.reset(); }

    void cleanupTestCase() { m_emulator.stop(); }

    void shapes_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("columns"); // "Key:type"; s string, n number, b boolean,
        // t Timestamp string, u "MM-dd-yyyy", j java.util.Date string, d "123.000000", i digits
        const QStringList patient{u"PatientId:s"_s,  u"PatientName:s"_s, u"PatientBirthDate:t"_s,
                                  u"PatientSex:s"_s, u"EthnicGroup:s"_s, u"Collection:s"_s,
                                  u"Phantom:s"_s,    u"SpeciesCode:s"_s, u"SpeciesDescription:s"_s};
        const QStringList study{u"StudyInstanceUID:s"_s,
                                u"StudyDate:t"_s,
                                u"StudyDescription:s"_s,
                                u"AdmittingDiagnosesDescription:s"_s,
                                u"StudyID:s"_s,
                                u"PatientAge:s"_s,
                                u"PatientID:s"_s,
                                u"PatientName:s"_s,
                                u"PatientBirthDate:t"_s,
                                u"PatientSex:s"_s,
                                u"EthnicGroup:s"_s,
                                u"Collection:s"_s,
                                u"SeriesCount:n"_s,
                                u"LongitudinalTemporalEventType:s"_s,
                                u"LongitudinalTemporalOffsetFromEvent:n"_s};
        const QStringList series15{u"SeriesInstanceUID:s"_s,
                                   u"StudyInstanceUID:s"_s,
                                   u"Modality:s"_s,
                                   u"ProtocolName:s"_s,
                                   u"SeriesDate:t"_s,
                                   u"SeriesDescription:s"_s,
                                   u"BodyPartExamined:s"_s,
                                   u"SeriesNumber:n"_s,
                                   u"AnnotationsFlag:b"_s,
                                   u"Collection:s"_s,
                                   u"PatientID:s"_s,
                                   u"Manufacturer:s"_s,
                                   u"ManufacturerModelName:s"_s,
                                   u"SoftwareVersions:s"_s,
                                   u"ImageCount:n"_s};
        const QStringList series24 =
            series15 +
            QStringList{u"TimeStamp:t"_s,     u"LicenseName:s"_s, u"LicenseURI:s"_s,
                        u"CollectionURI:s"_s, u"FileSize:n"_s,    u"DateReleased:t"_s,
                        u"StudyDesc:s"_s,     u"StudyDate:t"_s,   u"ThirdPartyAnalysis:s"_s};
        const QStringList metaData{u"Series UID:s"_s,
                                   u"Collection:s"_s,
                                   u"3rd Party Analysis:s"_s,
                                   u"Data Description URI:s"_s,
                                   u"Subject ID:s"_s,
                                   u"Study UID:s"_s,
                                   u"Study Description:s"_s,
                                   u"Study Date:u"_s,
                                   u"Series Description:s"_s,
                                   u"Manufacturer:s"_s,
                                   u"Modality:s"_s,
                                   u"SOP Class UID:s"_s,
                                   u"Number of Images:i"_s,
                                   u"File Size:i"_s,
                                   u"File Location:s"_s,
                                   u"Series Number:d"_s,
                                   u"License Name:s"_s,
                                   u"License URL:s"_s,
                                   u"Annotation Size:i"_s,
                                   u"Date Released:j"_s,
                                   u"Series Date:j"_s,
                                   u"Protocol Name:s"_s,
                                   u"Body Part Examined:s"_s,
                                   u"Annotations Flag:s"_s,
                                   u"Manufacturer Model Name:s"_s,
                                   u"Software Versions:s"_s,
                                   u"TimeStamp:j"_s};
        const QString collection = archive().collections()[datedCollection()].name;
        const QString list = archive().sharedLists().last().name;

        QTest::newRow("getCollectionValues")
            << u"v1/getCollectionValues"_s << QStringList{u"Collection:s"_s};
        QTest::newRow("getModalityValues")
            << u"v1/getModalityValues"_s << QStringList{u"Modality:s"_s};
        QTest::newRow("getBodyPartValues")
            << u"v1/getBodyPartValues"_s << QStringList{u"BodyPartExamined:s"_s};
        QTest::newRow("getManufacturerValues")
            << u"v1/getManufacturerValues"_s << QStringList{u"Manufacturer:s"_s};
        QTest::newRow("getPatient") << u"v1/getPatient"_s << patient;
        QTest::newRow("getPatientByCollectionAndModality")
            << u"v1/getPatientByCollectionAndModality?Collection=%1&Modality=CT"_s.arg(collection)
            << QStringList{u"PatientId:s"_s};
        QTest::newRow("NewPatientsInCollection")
            << u"v1/NewPatientsInCollection?Collection=%1&Date=2000/01/01"_s.arg(collection)
            << patient;
        QTest::newRow("getPatientStudy") << u"v1/getPatientStudy"_s << study;
        QTest::newRow("NewStudiesInPatientCollection")
            << u"v1/NewStudiesInPatientCollection?Collection=%1&Date=2000/01/01"_s.arg(collection)
            << study;
        QTest::newRow("getSeries") << u"v1/getSeries"_s << series24;
        QTest::newRow("getUpdatedSeries")
            << u"v1/getUpdatedSeries"_s << series15 + QStringList{u"DateReleased:t"_s};
        for (qsizetype i = 0; i < archive().series().size(); i += 7) {
            const QString uid = archive().series()[i].uid;
            QTest::addRow("getSeriesSize %lld", qlonglong(i))
                << u"v1/getSeriesSize?SeriesInstanceUID="_s + uid
                << QStringList{u"TotalSizeInBytes:n"_s, u"ObjectCount:n"_s};
            QTest::addRow("getSOPInstanceUIDs %lld", qlonglong(i))
                << u"v1/getSOPInstanceUIDs?SeriesInstanceUID="_s + uid
                << QStringList{u"SOPInstanceUID:s"_s};
            QTest::addRow("getSeriesMetaData %lld", qlonglong(i))
                << u"v1/getSeriesMetaData?SeriesInstanceUID="_s + uid << metaData;
        }
        QTest::newRow("getContentsByName") << u"v1/getContentsByName?name="_s + list
                                           << series15 + QStringList{u"Date Released:t"_s};
    }
    void shapes() {
        QFETCH(QString, path);
        QFETCH(QStringList, columns);
        const HttpResult r = get(path);
        verifyJsonOk(r);
        if (QTest::currentTestFailed())
            return;
        FlatJsonArray json;
        QVERIFY2(json.parse(r.body), qPrintable(json.error()));
        QVERIFY(!json.rows().isEmpty());
        if (path.contains(u"getSeriesMetaData"_s) || path.contains(u"getSeriesSize"_s))
            QCOMPARE(json.rows().size(), 1);

        static const QRegularExpression timestamp(
            u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{1,9}$"_s);
        static const QRegularExpression usDate(u"^\\d{2}-\\d{2}-\\d{4}$"_s);
        static const QRegularExpression javaDateText(
            u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
            u"\\d{2} \\d{2}:\\d{2}:\\d{2} [A-Z]{3,4} \\d{4}$"_s);
        static const QRegularExpression decimal(u"^-?\\d+\\.000000$"_s);
        static const QRegularExpression digits(u"^\\d+$"_s);

        QStringList names;
        QHash<QString, QChar> types;
        for (const QString &column : columns) {
            const qsizetype colon = column.lastIndexOf(u':');
            names.append(column.left(colon));
            types.insert(column.left(colon), column.at(colon + 1));
        }
        for (const JsonRow &row : json.rows()) {
            // Keys: a subsequence of the columns, in column order.
            qsizetype next = 0;
            for (const JsonField &field : row.fields) {
                const qsizetype at = names.indexOf(field.key, next);
                QVERIFY2(at >= 0, qPrintable(u"key \"%1\" unknown or out of order in %2"_s.arg(
                                      field.key, QString::fromUtf8(row.raw))));
                next = at + 1;
                const QChar type = types.value(field.key);
                const QJsonValue &v = field.value;
                const QString what = u"%1 in %2"_s.arg(field.key, QString::fromUtf8(row.raw));
                if (type == u'n')
                    QVERIFY2(v.isDouble(), qPrintable(what));
                else if (type == u'b')
                    QVERIFY2(v.isBool(), qPrintable(what));
                else
                    QVERIFY2(v.isString(), qPrintable(what));
                const QString text = v.toString();
                if (type == u't')
                    QVERIFY2(timestamp.match(text).hasMatch(), qPrintable(what));
                else if (type == u'u')
                    QVERIFY2(usDate.match(text).hasMatch(), qPrintable(what));
                else if (type == u'j')
                    QVERIFY2(javaDateText.match(text).hasMatch(), qPrintable(what));
                else if (type == u'd')
                    QVERIFY2(decimal.match(text).hasMatch(), qPrintable(what));
                else if (type == u'i')
                    QVERIFY2(digits.match(text).hasMatch(), qPrintable(what));
            }
        }
        // §2.2 live facts: the patient defaults are strings; the species code is not a number.
        if (path.endsWith(u"getPatient"_s)) {
            for (const JsonRow &row : json.rows()) {
                QVERIFY(row.value(u"Phantom"_s).isString());
                QVERIFY(row.value(u"SpeciesCode"_s).isString());
                QVERIFY(row.value(u"SpeciesDescription"_s).isString());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEmulatorResponseShapes)
#include "tst_emulator_responseshapes.moc"
