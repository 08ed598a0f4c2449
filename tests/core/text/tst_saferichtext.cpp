#include <text/saferichtext.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// A collection's description shown as rich text: what survives and what does not.
class TestSafeRichText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sanitized_data() {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text") << u"CT of 1,010 patients"_s << u"CT of 1,010 patients"_s;
        QTest::newRow("paragraphs and lists")
            << u"<p class=\"x\">Two <b>arms</b>:</p><ul><li>A</li><li>B</li></ul>"_s
            << u"<p>Two <b>arms</b>:</p><ul><li>A</li><li>B</li></ul>"_s;
        QTest::newRow("a link keeps its address only")
            << u"<a href=\"https://doi.org/10.1/x\" onclick=\"steal()\" target=_blank>DOI</a>"_s
            << u"<a href=\"https://doi.org/10.1/x\">DOI</a>"_s;
        QTest::newRow("a script goes with its content")
            << u"Hello<script type=\"text/javascript\">alert('x')</script> there"_s
            << u"Hello there"_s;
        QTest::newRow("an unclosed script takes the rest") << u"A<script>alert(1)"_s << u"A"_s;
        QTest::newRow("a style goes too")
            << u"<style>p{color:red}</style><p>T</p>"_s << u"<p>T</p>"_s;
        QTest::newRow("remote image")
            << u"<img src=\"http://tracker.example/p.gif\">Text"_s << u"Text"_s;
        QTest::newRow("javascript link")
            << u"<a href=\"javascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
        QTest::newRow("data link") << u"<a href='data:text/html,hi'>x</a>"_s << u"<a>x</a>"_s;
        QTest::newRow("handlers on allowed tags")
            << u"<p onmouseover=\"x()\" style=\"background:url(http://t/)\">T</p>"_s
            << u"<p>T</p>"_s;
        QTest::newRow("iframe and form")
            << u"<iframe src=\"http://e/\"></iframe><form action=\"http://e/\"><input></form>ok"_s
            << u"ok"_s;
        QTest::newRow("comment") << u"a<!-- <script>x</script> -->b"_s << u"ab"_s;
        QTest::newRow("stray brackets") << u"1 < 2 > 0"_s << u"1 &lt; 2 &gt; 0"_s;
        QTest::newRow("mailto") << u"<a href=mailto:help@example.org>mail</a>"_s
                                << u"<a href=\"mailto:help@example.org\">mail</a>"_s;
        QTest::newRow("quotes in an address")
            << u"<a href='https://e.org/\"onclick=\"x'>q</a>"_s
            << u"<a href=\"https://e.org/&quot;onclick=&quot;x\">q</a>"_s;
    }
    void sanitized() {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(SafeRichText::fromHtml(html), expected);
    }
};

QTEST_GUILESS_MAIN(TestSafeRichText)
#include "tst_saferichtext.moc"
