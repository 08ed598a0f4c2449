#include <api/nbiaclient.h>
#include <emulatorserver.h>
#include <mainwindow.h>

#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsTheArchivesCollections() {
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
        auto *list = window.findChild<QListWidget *>();
        QVERIFY(list);
        QTRY_COMPARE(list->count(), server.archive().collections().size());
        QVERIFY(!window.findChild<QPushButton *>()->isVisible());
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
        auto *retry = window.findChild<QPushButton *>();
        QTRY_VERIFY(retry->isVisible());
        bool mentionsServer = false;
        for (const QLabel *label : window.findChildren<QLabel *>())
            mentionsServer |= label->text().contains(u"Cannot reach the server"_s);
        QVERIFY(mentionsServer);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
