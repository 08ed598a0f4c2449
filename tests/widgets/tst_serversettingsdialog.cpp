#include <serversettingsdialog.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

class TestServerSettingsDialog final : public QObject {
    Q_OBJECT

private:
    static QPushButton *ok(const ServerSettingsDialog &dialog) {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void showsTheCurrentSettings() {
        ClientSettings current;
        current.timeout = std::chrono::seconds(45);
        const ServerSettingsDialog dialog(current);
        QCOMPARE(dialog.serverText(), QString::fromLatin1(ClientSettings::defaultServiceRoot));
        QCOMPARE(dialog.findChild<QSpinBox *>()->value(), 45);
        QVERIFY(ok(dialog)->isEnabled());
    }

    void addresses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("endpointUrl"); // of getSeries; empty: refused
        QTest::newRow("root, v1") << u"http://127.0.0.1:8080/nbia-api/services/"_s << u"v1"_s
                                  << u"http://127.0.0.1:8080/nbia-api/services/v1/getSeries"_s;
        QTest::newRow("root, v4 chosen")
            << u"https://nbia.cancerimagingarchive.net"_s << u"v4"_s
            << u"https://nbia.cancerimagingarchive.net/nbia-api/services/v4/getSeries"_s;
        QTest::newRow("version in the address wins")
            << u"https://nlst.cancerimagingarchive.net/nbia-api/services/v4"_s << u"v1"_s
            << u"https://nlst.cancerimagingarchive.net/nbia-api/services/v4/getSeries"_s;
        QTest::newRow("not an address") << u"archive please"_s << u"v1"_s << QString();
        QTest::newRow("ftp") << u"ftp://example.org"_s << u"v1"_s << QString();
    }
    void addresses() {
        QFETCH(QString, text);
        QFETCH(QString, version);
        QFETCH(QString, endpointUrl);
        ServerSettingsDialog dialog{ClientSettings()};
        dialog.findChild<QLineEdit *>()->setText(text);
        dialog.findChild<QComboBox *>(u"version"_s)->setCurrentText(version);
        QCOMPARE(ok(dialog)->isEnabled(), !endpointUrl.isEmpty());
        const std::optional<ClientSettings> settings = dialog.settings();
        QCOMPARE(settings.has_value(), !endpointUrl.isEmpty());
        if (settings)
            QCOMPARE(settings->endpointUrl(u"getSeries"_s).toString(), endpointUrl);
    }

    // The dialog opens on the public archive on v4, and names the archive an address is.
    void archives() {
        ServerSettingsDialog dialog{ClientSettings()};
        auto *archive = dialog.findChild<QComboBox *>(u"archive"_s);
        auto *version = dialog.findChild<QComboBox *>(u"version"_s);
        auto *server = dialog.findChild<QLineEdit *>();
        QCOMPARE(archive->currentData().toString(), u"tcia"_s);
        QVERIFY(archive->currentText().contains(u"API v4"_s));
        QCOMPARE(dialog.settings()->apiVersion, u"v4"_s);

        archive->setCurrentIndex(archive->findData(u"nlst"_s));
        Q_EMIT archive->activated(archive->currentIndex());
        QCOMPARE(dialog.settings()->endpointUrl(u"getSeries"_s).toString(),
                 u"https://nlst.cancerimagingarchive.net/nbia-api/services/v4/getSeries"_s);

        archive->setCurrentIndex(archive->findData(u"tcia-v1"_s));
        Q_EMIT archive->activated(archive->currentIndex());
        QCOMPARE(dialog.settings()->apiVersion, u"v1"_s);
        QCOMPARE(archive->currentData().toString(), u"tcia-v1"_s);

        version->setCurrentText(u"v4"_s); // the same host on v4: the public archive
        QCOMPARE(archive->currentData().toString(), u"tcia"_s);
        server->setText(u"http://127.0.0.1:8080"_s);
        QCOMPARE(archive->currentText(), u"Custom server"_s);
        QVERIFY(dialog.settings());
    }

    void publicArchiveButton() {
        ClientSettings local = *ClientSettings::fromServerUrl(u"http://127.0.0.1:9"_s);
        ServerSettingsDialog dialog(local);
        QPushButton *publicArchive = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text().remove(u'&').contains(u"public archive"_s))
                publicArchive = button;
        }
        QVERIFY(publicArchive);
        publicArchive->click();
        QCOMPARE(dialog.settings()->serviceRoot.toString(),
                 QString::fromLatin1(ClientSettings::defaultServiceRoot));
        QCOMPARE(dialog.settings()->apiVersion, u"v4"_s);
    }
};

QTEST_MAIN(TestServerSettingsDialog)
#include "tst_serversettingsdialog.moc"
