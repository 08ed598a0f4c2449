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
        dialog.findChild<QComboBox *>()->setCurrentText(version);
        QCOMPARE(ok(dialog)->isEnabled(), !endpointUrl.isEmpty());
        const std::optional<ClientSettings> settings = dialog.settings();
        QCOMPARE(settings.has_value(), !endpointUrl.isEmpty());
        if (settings)
            QCOMPARE(settings->endpointUrl(u"getSeries"_s).toString(), endpointUrl);
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
    }
};

QTEST_MAIN(TestServerSettingsDialog)
#include "tst_serversettingsdialog.moc"
