#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The compiled translations load and translate what the window shows.
class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void translate_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de demo") << u"de"_s << u"nbia::MainWindow"_s << u"Open &demo archive"_s
                                 << u"&Demoarchiv öffnen"_s;
        QTest::newRow("de error") << u"de"_s << u"nbia::ApiError"_s
                                  << u"Cannot reach the server: %1"_s
                                  << u"Der Server ist nicht erreichbar: %1"_s;
        QTest::newRow("fr column")
            << u"fr"_s << u"ArchiveTreeColumns"_s << u"Body part"_s << u"Région anatomique"_s;
        QTest::newRow("fr field") << u"fr"_s << u"ReadableField"_s << u"Birth date"_s
                                  << u"Date de naissance"_s;
        QTest::newRow("de help") << u"de"_s << u"nbia::HelpDialog"_s << u"Keyboard shortcuts"_s
                                 << u"Tastenkürzel"_s;
        QTest::newRow("de cart") << u"de"_s << u"nbia::MainWindow"_s << u"&Cart"_s
                                 << u"&Merkliste"_s;
        QTest::newRow("fr not specified")
            << u"fr"_s << u"nbia::FilterPanel"_s << u"(not specified)"_s << u"(non précisé)"_s;
    }
    void translate() {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(u"nbia-browser_"_s + language, QStringLiteral(NBIA_QM_DIR)));
        QCOMPARE(translator.translate(context.toLatin1().constData(), source.toUtf8().constData()),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
