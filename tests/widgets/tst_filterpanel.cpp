#include <api/nbiaclient.h>
#include <emulatorserver.h>
#include <filterpanel.h>

#include <QListWidget>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// The value check-lists: fed by the archive's value endpoints, scoped to a collection, turned
// into an ArchiveFilter.
class TestFilterPanel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<emulator::EmulatorServer> m_server;
    QNetworkAccessManager m_network;
    // v1: the lists without the whole archive's counts, which only v4 has (archiveWideCounts).
    std::unique_ptr<NbiaClient> m_client;
    std::unique_ptr<NbiaClient> m_v4Client;

    static QListWidget *listTitled(const FilterPanel &panel, int index) {
        return panel.findChildren<QListWidget *>().at(index); // modality, body part, manufacturer
    }
    static QListWidgetItem *itemNamed(QListWidget *list, const QString &text) {
        const QList<QListWidgetItem *> found = list->findItems(text, Qt::MatchExactly);
        return found.isEmpty() ? nullptr : found.first();
    }

private Q_SLOTS:
    void initTestCase() {
        emulator::EmulatorOptions options;
        options.archive = *emulator::ArchiveSpec::fromSize(u"small"_s, 7);
        m_server = std::make_unique<emulator::EmulatorServer>(options);
        QVERIFY(m_server->listen());
        ClientSettings settings;
        settings.serviceRoot = m_server->serviceRoot();
        settings.apiVersion = u"v1"_s;
        m_client = std::make_unique<NbiaClient>(&m_network, settings);
        settings.apiVersion = u"v4"_s;
        m_v4Client = std::make_unique<NbiaClient>(&m_network, settings);
    }

    // For the whole archive, v4 shows how many patients have each value; a collection's own
    // counts (series, setCounts) take over once one is chosen.
    void archiveWideCounts() {
        FilterPanel panel(m_v4Client.get());
        QListWidget *modalities = listTitled(panel, 0);
        QListWidget *bodyParts = listTitled(panel, 1);
        QHash<QString, QSet<qsizetype>> patientsByModality;
        QSet<qsizetype> withoutBodyPart;
        const auto &archive = m_server->archive();
        for (const auto &s : archive.series()) {
            const qsizetype patient = archive.studyOf(s).patient;
            patientsByModality[s.modality].insert(patient);
            if (s.bodyPart.isEmpty())
                withoutBodyPart.insert(patient);
        }
        const QString ct = u"CT (%1)"_s.arg(QLocale().toString(patientsByModality[u"CT"_s].size()));
        QTRY_VERIFY(itemNamed(modalities, ct));
        QVERIFY(itemNamed(modalities, ct)->toolTip().contains(u"patients"_s));
        QTRY_VERIFY(itemNamed(
            bodyParts, u"(not specified) (%1)"_s.arg(QLocale().toString(withoutBodyPart.size()))));
        panel.setCollection(u"Mammo-Screening"_s);
        QTRY_VERIFY(!itemNamed(modalities, ct));
        QTRY_VERIFY(itemNamed(modalities, u"MG"_s)); // no counts until the collection's own
    }

    void listsComeFromTheArchive() {
        FilterPanel panel(m_client.get());
        QListWidget *modalities = listTitled(panel, 0);
        QListWidget *bodyParts = listTitled(panel, 1);
        QTRY_VERIFY(modalities->count() > 0 && bodyParts->count() > 0);
        QStringList expected;
        for (const auto &s : m_server->archive().series()) {
            if (!expected.contains(s.modality))
                expected << s.modality;
        }
        QCOMPARE(modalities->count(), expected.size());
        QVERIFY(itemNamed(bodyParts, u"(not specified)"_s)); // the archive's {} row
    }

    void collectionScopesTheLists() {
        FilterPanel panel(m_client.get());
        panel.setCollection(u"Mammo-Screening"_s);
        QListWidget *modalities = listTitled(panel, 0);
        QTRY_COMPARE(modalities->count(), 1);
        QCOMPARE(modalities->item(0)->text(), u"MG"_s);
    }

    void rememberedFilterIsCheckedWhenTheListsArrive() {
        FilterPanel panel(m_client.get());
        QSignalSpy changed(&panel, &FilterPanel::filterChanged);
        const ArchiveFilter remembered{{u"CT"_s}, {QString()}, {}};
        panel.setFilter(remembered); // before the lists have loaded
        QListWidget *modalities = listTitled(panel, 0);
        QTRY_VERIFY(itemNamed(modalities, u"CT"_s));
        QTRY_COMPARE(panel.filter(), remembered);
        QCOMPARE(itemNamed(modalities, u"CT"_s)->checkState(), Qt::Checked);
        QCOMPARE(changed.last().first().value<ArchiveFilter>(), remembered);
    }

    void checkedValuesMakeTheFilter() {
        FilterPanel panel(m_client.get());
        QListWidget *modalities = listTitled(panel, 0);
        QListWidget *bodyParts = listTitled(panel, 1);
        QTRY_VERIFY(itemNamed(modalities, u"CT"_s) && itemNamed(bodyParts, u"(not specified)"_s));
        QSignalSpy changed(&panel, &FilterPanel::filterChanged);
        itemNamed(modalities, u"CT"_s)->setCheckState(Qt::Checked);
        itemNamed(modalities, u"MR"_s)->setCheckState(Qt::Checked);
        itemNamed(bodyParts, u"(not specified)"_s)->setCheckState(Qt::Checked);
        QCOMPARE(changed.size(), 3);
        const ArchiveFilter filter = changed.last().first().value<ArchiveFilter>();
        QCOMPARE(filter.modalities, (QSet<QString>{u"CT"_s, u"MR"_s}));
        QCOMPARE(filter.bodyParts, QSet<QString>{QString()});
        QVERIFY(filter.manufacturers.isEmpty());
        QCOMPARE(panel.filter(), filter);

        panel.clear();
        QVERIFY(panel.filter().isEmpty());
        QCOMPARE(changed.size(), 4);
    }

    // A checked value the new collection lacks stays listed and checked: browsing to another
    // collection must not quietly drop the filter.
    void checkedValuesOutliveAScopeWithoutThem() {
        FilterPanel panel(m_client.get());
        QListWidget *modalities = listTitled(panel, 0);
        QTRY_VERIFY(itemNamed(modalities, u"CT"_s));
        itemNamed(modalities, u"CT"_s)->setCheckState(Qt::Checked);
        panel.setCollection(u"Mammo-Screening"_s); // mammography only
        QTRY_COMPARE(modalities->count(), 2);      // its own MG, and the checked CT
        QVERIFY(itemNamed(modalities, u"MG"_s));
        QCOMPARE(itemNamed(modalities, u"CT"_s)->checkState(), Qt::Checked);
        QCOMPARE(panel.filter().modalities, QSet<QString>{u"CT"_s});
    }

    // A count reads as numbers do elsewhere in the window, with the locale's group separator.
    void countsReadWithTheLocalesSeparators() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        FilterPanel panel(m_client.get());
        QListWidget *modalities = listTitled(panel, 0);
        QTRY_VERIFY(itemNamed(modalities, u"CT"_s));
        FacetCounts counts;
        counts.modalities.insert(u"CT"_s, 239907);
        panel.setCounts(counts);
        QListWidgetItem *ct = modalities->findItems(u"CT ("_s, Qt::MatchStartsWith).value(0);
        QLocale::setDefault(before);
        QVERIFY(ct);
        QCOMPARE(ct->text(), u"CT (239,907)"_s);
        QCOMPARE(ct->toolTip(), u"239,907 matching series"_s);
    }

    // Counts show beside the values, zero counts step back, and no counts means plain names.
    void countsShowBesideTheValues() {
        FilterPanel panel(m_client.get());
        QListWidget *modalities = listTitled(panel, 0);
        QListWidget *bodyParts = listTitled(panel, 1);
        QTRY_VERIFY(itemNamed(modalities, u"CT"_s) && itemNamed(bodyParts, u"(not specified)"_s));
        FacetCounts counts;
        counts.modalities.insert(u"CT"_s, 1234);
        counts.bodyParts.insert(u""_s, 5);
        panel.setCounts(counts);
        QListWidgetItem *ct = modalities->findItems(u"CT ("_s, Qt::MatchStartsWith).value(0);
        QVERIFY(ct);
        QCOMPARE(ct->text(), u"CT (%1)"_s.arg(QLocale().toString(1234)));
        QVERIFY(ct->toolTip().contains(QLocale().toString(1234)));
        QVERIFY(itemNamed(bodyParts, u"(not specified) (5)"_s));
        QListWidgetItem *mr = modalities->findItems(u"MR ("_s, Qt::MatchStartsWith).value(0);
        QVERIFY(mr);
        QCOMPARE(mr->text(), u"MR (0)"_s);
        QCOMPARE(mr->foreground().color(),
                 modalities->palette().color(QPalette::Disabled, QPalette::Text));
        mr->setCheckState(Qt::Checked); // still checkable
        QCOMPARE(panel.filter().modalities, QSet<QString>{u"MR"_s});

        panel.setCounts(std::nullopt);
        QVERIFY(itemNamed(modalities, u"CT"_s));
        QVERIFY(itemNamed(modalities, u"MR"_s));
    }
};

QTEST_MAIN(TestFilterPanel)
#include "tst_filterpanel.moc"
