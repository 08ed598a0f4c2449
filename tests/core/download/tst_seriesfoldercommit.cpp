#include <download/folderseries.h>
#include <download/seriesfoldercommit.h>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

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

    // A folder holding a DICOM file of the series `uid` (or, without one, a text file).
    static void makeFolder(const QString &path, const QString &uid) {
        QDir().mkpath(path);
        if (uid.isEmpty()) {
            QFile notes(QDir(path).filePath(u"notes.txt"_s));
            if (!notes.open(QIODevice::WriteOnly))
                qFatal("cannot write a file");
            return;
        }
        DcmFileFormat file;
        file.getDataset()->putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
        file.getDataset()->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.4");
        file.getDataset()->putAndInsertString(DCM_SeriesInstanceUID, uid.toLatin1().constData());
        if (file.saveFile(QFile::encodeName(QDir(path).filePath(u"00000001.dcm"_s)).constData(),
                          EXS_LittleEndianExplicit)
                .bad())
            qFatal("cannot write a DICOM file");
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

    // Two series the layout names alike, or a folder of something else, are never replaced:
    // the series gets the name with "-2", "-3"…
    void namesAreKeptUnique_data() {
        QTest::addColumn<QStringList>("present"); // series UIDs in S, S-2, …; "" for other files
        QTest::addColumn<QString>("expected");
        QTest::newRow("free") << QStringList{} << u"S"_s;
        QTest::newRow("empty") << QStringList{u"-"_s} << u"S"_s;
        QTest::newRow("this series") << QStringList{u"1.2.9"_s} << u"S"_s;
        QTest::newRow("another series") << QStringList{u"1.2.8"_s} << u"S-2"_s;
        QTest::newRow("two others") << QStringList{u"1.2.8"_s, u"1.2.7"_s} << u"S-3"_s;
        QTest::newRow("another, then this") << QStringList{u"1.2.8"_s, u"1.2.9"_s} << u"S-2"_s;
        QTest::newRow("something else") << QStringList{QString()} << u"S-2"_s;
    }
    void namesAreKeptUnique() {
        QFETCH(QStringList, present);
        QFETCH(QString, expected);
        for (qsizetype i = 0; i < present.size(); ++i) {
            const QString path = m_root + u"/C/P/S"_s + (i == 0 ? QString() : u"-%1"_s.arg(i + 1));
            if (present.at(i) == "-"_L1)
                QVERIFY(QDir().mkpath(path));
            else
                makeFolder(path, present.at(i));
        }
        const QStringList folders =
            SeriesFolderCommit::uniqueFolders(m_root, {u"C"_s, u"P"_s, u"S"_s}, u"1.2.9"_s);
        QCOMPARE(folders, (QStringList{u"C"_s, u"P"_s, expected}));
    }

    void aLongNameKeepsItsSuffix() {
        const QString name(255, u'x');
        makeFolder(m_root + u'/' + name, u"1.2.8"_s);
        const QStringList folders = SeriesFolderCommit::uniqueFolders(m_root, {name}, u"1.2.9"_s);
        QVERIFY(folders.first().endsWith(u"-2"_s));
        QVERIFY(folders.first().toUtf8().size() <= 255);
    }

    void whichSeriesAFolderHolds() {
        QCOMPARE(FolderSeries::in(m_root + u"/none"_s).content, FolderSeries::Content::Missing);
        makeFolder(m_root + u"/a"_s, u"1.2.3.4.5"_s);
        const FolderSeries::Found found = FolderSeries::in(m_root + u"/a"_s);
        QCOMPARE(found.content, FolderSeries::Content::Series);
        QCOMPARE(found.seriesUid, u"1.2.3.4.5"_s);
        makeFolder(m_root + u"/b"_s, QString());
        QCOMPARE(FolderSeries::in(m_root + u"/b"_s).content, FolderSeries::Content::Other);
        QFile fake(m_root + u"/b/00000001.dcm"_s); // a .dcm that is not DICOM
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("not DICOM at all");
        fake.close();
        QCOMPARE(FolderSeries::in(m_root + u"/b"_s).content, FolderSeries::Content::Other);
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
