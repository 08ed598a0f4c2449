#include "clienttestcase.h"

#include <cart/cartresolver.h>
#include <cart/seriescartmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

using Status = CartItem::Status;

// Series known by their UID only get their details from the archive's metadata, as many per
// request as the version takes, one request at a time; series it does not know are said so.
class TestCartResolver final : public ClientTestCase {
    Q_OBJECT

private:
    std::unique_ptr<SeriesCartModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<CartResolver> m_resolver;

    // Requests of the metadata endpoint needed for `series` series in this version.
    int requestsFor(qsizetype series) const {
        const qsizetype batch = m_client->dialect().seriesMetadataBatchSize();
        return int((series + batch - 1) / batch);
    }

    void compareWithArchive(const ArchiveSeries &expected) {
        const int row = m_model->rowOf(expected.uid);
        QVERIFY(row >= 0);
        const CartItem &item = m_model->itemAt(row);
        QCOMPARE(item.status, Status::Resolved);
        QCOMPARE(item.collection, m_archive.collectionOf(expected));
        QCOMPARE(item.patientId, archive().patientOf(archive().studyOf(expected)).id);
        QCOMPARE(item.studyInstanceUid, archive().studyOf(expected).uid);
        QCOMPARE(item.modality, expected.modality);
        QCOMPARE(item.imageCount, std::optional<qint64>(expected.imageCount));
        QCOMPARE(item.bytes, std::optional<qint64>(expected.totalSize()));
    }

private Q_SLOTS:
    void initTestCase_data() { addApiVersions(); }
    void initTestCase() { QVERIFY(startArchive()); }

    void init() {
        resetArchive();
        m_model = std::make_unique<SeriesCartModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_resolver = std::make_unique<CartResolver>(m_client.get(), m_model.get());
    }

    void cleanup() {
        m_resolver.reset();
        m_tester.reset();
        m_model.reset();
    }

    void fillsInAManifestsSeries() {
        const QList<const ArchiveSeries *> series = smallestSeries(6);
        const QString unknown = u"1.2.3.999.1"_s;
        m_model->addUids(uidsOf(series) + QStringList{unknown});
        QSignalSpy started(m_resolver.get(), &CartResolver::started);
        QSignalSpy finished(m_resolver.get(), &CartResolver::finished);
        QSignalSpy failed(m_resolver.get(), &CartResolver::failed);
        m_resolver->resolve();
        QVERIFY(m_resolver->isBusy());
        QCOMPARE(started.size(), 1);
        m_resolver->resolve(); // under way: nothing more
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!m_resolver->isBusy());
        QCOMPARE(m_resolver->pendingCount(), 0);
        for (const ArchiveSeries *s : series)
            compareWithArchive(*s);
        QCOMPARE(m_model->itemAt(m_model->rowOf(unknown)).status, Status::NotFound);
        const CartTotals totals = m_model->totals();
        QCOMPARE(totals.unresolved, 0);
        QCOMPARE(totals.notFound, 1);
        QCOMPARE(totals.unknownSize, 1);
        QCOMPARE(m_server->requestCount(metadataEndpoint()), requestsFor(7));
        QCOMPARE(m_resolver->requestsSent(), requestsFor(7));

        m_resolver->resolve(); // nothing left to ask
        QVERIFY(!m_resolver->isBusy());
        QCOMPARE(started.size(), 1);
        QCOMPARE(m_server->requestCount(metadataEndpoint()), requestsFor(7));
    }

    // Series listed without their size are asked about, once.
    void fillsInMissingSizes() {
        const ArchiveSeries &expected = *smallestSeries(1).first();
        Series listed;
        listed.seriesInstanceUid = expected.uid;
        listed.collection = m_archive.collectionOf(expected);
        m_model->add({listed});
        QSignalSpy finished(m_resolver.get(), &CartResolver::finished);
        m_resolver->resolve();
        QTRY_COMPARE(finished.size(), 1);
        compareWithArchive(expected);
        QCOMPARE(m_server->requestCount(metadataEndpoint()), 1);

        // A series whose metadata has no size either is not asked about again and again.
        Series sizeless = listed;
        sizeless.seriesInstanceUid = u"1.2.3.999.2"_s;
        m_model->add({sizeless});
        m_resolver->resolve();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(m_model->itemAt(1).status, Status::Resolved); // listed: stays what it was
        m_resolver->resolve();
        QVERIFY(!m_resolver->isBusy());
        QCOMPARE(m_server->requestCount(metadataEndpoint()), 2);
    }

    void automaticTakesNewSeries() {
        QSignalSpy finished(m_resolver.get(), &CartResolver::finished);
        m_resolver->setAutomatic(true);
        const QList<const ArchiveSeries *> series = smallestSeries(3);
        m_model->addUids(uidsOf(series.mid(0, 1)));
        QTRY_COMPARE(finished.size(), 1);
        m_model->addUids(uidsOf(series.mid(1)));
        QTRY_COMPARE(finished.size(), 2);
        for (const ArchiveSeries *s : series)
            compareWithArchive(*s);
        QCOMPARE(m_model->totals().unresolved, 0);
    }

    void seriesAddedWhileBusyAreTaken() {
        m_server->faults().add(*FaultRule::parse(metadataEndpoint() + u":latency=150"_s));
        const QList<const ArchiveSeries *> series = smallestSeries(4);
        m_model->addUids(uidsOf(series.mid(0, 2)));
        QSignalSpy finished(m_resolver.get(), &CartResolver::finished);
        m_resolver->resolve();
        QTRY_COMPARE(m_server->requestCount(metadataEndpoint()), 1);
        m_model->addUids(uidsOf(series.mid(2)));
        m_model->remove({0}); // gone while asked about: its answer is dropped
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(m_model->rowCount(), 3);
        for (const ArchiveSeries *s : series.mid(1))
            compareWithArchive(*s);
        QVERIFY(!m_model->contains(series.first()->uid));
    }

    void failureStopsUntilAskedAgain() {
        // Every attempt of the first request fails (the client retries three times).
        m_server->faults().add(*FaultRule::parse(metadataEndpoint() + u":status=500,first=4"_s));
        const QList<const ArchiveSeries *> series = smallestSeries(2);
        m_model->addUids(uidsOf(series));
        QSignalSpy finished(m_resolver.get(), &CartResolver::finished);
        QSignalSpy failed(m_resolver.get(), &CartResolver::failed);
        m_resolver->resolve();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(m_resolver->errorString(), failed.first().first().toString());
        QVERIFY(!m_resolver->isBusy());
        QCOMPARE(finished.size(), 0);
        QCOMPARE(m_model->totals().unresolved, 2); // not marked unknown: the archive did not say
        m_resolver->resolve();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(m_resolver->errorString().isEmpty());
        for (const ArchiveSeries *s : series)
            compareWithArchive(*s);
    }

    void cancelLeavesSeriesAsTheyAre() {
        m_server->faults().add(*FaultRule::parse(metadataEndpoint() + u":latency=300"_s));
        const QList<const ArchiveSeries *> series = smallestSeries(2);
        m_model->addUids(uidsOf(series));
        QSignalSpy finished(m_resolver.get(), &CartResolver::finished);
        QSignalSpy failed(m_resolver.get(), &CartResolver::failed);
        m_resolver->resolve();
        QTRY_COMPARE(m_server->requestCount(metadataEndpoint()), 1);
        m_resolver->cancel();
        QVERIFY(!m_resolver->isBusy());
        QCOMPARE(m_resolver->pendingCount(), 0);
        QTRY_COMPARE(m_client->runningCount(), 0);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_model->totals().unresolved, 2);
        QCOMPARE(m_server->requestCount(metadataEndpoint()), 1);
    }

    // A series not found on one archive may be on the next one.
    void notFoundIsAskedAgainAfterReset() {
        m_model->addUids({u"1.2.3.999.3"_s});
        QSignalSpy finished(m_resolver.get(), &CartResolver::finished);
        m_resolver->resolve();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_model->itemAt(0).status, Status::NotFound);
        m_resolver->resolve();
        QCOMPARE(m_server->requestCount(metadataEndpoint()), 1);
        m_model->resetNotFound();
        m_resolver->resolve();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(m_server->requestCount(metadataEndpoint()), 2);
        QCOMPARE(m_model->itemAt(0).status, Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCartResolver)
#include "tst_cartresolver.moc"
