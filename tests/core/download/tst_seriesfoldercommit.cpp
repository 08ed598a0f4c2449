#include <download/seriesfoldercommit.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// A series lands in its folder in one step, and nowhere outside the download folder.
class TestSeriesFolderCommit final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;

    // A staging folder in the partial area holding `files`.
    QString stage(const QStringList &files) {
        static int count = 0;
        const QString staging =
            QDir(SeriesFolderCommit::partialArea(m_root)).filePath(u"s%1"_s.arg(++count));
        QDir().mkpath(staging);
        for (const QString &name : files) {
            QFile file(QDir(staging).filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot stage a file");
            file.write(name.toUtf8());
        }
        return staging;
    }

    QStringList filesIn(const QString &path) const {
        return QDir(path).entryList(QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_root = m_dir->filePath(u"downloads"_s);
        QVERIFY(QDir().mkpath(m_root));
    }

    void theSeriesMovesIntoItsFolder() {
        const QString staging = stage({u"1-1.dcm"_s, u"1-2.dcm"_s});
        const QStringList folders{u"LIDC-IDRI"_s, u"LIDC-IDRI-0001"_s, u"study"_s, u"series"_s};
        QVERIFY(!SeriesFolderCommit::commit(m_root, staging, folders));
        QVERIFY(!QFileInfo::exists(staging));
        QCOMPARE(filesIn(m_root + u"/LIDC-IDRI/LIDC-IDRI-0001/study/series"_s),
                 (QStringList{u"1-1.dcm"_s, u"1-2.dcm"_s}));
    }

    // A folder there already is replaced whole: nothing of the earlier files is left.
    void anEarlierFolderIsReplacedNotMerged() {
        const QStringList folders{u"C"_s, u"P"_s, u"S"_s};
        QVERIFY(!SeriesFolderCommit::commit(m_root, stage({u"old.dcm"_s, u"both.dcm"_s}), folders));
        QVERIFY(!SeriesFolderCommit::commit(m_root, stage({u"both.dcm"_s, u"new.dcm"_s}), folders));
        QCOMPARE(filesIn(m_root + u"/C/P/S"_s), (QStringList{u"both.dcm"_s, u"new.dcm"_s}));
        // Only the staging area's own (now empty) folder is left in it.
        QCOMPARE(QDir(SeriesFolderCommit::partialArea(m_root))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{});
    }

    void unsafeNamesAreRefused_data() {
        QTest::addColumn<QStringList>("folders");
        QTest::newRow("climbing") << QStringList{u".."_s, u"x"_s};
        QTest::newRow("a path in one name") << QStringList{u"a/../../b"_s};
        QTest::newRow("absolute") << QStringList{u"/tmp"_s};
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("a device") << QStringList{u"C"_s, u"NUL"_s};
    }
    void unsafeNamesAreRefused() {
        QFETCH(QStringList, folders);
        const QString staging = stage({u"a.dcm"_s});
        const auto failed = SeriesFolderCommit::commit(m_root, staging, folders);
        QVERIFY(failed);
        QCOMPARE(failed->kind, ExtractionFailure::Kind::Hostile);
        QVERIFY(QFileInfo::exists(staging)); // left for the caller to clean up
        QCOMPARE(QDir(m_root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{u".nbia-partial"_s});
    }

    // A link planted in the download folder never takes a series (or a new folder) elsewhere.
    void linksAreNotFollowed_data() {
        QTest::addColumn<int>("depth"); // where the link sits among the folders
        QTest::newRow("the collection") << 0;
        QTest::newRow("the patient") << 1;
        QTest::newRow("the series itself") << 2;
    }
    void linksAreNotFollowed() {
        QFETCH(int, depth);
        const QString elsewhere = m_dir->filePath(u"elsewhere"_s);
        QVERIFY(QDir().mkpath(elsewhere));
        const QStringList folders{u"C"_s, u"P"_s, u"S"_s};
        const QString parent = QDir(m_root).filePath(QStringList(folders.mid(0, depth)).join(u'/'));
        QVERIFY(QDir().mkpath(parent));
        QVERIFY(QFile::link(elsewhere, QDir(parent).filePath(folders.at(depth))));
        const auto failed = SeriesFolderCommit::commit(m_root, stage({u"a.dcm"_s}), folders);
        QVERIFY(failed);
        QCOMPARE(failed->kind, ExtractionFailure::Kind::Hostile);
        QCOMPARE(QDir(elsewhere).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{});
    }

    void aMissingDownloadFolderIsADiskFailure() {
        const auto failed =
            SeriesFolderCommit::commit(m_dir->filePath(u"gone"_s), stage({u"a.dcm"_s}), {u"C"_s});
        QVERIFY(failed);
        QCOMPARE(failed->kind, ExtractionFailure::Kind::Disk);
    }
};

QTEST_GUILESS_MAIN(TestSeriesFolderCommit)
#include "tst_seriesfoldercommit.moc"
