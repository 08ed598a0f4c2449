#include <model/seriestablemodel.h>
#include <work/workerpool.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace nbia;
using namespace Qt::StringLiterals;
using Column = SeriesTableModel::Column;

namespace {
Series series(const QString &uid, const QString &patient, const QString &description,
              const QString &modality, const QString &bodyPart, qint64 size, qint64 images) {
    Series s;
    s.seriesInstanceUid = uid;
    s.studyInstanceUid = uid + u".0"_s;
    s.patientId = patient;
    s.seriesDescription = description;
    s.modality = modality;
    s.bodyPartExamined = bodyPart;
    s.manufacturer = u"GE"_s;
    s.fileSize = size;
    s.imageCount = images;
    return s;
}

QList<Series> sample() {
    return {series(u"1.3"_s, u"LUNG-002"_s, u"Chest 1mm"_s, u"CT"_s, u"CHEST"_s, 9'000'000, 120),
            series(u"1.1"_s, u"LUNG-001"_s, u"axial t2"_s, u"MR"_s, {}, 50'000'000, 30),
            series(u"1.2"_s, u"lung-003"_s, u"Segmentation"_s, u"SEG"_s, u"CHEST"_s, 700, 1),
            series(u"1.4"_s, u"LUNG-001"_s, u"Bone"_s, u"CT"_s, u"chest"_s, 2'000'000, 60)};
}

QStringList column(const QAbstractItemModel &model, Column c) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, int(c)).data(SeriesTableModel::UidRole).toString();
    return values;
}
} // namespace

// The flat series table: model tester on, filtering by the panels and the search, sorting every
// column by its natural order, persistent indexes (the selection) following a sort.
class TestSeriesTableModel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SeriesTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;

private Q_SLOTS:
    void init() {
        m_model = std::make_unique<SeriesTableModel>();
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setSeries(u"LUNG"_s, sample());
    }

    void cleanup() {
        m_modelTester.reset();
        m_model.reset();
    }

    void showsEverySeriesOfTheCollection() {
        QCOMPARE(m_model->collection(), u"LUNG"_s);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), SeriesTableModel::columnTotal);
        QCOMPARE(m_model->index(0, int(Column::Patient)).data().toString(), u"LUNG-002"_s);
        QCOMPARE(m_model->index(0, int(Column::Description)).data().toString(), u"Chest 1mm"_s);
        QCOMPARE(m_model->index(0, int(Column::Images)).data().toLongLong(), 120);
        QCOMPARE(m_model->index(0, int(Column::Size)).data(SeriesTableModel::SortRole).toLongLong(),
                 9'000'000);
        QVERIFY(!m_model->index(0, int(Column::Size)).data().toString().isEmpty());
        QCOMPARE(m_model->index(1, 0).data(SeriesTableModel::PatientIdRole).toString(),
                 u"LUNG-001"_s);
        QCOMPARE(m_model->index(1, 0).data(SeriesTableModel::StudyUidRole).toString(), u"1.1.0"_s);
    }

    void newSeriesResetTheTable() {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 0);
    }

    // Past the inline limit a filter and a sort run on a worker: the view keeps the old rows
    // (never a mix) until the new ones land in one step, with the same rows as done at once.
    void largeCollectionsAreWorkedOutOnAWorker_data() {
        QTest::addColumn<bool>("sort");
        QTest::newRow("filter") << false;
        QTest::newRow("sort") << true;
    }
    void largeCollectionsAreWorkedOutOnAWorker() {
        QFETCH(bool, sort);
        SeriesTableModel atOnce;
        atOnce.setSeries(u"LUNG"_s, sample());
        m_model->setInlineLimit(0);
        QSignalSpy updated(m_model.get(), &SeriesTableModel::rowsUpdated);
        const QStringList before = column(*m_model, Column::SeriesUid);
        ArchiveFilter ct;
        ct.modalities = {u"CT"_s};
        if (sort) {
            m_model->sort(int(Column::Size), Qt::DescendingOrder);
            atOnce.sort(int(Column::Size), Qt::DescendingOrder);
        } else {
            m_model->setFilter(ct);
            atOnce.setFilter(ct);
        }
        QVERIFY(m_model->isUpdating());
        QCOMPARE(column(*m_model, Column::SeriesUid), before);
        QVERIFY(updated.wait());
        QVERIFY(!m_model->isUpdating());
        QCOMPARE(column(*m_model, Column::SeriesUid), column(atOnce, Column::SeriesUid));
        QCOMPARE(updated.size(), 1);
    }

    // A large collection's sort keys are made on a worker soon after it is shown, before any
    // click; a small one's when first sorted.
    void largeCollectionsHaveTheirSortKeysMadeAhead() {
        for (int column = 0; column < SeriesTableModel::columnTotal; ++column)
            QVERIFY(!m_model->hasSortKeys(column));
        m_model->setInlineLimit(3);
        m_model->setSeries(u"LUNG"_s, sample());
        QTRY_VERIFY(m_model->hasSortKeys(SeriesTableModel::columnTotal - 1));
        for (int column = 0; column < SeriesTableModel::columnTotal; ++column)
            QVERIFY(m_model->hasSortKeys(column));
        SeriesTableModel atOnce;
        atOnce.setSeries(u"LUNG"_s, sample());
        atOnce.sort(int(Column::Description));
        m_model->sort(int(Column::Description));
        QTRY_VERIFY(!m_model->isUpdating());
        QCOMPARE(column(*m_model, Column::SeriesUid), column(atOnce, Column::SeriesUid));
    }

    // A click right after a large collection is shown, while its keys are still being made
    // ahead, sorts as one done at once (it waits for those keys rather than making its own).
    void aSortRightAfterShowingSortsAsAtOnce() {
        // Two continuations on one future: Qt warns that the first is overwritten (it never ends).
        QTest::failOnWarning(QRegularExpression(u"continuation"_s));
        m_model->setInlineLimit(3);
        m_model->setSeries(u"LUNG"_s, sample());
        m_model->sort(int(Column::Description));
        m_model->sort(int(Column::Size), Qt::DescendingOrder); // a second click, at once
        QTRY_VERIFY(!m_model->isUpdating());
        SeriesTableModel atOnce;
        atOnce.setSeries(u"LUNG"_s, sample());
        atOnce.sort(int(Column::Size), Qt::DescendingOrder);
        QCOMPARE(column(*m_model, Column::SeriesUid), column(atOnce, Column::SeriesUid));
    }

    // A change made while another is worked out drops the older: only the latest lands.
    void aNewerChangeDropsTheOlder() {
        m_model->setInlineLimit(0);
        QSignalSpy updated(m_model.get(), &SeriesTableModel::rowsUpdated);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        ArchiveFilter ct;
        ct.modalities = {u"CT"_s};
        ArchiveFilter mr;
        mr.modalities = {u"MR"_s};
        m_model->setFilter(ct);
        m_model->setFilter(mr);
        QVERIFY(updated.wait());
        workerPool()->waitForDone();
        QCoreApplication::processEvents(); // the older pass's result, had it not been dropped
        QCOMPARE(updated.size(), 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(column(*m_model, Column::SeriesUid), QStringList{u"1.1"_s});
    }

    // New series while a pass is under way: the pass's rows, made of the old series, never
    // land; a sort on a worker carries the selection (persistent indexes) along.
    void newSeriesCancelThePassUnderWay() {
        m_model->setInlineLimit(0);
        QSignalSpy updated(m_model.get(), &SeriesTableModel::rowsUpdated);
        ArchiveFilter ct;
        ct.modalities = {u"CT"_s};
        m_model->setFilter(ct);
        QList<Series> other = sample().mid(0, 2);
        m_model->setSeries(u"OTHER"_s, other);
        QVERIFY(updated.wait());
        workerPool()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(updated.size(), 1);
        QCOMPARE(column(*m_model, Column::SeriesUid), QStringList{u"1.3"_s});

        m_model->setFilter({});
        QVERIFY(updated.wait()); // every series in order, on a worker too
        QCOMPARE(m_model->rowCount(), 2);
        const QPersistentModelIndex second = m_model->index(1, 0);
        m_model->sort(int(Column::Size), Qt::DescendingOrder);
        QVERIFY(updated.wait());
        QCOMPARE(second.row(), 0);
        QCOMPARE(second.data(SeriesTableModel::UidRole).toString(), u"1.1"_s);
    }

    void filter_data() {
        QTest::addColumn<QStringList>("modalities");
        QTest::addColumn<QStringList>("bodyParts");
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("rows");

        const QStringList none;
        QTest::newRow("everything") << none << none << QString() << 4;
        QTest::newRow("modality") << QStringList{u"CT"_s} << none << QString() << 2;
        QTest::newRow("or within a panel")
            << QStringList{u"CT"_s, u"SEG"_s} << none << QString() << 3;
        QTest::newRow("and across panels")
            << QStringList{u"CT"_s, u"MR"_s} << QStringList{u"CHEST"_s} << QString() << 2;
        QTest::newRow("not specified") << none << QStringList{u""_s} << QString() << 1;
        QTest::newRow("search patient, any case") << none << none << u"lung-001"_s << 2;
        QTest::newRow("search description") << none << none << u" segment "_s << 1;
        QTest::newRow("search uid") << none << none << u"1.4"_s << 1;
        QTest::newRow("search and filter") << QStringList{u"MR"_s} << none << u"LUNG-001"_s << 1;
        QTest::newRow("no match") << none << none << u"nothing like it"_s << 0;
    }

    void filter() {
        QFETCH(QStringList, modalities);
        QFETCH(QStringList, bodyParts);
        QFETCH(QString, search);
        QFETCH(int, rows);
        ArchiveFilter filter;
        filter.modalities = QSet<QString>(modalities.cbegin(), modalities.cend());
        filter.bodyParts = QSet<QString>(bodyParts.cbegin(), bodyParts.cend());
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setFilter(filter);
        m_model->setSearchText(search);
        QCOMPARE(m_model->rowCount(), rows);
        for (int row = 0; row < rows; ++row)
            QVERIFY(filter.accepts(m_model->seriesAt(row)));
        m_model->setFilter(filter); // the same again: nothing to do
        m_model->setSearchText(search + u' ');
        QCOMPARE(reset.size(), int(!filter.isEmpty()) + int(!search.trimmed().isEmpty()));
        m_model->setFilter({});
        m_model->setSearchText({});
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->series().size(), 4);
    }

    void sort_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");

        QTest::newRow("patient, without case, ties by uid")
            << int(Column::Patient) << QStringList{u"1.1"_s, u"1.4"_s, u"1.3"_s, u"1.2"_s};
        QTest::newRow("description, without case")
            << int(Column::Description) << QStringList{u"1.1"_s, u"1.4"_s, u"1.3"_s, u"1.2"_s};
        QTest::newRow("size as a number")
            << int(Column::Size) << QStringList{u"1.2"_s, u"1.4"_s, u"1.3"_s, u"1.1"_s};
        QTest::newRow("images as a number")
            << int(Column::Images) << QStringList{u"1.2"_s, u"1.1"_s, u"1.4"_s, u"1.3"_s};
        QTest::newRow("modality") << int(Column::Modality)
                                  << QStringList{u"1.4"_s, u"1.3"_s, u"1.1"_s, u"1.2"_s};
    }

    void sort() {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        m_model->sort(column, Qt::AscendingOrder);
        QCOMPARE(::column(*m_model, Column(column)), ascending);
        QCOMPARE(m_model->sortColumn(), column);
        m_model->sort(column, Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(::column(*m_model, Column(column)), descending);
        QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
    }

    // No column (as QTableView::sortByColumn(-1) asks) is the archive's order again.
    void noSortColumnIsTheArchivesOrder() {
        const QStringList archiveOrder = ::column(*m_model, Column::Size);
        m_model->sort(int(Column::Size), Qt::DescendingOrder);
        QVERIFY(::column(*m_model, Column::Size) != archiveOrder);
        m_model->sort(-1);
        QCOMPARE(m_model->sortColumn(), -1);
        QCOMPARE(::column(*m_model, Column::Size), archiveOrder);
    }

    // A filter keeps the sort; a sort keeps the filter.
    void sortAndFilterCombine() {
        m_model->sort(int(Column::Size), Qt::DescendingOrder);
        ArchiveFilter ct;
        ct.modalities = {u"CT"_s};
        m_model->setFilter(ct);
        QCOMPARE(::column(*m_model, Column::Size), (QStringList{u"1.3"_s, u"1.4"_s}));
        m_model->sort(int(Column::Size), Qt::AscendingOrder);
        QCOMPARE(::column(*m_model, Column::Size), (QStringList{u"1.4"_s, u"1.3"_s}));
    }

    // Text sorts naturally: numbers inside text by value, without case.
    void textSortsNaturally() {
        QList<Series> list;
        for (const QString &description : {u"Series 10"_s, u"series 2"_s, u"Series 1"_s})
            list << series(description, u"P"_s, description, u"CT"_s, {}, 1, 1);
        m_model->setSeries(u"X"_s, list);
        m_model->sort(int(Column::Description));
        QCOMPARE(::column(*m_model, Column::Description),
                 (QStringList{u"Series 1"_s, u"series 2"_s, u"Series 10"_s}));
    }

    // Selected rows (persistent indexes) follow their series through a sort.
    void persistentIndexesFollowASort() {
        const QPersistentModelIndex segmentation = m_model->index(2, int(Column::Modality));
        QCOMPARE(segmentation.data().toString(), u"SEG"_s);
        m_model->sort(int(Column::Size), Qt::AscendingOrder);
        QCOMPARE(segmentation.row(), 0);
        QCOMPARE(segmentation.column(), int(Column::Modality));
        QCOMPARE(segmentation.data().toString(), u"SEG"_s);
    }
};

QTEST_GUILESS_MAIN(TestSeriesTableModel)
#include "tst_seriestablemodel.moc"
