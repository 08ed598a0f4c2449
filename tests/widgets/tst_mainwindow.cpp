#include <api/nbiaclient.h>
#include <archivepanel.h>
#include <download/tciamanifest.h>
#include <emulatorserver.h>
#include <filterpanel.h>
#include <mainwindow.h>
#include <model/archivefilterproxymodel.h>
#include <model/archivetreemodel.h>
#include <settings/appsettings.h>

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
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
            if (b->text().remove(u'&') == text)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void browsesTheArchive() {
        emulator::EmulatorOptions options;
        options.archive = *emulator::ArchiveSpec::fromSize(u"small"_s);
        emulator::EmulatorServer server(options);
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        ClientSettings settings;
        settings.serviceRoot = server.serviceRoot();
        NbiaClient client(&network, settings);
        MainWindow window(&client);
        window.show();
        QTreeView *view = window.archivePanel()->view();
        QTRY_COMPARE(view->model()->rowCount(), server.archive().collections().size());

        const QModelIndex collection = view->model()->index(0, 0);
        view->expand(collection);
        QTRY_VERIFY(view->model()->rowCount(collection) > 0);
        QCOMPARE(server.requestCount(u"getPatient"_s), 1);

        auto *search = window.findChild<QLineEdit *>();
        const QString patient = view->model()->index(0, 0, collection).data().toString();
        search->setText(patient);
        QCOMPARE(window.archivePanel()->proxy()->searchText(), patient);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->rowCount(view->model()->index(0, 0)), 1);
        QVERIFY(!button(window, u"Retry"_s)->isVisible()); // no offline notice

        // Selecting a patient selects its loaded series; they export as a manifest.
        search->clear();
        const QModelIndex firstPatient = view->model()->index(0, 0, view->model()->index(0, 0));
        view->expand(firstPatient);
        QTRY_VERIFY(view->model()->rowCount(firstPatient) > 0);
        const QModelIndex firstStudy = view->model()->index(0, 0, firstPatient);
        view->expand(firstStudy);
        QTRY_VERIFY(view->model()->rowCount(firstStudy) > 0);
        view->selectionModel()->select(firstPatient,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList selected = window.archivePanel()->selectedSeriesUids();
        QCOMPARE(selected.size(), view->model()->rowCount(firstStudy));
        QVERIFY(window.archivePanel()->selectedSeriesBytes() > 0);
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

        // Checking a value in the filter panel filters the tree.
        auto *modalities = window.filterPanel()->findChild<QListWidget *>();
        QTRY_VERIFY(modalities->count() > 0);
        modalities->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(window.archivePanel()->proxy()->filter(), window.filterPanel()->filter());
        QCOMPARE(window.archivePanel()->proxy()->filter().modalities.size(), 1);
    }

    void filtersAreRemembered() {
        emulator::EmulatorServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        ClientSettings settings;
        settings.serviceRoot = server.serviceRoot();
        NbiaClient client(&network, settings);
        QTemporaryDir dir;
        QSettings file(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AppSettings appSettings(&file);
        {
            MainWindow window(&client, &appSettings);
            window.show();
            auto *modalities = window.filterPanel()->findChild<QListWidget *>();
            QTRY_VERIFY(modalities->count() > 0);
            modalities->item(0)->setCheckState(Qt::Checked);
            window.close();
        }
        QCOMPARE(appSettings.lastFilter().modalities.size(), 1);
        MainWindow again(&client, &appSettings);
        again.show();
        QTRY_COMPARE(again.archivePanel()->proxy()->filter(), appSettings.lastFilter());
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
