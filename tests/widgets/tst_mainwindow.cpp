#include "servedarchive.h"
#include <api/nbiaclient.h>
#include <archivepanel.h>
#include <detailspanel.h>
#include <dicomcodecs.h>
#include <download/downloadqueue.h>
#include <download/tciamanifest.h>
#include <downloadspanel.h>
#include <emulatorserver.h>
#include <filterpanel.h>
#include <mainwindow.h>
#include <model/archivefilterproxymodel.h>
#include <model/archivetreemodel.h>
#include <model/seriescatalog.h>
#include <model/seriestablemodel.h>
#include <serieslistpanel.h>
#include <settings/appsettings.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace nbia;
using namespace Qt::StringLiterals;

// The window offscreen against the emulator: the tree loads, expands, searches; an unreachable
// archive is said plainly, with Retry and the demo archive.
class TestMainWindow final : public QObject {
    Q_OBJECT

private:
    static QPushButton *button(const QWidget &window, const QString &text) {
        for (QPushButton *b : window.findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == text && !qobject_cast<DownloadsPanel *>(b->parent()))
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase_data() {
        QTest::addColumn<QString>("apiVersion");
        QTest::newRow("v1") << u"v1"_s;
        QTest::newRow("v4") << u"v4"_s;
    }
    void init() {
        QFETCH_GLOBAL(QString, apiVersion);
        ServedArchive::apiVersion = apiVersion;
    }

    void browsesTheArchive() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        NbiaClient &client = *server.client;
        MainWindow window(&client);
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_COMPARE(view->model()->rowCount(), server.archive().collections().size());

        const QModelIndex collection = view->model()->index(0, 0);
        view->expand(collection);
        QTRY_VERIFY(view->model()->rowCount(collection) > 0);
        QCOMPARE(server.requestCount(u"getPatient"_s), 1);

        // On a collection, the details are its totals, once its series are listed.
        view->setCurrentIndex(collection);
        qsizetype firstSeries = 0;
        for (const emulator::ArchiveSeries &s : server.archive().series())
            firstSeries +=
                server.archive()
                    .collectionOf(server.archive().patientOf(server.archive().studyOf(s)))
                    .name == collection.data().toString();
        QTRY_COMPARE(window.detailsPanel()->fieldValue(u"Series"_s),
                     QLocale().toString(firstSeries));
        QVERIFY(!window.detailsPanel()->fieldValue(u"Patients"_s).isEmpty());
        QVERIFY(!window.detailsPanel()->fieldValue(u"Size"_s).isEmpty());

        auto *search = window.archivePanel()->findChild<QLineEdit *>();
        const QString patient = view->model()->index(0, 0, collection).data().toString();
        search->setText(patient);
        QCOMPARE(window.archivePanel()->proxy()->searchText(), patient);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->rowCount(view->model()->index(0, 0)), 1);
        QVERIFY(!button(window, u"Retry"_s)->isVisible()); // no offline notice

        // Selecting a patient selects all its series, loaded or not (the collection's series
        // come in one request); they export as a manifest and as CSV.
        search->clear();
        const QModelIndex firstPatient = view->model()->index(0, 0, view->model()->index(0, 0));
        view->expand(firstPatient);
        QTRY_VERIFY(view->model()->rowCount(firstPatient) > 0);
        const QModelIndex firstStudy = view->model()->index(0, 0, firstPatient);
        view->expand(firstStudy);
        QTRY_VERIFY(view->model()->rowCount(firstStudy) > 0);
        const QString collectionName = collection.data().toString();
        const QString patientId = firstPatient.data().toString();
        QStringList expected;
        for (const emulator::ArchiveSeries &s : server.archive().series()) {
            const emulator::ArchivePatient &p =
                server.archive().patientOf(server.archive().studyOf(s));
            if (p.id == patientId && server.archive().collectionOf(p).name == collectionName)
                expected << s.uid;
        }
        view->selectionModel()->select(firstPatient,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTRY_VERIFY(window.selectedSeries().pendingCollections.isEmpty());
        const QStringList selected = window.selectedSeries().seriesUids();
        QCOMPARE(QSet<QString>(selected.cbegin(), selected.cend()),
                 QSet<QString>(expected.cbegin(), expected.cend()));
        QVERIFY(window.selectedSeries().bytes > 0);
        auto *selectionLabel = window.statusBar()->findChildren<QLabel *>().last();
        QTRY_VERIFY(selectionLabel->text().contains(QString::number(selected.size())));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"selection.tcia"_s);
        QVERIFY(window.exportManifest(path));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(TciaManifest::parse(written.readAll())->seriesInstanceUids, selected);
        const QString csvPath = dir.filePath(u"selection.csv"_s);
        QVERIFY(window.exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), selected.size() + 1);
        QVERIFY(lines[1].startsWith(QByteArray(selected.first().toLatin1() + ',')));

        // A whole collection counts every series, though the tree has loaded few of them.
        view->selectionModel()->setCurrentIndex(collection, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
        QTRY_VERIFY(window.selectedSeries().pendingCollections.isEmpty());
        qsizetype inCollection = 0;
        for (const emulator::ArchiveSeries &s : server.archive().series()) {
            inCollection +=
                server.archive()
                            .collectionOf(server.archive().patientOf(server.archive().studyOf(s)))
                            .name == collectionName
                    ? 1
                    : 0;
        }
        QCOMPARE(window.selectedSeries().series.size(), inCollection);
        QTRY_VERIFY(selectionLabel->text().contains(QLocale().toString(inCollection)));

        // The filter lists count the collection's series; checking a value filters the tree
        // and the series list, and a single modality is asked of the archive.
        auto *modalities = window.filterPanel()->findChild<QListWidget *>();
        QTRY_VERIFY(modalities->count() > 0);
        QTRY_VERIFY(modalities->item(0)->text().contains(u'('));
        const QString modality = modalities->item(0)->data(Qt::UserRole).toString();
        qsizetype withModality = 0;
        for (const Series &s : *window.catalog()->series(collectionName))
            withModality += s.modality == modality ? 1 : 0;
        QVERIFY(modalities->item(0)->text().contains(QLocale().toString(withModality)));
        modalities->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(window.archivePanel()->proxy()->filter(), window.filterPanel()->filter());
        QCOMPARE(window.archivePanel()->proxy()->filter().modalities.size(), 1);
        QCOMPARE(window.seriesListPanel()->model()->filter(), window.filterPanel()->filter());
        // The open collection stays open and its patients come filtered by the archive.
        QTRY_COMPARE(server.requestCount(u"getPatientByCollectionAndModality"_s), 1);
        QTRY_VERIFY(view->model()->rowCount(view->model()->index(0, 0)) > 0);

        // A body part too (the proxy's part): only the patients holding such a series stay,
        // whether their series are loaded or not.
        auto *bodyParts = window.filterPanel()->findChildren<QListWidget *>().at(1);
        QTRY_VERIFY(bodyParts->count() > 1);
        const QModelIndex open = view->model()->index(0, 0);
        const int withTheModality = view->model()->rowCount(open);
        // The body part held by the fewest of these patients.
        QListWidgetItem *rarest = nullptr;
        QSet<QString> holding;
        for (int i = 0; i < bodyParts->count(); ++i) {
            ArchiveFilter both = window.filterPanel()->filter();
            both.bodyParts = {bodyParts->item(i)->data(Qt::UserRole).toString()};
            QSet<QString> patients;
            for (const Series &s : *window.catalog()->series(collectionName)) {
                if (both.accepts(s))
                    patients << s.patientId;
            }
            if (!rarest || patients.size() < holding.size()) {
                rarest = bodyParts->item(i);
                holding = patients;
            }
        }
        QVERIFY(holding.size() <= withTheModality);
        rarest->setCheckState(Qt::Checked);
        QVERIFY(window.archivePanel()->proxy()->scope().covers(collectionName));
        QTRY_COMPARE(view->model()->rowCount(open), holding.size());
        for (int row = 0; row < view->model()->rowCount(open); ++row)
            QVERIFY(holding.contains(view->model()->index(row, 0, open).data().toString()));
        rarest->setCheckState(Qt::Unchecked);

        // The series list shows the collection's series through the filter.
        window.showTab(1);
        QTableView *table = window.seriesListPanel()->view();
        QCOMPARE(table->model()->rowCount(), withModality);
        table->selectRow(0);
        QCOMPARE(window.selectedSeries().series.size(), 1);
        QCOMPARE(window.selectedSeries().series.first().modality, modality);
        QTRY_COMPARE(window.detailsPanel()->fieldValue(u"SeriesInstanceUID"_s),
                     window.selectedSeries().series.first().seriesInstanceUid);

        // Edit > Copy UIDs puts the selected rows' UIDs on the clipboard.
        QAction *copy = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Copy))
                copy = action;
        }
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 window.selectedSeries().series.first().seriesInstanceUid);
    }

    // When a collection's series cannot be listed, the status bar says so (once: no request
    // loop while the archive fails) and Reload asks again.
    void failedCountingIsSaidAndReloadTriesAgain() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start(0));
        server.faults().add(*emulator::FaultRule::parse(u"getSeries:status=500"_s));
        NbiaClient &client = *server.client;
        MainWindow window(&client);
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        view->selectionModel()->select(view->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *selectionLabel = window.statusBar()->findChildren<QLabel *>().last();
        QTRY_VERIFY(selectionLabel->text().contains(u"could not be listed"_s));
        QVERIFY(selectionLabel->text().contains(u"500"_s));
        const int requests = server.requestCount(u"getSeries"_s);
        QTRY_COMPARE(client.runningCount(), 0);
        QCOMPARE(server.requestCount(u"getSeries"_s), requests);

        server.faults().clear();
        QAction *reload = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
                reload = action;
        }
        QVERIFY(reload);
        reload->trigger();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        view->selectionModel()->select(view->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTRY_VERIFY(window.selectedSeries().pendingCollections.isEmpty());
        QVERIFY(!window.selectedSeries().series.isEmpty());
        QVERIFY(selectionLabel->text().contains(u"series selected,"_s));
    }

    void filtersAreRemembered() {
        ServedArchive server;
        QVERIFY(server.start());
        NbiaClient &client = *server.client;
        QTemporaryDir dir;
        QSettings file(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AppSettings appSettings(&file);
        {
            MainWindow window(&client, &appSettings);
            window.show();
            auto *modalities = window.filterPanel()->findChild<QListWidget *>();
            QTRY_VERIFY(modalities->count() > 0);
            modalities->item(0)->setCheckState(Qt::Checked);
            QTreeView *view = window.archivePanel()->view();
            QTRY_VERIFY(view->model()->rowCount() > 1);
            view->selectionModel()->setCurrentIndex(view->model()->index(1, 0),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
            window.close();
        }
        QCOMPARE(appSettings.lastFilter().modalities.size(), 1);
        const QString collection = appSettings.lastCollection();
        QVERIFY(!collection.isEmpty());
        MainWindow again(&client, &appSettings);
        again.show();
        QTRY_COMPARE(again.archivePanel()->proxy()->filter(), appSettings.lastFilter());
        // The collection the user was on is current again, with its series listed.
        QTreeView *view = again.archivePanel()->view();
        QTRY_COMPARE(view->currentIndex().data().toString(), collection);
        QTRY_VERIFY(!again.seriesListPanel()->model()->series().isEmpty());
    }

    // Download hands the selection to the download queue; the downloads panel shows it.
    void downloadsTheSelection() {
        const DicomCodecs codecs(DicomCodecs::Mode::DecodeAndEncode); // for the emulator
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        NbiaClient &client = *server.client;
        MainWindow window(&client);
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QVERIFY(!window.downloadsPanel()->isVisible());
        const QModelIndex collection = view->model()->index(0, 0);
        view->expand(collection);
        QTRY_VERIFY(view->model()->rowCount(collection) > 0);
        const QModelIndex patient = view->model()->index(0, 0, collection);
        view->selectionModel()->select(patient,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTRY_VERIFY(window.selectedSeries().pendingCollections.isEmpty());
        const QStringList selected = window.selectedSeries().seriesUids();
        QVERIFY(!selected.isEmpty());

        QTemporaryDir dir;
        QVERIFY(window.downloadSelection(dir.path()));
        QVERIFY(window.downloadsPanel()->isVisible());
        DownloadQueue *queue = window.downloadsPanel()->queue();
        QVERIFY(queue);
        QCOMPARE(queue->items().size(), selected.size());
        QCOMPARE(window.downloadsPanel()->view()->model()->rowCount(), selected.size());
        QTRY_VERIFY_WITH_TIMEOUT(queue->isFinished(), 60000);
        for (const DownloadItem &item : queue->items()) {
            QVERIFY2(item.state == DownloadState::Done, qPrintable(item.error));
            QVERIFY(QDir(QDir(dir.path()).filePath(item.folder)).exists());
        }
        QVERIFY2(
            window.downloadsPanel()->totalsText().contains(QLocale().toString(selected.size())),
            qPrintable(window.downloadsPanel()->totalsText()));
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(u"metadata.csv"_s)));
    }

    // Every action of the tool bar has a sharp icon at any scale, a tool tip and a shortcut;
    // every menu action has a shortcut or an accelerator.
    void actionsHaveIconsTipsAndKeys() {
        QNetworkAccessManager network;
        NbiaClient client(&network);
        MainWindow window(&client);
        const QList<QToolBar *> bars = window.findChildren<QToolBar *>();
        QCOMPARE(bars.size(), 1);
        QVERIFY(!bars.first()->objectName().isEmpty());
        int buttons = 0;
        for (QAction *action : bars.first()->actions()) {
            if (action->isSeparator())
                continue;
            ++buttons;
            const QString name = action->text().remove(u'&');
            QVERIFY2(!action->icon().isNull(), qPrintable(name));
            for (const int size : {16, 32, 64}) {
                const QPixmap pixmap = action->icon().pixmap(size, size);
                QVERIFY2(!pixmap.isNull() && pixmap.width() == size, qPrintable(name));
            }
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
            QVERIFY2(action->toolTip() != name, qPrintable(name));
        }
        QVERIFY(buttons >= 6);
        QVERIFY(!window.windowIcon().isNull());
        QVERIFY(!window.windowIcon().pixmap(128, 128).isNull());
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator() && !action->menu())
                    QVERIFY2(action->text().contains(u'&') || !action->shortcut().isEmpty(),
                             qPrintable(action->text()));
                if (!action->icon().isNull()) // every icon file reads
                    QVERIFY2(!action->icon().pixmap(32, 32).isNull(), qPrintable(action->text()));
            }
        }
    }

    // Tab walks the window as it reads, left to right: the filters, the tabs, the search, the
    // tree, the details; and back to the filters.
    void tabOrderFollowsTheLayout() {
        ServedArchive server;
        QVERIFY(server.start());
        NbiaClient &client = *server.client;
        MainWindow window(&client);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto lists = window.filterPanel()->findChildren<QListWidget *>();
        QCOMPARE(lists.size(), 3);
        lists.first()->setFocus(Qt::TabFocusReason);
        QStringList visited;
        for (int step = 0; step < 12; ++step) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            visited << QString::fromLatin1(focus->metaObject()->className());
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        const QStringList expected{u"QListWidget"_s, u"QListWidget"_s, u"QListWidget"_s,
                                   u"QPushButton"_s, u"QTabBar"_s,     u"QLineEdit"_s,
                                   u"QTreeView"_s,   u"QTreeWidget"_s, u"QListWidget"_s};
        QCOMPARE(visited.mid(0, expected.size()), expected);

        // Ctrl+2 goes to the series list; from the tabs, Tab goes to its search.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window.seriesListPanel()->view());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QVERIFY(qobject_cast<QTabBar *>(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->parentWidget(), window.seriesListPanel());
    }

    void saysPlainlyWhenTheServerIsUnreachable() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QNetworkAccessManager network;
        ClientSettings settings =
            *ClientSettings::fromServerUrl(u"http://127.0.0.1:%1"_s.arg(port));
        settings.maxRetries = 0;
        NbiaClient client(&network, settings);
        MainWindow window(&client);
        window.show();
        QPushButton *retry = button(window, u"Retry"_s);
        QPushButton *demo = button(window, u"Open demo archive"_s);
        QVERIFY(retry && demo);
        QTRY_VERIFY(retry->isVisible());
        bool explained = false;
        for (const QLabel *label : window.findChildren<QLabel *>())
            explained |= label->text().contains(u"cannot be reached"_s) &&
                         label->text().contains(u"Cannot reach the server"_s);
        QVERIFY(explained);

        // "Open demo archive" asks for a server; given one, the tree loads and the notice goes.
        emulator::EmulatorServer server;
        QVERIFY(server.listen());
        QSignalSpy requested(&window, &MainWindow::demoRequested);
        connect(&window, &MainWindow::demoRequested, &window, [&] {
            ClientSettings demoSettings = client.settings();
            demoSettings.serviceRoot = server.serviceRoot();
            window.useServer(demoSettings);
        });
        demo->click();
        QCOMPARE(requested.size(), 1);
        QTRY_COMPARE(window.archivePanel()->view()->model()->rowCount(),
                     server.archive().collections().size());
        QVERIFY(!retry->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
