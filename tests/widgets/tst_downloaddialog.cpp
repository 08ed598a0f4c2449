#include <downloaddialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// The download dialog gives back what was chosen, and shows where a series would land.
class TestDownloadDialog final : public QObject {
    Q_OBJECT

private:
    static SeriesFolderFacts facts() {
        SeriesFolderFacts f;
        f.collection = u"LIDC-IDRI"_s;
        f.patientId = u"LIDC-IDRI-0001"_s;
        f.studyInstanceUid = u"1.3.6.1.4.1.14519.5.2.1.6279.6001.298806137288633453246975630178"_s;
        f.studyDate = QDate(2000, 1, 1);
        f.seriesInstanceUid = u"1.3.6.1.4.1.14519.5.2.1.6279.6001.179049373636438705059720603192"_s;
        f.seriesNumber = u"3000566.000000"_s;
        return f;
    }

private Q_SLOTS:
    void givesBackTheChoice_data() {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("naming");
        QTest::addColumn<bool>("md5");
        QTest::addColumn<QString>("example");
        QTest::newRow("descriptive, as sent")
            << int(FolderLayout::Descriptive) << int(FileNaming::AsSent) << true
            << u"/data/TCIA/LIDC-IDRI/LIDC-IDRI-0001/01-01-2000-NA-NA-30178/3000566.000000-NA-03192/00000001.dcm"_s;
        QTest::newRow("classic, by instance")
            << int(FolderLayout::Classic) << int(FileNaming::ByInstanceNumber) << false
            << u"/data/TCIA/LIDC-IDRI/LIDC-IDRI-0001/1.3.6.1.4.1.14519.5.2.1.6279.6001.298806137288633453246975630178/1.3.6.1.4.1.14519.5.2.1.6279.6001.179049373636438705059720603192/1-001.dcm"_s;
        QTest::newRow("flat")
            << int(FolderLayout::Flat) << int(FileNaming::AsSent) << true
            << u"/data/TCIA/1.3.6.1.4.1.14519.5.2.1.6279.6001.179049373636438705059720603192/00000001.dcm"_s;
    }
    void givesBackTheChoice() {
        QFETCH(int, layout);
        QFETCH(int, naming);
        QFETCH(bool, md5);
        QFETCH(QString, example);
        const DownloadTarget chosen{u"/data/TCIA"_s, FolderLayout(layout), FileNaming(naming), md5};
        DownloadDialog dialog(DownloadTarget(), u"3 series"_s, facts());
        dialog.setTarget(chosen);
        QVERIFY(dialog.target() == chosen);
        QCOMPARE(QDir::fromNativeSeparators(dialog.exampleText()), example);
    }

    void choicesGoThroughTheControls() {
        DownloadDialog dialog(DownloadTarget{u"/a"_s}, u"1 series"_s, facts());
        dialog.findChild<QLineEdit *>(u"folder"_s)->setText(u"/b/c/"_s);
        dialog.findChild<QComboBox *>(u"folderLayout"_s)->setCurrentIndex(1);
        dialog.findChild<QComboBox *>(u"naming"_s)->setCurrentIndex(1);
        dialog.findChild<QCheckBox *>(u"verifyMd5"_s)->setChecked(false);
        const DownloadTarget target = dialog.target();
        QCOMPARE(target.root, u"/b/c"_s);
        QCOMPARE(target.layout, FolderLayout::Classic);
        QCOMPARE(target.naming, FileNaming::ByInstanceNumber);
        QVERIFY(!target.verifyMd5);
        QVERIFY(dialog.exampleText().endsWith(u"1-001.dcm"_s));
    }

    void noFolderNoDownload() {
        DownloadDialog dialog(DownloadTarget{u"/a"_s}, u"1 series"_s, std::nullopt);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.findChild<QLineEdit *>(u"folder"_s)->setText(u"  "_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.target().root.isEmpty());
    }
};

QTEST_MAIN(TestDownloadDialog)
#include "tst_downloaddialog.moc"
