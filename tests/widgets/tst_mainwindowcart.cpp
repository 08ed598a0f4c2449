#include "servedarchive.h"
#include "treerows.h"

#include <archiveitemdelegate.h>
#include <archivepanel.h>
#include <cart/seriescartmodel.h>
#include <cartpanel.h>
#include <dicomcodecs.h>
#include <download/downloadqueue.h>
#include <download/tciamanifest.h>
#include <downloadcontroller.h>
#include <downloadspanel.h>
#include <mainwindow.h>
#include <model/archivetreemodel.h>
#include <serieslistdelegate.h>
#include <serieslistpanel.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace nbia;
using namespace Qt::StringLiterals;
using namespace nbia::treerows;

// The cart in the window: series from several collections, manifests looked at before they
// download, kept between sessions, marked once downloaded.
class TestMainWindowCart final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};

    static QString writeManifest(const QTemporaryDir &dir, const QStringList &uids,
                                 const QUrl &serviceRoot) {
        const QString path = dir.filePath(u"picked.tcia"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(
            TciaManifest::forSeries(uids, QDateTime::currentDateTime(), serviceRoot).toText());
        return path;
    }

private Q_SLOTS:
    void seriesFromSeveralCollectionsGoInOneCart() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        QAbstractItemModelTester tester(window.cart(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 1);
        qsizetype expected = 0;
        for (const int row : {0, 1}) {
            select(view, view->model()->index(row, 0));
            QTRY_VERIFY(window.selectedSeries().pendingCollections.isEmpty());
            const qsizetype selected = window.selectedSeries().series.size();
            QCOMPARE(window.addSelectionToCart(), selected);
            expected += selected;
        }
        QCOMPARE(window.cart()->items().size(), expected);
        QCOMPARE(window.addSelectionToCart(), 0); // already in it
        QVERIFY(window.cartPanel()->isVisible());
        QVERIFY(window.cartPanel()->totalsText().contains(QLocale().toString(expected)));
    }

    // A manifest of the window's archive lands in the cart, described by the archive, and
    // nothing downloads until the user says so.
    void aManifestIsLookedAtBeforeItDownloads() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.show();
        QTemporaryDir dir;
        const QStringList uids{server.archive().series()[0].uid, server.archive().series()[5].uid};
        const QString path = writeManifest(dir, uids, server.client->settings().serviceRoot);
        window.openManifest(path);
        QCOMPARE(window.cart()->uids(), uids);
        QVERIFY(window.cartPanel()->isVisible());
        QCOMPARE(window.downloadsPanel()->queue()->items().size(), 0);
        QTRY_VERIFY(std::all_of(window.cart()->items().cbegin(), window.cart()->items().cend(),
                                [](const CartItem &item) { return !item.collection.isEmpty(); }));
        QCOMPARE(
            window.cart()->items().first().patientId,
            server.archive().patientOf(server.archive().studyOf(server.archive().series()[0])).id);
    }

    void theCartIsKeptBetweenSessions() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QString cartFile = dir.filePath(u"cart.json"_s);
        const QStringList uids{server.archive().series()[1].uid};
        {
            MainWindow window(server.client.get());
            window.useCart(cartFile);
            window.openManifest(writeManifest(dir, uids, server.client->settings().serviceRoot));
            QCOMPARE(window.cart()->uids(), uids);
        }
        MainWindow again(server.client.get());
        again.useCart(cartFile);
        QCOMPARE(again.cart()->uids(), uids);
    }

    // Once a cart's series is downloaded (and checked), the cart marks it as on disk.
    void downloadedSeriesAreMarked() {
        ServedArchive server(u"small"_s);
        QVERIFY(server.start());
        MainWindow window(server.client.get());
        window.show();
        QTemporaryDir dir;
        const QString uid = server.archive().series()[2].uid;
        window.openManifest(writeManifest(dir, {uid}, server.client->settings().serviceRoot));
        QTRY_COMPARE(window.cart()->items().first().status, CartItem::Status::Resolved);
        QVERIFY(!window.cart()->isOnDisk(0));
        Series series;
        series.seriesInstanceUid = uid;
        DownloadTarget target;
        target.root = dir.filePath(u"downloads"_s);
        QVERIFY(QDir().mkpath(target.root));
        QVERIFY(window.downloads()->queue({series}, target));
        QTRY_VERIFY_WITH_TIMEOUT(window.downloadsPanel()->queue()->isFinished(), 30000);
        QTRY_VERIFY(window.cart()->isOnDisk(0));
        // The tree and the series list mark it too.
        auto *tree =
            qobject_cast<ArchiveItemDelegate *>(window.archivePanel()->view()->itemDelegate());
        QVERIFY(tree);
        QVERIFY(tree->downloadedMark().isDownloaded(uid));
        QVERIFY(!tree->downloadedMark().isDownloaded(server.archive().series()[3].uid));
        auto *list = qobject_cast<SeriesListDelegate *>(
            window.seriesListPanel()->view()->itemDelegateForColumn(0));
        QVERIFY(list);
        QVERIFY(list->downloadedMark().isDownloaded(uid));
    }
};

QTEST_MAIN(TestMainWindowCart)
#include "tst_mainwindowcart.moc"
