#include <preview/previewcache.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// Previews on disk: kept between sessions, bounded, the least recently used going first.
class TestPreviewCache final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    [[nodiscard]] QString folder() const { return m_dir->filePath(u"previews"_s); }

    // The file a key is kept in: named by the hash of the key.
    [[nodiscard]] QString fileOf(const QString &key) const {
        return QDir(folder()).filePath(
            QString::fromLatin1(
                QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex()) +
            u".preview"_s);
    }

    void setFileTime(const QString &key, const QDateTime &time) const {
        QFile file(fileOf(key));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
    }

    void setEveryFileTime(const QDateTime &time) const {
        const QFileInfoList files = QDir(folder()).entryInfoList(QDir::Files);
        for (const QFileInfo &info : files) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
        }
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void keepsWhatItIsGiven() {
        PreviewCache cache(folder(), 1000);
        QVERIFY(!cache.get(u"1.2.3/4"_s));
        QVERIFY(cache.put(u"1.2.3/4"_s, "pixels"));
        QVERIFY(cache.contains(u"1.2.3/4"_s));
        QCOMPARE(*cache.get(u"1.2.3/4"_s), QByteArray("pixels"));
        QVERIFY(cache.put(u"1.2.3/4"_s, "other pixels")); // replaced, not added
        QCOMPARE(cache.size(), qint64(12));
        QVERIFY(!cache.contains(u"1.2.3/5"_s));

        PreviewCache later(folder(), 1000); // the next session
        QCOMPARE(later.size(), qint64(12));
        QCOMPARE(*later.get(u"1.2.3/4"_s), QByteArray("other pixels"));
    }

    // Past the bound, the least recently used go; using one keeps it.
    void staysWithinItsBound() {
        PreviewCache cache(folder(), 1000);
        const QByteArray preview(300, 'x');
        for (const QString &key : {u"a"_s, u"b"_s, u"c"_s})
            QVERIFY(cache.put(key, preview));
        QVERIFY(cache.get(u"a"_s)); // a is the most recently used now
        QVERIFY(cache.put(u"d"_s, preview));
        QVERIFY(cache.size() <= 1000);
        QVERIFY(cache.contains(u"a"_s));
        QVERIFY(cache.contains(u"d"_s));
        QVERIFY(!cache.contains(u"b"_s));
        QCOMPARE(cache.size(), qint64(600));
    }

    // Where the file system keeps times coarsely (a second, or two), all uses in a run can have
    // the same time: the order of use still holds. Here every file says it was used at the same
    // moment, later than now.
    void theOrderOfUseHoldsWhateverTheFileTimes() {
        PreviewCache cache(folder(), 1000);
        const QByteArray preview(300, 'x');
        for (const QString &key : {u"a"_s, u"b"_s, u"c"_s})
            QVERIFY(cache.put(key, preview));
        QVERIFY(cache.get(u"a"_s));
        QVERIFY(cache.get(u"c"_s));
        setEveryFileTime(QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY(cache.put(u"d"_s, preview)); // b, then a, the least recently used, go
        QVERIFY(!cache.contains(u"b"_s));
        QVERIFY(!cache.contains(u"a"_s));
        QVERIFY(cache.contains(u"c"_s));
        QVERIFY(cache.contains(u"d"_s));
    }

    // The next session takes up the order of use from the file times.
    void theNextSessionTakesUpTheOrderOfUse() {
        const QByteArray preview(300, 'x');
        {
            PreviewCache cache(folder(), 1000);
            for (const QString &key : {u"a"_s, u"b"_s, u"c"_s})
                QVERIFY(cache.put(key, preview));
        }
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        setFileTime(u"a"_s, base.addSecs(20)); // used last
        setFileTime(u"b"_s, base);             // used first
        setFileTime(u"c"_s, base.addSecs(10));
        PreviewCache later(folder(), 1000);
        QVERIFY(later.put(u"d"_s, preview)); // b, then c go
        QVERIFY(!later.contains(u"b"_s));
        QVERIFY(!later.contains(u"c"_s));
        QVERIFY(later.contains(u"a"_s));
        QVERIFY(later.contains(u"d"_s));
    }

    void aPreviewLargerThanTheBoundIsNotKept() {
        PreviewCache cache(folder(), 100);
        QVERIFY(!cache.put(u"big"_s, QByteArray(101, 'x')));
        QVERIFY(!cache.contains(u"big"_s));
        QVERIFY(cache.put(u"fits"_s, QByteArray(90, 'x'))); // alone above 3/4, still kept
        QVERIFY(cache.contains(u"fits"_s));
    }

    void clearEmptiesIt() {
        PreviewCache cache(folder(), 1000);
        QVERIFY(cache.put(u"a"_s, "1"));
        cache.clear();
        QCOMPARE(cache.size(), qint64(0));
        QVERIFY(!cache.get(u"a"_s));
    }

    void anUnwritableFolderKeepsNothing() {
        QFile blocker(folder()); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        PreviewCache cache(folder(), 1000);
        QVERIFY(!cache.put(u"a"_s, "1"));
        QVERIFY(!cache.get(u"a"_s));
    }
};

QTEST_GUILESS_MAIN(TestPreviewCache)
#include "tst_previewcache.moc"
