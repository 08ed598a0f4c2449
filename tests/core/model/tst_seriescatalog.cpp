#include "clienttestcase.h"

#include <model/seriescatalog.h>

#include <QSignalSpy>
#include <QTest>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

// A collection's series come with one getSeries request and stay; failures can be retried;
// clearing drops replies on their way.
class TestSeriesCatalog final : public ClientTestCase {
    Q_OBJECT

private:
    std::unique_ptr<SeriesCatalog> m_catalog;
    QString m_collection;
    qsizetype m_seriesCount = 0;

private Q_SLOTS:
    void initTestCase_data() { addApiVersions(); }
    void initTestCase() {
        QVERIFY(startArchive());
        const ArchiveSeries &first = archive().series().first();
        m_collection = m_archive.collectionOf(first);
        for (const ArchiveSeries &s : archive().series())
            m_seriesCount += m_archive.collectionOf(s) == m_collection ? 1 : 0;
    }

    void init() {
        resetArchive();
        m_catalog = std::make_unique<SeriesCatalog>(m_client.get());
    }

    void cleanup() { m_catalog.reset(); }

    void loadsACollectionOnce() {
        QSignalSpy loaded(m_catalog.get(), &SeriesCatalog::loaded);
        QSignalSpy grouped(m_catalog.get(), &SeriesCatalog::groupsReady);
        QVERIFY(!m_catalog->series(m_collection));
        m_catalog->load(m_collection);
        m_catalog->load(m_collection); // on its way: no second request
        QVERIFY(m_catalog->loadedCollections().isEmpty());
        QVERIFY(m_catalog->isLoading(m_collection));
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toString(), m_collection);
        QVERIFY(!m_catalog->isLoading(m_collection));
        QVERIFY(m_catalog->series(m_collection));
        QCOMPARE(m_catalog->series(m_collection)->size(), m_seriesCount);
        m_catalog->load(m_collection); // here already
        QCOMPARE(m_server->requestCount(u"getSeries"_s), 1);
        QCOMPARE(m_catalog->loadedCollections(), QStringList{m_collection});
        QTRY_COMPARE(grouped.size(), 1); // grouped on a worker, after loaded
        QCOMPARE(grouped.first().first().toString(), m_collection);
        const auto groups = m_catalog->groups(m_collection);
        QVERIFY(groups);
        QCOMPARE(groups->series().size(), m_seriesCount);
        QCOMPARE(m_catalog->groups(m_collection), groups);
        QVERIFY(m_catalog->summary(m_collection));
        QCOMPARE(m_catalog->summary(m_collection)->series, m_seriesCount);
        QVERIFY(!m_catalog->groups(u"elsewhere"_s));
        QCOMPARE(loaded.size(), 1);
    }

    void failureIsReportedAndRetried() {
        m_server->faults().add(*FaultRule::parse(u"getSeries:status=500,first=4"_s));
        QSignalSpy failed(m_catalog.get(), &SeriesCatalog::failed);
        QSignalSpy loaded(m_catalog.get(), &SeriesCatalog::loaded);
        m_catalog->load(m_collection);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(!m_catalog->error(m_collection).isEmpty());
        QVERIFY(!m_catalog->series(m_collection));
        m_catalog->load(m_collection);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QVERIFY(m_catalog->error(m_collection).isEmpty());
        QCOMPARE(m_catalog->series(m_collection)->size(), m_seriesCount);
    }

    void clearDropsRepliesOnTheirWay() {
        m_server->faults().add(*FaultRule::parse(u"getSeries:latency=200"_s));
        QSignalSpy loaded(m_catalog.get(), &SeriesCatalog::loaded);
        QSignalSpy failed(m_catalog.get(), &SeriesCatalog::failed);
        m_catalog->load(m_collection);
        QTRY_COMPARE(m_server->requestCount(u"getSeries"_s), 1);
        m_catalog->clear();
        QTRY_COMPARE(m_client->runningCount(), 0);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!m_catalog->series(m_collection));
        QVERIFY(!m_catalog->isLoading(m_collection));
    }
};

QTEST_GUILESS_MAIN(TestSeriesCatalog)
#include "tst_seriescatalog.moc"
