#include <api/webpagebody.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// Web pages sent in place of a ZIP are told apart from everything else by their first bytes, and
// summed up by their title or first words.
class TestWebPageBody final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void summary_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("page");
        QTest::addColumn<QString>("summary");
        QTest::newRow("title") << QByteArray("<!DOCTYPE html><html><head><title> Access  denied "
                                             "&amp; logged </title></head><body>x</body></html>")
                               << true << u"Access denied & logged"_s;
        QTest::newRow("no title: the body's words")
            << QByteArray("<html><body><script>var x = '<b>';</script><h1>Blocked</h1>"
                          "<p>By the proxy.</p></body></html>")
            << true << u"Blocked By the proxy."_s;
        QTest::newRow("a byte order mark and blank lines")
            << QByteArray("\xEF\xBB\xBF\n\n  <HTML><TITLE>Login</TITLE></HTML>") << true
            << u"Login"_s;
        QTest::newRow("cut short inside the title")
            << QByteArray("<html><head><title>Proxy auth") << true << u"Proxy auth"_s;
        QTest::newRow("control characters are not shown") << QByteArray("<html><title>A\x01"
                                                                        "B\x1b[31m</title>")
                                                          << true << u"AB[31m"_s;
        QTest::newRow("a very long title") << QByteArray("<html><title>" + QByteArray(500, 'x'))
                                           << true << QString(119, u'x') + u'…';
        QTest::newRow("empty page")
            << QByteArray("<html></html>") << true << u"a page without text"_s;
        QTest::newRow("a ZIP") << QByteArray("PK\x03\x04\x14\x00\x08\x00", 8) << false << QString();
        QTest::newRow("JSON") << QByteArray("[{\"Collection\":\"<html>\"}]") << false << QString();
        QTest::newRow("XML, not a page")
            << QByteArray("<?xml version=\"1.0\"?><series/>") << false << QString();
        QTest::newRow("nothing") << QByteArray() << false << QString();
    }
    void summary() {
        QFETCH(QByteArray, head);
        QFETCH(bool, page);
        QFETCH(QString, summary);
        const std::optional<QString> found = WebPageBody::summary(head);
        QCOMPARE(found.has_value(), page);
        if (page)
            QCOMPARE(*found, summary);
    }

    void reasonNamesWhatWasExpected() {
        QCOMPARE(WebPageBody::reason("<html><title>Login</title>", u"the images"_s).value_or(u""_s),
                 u"the server sent a web page instead of the images: \"Login\""_s);
        QVERIFY(!WebPageBody::reason("PK\x03\x04", u"the images"_s));
    }
};

QTEST_GUILESS_MAIN(TestWebPageBody)
#include "tst_webpagebody.moc"
