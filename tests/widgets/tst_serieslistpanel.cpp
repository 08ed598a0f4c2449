#include <api/nbiaclient.h>
#include <emulatorserver.h>
#include <model/seriescatalog.h>
#include <model/seriestablemodel.h>
#include <serieslistpanel.h>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// The series list against the emulator: it says what it is doing (nothing chosen, loading,
// failed with a Retry), lists the collection's series, searches them, and keeps the selection
// through a new filter or sort.
class TestSeriesListPanel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<emulator::EmulatorServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<NbiaClient> m_client;
    QString m_collection;
    int m_seriesCount = 0;

    static QString stateText(const SeriesListPanel &panel) {
        return panel.findChild<QLabel *>()->text();
    }

private Q_SLOTS:
    void initTestCase() {
        emulator::EmulatorOptions options;
        options.archive = *emulator::ArchiveSpec::fromSize(u"small"_s);
        m_server = std::make_unique<emulator::EmulatorServer>(options);
        QVERIFY(m_server->listen());
        ClientSettings settings;
        settings.serviceRoot = m_server->serviceRoot();
        settings.maxRetries = 0;
        m_client = std::make_unique<NbiaClient>(&m_network, settings);
        const emulator::SyntheticArchive &archive = m_server->archive();
        m_collection = archive.collections().first().name;
        for (const emulator::ArchiveSeries &s : archive.series())
            m_seriesCount +=
                archive.collectionOf(archive.patientOf(archive.studyOf(s))).name == m_collection;
    }

    void init() { m_server->faults().clear(); }

    void saysWhatItShows() {
        SeriesCatalog catalog(m_client.get());
        SeriesListPanel panel(&catalog);
        QVERIFY(stateText(panel).contains(u"Choose a collection"_s));
        QSignalSpy title(&panel, &SeriesListPanel::titleChanged);
        panel.setCollection(m_collection);
        QVERIFY(stateText(panel).contains(u"Loading"_s));
        QTRY_COMPARE(panel.view()->model()->rowCount(), m_seriesCount);
        QVERIFY(stateText(panel).contains(QString::number(m_seriesCount)));
        QVERIFY(title.last().first().toString().contains(m_collection));
        // The archive's order until the user sorts: opening a collection sorts nothing.
        QCOMPARE(panel.model()->sortColumn(), -1);
        QCOMPARE(panel.view()->horizontalHeader()->sortIndicatorSection(), -1);

        panel.findChild<QLineEdit *>()->setText(panel.model()->seriesAt(0).seriesInstanceUid);
        QCOMPARE(panel.view()->model()->rowCount(), 1);
    }

    void failureShowsARetry() {
        m_server->faults().add(*emulator::FaultRule::parse(u"getSeries:status=503,first=1"_s));
        SeriesCatalog catalog(m_client.get());
        SeriesListPanel panel(&catalog);
        panel.show();
        auto *retry = panel.findChild<QPushButton *>();
        panel.setCollection(m_collection);
        QTRY_VERIFY(stateText(panel).contains(u"could not be loaded"_s));
        QVERIFY(stateText(panel).contains(u"503"_s));
        QVERIFY(retry->isVisible());
        retry->click();
        QTRY_COMPARE(panel.view()->model()->rowCount(), m_seriesCount);
        QVERIFY(!retry->isVisible());
    }

    // Select all leaves the header's selection empty: a header repaints by asking whether each
    // column is wholly selected, a walk over every row of a large list. Its clicks still sort.
    void theHeaderDoesNotFollowTheSelection() {
        SeriesCatalog catalog(m_client.get());
        SeriesListPanel panel(&catalog);
        panel.show();
        panel.setCollection(m_collection);
        QTRY_COMPARE(panel.view()->model()->rowCount(), m_seriesCount);
        QHeaderView *header = panel.view()->horizontalHeader();
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(panel.view()->selectionModel()->selectedRows().size(), m_seriesCount);
        QVERIFY(header->selectionModel() != panel.view()->selectionModel());
        QVERIFY(!header->selectionModel()->hasSelection());
        const int column = int(SeriesTableModel::Column::Modality);
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
        QTRY_COMPARE(panel.model()->sortColumn(), column);
        QCOMPARE(panel.view()->selectionModel()->selectedRows().size(), m_seriesCount);
    }

    // Ranges given in any order, overlapping: each selected series once, in the list's order.
    void overlappingRangesCountOnce() {
        SeriesCatalog catalog(m_client.get());
        SeriesListPanel panel(&catalog);
        panel.setCollection(m_collection);
        QTRY_COMPARE(panel.view()->model()->rowCount(), m_seriesCount);
        QVERIFY(m_seriesCount >= 8);
        SeriesTableModel *model = panel.model();
        const auto rows = [model](int top, int bottom) {
            return QItemSelectionRange(model->index(top, 0),
                                       model->index(bottom, model->columnCount() - 1));
        };
        QItemSelection ranges;
        ranges << rows(5, 7) << rows(0, 2) << rows(1, 3) << rows(6, 6);
        panel.view()->selectionModel()->select(ranges, QItemSelectionModel::ClearAndSelect);
        QStringList expected;
        for (const int row : {0, 1, 2, 3, 5, 6, 7})
            expected << model->seriesAt(row).seriesInstanceUid;
        QCOMPARE(panel.selection().resolve({}, {}).seriesUids(), expected);
    }

    void selectionSurvivesFilterAndSort() {
        SeriesCatalog catalog(m_client.get());
        SeriesListPanel panel(&catalog);
        panel.setCollection(m_collection);
        QTRY_COMPARE(panel.view()->model()->rowCount(), m_seriesCount);
        SeriesTableModel *model = panel.model();
        // Select two series of the first series' modality, and one of another.
        const QString modality = model->seriesAt(0).modality;
        QStringList kept;
        QString dropped;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Series &s = model->seriesAt(row);
            if (s.modality == modality && kept.size() < 2) {
                kept << s.seriesInstanceUid;
                panel.view()->selectionModel()->select(
                    model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            } else if (s.modality != modality && dropped.isEmpty()) {
                dropped = s.seriesInstanceUid;
                panel.view()->selectionModel()->select(
                    model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
        QCOMPARE(panel.selection().resolve({}, {}).series.size(), 3);

        ArchiveFilter filter;
        filter.modalities = {modality};
        model->setFilter(filter);
        QStringList selected = panel.selection().resolve({}, {}).seriesUids();
        selected.sort();
        kept.sort();
        QCOMPARE(selected, kept); // the hidden one is no longer selected; the others still are

        panel.view()->sortByColumn(int(SeriesTableModel::Column::Size), Qt::DescendingOrder);
        selected = panel.selection().resolve({}, {}).seriesUids();
        selected.sort();
        QCOMPARE(selected, kept);
    }
};

QTEST_MAIN(TestSeriesListPanel)
#include "tst_serieslistpanel.moc"
