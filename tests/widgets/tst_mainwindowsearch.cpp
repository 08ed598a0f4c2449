#include "servedarchive.h"

#include <archivepanel.h>
#include <cartpanel.h>
#include <mainwindow.h>
#include <model/archivetreemodel.h>
#include <model/seriestablemodel.h>
#include <serieslistpanel.h>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace nbia;
using namespace Qt::StringLiterals;

// Finding what is not loaded (a patient ID, a study or series UID anywhere in the archive),
// and acting on rows from their context menus.
class TestMainWindowSearch final : public QObject {
    Q_OBJECT

private:
    // The texts of the context menu a right click on `index` opens; the menu closes itself.
    template<class Panel>
    static QStringList contextMenu(Panel *panel, QAbstractItemView *view, const QModelIndex &index,
                                   const QString &trigger = {}) {
        QStringList texts;
        const QMetaObject::Connection connection =
            QObject::connect(panel, &Panel::contextMenuShown, panel, [&](QMenu *menu) {
                for (QAction *action : menu->actions()) {
                    if (action->isSeparator())
                        continue;
                    texts << action->text().remove(u'&');
                    if (!trigger.isEmpty() && texts.last() == trigger)
                        QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
                }
                QMetaObject::invokeMethod(menu, &QMenu::close, Qt::QueuedConnection);
            });
        Q_EMIT view->customContextMenuRequested(view->visualRect(index).center());
        QObject::disconnect(connection);
        return texts;
    }

    static QString statusText(const MainWindow &window) {
        return window.statusBar()->currentMessage();
    }

private Q_SLOTS:
    // Nothing loaded matches: the search offers the archive, which finds the row and opens the
    // tree at it.
    void findsWhatIsNotLoaded_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a patient of a collection not opened") << u"patient"_s;
        QTest::newRow("a study UID") << u"study"_s;
        QTest::newRow("a series UID") << u"series"_s;
    }
    void findsWhatIsNotLoaded() {
        QFETCH(QString, kind);
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 1);
        const emulator::SyntheticArchive &archive = server.archive();
        const emulator::ArchiveSeries &series = archive.series().last();
        const emulator::ArchiveStudy &study = archive.studyOf(series);
        const emulator::ArchivePatient &patient = archive.patientOf(study);
        const QString text = kind == u"patient"_s ? patient.id
                             : kind == u"study"_s ? study.uid
                                                  : series.uid;

        auto *search = window.archivePanel()->findChild<QLineEdit *>();
        search->setText(text);
        QPushButton *button = window.archivePanel()->searchArchiveButton();
        QTRY_VERIFY(button->isVisible());
        QVERIFY(button->text().contains(text));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(view->currentIndex().isValid(), 15000);
        if (kind == u"patient"_s)
            QTRY_COMPARE(view->currentIndex().data(ArchiveTreeModel::PatientIdRole).toString(),
                         patient.id);
        else
            QTRY_COMPARE(view->currentIndex().data(ArchiveTreeModel::UidRole).toString(), text);
        QCOMPARE(view->currentIndex().data(ArchiveTreeModel::CollectionRole).toString(),
                 archive.collectionOf(patient).name);
        QVERIFY(search->text().isEmpty()); // what it found is shown
        QVERIFY(statusText(window).contains(archive.collectionOf(patient).name));
        QVERIFY(!button->isVisible());
    }

    void nothingFoundIsSaid() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.show();
        QTRY_VERIFY(window.archivePanel()->view()->model()->rowCount() > 0);
        window.archivePanel()->findChild<QLineEdit *>()->setText(u"NO-SUCH-PATIENT"_s);
        window.archivePanel()->searchArchive();
        QTRY_VERIFY_WITH_TIMEOUT(statusText(window).contains(u"has no patient"_s), 15000);
    }

    // A search the archive is slow to answer can be stopped; nothing moves afterwards.
    void aSearchCanBeStopped() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        server.faults().add(*emulator::FaultRule::parse(u"getPatientStudy:hang"_s));
        window.archivePanel()->findChild<QLineEdit *>()->setText(
            server.archive().patients().last().id);
        QPushButton *button = window.archivePanel()->searchArchiveButton();
        button->click();
        QVERIFY(button->text().contains(u"Searching"_s));
        button->click();
        QVERIFY(statusText(window).contains(u"stopped"_s));
        QVERIFY(!button->text().contains(u"Searching"_s));
        QVERIFY(!view->currentIndex().isValid());
    }

    // Right-clicked rows offer what can be done with the selection; the series list also goes
    // to the row in the tree.
    void rowsHaveContextMenus() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        const QModelIndex collection = view->model()->index(0, 0);
        const QStringList tree = contextMenu(window.archivePanel(), view, collection);
        for (const QString &expected : {u"Download selection…"_s, u"Add selection to cart"_s,
                                        u"Export selection as manifest…"_s, u"Copy UIDs"_s,
                                        u"View images of the selection"_s})
            QVERIFY2(tree.contains(expected), qPrintable(tree.join(u", ")));
        QCOMPARE(view->currentIndex(), collection); // the clicked row is the selection

        window.showTab(1);
        QTableView *table = window.seriesListPanel()->view();
        QTRY_VERIFY(table->model()->rowCount() > 1);
        const QModelIndex row = table->model()->index(1, 0);
        const QString uid = row.data(SeriesTableModel::UidRole).toString();
        const QStringList list =
            contextMenu(window.seriesListPanel(), table, row, u"Show in the tree"_s);
        QVERIFY2(list.contains(u"Add selection to cart"_s), qPrintable(list.join(u", ")));
        QTRY_COMPARE_WITH_TIMEOUT(view->currentIndex().data(ArchiveTreeModel::UidRole).toString(),
                                  uid, 15000);
        QCOMPARE(window.selectedSeries().series.size(), 1);
        QVERIFY(view->isVisible());
    }
};

QTEST_MAIN(TestMainWindowSearch)
#include "tst_mainwindowsearch.moc"
