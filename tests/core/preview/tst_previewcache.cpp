#include <preview/previewcache.h>

#include <QDir>
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
