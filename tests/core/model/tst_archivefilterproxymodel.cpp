#include "clienttestcase.h"

#include <model/archivefilterproxymodel.h>
#include <model/archivetreemodel.h>
#include <text/naturalorder.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

// Filtering and searching the loaded archive, through the proxy the tree view uses.
class TestArchiveFilterProxyModel final : public ClientTestCase {
    Q_OBJECT

private:
    std::unique_ptr<ArchiveTreeModel> m_tree;
    std::unique_ptr<ArchiveFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // Visible series under `parent` in the proxy, depth first.
    QStringList visibleSeries(const QModelIndex &parent = {}) const {
        QStringList uids;
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (index.data(ArchiveTreeModel::KindRole).toInt() ==
                int(ArchiveTreeNode::Kind::Series))
                uids << index.data(ArchiveTreeModel::UidRole).toString();
            else
                uids << visibleSeries(index);
        }
        return uids;
    }

    QStringList expectedSeries(const std::function<bool(const ArchiveSeries &)> &accept) const {
        QStringList uids;
        for (const ArchiveSeries &s : archive().series()) {
            if (accept(s))
                uids << s.uid;
        }
        return uids;
    }

    // Patient and study rows left without a visible child.
    int emptyRows(const QModelIndex &parent = {}, int depth = 0) const {
        int empty = 0;
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (depth >= 1 && depth <= 2 && m_proxy->rowCount(index) == 0)
                ++empty;
            if (depth < 2)
                empty += emptyRows(index, depth + 1);
        }
        return empty;
    }

    // Siblings under `parent` in order for `column`, and below them.
    void checkOrder(const QModelIndex &parent, int column, bool descending, int &pairs) const {
        const auto lessOrEqual = [](const QVariant &a, const QVariant &b) {
            if (!a.isValid())
                return true;
            if (!b.isValid())
                return false;
            if (a.typeId() == QMetaType::QString)
                return NaturalOrder::compare(a.toString(), b.toString()) <= 0;
            return QVariant::compare(a, b) != QPartialOrdering::Greater;
        };
        for (int row = 1; row < m_proxy->rowCount(parent); ++row) {
            const QVariant above =
                m_proxy->index(row - 1, column, parent).data(ArchiveTreeModel::SortRole);
            const QVariant here =
                m_proxy->index(row, column, parent).data(ArchiveTreeModel::SortRole);
            QVERIFY2(descending ? lessOrEqual(here, above) : lessOrEqual(above, here),
                     qPrintable(above.toString() + u" / "_s + here.toString()));
            ++pairs;
        }
        for (int row = 0; row < m_proxy->rowCount(parent); ++row)
            checkOrder(m_proxy->index(row, 0, parent), column, descending, pairs);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(startArchive());
        resetArchive();
        m_tree = std::make_unique<ArchiveTreeModel>(m_client.get());
        m_proxy = std::make_unique<ArchiveFilterProxyModel>();
        m_proxy->setSourceModel(m_tree.get());
        // The tester walks (and so loads) the whole small archive.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(u"getSeries"_s),
                                  archive().studies().size(), 30000);
        QTRY_COMPARE(m_client->runningCount(), 0);
    }

    void init() {
        m_proxy->setScope({});
        m_proxy->setFilter({});
        m_proxy->setSearchText({});
    }

    void everythingWithoutFilters() {
        QStringList all = visibleSeries();
        all.sort();
        QStringList expected = expectedSeries([](const ArchiveSeries &) { return true; });
        expected.sort();
        QCOMPARE(all, expected);
    }

    void filterPanels_data() {
        QTest::addColumn<ArchiveFilter>("filter");
        QTest::newRow("CT") << ArchiveFilter{{u"CT"_s}, {}, {}};
        QTest::newRow("CT or MR") << ArchiveFilter{{u"CT"_s, u"MR"_s}, {}, {}};
        QTest::newRow("CT and CHEST") << ArchiveFilter{{u"CT"_s}, {u"CHEST"_s}, {}};
        QTest::newRow("not specified") << ArchiveFilter{{}, {QString()}, {}};
        QTest::newRow("Philips") << ArchiveFilter{{}, {}, {u"Philips"_s}};
    }
    void filterPanels() {
        QFETCH(ArchiveFilter, filter);
        m_proxy->setFilter(filter);
        QStringList visible = visibleSeries();
        visible.sort();
        QStringList expected = expectedSeries([&](const ArchiveSeries &s) {
            Series record;
            record.modality = s.modality;
            record.bodyPartExamined = s.bodyPart;
            record.manufacturer = s.manufacturer;
            return filter.accepts(record);
        });
        expected.sort();
        QCOMPARE(visible, expected);
        QVERIFY(!visible.isEmpty());
    }

    // With the series of the collections known, patients and studies that hold none the filter
    // accepts are hidden, not left as empty rows.
    void scopeHidesRowsWithoutAcceptedSeries() {
        const ArchiveFilter seg{{u"SEG"_s}, {}, {}};
        m_proxy->setFilter(seg);
        QVERIFY(emptyRows() > 0); // without the scope: every patient stays

        QHash<QString, QList<Series>> byCollection;
        QSet<QString> expectedPatients;
        for (const ArchiveSeries &s : archive().series()) {
            const ArchiveStudy &study = archive().studyOf(s);
            const ArchivePatient &patient = archive().patientOf(study);
            Series record;
            record.patientId = patient.id;
            record.studyInstanceUid = study.uid;
            record.modality = s.modality;
            record.bodyPartExamined = s.bodyPart;
            record.manufacturer = s.manufacturer;
            const QString collection = archive().collectionOf(patient).name;
            byCollection[collection] << record;
            if (seg.accepts(record))
                expectedPatients << collection + u'/' + patient.id;
        }
        FilterScope scope(seg);
        for (auto it = byCollection.cbegin(); it != byCollection.cend(); ++it)
            scope.add(it.key(), std::make_shared<const SeriesGroups>(it.value()));
        m_proxy->setScope(scope);
        QCOMPARE(emptyRows(), 0);
        QSet<QString> visiblePatients;
        for (int c = 0; c < m_proxy->rowCount(); ++c) {
            const QModelIndex collection = m_proxy->index(c, 0);
            for (int p = 0; p < m_proxy->rowCount(collection); ++p)
                visiblePatients << collection.data().toString() + u'/' +
                                       m_proxy->index(p, 0, collection).data().toString();
        }
        QCOMPARE(visiblePatients, expectedPatients);
        m_proxy->setScope({});
    }

    void searchKeepsAncestorsAndDescendants() {
        const ArchiveSeries &target = archive().series()[archive().series().size() / 2];
        m_proxy->setSearchText(target.uid.right(12));
        QCOMPARE(visibleSeries(), QStringList{target.uid});
        QCOMPARE(m_proxy->rowCount(), 1); // its collection, and nothing else
        const ArchivePatient &patient = archive().patientOf(archive().studyOf(target));
        m_proxy->setSearchText(patient.id.toLower()); // all the patient's series
        QStringList expected = expectedSeries([&](const ArchiveSeries &s) {
            return archive().patientOf(archive().studyOf(s)).id.contains(patient.id);
        });
        QStringList visible = visibleSeries();
        visible.sort();
        expected.sort();
        QCOMPARE(visible, expected);
    }

    void searchAndFilterTogether() {
        m_proxy->setSearchText(u"Lung-Screening-CT"_s);
        m_proxy->setFilter({{u"SEG"_s}, {}, {}});
        const QStringList visible = visibleSeries();
        for (const QString &uid : visible) {
            const ArchiveSeries &s = archive().series()[*archive().findSeries(uid)];
            QCOMPARE(s.modality, u"SEG"_s);
        }
        QCOMPARE(m_proxy->rowCount(), 1);
    }

    // Every column, both ways, at every level: each row sorts after its sibling above it by
    // the column's sort value (text in natural order, numbers by value, missing first), as the
    // integer keys made for the sort say.
    void sortsEveryColumnAtEveryLevel_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int column = 0; column < m_tree->columnCount(); ++column) {
            const QByteArray name = m_tree->headerData(column, Qt::Horizontal).toString().toUtf8();
            QTest::newRow(QByteArray(name + " ascending").constData()) << column << false;
            QTest::newRow(QByteArray(name + " descending").constData()) << column << true;
        }
    }
    void sortsEveryColumnAtEveryLevel() {
        QFETCH(int, column);
        QFETCH(bool, descending);
        m_proxy->sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        int pairs = 0;
        checkOrder({}, column, descending, pairs);
        QVERIFY(pairs > 10);
        m_proxy->sort(-1);
    }

    void sortsByNumbersNotText() {
        m_proxy->sort(int(ArchiveTreeModel::Column::Size), Qt::DescendingOrder);
        const QModelIndex collection = m_proxy->index(0, 0);
        const QModelIndex patient = m_proxy->index(0, 0, collection);
        const QModelIndex study = m_proxy->index(0, 0, patient);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < m_proxy->rowCount(study); ++row) {
            const qint64 size = m_proxy->index(row, int(ArchiveTreeModel::Column::Size), study)
                                    .data(ArchiveTreeModel::SortRole)
                                    .toLongLong();
            QVERIFY(size <= previous);
            previous = size;
        }
        m_proxy->sort(-1);
    }
};

QTEST_GUILESS_MAIN(TestArchiveFilterProxyModel)
#include "tst_archivefilterproxymodel.moc"
