#include <archivepanel.h>
#include <filterpanel.h>
#include <helpdialog.h>
#include <mainwindow.h>

#include <api/nbiaclient.h>

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace nbia;
using namespace Qt::StringLiterals;

// Help in the window: F1 explains the pane in use, every menu shortcut is listed, and About
// names the libraries with their versions.
class TestHelpDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void f1ExplainsThePaneInUse_data() {
        QTest::addColumn<QString>("pane");
        QTest::addColumn<HelpDialog::Topic>("topic");
        QTest::newRow("tree") << u"tree"_s << HelpDialog::Topic::Tree;
        QTest::newRow("filters") << u"filters"_s << HelpDialog::Topic::Filters;
    }
    void f1ExplainsThePaneInUse() {
        QFETCH(QString, pane);
        QFETCH(HelpDialog::Topic, topic);
        QNetworkAccessManager network;
        NbiaClient client(&network);
        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget *focus = window.archivePanel()->view();
        if (pane == u"filters"_s)
            focus = window.filterPanel()->list(FilterPanel::List::Modalities);
        focus->setFocus();
        QTest::keyClick(focus, Qt::Key_F1);
        auto *help = window.findChild<HelpDialog *>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(help->topic(), topic);
    }

    void everyShortcutIsListed() {
        QNetworkAccessManager network;
        NbiaClient client(&network);
        MainWindow window(&client);
        HelpDialog *help = window.showHelp(HelpDialog::Topic::Shortcuts);
        const QString text = help->text()->toPlainText();
        int listed = 0;
        for (const QAction *menu : window.menuBar()->actions()) {
            for (const QAction *action : menu->menu()->actions()) {
                if (action->shortcut().isEmpty())
                    continue;
                ++listed;
                QVERIFY2(text.contains(action->shortcut().toString(QKeySequence::NativeText)),
                         qPrintable(action->text()));
            }
        }
        QVERIFY(listed >= 10);
        QVERIFY(text.contains(u"Keyboard shortcuts"_s));
    }

    void aboutNamesTheLibraries() {
        const QString about = HelpDialog::aboutText();
        QVERIFY(about.contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.contains(u"DCMTK 3."_s));
        QVERIFY(about.contains(u"QuaZip 1."_s));
        QVERIFY(about.contains(QStringLiteral(NBIA_VERSION)));
    }
};

QTEST_MAIN(TestHelpDialog)
#include "tst_helpdialog.moc"
