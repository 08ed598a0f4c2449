#include <settings/appsettings.h>

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

class TestAppSettings final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> freshFile(const QString &name) const {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // never touch a real profile
        QVERIFY(m_dir.isValid());
    }

    void defaults() {
        auto file = freshFile(u"defaults.ini"_s);
        const AppSettings settings(file.get());
        QVERIFY(settings.serverUrl().isEmpty());
        QCOMPARE(settings.timeout(), std::chrono::seconds(60));
        QVERIFY(settings.lastFilter().isEmpty());
        QVERIFY(settings.windowGeometry().isEmpty());
        const DownloadTarget target = settings.downloadTarget();
        QVERIFY(target.root.isEmpty());
        QCOMPARE(target.layout, FolderLayout::Descriptive);
        QCOMPARE(target.naming, FileNaming::AsSent);
        QVERIFY(target.verifyMd5);
        QCOMPARE(settings.downloadParallel(), 4);
    }

    void remembersTheDownloadChoices() {
        const DownloadTarget chosen{u"/data/TCIA ü"_s, FolderLayout::Classic,
                                    FileNaming::ByInstanceNumber, false};
        {
            auto file = freshFile(u"download.ini"_s);
            AppSettings settings(file.get());
            settings.setDownloadTarget(chosen);
            settings.setDownloadParallel(7);
        }
        auto file = freshFile(u"download.ini"_s);
        const AppSettings settings(file.get());
        QVERIFY(settings.downloadTarget() == chosen);
        QCOMPARE(settings.downloadParallel(), 7);
        file->setValue(u"download/parallel"_s, 0);
        file->setValue(u"download/naming"_s, u"sideways"_s);
        QCOMPARE(settings.downloadParallel(), 4);
        QCOMPARE(settings.downloadNaming(), FileNaming::AsSent);
    }

    void remembersAcrossInstances() {
        const ArchiveFilter filter{{u"CT"_s, u"MR"_s}, {QString(), u"CHEST"_s}, {u"SIEMENS"_s}};
        {
            auto file = freshFile(u"kept.ini"_s);
            AppSettings settings(file.get());
            settings.setServerUrl(u"http://127.0.0.1:8080/nbia-api/services/v1"_s);
            settings.setTimeout(std::chrono::seconds(15));
            settings.setLastCollection(u"Pediatric-Liver-Tumör"_s);
            settings.setLastFilter(filter);
            settings.setWindowGeometry("geometry");
            settings.setSplitterState("splitter");
            settings.setWindowState("docks");
            settings.setTreeHeaderState("header");
        }
        auto file = freshFile(u"kept.ini"_s);
        const AppSettings settings(file.get());
        QCOMPARE(settings.serverUrl(), u"http://127.0.0.1:8080/nbia-api/services/v1"_s);
        QCOMPARE(settings.timeout(), std::chrono::seconds(15));
        QCOMPARE(settings.lastCollection(), u"Pediatric-Liver-Tumör"_s);
        QCOMPARE(settings.lastFilter(), filter); // "(not specified)" survives
        QCOMPARE(settings.windowGeometry(), QByteArray("geometry"));
        QCOMPARE(settings.splitterState(), QByteArray("splitter"));
        QCOMPARE(settings.windowState(), QByteArray("docks"));
        QCOMPARE(settings.treeHeaderState(), QByteArray("header"));
    }

    void nonsenseTimeoutFallsBack() {
        auto file = freshFile(u"bad.ini"_s);
        file->setValue(u"server/timeoutSeconds"_s, u"soon"_s);
        QCOMPARE(AppSettings(file.get()).timeout(), std::chrono::seconds(60));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
