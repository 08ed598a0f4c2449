#include <api/nbiaclient.h>
#include <detailspanel.h>
#include <emulatorserver.h>
#include <model/archivetreenode.h>

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// The details of the selected row: its own fields, and for a series what getSeriesMetaData and
// getSeriesSize add.
class TestDetailsPanel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<emulator::EmulatorServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<NbiaClient> m_client;

    Series seriesRecord(const emulator::ArchiveSeries &target) {
        std::optional<Series> found;
        QObject context;
        SeriesQuery query;
        query.seriesInstanceUid = target.uid;
        m_client->series(query, &context, [&](const ApiResult<QList<Series>> &r) {
            found = r.ok() && !r.value().isEmpty() ? r.value().first() : Series{};
        });
        if (!QTest::qWaitFor([&] { return found.has_value(); }))
            return {};
        return *found;
    }

private Q_SLOTS:
    void initTestCase() {
        emulator::EmulatorOptions options;
        options.archive = *emulator::ArchiveSpec::fromSize(u"small"_s, 7);
        m_server = std::make_unique<emulator::EmulatorServer>(options);
        QVERIFY(m_server->listen());
        ClientSettings settings;
        settings.serviceRoot = m_server->serviceRoot();
        m_client = std::make_unique<NbiaClient>(&m_network, settings);
    }

    void seriesShowsEverythingTheArchiveSays() {
        const emulator::ArchiveSeries &target = m_server->archive().series()[3];
        ArchiveTreeNode node;
        node.kind = ArchiveTreeNode::Kind::Series;
        node.record = seriesRecord(target);
        DetailsPanel panel(m_client.get());
        QSignalSpy loaded(&panel, &DetailsPanel::detailsLoaded);
        panel.showNode(&node);
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.first().first().toString(), target.uid);
        QCOMPARE(panel.fieldValue(u"SeriesInstanceUID"_s), target.uid);
        QCOMPARE(panel.fieldValue(u"Number of Images"_s), QString::number(target.imageCount));
        QTRY_COMPARE(panel.fieldValue(u"TotalSizeInBytes"_s), QString::number(target.totalSize()));
        bool linked = false;
        for (const QLabel *label : panel.findChildren<QLabel *>())
            linked |= label->text().contains(u"href=\"https://doi.org/"_s);
        QVERIFY(linked);
    }

    void unknownSeriesSaysSo() {
        ArchiveTreeNode node;
        node.kind = ArchiveTreeNode::Kind::Series;
        Series gone;
        gone.seriesInstanceUid = u"1.2.3.4"_s;
        node.record = gone;
        DetailsPanel panel(m_client.get());
        QSignalSpy loaded(&panel, &DetailsPanel::detailsLoaded);
        panel.showNode(&node);
        QVERIFY(loaded.wait());
        QVERIFY(panel.fieldValue(u"Note"_s).contains(u"no metadata"_s));
    }

    void patientAndClearing() {
        ArchiveTreeNode node;
        node.kind = ArchiveTreeNode::Kind::Patient;
        Patient patient;
        patient.patientId = u"P-1"_s;
        patient.collection = u"X"_s;
        node.record = patient;
        DetailsPanel panel(m_client.get());
        panel.showNode(&node);
        QCOMPARE(panel.fieldValue(u"PatientId"_s), u"P-1"_s);
        panel.showNode(nullptr);
        QVERIFY(panel.fieldValue(u"PatientId"_s).isEmpty());
    }
};

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
