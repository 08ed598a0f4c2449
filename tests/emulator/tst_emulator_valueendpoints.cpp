// The value-list endpoints (the NBIA API reference, nbia-api.md §3.1–3.4) byte for byte: distinct
// values, ORDER BY UPPER(value), NULL first as {}; expected bodies computed from server.archive()
// independently of the emulator's formatting code.

#include "emulatortestcase.h"
#include "expected.h"
#include "httpchecks.h"

#include <QTest>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

class TestEmulatorValueEndpoints final : public EmulatorTestCase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_emulator.start(); }

    void init() { m_emulator.reset(); }

    void cleanupTestCase() { m_emulator.stop(); }

    void valueLists_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        const Expected e = expected();
        auto all = [](const ArchiveSeries &) {
            return true;
        };
        auto modality = [](const ArchiveSeries &s) {
            return s.modality;
        };
        auto bodyPartUpper = [](const ArchiveSeries &s) {
            return s.bodyPart.isNull() ? QString() : s.bodyPart.toUpper();
        };
        auto manufacturer = [](const ArchiveSeries &s) {
            return s.manufacturer;
        };
        auto inCollection = [&e](const QString &name) {
            return [&e, name](const ArchiveSeries &s) {
                const qsizetype i = &s - e.a.series().constData();
                return e.collectionOfSeries(i).compare(name, Qt::CaseInsensitive) == 0;
            };
        };
        const QString lung = archive().collections()[datedCollection()].name;

        QList<QString> collections;
        for (const ArchiveCollection &c : archive().collections())
            collections.append(c.name);
        QTest::newRow("getCollectionValues")
            << u"v1/getCollectionValues"_s << Expected::valueArray(u"Collection"_s, collections);
        QTest::newRow("getCollectionValues unknown parameter ignored")
            << u"v1/getCollectionValues?Collection=nope&foo=bar"_s
            << Expected::valueArray(u"Collection"_s, collections);

        QTest::newRow("getModalityValues")
            << u"v1/getModalityValues"_s
            << Expected::valueArray(u"Modality"_s, e.distinctValues(all, modality));
        QTest::newRow("getModalityValues Collection any case")
            << u"v1/getModalityValues?Collection="_s + lung.toLower()
            << Expected::valueArray(u"Modality"_s, e.distinctValues(inCollection(lung), modality));
        QTest::newRow("getModalityValues BodyPartExamined any case")
            << u"v1/getModalityValues?BodyPartExamined=lUnG"_s
            << Expected::valueArray(u"Modality"_s,
                                    e.distinctValues(
                                        [](const ArchiveSeries &s) {
                                            return s.bodyPart.compare(u"LUNG"_s,
                                                                      Qt::CaseInsensitive) == 0;
                                        },
                                        modality));
        QTest::newRow("getModalityValues collection= ignored (names case-sensitive)")
            << u"v1/getModalityValues?collection=Mammo-Screening"_s
            << Expected::valueArray(u"Modality"_s, e.distinctValues(all, modality));

        QTest::newRow("getBodyPartValues upper-cased, {} first")
            << u"v1/getBodyPartValues"_s
            << Expected::valueArray(u"BodyPartExamined"_s, e.distinctValues(all, bodyPartUpper));
        QVERIFY(Expected::valueArray(u"BodyPartExamined"_s, e.distinctValues(all, bodyPartUpper))
                    .startsWith("[{},"));
        QTest::newRow("getBodyPartValues Modality any case")
            << u"v1/getBodyPartValues?Modality=ct"_s
            << Expected::valueArray(
                   u"BodyPartExamined"_s,
                   e.distinctValues([](const ArchiveSeries &s) { return s.modality == u"CT"_s; },
                                    bodyPartUpper));
        QTest::newRow("getBodyPartValues Collection")
            << u"v1/getBodyPartValues?Collection=MAMMO-SCREENING"_s
            << Expected::valueArray(
                   u"BodyPartExamined"_s,
                   e.distinctValues(inCollection(u"Mammo-Screening"_s), bodyPartUpper));

        QTest::newRow("getManufacturerValues {} first")
            << u"v1/getManufacturerValues"_s
            << Expected::valueArray(u"Manufacturer"_s, e.distinctValues(all, manufacturer));
        QTest::newRow("getManufacturerValues Collection Modality")
            << u"v1/getManufacturerValues?Collection=%1&Modality=CT"_s.arg(lung)
            << Expected::valueArray(u"Manufacturer"_s, e.distinctValues(
                                                           [&](const ArchiveSeries &s) {
                                                               return inCollection(lung)(s) &&
                                                                      s.modality == u"CT"_s;
                                                           },
                                                           manufacturer));
        QTest::newRow("getManufacturerValues BodyPartExamined any case")
            << u"v1/getManufacturerValues?BodyPartExamined=breast"_s
            << Expected::valueArray(u"Manufacturer"_s,
                                    e.distinctValues(
                                        [](const ArchiveSeries &s) {
                                            return s.bodyPart.compare(u"BREAST"_s,
                                                                      Qt::CaseInsensitive) == 0;
                                        },
                                        manufacturer));
    }
    void valueLists() {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpResult r = get(path);
        verifyJsonOk(r);
        QCOMPARE(r.body, body);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorValueEndpoints)
#include "tst_emulator_valueendpoints.moc"
