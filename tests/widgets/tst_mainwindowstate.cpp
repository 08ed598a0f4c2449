#include "servedarchive.h"
#include "treerows.h"

#include <archivepanel.h>
#include <collectionchartsview.h>
#include <detailspanel.h>
#include <dicomcodecs.h>
#include <downloadspanel.h>
#include <filterpanel.h>
#include <mainwindow.h>
#include <model/archivefilterproxymodel.h>
#include <model/archivetreemodel.h>
#include <previewlabel.h>
#include <serieslistpanel.h>
#include <settings/appsettings.h>
#include <text/naturalorder.h>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace nbia;
using namespace Qt::StringLiterals;
using namespace nbia::treerows;

// What the window shows always stands for what the user has chosen now: the details follow
// the selection through every change, and nothing of a server, filter or row outlives it.
class TestMainWindowState final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode}; // the emulator's images

    static QListWidgetItem *modalityItem(const MainWindow &window, const QString &modality,
                                         bool same) {
        auto *list = window.filterPanel()->list(FilterPanel::List::Modalities);
        if (!QTest::qWaitFor([&] { return list->count() > 1; }, 15000))
            return nullptr;
        for (int row = 0; row < list->count(); ++row) {
            const QString value = list->item(row)->data(Qt::UserRole).toString();
            if ((value == modality) == same)
                return list->item(row);
        }
        return nullptr;
    }

    static QAction *action(const QWidget &window, const QString &text) {
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text().remove(u'&') == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    // Each change either replaces the details (and the preview) with those of the row now
    // chosen, or clears them: never the last row's details beside another row.
    void detailsFollowTheSelection_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("another series") << u"another series"_s << u"other series"_s;
        QTest::newRow("a filter that hides it") << u"filter"_s << u"nothing"_s;
        QTest::newRow("deselecting it") << u"deselect"_s << u"nothing"_s;
        QTest::newRow("the series tab") << u"tab"_s << u"nothing"_s;
        QTest::newRow("back to the tree tab") << u"tab and back"_s << u"same"_s;
        QTest::newRow("another collection") << u"collection"_s << u"collection"_s;
        QTest::newRow("another server") << u"server"_s << u"nothing"_s;
        QTest::newRow("reload") << u"reload"_s << u"same"_s;
    }
    void detailsFollowTheSelection() {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.resize(1200, 800);
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 1);
        const QModelIndex first = seriesRow(view);
        QVERIFY(first.isValid());
        const QString uid = first.data(ArchiveTreeModel::UidRole).toString();
        const QString modality =
            first.siblingAtColumn(int(ArchiveTreeModel::Column::Modality)).data().toString();
        select(view, first);
        DetailsPanel *details = window.detailsPanel();
        QCOMPARE(details->shownUid(), uid);
        QVERIFY(details->preview()->isVisible());

        QString other;
        if (change == u"another series"_s) {
            const QModelIndex next = anotherSeries(view, first);
            QVERIFY(next.isValid());
            other = next.data(ArchiveTreeModel::UidRole).toString();
            select(view, next);
        } else if (change == u"filter"_s) {
            QListWidgetItem *item = modalityItem(window, modality, false);
            QVERIFY(item);
            item->setCheckState(Qt::Checked);
        } else if (change == u"deselect"_s) {
            view->selectionModel()->select(view->currentIndex(), QItemSelectionModel::Deselect |
                                                                     QItemSelectionModel::Rows);
        } else if (change.startsWith(u"tab"_s)) {
            window.showTab(1);
            if (change == u"tab and back"_s) {
                QCOMPARE(details->shownUid(), QString());
                window.showTab(0);
            }
        } else if (change == u"collection"_s) {
            other = view->model()->index(1, 0).data().toString();
            select(view, view->model()->index(1, 0));
        } else if (change == u"server"_s) {
            ServedArchive another(u"small"_s);
            QVERIFY(another.start());
            window.useServer(another.client->settings());
        } else if (change == u"reload"_s) {
            QAction *reload = action(window, u"Reload everything"_s);
            QVERIFY(reload);
            reload->trigger();
            QCOMPARE(details->shownUid(), QString()); // gone with its row, until it is back
        }

        if (expected == u"nothing"_s) {
            QTRY_COMPARE(details->shownUid(), QString());
            QCOMPARE(details->shownCollection(), QString());
            QVERIFY(!details->preview()->isVisible());
            QVERIFY(!details->moreImagesButton()->isVisible());
        } else if (expected == u"same"_s) {
            QTRY_COMPARE(details->shownUid(), uid);
            QVERIFY(details->preview()->isVisible());
        } else if (expected == u"other series"_s) {
            QCOMPARE(details->shownUid(), other);
            QVERIFY(other != uid);
            QVERIFY(details->preview()->isVisible());
        } else {
            QCOMPARE(details->shownCollection(), other);
            QCOMPARE(details->shownUid(), QString());
            QVERIFY(!details->preview()->isVisible());
        }
    }

    // Once a collection's series are listed, its row and its patients' rows say how many series
    // and images they hold and how large they are; patients come in natural order of their IDs.
    void theTreeShowsHowMuchEachRowHolds() {
        using Column = ArchiveTreeModel::Column;
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        const QModelIndex collection = view->model()->index(0, 0);
        QCOMPARE(collection.siblingAtColumn(int(Column::Size)).data().toString(), u"–"_s);
        select(view, collection);
        view->expand(collection);
        QTRY_VERIFY(view->model()->rowCount(collection) > 0);
        QTRY_VERIFY(collection.siblingAtColumn(int(Column::Size)).data().toString() != u"–"_s);
        const QModelIndex patient = view->model()->index(0, 0, collection);
        QVERIFY(patient.siblingAtColumn(int(Column::Series))
                    .data(ArchiveTreeModel::SortRole)
                    .toLongLong() > 0);
        QVERIFY(patient.siblingAtColumn(int(Column::Size)).data().toString() != u"–"_s);
        QCOMPARE(view->header()->sortIndicatorSection(), int(Column::Name));
        QCOMPARE(view->header()->sortIndicatorOrder(), Qt::AscendingOrder);
        for (int row = 1; row < view->model()->rowCount(collection); ++row)
            QVERIFY(!NaturalOrder::less(
                view->model()->index(row, 0, collection).data().toString(),
                view->model()->index(row - 1, 0, collection).data().toString()));
    }

    // The first window fits the screen it opens on, status bar included.
    void theFirstWindowFitsTheScreen() {
        QNetworkAccessManager network;
        NbiaClient client(&network);
        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(u"%1x%2"_s.arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())));
        QVERIFY(window.width() >= available.width() * 9 / 10);
    }

    // With the Downloads dock open on a laptop's window, the details still lay out one below
    // the other: the preview shrinks, its caption and button are not painted over it, and the
    // fields keep some rows.
    void theDetailsFitBesideTheDownloadsDock() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.setWindowState(Qt::WindowNoState);
        window.resize(1366, 700);
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        select(view, seriesRow(view));
        DetailsPanel *details = window.detailsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!details->preview()->pixmap().isNull(), 15000);
        QAction *downloads = action(window, u"Downloads"_s);
        QVERIFY(downloads);
        downloads->trigger();
        QTRY_VERIFY(window.downloadsPanel()->isVisible());
        QTRY_VERIFY(details->height() < 560);
        QList<QWidget *> shown;
        for (QWidget *child : details->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisible())
                shown << child;
        }
        std::sort(shown.begin(), shown.end(),
                  [](const QWidget *a, const QWidget *b) { return a->y() < b->y(); });
        for (qsizetype i = 1; i < shown.size(); ++i)
            QVERIFY2(!shown.at(i)->geometry().intersects(shown.at(i - 1)->geometry()),
                     shown.at(i)->metaObject()->className());
        const QRect image = details->preview()->imageRect();
        QVERIFY(!image.isEmpty());
        QVERIFY(details->preview()->contentsRect().contains(image));
        QVERIFY(details->findChild<QTreeWidget *>()->height() >=
                details->fontMetrics().height() * 7);
    }

    // The docks come back as the user left them.
    void theLayoutIsRestored() {
        QTemporaryDir dir;
        QSettings file(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AppSettings settings(&file);
        QNetworkAccessManager network;
        NbiaClient client(&network);
        {
            MainWindow window(&client, &settings);
            window.show();
            action(window, u"Downloads"_s)->trigger();
            QTRY_VERIFY(window.downloadsPanel()->isVisible());
            window.close();
        }
        MainWindow again(&client, &settings);
        again.show();
        QTRY_VERIFY(again.downloadsPanel()->isVisible());
    }

    // A collection's details chart its series (once listed); a series' details do not.
    void aCollectionShowsItsCharts() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.resize(1366, 900);
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        const QModelIndex collection = view->model()->index(0, 0);
        select(view, collection);
        CollectionChartsView *charts = window.detailsPanel()->charts();
        QTRY_VERIFY(charts->isVisible());
        QCOMPARE(charts->collectionName(), collection.data().toString());
        QVERIFY(charts->hasCharts());
        QVERIFY(charts->charts().series > 0);
        select(view, seriesRow(view));
        QVERIFY(!charts->isVisible());
        QVERIFY(!charts->hasCharts());
    }

    // A filter that keeps the row the user is on refetches the patients (the archive filters
    // them), and the tree opens again where the user was, with the same row selected.
    void aFilterKeepsTheUsersPlace() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        const QModelIndex series = seriesRow(view);
        QVERIFY(series.isValid());
        const QString uid = series.data(ArchiveTreeModel::UidRole).toString();
        const QString modality =
            series.siblingAtColumn(int(ArchiveTreeModel::Column::Modality)).data().toString();
        select(view, series);
        const int patientFetches = server.requestCount(u"getPatient"_s) +
                                   server.requestCount(u"getPatientByCollectionAndModality"_s);

        QListWidgetItem *item = modalityItem(window, modality, true);
        QVERIFY(item);
        item->setCheckState(Qt::Checked);
        QTRY_COMPARE(view->currentIndex().data(ArchiveTreeModel::UidRole).toString(), uid);
        QVERIFY(server.requestCount(u"getPatient"_s) +
                    server.requestCount(u"getPatientByCollectionAndModality"_s) >
                patientFetches); // the rows were fetched again, and opened again
        QVERIFY(view->isExpanded(view->currentIndex().parent()));
        QVERIFY(view->isExpanded(view->currentIndex().parent().parent()));
        QTRY_COMPARE(window.detailsPanel()->shownUid(), uid);
    }

    // Another server: none of the last one's search text, filter values or checks stay.
    void aNewServerStartsOver() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QListWidgetItem *item = modalityItem(window, QString(), false);
        QVERIFY(item);
        item->setCheckState(Qt::Checked);
        const QList<QLineEdit *> searches{window.archivePanel()->findChild<QLineEdit *>(),
                                          window.seriesListPanel()->findChild<QLineEdit *>()};
        for (QLineEdit *search : searches)
            search->setText(u"LIDC"_s);

        ServedArchive another(u"20"_s);
        QVERIFY(another.start());
        window.useServer(another.client->settings());
        QVERIFY(window.filterPanel()->filter().isEmpty());
        QCOMPARE(window.filterPanel()->list(FilterPanel::List::Modalities)->count(), 0);
        for (QLineEdit *search : searches)
            QVERIFY2(search->text().isEmpty(), qPrintable(search->placeholderText()));
        QTRY_COMPARE(view->model()->rowCount(), another.archive().collections().size());
        QTRY_VERIFY(window.filterPanel()->list(FilterPanel::List::Modalities)->count() > 0);
    }

    // A server becomes the one to start with only once it has answered.
    void onlyAServerThatAnsweredIsRemembered() {
        QTemporaryDir dir;
        QSettings file(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AppSettings settings(&file);
        settings.setServerUrl(u"https://kept.example.org/nbia-api/services/"_s);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString unreachable = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();

        ServedArchive server(u"20"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get(), &settings);
        window.show();
        QTRY_VERIFY(window.archivePanel()->view()->model()->rowCount() > 0);
        const ClientSettings answering = server.client->settings(); // the window's client
        const QString reachable = answering.serviceRoot.toString();
        ClientSettings gone = *ClientSettings::fromServerUrl(unreachable);
        gone.maxRetries = 0;
        QSignalSpy failed(
            qobject_cast<ArchiveTreeModel *>(window.archivePanel()->proxy()->sourceModel()),
            &ArchiveTreeModel::fetchFailed);
        window.useServer(gone);
        window.rememberServerWhenReached(unreachable);
        QVERIFY(failed.wait(15000));
        QCOMPARE(settings.serverUrl(), u"https://kept.example.org/nbia-api/services/"_s);

        window.useServer(answering);
        window.rememberServerWhenReached(reachable);
        QTRY_COMPARE(settings.serverUrl(), reachable);
    }

    // The demo archive is labelled as such in the title and the status bar.
    void theDemoArchiveIsLabelled() {
        ServedArchive server(u"20"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.show();
        QVERIFY(!window.windowTitle().contains(u"Demo"_s));
        window.setDemo(true);
        QVERIFY(window.windowTitle().contains(u"Demo archive"_s));
        bool labelled = false;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            labelled |= label->text().contains(u"Demo archive"_s);
        QVERIFY(labelled);
        window.useServer(server.client->settings());
        QVERIFY(!window.windowTitle().contains(u"Demo"_s));
    }
};

QTEST_MAIN(TestMainWindowState)
#include "tst_mainwindowstate.moc"
