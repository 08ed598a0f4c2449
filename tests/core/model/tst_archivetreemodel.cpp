#include "clienttestcase.h"

#include <model/archivetreemodel.h>
#include <model/archivetreesortkeys.h>
#include <model/seriesgroups.h>
#include <text/naturalorder.h>
#include <work/workerpool.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;
using Kind = ArchiveTreeNode::Kind;
using State = ArchiveTreeNode::State;

// The lazy archive tree against the emulator: one request per expanded node, none for
// hasChildren, failures kept on the row and retried, stale replies after a reset dropped.
class TestArchiveTreeModel final : public ClientTestCase {
    Q_OBJECT

private:
    std::unique_ptr<ArchiveTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex expand(const QModelIndex &parent) {
        if (m_model->canFetchMore(parent))
            m_model->fetchMore(parent);
        if (!QTest::qWaitFor([&] {
                return m_model->data(parent, ArchiveTreeModel::StateRole).toInt() !=
                           int(State::Fetching) &&
                       (parent.isValid() || m_model->node(parent)->state != State::Fetching);
            }))
            qWarning("fetch did not end");
        return m_model->index(0, 0, parent);
    }

    QModelIndex largestCollection() {
        const auto &collections = archive().collections();
        const auto largest = std::max_element(
            collections.cbegin(), collections.cend(),
            [](const auto &a, const auto &b) { return a.patientCount < b.patientCount; });
        return collectionNamed(largest->name);
    }

    QList<Series> listedSeries(const QString &collection) {
        std::optional<QList<Series>> listed;
        SeriesQuery query;
        query.collection = collection;
        m_client->series(query, this, [&](const ApiResult<QList<Series>> &r) {
            listed = r.ok() ? r.value() : QList<Series>();
        });
        if (!QTest::qWaitFor([&] { return listed.has_value(); }))
            return {};
        return *listed;
    }

    // Whether the keys made ahead for the children of `parent` are, for every column, those
    // made from the rows' sort values.
    bool keysMatchTheRows(const QModelIndex &parent) {
        for (int column = 0; column < ArchiveTreeModel::columnTotal; ++column) {
            const std::vector<qint64> *ahead = m_model->childSortKeys(parent, column);
            if (!ahead) {
                qWarning("no keys for column %d", column);
                return false;
            }
            const int rows = m_model->rowCount(parent);
            std::vector<QVariant> values;
            values.reserve(size_t(rows));
            for (int row = 0; row < rows; ++row)
                values.push_back(
                    m_model->index(row, column, parent).data(ArchiveTreeModel::SortRole));
            if (*ahead != ArchiveTreeSortKeys::keysOf(values)) {
                qWarning("other keys for column %d", column);
                return false;
            }
        }
        return true;
    }

    QModelIndex collectionNamed(const QString &name) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data().toString() == name)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase_data() { addApiVersions(); }
    void initTestCase() { QVERIFY(startArchive()); }

    // The tests below count requests, so no model tester (it fetches what it walks).
    void init() {
        resetArchive();
        m_model = std::make_unique<ArchiveTreeModel>(m_client.get());
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
    }

    // QAbstractItemModelTester fetches every node it walks: with it attached the whole archive
    // loads, each node exactly once, and every change passes its checks.
    void modelTesterWalksTheWholeArchive() {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(u"getSeries"_s),
                                  archive().studies().size(), 30000);
        QTRY_COMPARE(m_client->runningCount(), 0);
        QCOMPARE(m_server->requestCount(u"getCollectionValues"_s), 1);
        QCOMPARE(m_server->requestCount(u"getPatient"_s), archive().collections().size());
        QCOMPARE(m_server->requestCount(u"getPatientStudy"_s), archive().patients().size());
        qsizetype series = 0;
        for (int c = 0; c < m_model->rowCount(); ++c) {
            const QModelIndex collection = m_model->index(c, 0);
            for (int p = 0; p < m_model->rowCount(collection); ++p) {
                const QModelIndex patient = m_model->index(p, 0, collection);
                for (int s = 0; s < m_model->rowCount(patient); ++s)
                    series += m_model->rowCount(m_model->index(s, 0, patient));
            }
        }
        QCOMPARE(series, archive().series().size());
        m_model->reload(); // the tester checks the reset too, and walks the new tree
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(u"getSeries"_s),
                                  2 * archive().studies().size(), 30000);
        QTRY_COMPARE(m_client->runningCount(), 0);
        QCOMPARE(m_model->rowCount(), archive().collections().size());
    }

    void nothingIsFetchedUntilAsked() {
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->hasChildren());
        QVERIFY(m_model->canFetchMore({}));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void collectionsOnceEvenWhenAskedTwice() {
        m_model->fetchMore({});
        m_model->fetchMore({}); // still fetching: no second request
        QTRY_COMPARE(m_model->rowCount(), archive().collections().size());
        m_model->fetchMore({});
        QVERIFY(!m_model->canFetchMore({}));
        QCOMPARE(m_server->requestCount(u"getCollectionValues"_s), 1);
        // v4 counts every collection's patients in one more request, once.
        QTRY_COMPARE(m_server->requestCount(u"getCollectionValuesAndCounts"_s), isV4() ? 1 : 0);
        QCOMPARE(m_server->requestCount(), isV4() ? 2 : 1);
    }

    void hasChildrenNeverFetches() {
        expand({});
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex collection = m_model->index(row, 0);
            QVERIFY(m_model->hasChildren(collection));
            QCOMPARE(m_model->rowCount(collection), 0);
        }
        QCOMPARE(m_server->requestCount(), 1);
    }

    void oneRequestPerExpandedNode() {
        expand({});
        const QModelIndex collection = collectionNamed(u"HeadNeck-RT"_s);
        QVERIFY(collection.isValid());
        const QModelIndex patient = expand(collection);
        QCOMPARE(patient.data(ArchiveTreeModel::KindRole).toInt(), int(Kind::Patient));
        const QModelIndex study = expand(patient);
        QCOMPARE(study.data(ArchiveTreeModel::KindRole).toInt(), int(Kind::Study));
        const QModelIndex series = expand(study);
        QCOMPARE(series.data(ArchiveTreeModel::KindRole).toInt(), int(Kind::Series));
        QCOMPARE(m_server->requestCount(u"getPatient"_s), 1);
        QCOMPARE(m_server->requestCount(u"getPatientStudy"_s), 1);
        QCOMPARE(m_server->requestCount(u"getSeries"_s), 1);

        // What the archive says is what the rows show.
        const ArchiveCollection &c =
            archive().collections()[*archive().findCollection(u"HeadNeck-RT"_s)];
        QCOMPARE(m_model->rowCount(collection), c.patientCount);
        const ArchivePatient &p = archive().patients()[c.firstPatient];
        QCOMPARE(patient.data().toString(), p.id);
        QCOMPARE(m_model->rowCount(patient), p.studyCount);
        const ArchiveStudy &s = archive().studies()[p.firstStudy];
        QCOMPARE(m_model->rowCount(study), s.seriesCount);
        QCOMPARE(study.data(ArchiveTreeModel::UidRole).toString(), s.uid);
        QCOMPARE(m_model->index(study.row(), int(ArchiveTreeModel::Column::Series), patient)
                     .data(ArchiveTreeModel::SortRole)
                     .toLongLong(),
                 s.seriesCount);
        const ArchiveSeries &first = archive().series()[s.firstSeries];
        QCOMPARE(series.data(ArchiveTreeModel::UidRole).toString(), first.uid);
        QCOMPARE(series.data(ArchiveTreeModel::CollectionRole).toString(), c.name);
        QVERIFY(!m_model->hasChildren(series));
        QVERIFY(!m_model->canFetchMore(series));
        const QModelIndex size = series.siblingAtColumn(int(ArchiveTreeModel::Column::Size));
        QCOMPARE(size.data(ArchiveTreeModel::SortRole).toLongLong(), first.totalSize());
        QVERIFY(!size.data().toString().isEmpty());
        QCOMPARE(series.siblingAtColumn(int(ArchiveTreeModel::Column::Modality)).data().toString(),
                 first.modality);
    }

    // A collection's patients come with their sort keys made on a worker, for every column: the
    // same keys a sort would make from the rows' sort values (the name ranked in natural order).
    void patientsComeWithTheirSortKeys() {
        expand({});
        const QModelIndex collection = largestCollection();
        expand(collection);
        QVERIFY(m_model->rowCount(collection) > 1);
        QVERIFY(keysMatchTheRows(collection));
        QVERIFY(!m_model->childSortKeys({}, 0)); // the collections: too few to make ahead
        const std::vector<qint64> *names = m_model->childSortKeys(collection, 0);
        QVERIFY(names);
        QList<std::pair<qint64, QString>> ranked;
        for (int row = 0; row < m_model->rowCount(collection); ++row)
            ranked.append(
                {names->at(size_t(row)), m_model->index(row, 0, collection).data().toString()});
        std::sort(ranked.begin(), ranked.end());
        for (qsizetype i = 1; i < ranked.size(); ++i) {
            QVERIFY(ranked[i - 1].first < ranked[i].first);
            QVERIFY(NaturalOrder::less(ranked[i - 1].second, ranked[i].second));
        }
    }

    // Beyond the inline limit, the totals and the keys that sort by them are made on a worker
    // and land together; of two groups set in turn, the newer one lands, whichever is made first.
    void manyPatientsGetTheirTotalsWithTheirKeys() {
        using Column = ArchiveTreeModel::Column;
        m_model->setInlineLimit(0);
        expand({});
        const QModelIndex collection = largestCollection();
        const QString name = collection.data().toString();
        expand(collection);
        const QList<Series> listed = listedSeries(name);
        QVERIFY(!listed.isEmpty());
        auto older = std::make_shared<const SeriesGroups>(listed.mid(0, 1));
        auto newer = std::make_shared<const SeriesGroups>(listed);
        m_model->setSeriesGroups(name, older);
        m_model->setSeriesGroups(name, newer);
        const auto series = [&] {
            return collection.siblingAtColumn(int(Column::Series)).data(ArchiveTreeModel::SortRole);
        };
        QVERIFY(!series().isValid()); // not yet: on a worker
        QTRY_COMPARE(series().toLongLong(), listed.size());
        QVERIFY(m_model->childSortKeys(collection, int(Column::Size)));
        QVERIFY(keysMatchTheRows(collection));
        // The older one's result, if still to come, changes nothing.
        QTRY_COMPARE(workerPool()->activeThreadCount(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(series().toLongLong(), listed.size());
        QVERIFY(keysMatchTheRows(collection));

        // Patients fetched again (a filter at the archive) get keys with the totals known.
        EndpointFilter filter;
        filter.modality = listed.first().modality;
        m_model->setEndpointFilter(filter);
        const QModelIndex again = collectionNamed(name);
        expand(again);
        QVERIFY(m_model->childSortKeys(again, int(Column::Size)));
        QVERIFY(keysMatchTheRows(again));
    }

    // Collection, patient and study rows show how much they hold: "–" until it is known, then
    // the collection's series grouped; on v4 the archive's count of patients at once. A filter
    // that makes the archive send fewer patients does not change the collection's count.
    void rowsShowTheirTotals() {
        using Column = ArchiveTreeModel::Column;
        expand({});
        const QModelIndex collection = collectionNamed(u"HeadNeck-RT"_s);
        // Every change below passes the model tester's checks (it loads what it walks).
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(collection.isValid());
        const ArchiveCollection &c =
            archive().collections()[*archive().findCollection(u"HeadNeck-RT"_s)];
        auto cell = [&](const QModelIndex &row, Column column, int role = Qt::DisplayRole) {
            return row.siblingAtColumn(int(column)).data(role);
        };
        if (isV4())
            QTRY_COMPARE(
                cell(collection, Column::Patients, ArchiveTreeModel::SortRole).toLongLong(),
                c.patientCount);
        else
            QCOMPARE(cell(collection, Column::Patients).toString(), u"–"_s);
        QCOMPARE(cell(collection, Column::Series).toString(), u"–"_s);
        QVERIFY(
            cell(collection, Column::Size, Qt::ToolTipRole).toString().contains(u"Not known"_s));
        const QModelIndex patient = expand(collection);
        QCOMPARE(cell(patient, Column::Size).toString(), u"–"_s);
        QVERIFY(!cell(patient, Column::Patients).isValid());

        std::optional<QList<Series>> listed;
        SeriesQuery query;
        query.collection = c.name;
        m_client->series(query, this, [&](const ApiResult<QList<Series>> &r) {
            listed = r.ok() ? r.value() : QList<Series>();
        });
        QTRY_VERIFY(listed.has_value());
        QVERIFY(!listed->isEmpty());
        SeriesGroups::Totals ofPatient;
        for (const Series &s : *listed) {
            if (s.patientId == patient.data().toString())
                ofPatient.add(s);
        }
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setSeriesGroups(c.name, std::make_shared<const SeriesGroups>(*listed));
        QVERIFY(changed.size() >= 2); // the collection, and its patients
        QCOMPARE(cell(collection, Column::Patients, ArchiveTreeModel::SortRole).toLongLong(),
                 c.patientCount);
        QCOMPARE(cell(collection, Column::Series, ArchiveTreeModel::SortRole).toLongLong(),
                 listed->size());
        QCOMPARE(cell(patient, Column::Series, ArchiveTreeModel::SortRole).toLongLong(),
                 ofPatient.series);
        QCOMPARE(cell(patient, Column::Images, ArchiveTreeModel::SortRole).toLongLong(),
                 ofPatient.images);
        QCOMPARE(cell(patient, Column::Size, ArchiveTreeModel::SortRole).toLongLong(),
                 ofPatient.bytes);
        QCOMPARE(cell(patient, Column::Size).toString(),
                 QLocale().formattedDataSize(ofPatient.bytes, 1, QLocale::DataSizeSIFormat));
        QCOMPARE(cell(patient, Column::Size, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        // One date per column: patients have none there (their birth date is in the details).
        QVERIFY(!cell(patient, Column::Date).isValid());

        EndpointFilter filter;
        filter.modality = archive().series()[0].modality;
        m_model->setEndpointFilter(filter);
        expand(collectionNamed(c.name));
        QCOMPARE(cell(collectionNamed(c.name), Column::Patients, ArchiveTreeModel::SortRole)
                     .toLongLong(),
                 c.patientCount);
    }

    void failedFetchStaysOnTheRowAndCanBeRetried() {
        m_server->faults().add(*FaultRule::parse(u"getPatient:status=404,first=1"_s));
        expand({});
        const QModelIndex collection = m_model->index(0, 0);
        QSignalSpy failed(m_model.get(), &ArchiveTreeModel::fetchFailed);
        m_model->fetchMore(collection);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(collection.data(ArchiveTreeModel::StateRole).toInt(), int(State::Failed));
        QVERIFY(collection.data(ArchiveTreeModel::ErrorRole).toString().contains(u"404"_s));
        QVERIFY(!m_model->canFetchMore(collection)); // no silent refetch loop from the view
        m_model->retry(collection);
        QTRY_COMPARE(collection.data(ArchiveTreeModel::StateRole).toInt(), int(State::Fetched));
        QVERIFY(m_model->rowCount(collection) > 0);
        QVERIFY(collection.data(ArchiveTreeModel::ErrorRole).toString().isEmpty());
        QCOMPARE(m_server->requestCount(u"getPatient"_s), 2);
    }

    // A level that turns out empty (the archive's "nothing": here a 204) has no children.
    void emptyLevelHasNoChildren() {
        expand({});
        const QModelIndex patient = expand(m_model->index(0, 0));
        const QModelIndex study = expand(patient);
        m_server->faults().add(*FaultRule::parse(u"getSeries:status=204"_s));
        QVERIFY(m_model->hasChildren(study)); // not known yet
        expand(study);
        QCOMPARE(study.data(ArchiveTreeModel::StateRole).toInt(), int(State::Fetched));
        QCOMPARE(m_model->rowCount(study), 0);
        QVERIFY(!m_model->hasChildren(study));
        QVERIFY(!m_model->canFetchMore(study));
    }

    // A single checked modality is asked of the archive: patients through
    // getPatientByCollectionAndModality, series through getSeries' own parameters.
    void endpointFilterIsSentAsQueryParameters() {
        QList<QUrl> seriesUrls;
        const QObject listening; // disconnects when the test ends
        connect(m_server, &EmulatorServer::requestReceived, &listening,
                [&seriesUrls](const QString &endpoint, const QUrl &url) {
                    if (endpoint == u"getSeries"_s)
                        seriesUrls.append(url);
                });
        const ArchiveSeries &ct = firstSeriesOf(u"CT"_s);
        const QString collectionName = m_archive.collectionOf(ct);
        m_model->setEndpointFilter({u"CT"_s, ct.manufacturer});
        expand({});
        const QModelIndex collection = collectionNamed(collectionName);
        expand(collection);
        QCOMPARE(m_server->requestCount(u"getPatientByCollectionAndModality"_s), 1);
        QCOMPARE(m_server->requestCount(u"getPatient"_s), 0);
        QSet<QString> withCt;
        for (const ArchiveSeries &s : archive().series()) {
            if (s.modality == u"CT"_s && m_archive.collectionOf(s) == collectionName)
                withCt.insert(archive().patientOf(archive().studyOf(s)).id);
        }
        QCOMPARE(m_model->rowCount(collection), withCt.size());
        for (int row = 0; row < m_model->rowCount(collection); ++row)
            QVERIFY(withCt.contains(m_model->index(row, 0, collection).data().toString()));

        const QModelIndex study = expand(m_model->index(0, 0, collection));
        expand(study);
        QCOMPARE(seriesUrls.size(), 1);
        const QUrlQuery sent(seriesUrls.first());
        QCOMPARE(sent.queryItemValue(u"Modality"_s), u"CT"_s);
        QVERIFY(sent.hasQueryItem(u"Manufacturer"_s));
        for (int row = 0; row < m_model->rowCount(study); ++row) {
            QCOMPARE(m_model->index(row, int(ArchiveTreeModel::Column::Modality), study)
                         .data()
                         .toString(),
                     u"CT"_s);
        }
    }

    // Another endpoint filter drops what was fetched below the collections and nothing else.
    void changingTheEndpointFilterRefetchesBelowCollections() {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(u"getSeries"_s) > 0, 30000);
        m_tester.reset(); // stop it walking (and fetching) the whole archive
        QTRY_COMPARE_WITH_TIMEOUT(m_client->runningCount(), 0, 30000);
        const int collections = m_model->rowCount();
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setEndpointFilter({u"MR"_s, {}});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), collections);
        const QModelIndex collection = m_model->index(0, 0);
        QCOMPARE(m_model->rowCount(collection), 0);
        QCOMPARE(collection.data(ArchiveTreeModel::StateRole).toInt(), int(State::NotFetched));
        QVERIFY(m_model->canFetchMore(collection));
        m_model->setEndpointFilter({u"MR"_s, {}}); // the same: nothing to do
        QCOMPARE(reset.size(), 1);
        const int collectionRequests = m_server->requestCount(u"getCollectionValues"_s);
        expand(collection);
        QCOMPARE(m_server->requestCount(u"getCollectionValues"_s), collectionRequests);
        QCOMPARE(m_server->requestCount(u"getPatientByCollectionAndModality"_s), 1);
    }

    void staleRepliesAfterAReloadAreDropped() {
        expand({});
        m_server->faults().add(*FaultRule::parse(u"getPatient:latency=200"_s));
        const QModelIndex collection = m_model->index(0, 0);
        m_model->fetchMore(collection);
        QTRY_COMPARE(m_server->requestCount(u"getPatient"_s), 1);
        m_model->reload();
        QCOMPARE(m_model->rowCount(), 0);
        QTRY_COMPARE(m_client->runningCount(), 0);
        QCOMPARE(m_model->rowCount(), 0); // nothing arrived from the old tree
        QVERIFY(m_model->canFetchMore({}));
        expand({});
        QCOMPARE(m_model->rowCount(), archive().collections().size());
        QCOMPARE(m_model->index(0, 0).data(ArchiveTreeModel::StateRole).toInt(),
                 int(State::NotFetched));
    }
};

QTEST_GUILESS_MAIN(TestArchiveTreeModel)
#include "tst_archivetreemodel.moc"
