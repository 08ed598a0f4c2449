#include <cart/cartfile.h>
#include <cart/cartmanifest.h>
#include <cart/cartstore.h>
#include <cart/seriescartmodel.h>
#include <download/tciamanifest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nbia;
using namespace Qt::StringLiterals;

using Column = SeriesCartModel::Column;
using Status = CartItem::Status;

namespace {
Series series(const QString &uid, std::optional<qint64> bytes = 1000,
              std::optional<qint64> images = 10) {
    Series s;
    s.seriesInstanceUid = uid;
    s.collection = u"LIDC-IDRI"_s;
    s.patientId = u"LIDC-0001"_s;
    s.studyInstanceUid = uid + u".0"_s;
    s.modality = u"CT"_s;
    s.seriesDescription = u"Chest "_s + uid;
    s.fileSize = bytes;
    s.imageCount = images;
    return s;
}

SeriesMetadata metadata(const QString &uid, qint64 bytes, qint64 images) {
    SeriesMetadata m;
    m.seriesInstanceUid = uid;
    m.collection = u"NSCLC"_s;
    m.subjectId = u"P-7"_s;
    m.studyInstanceUid = uid + u".1"_s;
    m.modality = u"MR"_s;
    m.seriesDescription = u"T1"_s;
    m.fileSize = bytes;
    m.numberOfImages = images;
    return m;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// JSON written with single quotes, which stand for double ones.
QByteArray json(const char *text) {
    return QByteArray(text).replace('\'', '"');
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// The cart: one row per series whatever its source, totals, its file between sessions and its
// manifests both ways, every change under the model tester.
class TestSeriesCartModel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SeriesCartModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString file(const QString &name) const { return m_dir->filePath(name); }
    QString text(int row, Column column) const {
        return m_model->data(m_model->index(row, int(column))).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() {
        m_model = std::make_unique<SeriesCartModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_dir.reset();
    }

    void addsEachSeriesOnce() {
        QSignalSpy changed(m_model.get(), &SeriesCartModel::changed);
        QCOMPARE(m_model->add({series(u"1.1"_s), series(u"1.2"_s), series(u"1.1"_s)}), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->add({series(u"1.2"_s)}), 0);
        QCOMPARE(changed.size(), 1); // nothing new, nothing said
        QCOMPARE(m_model->addUids({u"1.1"_s, u" 2.1 "_s, u""_s, u"2.2"_s, u"2.1"_s}), 2);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_model->uids(), (QStringList{u"1.1"_s, u"1.2"_s, u"2.1"_s, u"2.2"_s}));
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->rowOf(u"2.1"_s), 2);
        QVERIFY(m_model->contains(u"1.2"_s));
        QCOMPARE(m_model->itemAt(0).status, Status::Resolved);
        QCOMPARE(m_model->itemAt(2).status, Status::Unresolved);

        QCOMPARE(text(0, Column::Collection), u"LIDC-IDRI"_s);
        QCOMPARE(text(0, Column::Patient), u"LIDC-0001"_s);
        QCOMPARE(text(0, Column::Modality), u"CT"_s);
        QCOMPARE(text(0, Column::Description), u"Chest 1.1"_s);
        QCOMPARE(text(0, Column::Images), u"10"_s);
        QCOMPARE(text(0, Column::Size),
                 QLocale().formattedDataSize(1000, 1, QLocale::DataSizeSIFormat));
        QCOMPARE(text(0, Column::Size), u"1.0 kB"_s);
        // A UID alone: known by its UID until looked up.
        QCOMPARE(text(2, Column::Collection), u"Not known yet"_s);
        QCOMPARE(text(2, Column::Description), u"2.1"_s);
        QVERIFY(!m_model->data(m_model->index(2, int(Column::Size))).isValid());
        QCOMPARE(m_model->data(m_model->index(2, 0), SeriesCartModel::UidRole).toString(),
                 u"2.1"_s);
        QVERIFY(m_model->data(m_model->index(2, 0), Qt::ToolTipRole).toString().contains(u"2.1"));
        QCOMPARE(m_model->headerData(int(Column::OnDisk), Qt::Horizontal).toString(), u"On disk"_s);
    }

    // A record with details fills a row known by its UID only; never the other way round.
    void detailsReplaceAUidOnly() {
        m_model->addUids({u"3.1"_s});
        QSignalSpy changed(m_model.get(), &SeriesCartModel::changed);
        QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
        QCOMPARE(m_model->add({series(u"3.1"_s)}), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(m_model->itemAt(0).status, Status::Resolved);
        QCOMPARE(m_model->totals().bytes, 1000);
        QCOMPARE(m_model->addUids({u"3.1"_s}), 0);
        QCOMPARE(m_model->itemAt(0).status, Status::Resolved);
    }

    void sortRoleHasRawValues() {
        m_model->add({series(u"1"_s, Q_INT64_C(2500000000), 7)});
        m_model->addUids({u"2"_s});
        const auto sortValue = [this](int row, Column column) {
            return m_model->data(m_model->index(row, int(column)), SeriesCartModel::SortRole);
        };
        QCOMPARE(sortValue(0, Column::Size).toLongLong(), Q_INT64_C(2500000000));
        QCOMPARE(sortValue(0, Column::Images).toLongLong(), 7);
        QCOMPARE(sortValue(1, Column::Size).toLongLong(), -1);
        QCOMPARE(sortValue(0, Column::Modality).toString(), u"CT"_s);
        QCOMPARE(text(0, Column::Size), u"2.5 GB"_s);
    }

    void remove_data() {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QStringList>("left");
        QTest::newRow("first") << QList<int>{0} << QStringList{u"b"_s, u"c"_s, u"d"_s, u"e"_s};
        QTest::newRow("two apart, any order")
            << QList<int>{3, 0} << QStringList{u"b"_s, u"c"_s, u"e"_s};
        QTest::newRow("a run") << QList<int>{1, 2, 3} << QStringList{u"a"_s, u"e"_s};
        QTest::newRow("twice, and out of range")
            << QList<int>{4, 4, 9, -1} << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        QTest::newRow("all") << QList<int>{4, 3, 2, 1, 0} << QStringList{};
        QTest::newRow("none") << QList<int>{}
                              << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    }
    void remove() {
        QFETCH(QList<int>, rows);
        QFETCH(QStringList, left);
        m_model->add({series(u"a"_s), series(u"b"_s), series(u"c"_s)});
        m_model->addUids({u"d"_s, u"e"_s});
        QSignalSpy changed(m_model.get(), &SeriesCartModel::changed);
        m_model->remove(rows);
        QCOMPARE(m_model->uids(), left);
        QCOMPARE(changed.size(), left.size() == 5 ? 0 : 1);
        QCOMPARE(m_model->totals().series, left.size());
        for (int row = 0; row < left.size(); ++row)
            QCOMPARE(m_model->rowOf(left.at(row)), row);
        QCOMPARE(m_model->add({series(u"a"_s)}), left.contains(u"a"_s) ? 0 : 1);
    }

    void clear() {
        QSignalSpy changed(m_model.get(), &SeriesCartModel::changed);
        m_model->clear(); // empty already
        QCOMPARE(changed.size(), 0);
        m_model->add({series(u"a"_s), series(u"b"_s)});
        m_model->clear();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->totals(), CartTotals{});
        QVERIFY(!m_model->contains(u"a"_s));
    }

    void totals_data() {
        QTest::addColumn<QList<Series>>("records");
        QTest::addColumn<QStringList>("uids");
        QTest::addColumn<qint64>("images");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<int>("unknownSize");
        QTest::newRow("empty") << QList<Series>{} << QStringList{} << qint64(0) << qint64(0) << 0;
        QTest::newRow("all known") << QList<Series>{series(u"1"_s, 100, 1), series(u"2"_s, 50, 2)}
                                   << QStringList{} << qint64(3) << qint64(150) << 0;
        QTest::newRow("a size unknown")
            << QList<Series>{series(u"1"_s, 100, 1), series(u"2"_s, std::nullopt, 2)}
            << QStringList{} << qint64(3) << qint64(100) << 1;
        QTest::newRow("UIDs only") << QList<Series>{series(u"1"_s, 100, 4)}
                                   << QStringList{u"2"_s, u"3"_s} << qint64(4) << qint64(100) << 2;
        QTest::newRow("nothing known") << QList<Series>{series(u"1"_s, std::nullopt, std::nullopt)}
                                       << QStringList{u"2"_s} << qint64(0) << qint64(0) << 2;
    }
    void totals() {
        QFETCH(QList<Series>, records);
        QFETCH(QStringList, uids);
        QFETCH(qint64, images);
        QFETCH(qint64, bytes);
        QFETCH(int, unknownSize);
        m_model->add(records);
        m_model->addUids(uids);
        const CartTotals totals = m_model->totals();
        QCOMPARE(totals.series, records.size() + uids.size());
        QCOMPARE(totals.images, images);
        QCOMPARE(totals.bytes, bytes);
        QCOMPARE(totals.unknownSize, unknownSize);
        QCOMPARE(totals.unresolved, uids.size());
        // Taken apart again, row by row.
        while (m_model->rowCount() > 0)
            m_model->remove({m_model->rowCount() - 1});
        QCOMPARE(m_model->totals(), CartTotals{});
    }

    void detailsAndUnknownSeries() {
        m_model->addUids({u"4.1"_s, u"4.2"_s, u"4.3"_s});
        QSignalSpy changed(m_model.get(), &SeriesCartModel::changed);
        m_model->applyDetails({metadata(u"4.2"_s, 5000, 50), metadata(u"9.9"_s, 1, 1)});
        QCOMPARE(changed.size(), 1);
        const CartItem &resolved = m_model->itemAt(1);
        QCOMPARE(resolved.status, Status::Resolved);
        QCOMPARE(resolved.collection, u"NSCLC"_s);
        QCOMPARE(resolved.patientId, u"P-7"_s);
        QCOMPARE(resolved.studyInstanceUid, u"4.2.1"_s);
        QCOMPARE(resolved.modality, u"MR"_s);
        QCOMPARE(resolved.seriesDescription, u"T1"_s);
        QCOMPARE(resolved.imageCount, std::optional<qint64>(50));
        QCOMPARE(resolved.bytes, std::optional<qint64>(5000));
        QVERIFY(!m_model->contains(u"9.9"_s)); // answers for series not in the cart are dropped

        m_model->markNotFound({u"4.1"_s, u"4.2"_s}); // 4.2 has its details: stays
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_model->itemAt(0).status, Status::NotFound);
        QCOMPARE(m_model->itemAt(1).status, Status::Resolved);
        QCOMPARE(text(0, Column::Collection), u"Not found on this archive"_s);
        QCOMPARE(text(0, Column::Description), u"4.1"_s);
        const CartTotals totals = m_model->totals();
        QCOMPARE(totals.notFound, 1);
        QCOMPARE(totals.unresolved, 1);
        QCOMPARE(totals.unknownSize, 2);
        QCOMPARE(totals.bytes, 5000);

        m_model->resetNotFound();
        QCOMPARE(m_model->itemAt(0).status, Status::Unresolved);
        QCOMPARE(m_model->totals().notFound, 0);
        QCOMPARE(m_model->totals().unresolved, 2);
    }

    void seriesRecordsForTheQueue() {
        m_model->add({series(u"5.1"_s, 700, 7)});
        m_model->addUids({u"5.2"_s});
        const QList<Series> records = m_model->seriesRecords();
        QCOMPARE(records.size(), 2);
        const Series &first = records.first();
        QCOMPARE(first.seriesInstanceUid, u"5.1"_s);
        QCOMPARE(first.collection, u"LIDC-IDRI"_s);
        QCOMPARE(first.patientId, u"LIDC-0001"_s);
        QCOMPARE(first.studyInstanceUid, u"5.1.0"_s);
        QCOMPARE(first.modality, u"CT"_s);
        QCOMPARE(first.seriesDescription, u"Chest 5.1"_s);
        QCOMPARE(first.imageCount, std::optional<qint64>(7));
        QCOMPARE(first.fileSize, std::optional<qint64>(700));
        QCOMPARE(records.last().seriesInstanceUid, u"5.2"_s);
        QVERIFY(!records.last().fileSize);
        const QList<Series> chosen = m_model->seriesRecords({1, 7});
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().seriesInstanceUid, u"5.2"_s);
    }

    void onDiskColumn() {
        m_model->add({series(u"6.1"_s), series(u"6.2"_s)});
        const QModelIndex onDisk = m_model->index(0, int(Column::OnDisk));
        QVERIFY(!m_model->data(onDisk).isValid()); // no check: nothing said
        QSet<QString> downloaded{u"6.1"_s};
        QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setOnDiskCheck(
            [&downloaded](const QString &uid) { return downloaded.contains(uid); });
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(text(0, Column::OnDisk), u"Yes"_s);
        QCOMPARE(text(1, Column::OnDisk), QString());
        QVERIFY(m_model->isOnDisk(0));
        QVERIFY(!m_model->data(m_model->index(1, 0), SeriesCartModel::OnDiskRole).toBool());

        downloaded.insert(u"6.2"_s);
        m_model->add({series(u"6.3"_s)});
        QCOMPARE(text(2, Column::OnDisk), QString()); // checked when added
        downloaded.insert(u"6.3"_s);
        dataChanged.clear();
        m_model->refreshOnDisk();
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(dataChanged.first().at(0).toModelIndex(), m_model->index(1, int(Column::OnDisk)));
        QCOMPARE(dataChanged.first().at(1).toModelIndex(), m_model->index(2, int(Column::OnDisk)));
        QCOMPARE(text(1, Column::OnDisk), u"Yes"_s);
        QCOMPARE(text(2, Column::OnDisk), u"Yes"_s);
        dataChanged.clear();
        m_model->refreshOnDisk(); // nothing new
        QCOMPARE(dataChanged.size(), 0);
        m_model->addUids({u"6.4"_s});
        QVERIFY(!m_model->isOnDisk(3));
    }

    void persistenceRoundTrip() {
        m_model->add(
            {series(u"7.1"_s, 123456789, 12), series(u"7.2"_s, std::nullopt, std::nullopt)});
        m_model->addUids({u"7.3"_s, u"7.4"_s});
        m_model->markNotFound({u"7.4"_s});
        const QString path = file(u"profile/cart.json"_s); // the folder is made
        QString error;
        QVERIFY2(m_model->save(path, &error), qPrintable(error));

        SeriesCartModel restored;
        QAbstractItemModelTester tester(&restored,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        restored.addUids({u"old"_s}); // loading replaces what was there
        QSignalSpy changed(&restored, &SeriesCartModel::changed);
        QVERIFY2(restored.load(path, &error), qPrintable(error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(restored.items(), m_model->items());
        QCOMPARE(restored.totals(), m_model->totals());
        QCOMPARE(restored.rowOf(u"7.3"_s), 2);
        QVERIFY(!restored.contains(u"old"_s));
    }

    void missingFileIsAnEmptyCart() {
        m_model->addUids({u"x"_s});
        QString error;
        QVERIFY(m_model->load(file(u"none.json"_s), &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!QFile::exists(file(u"none.json"_s)));
    }

    void damagedFileIsMovedAside_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("problem");
        const auto problem = [](CartFile::Problem p) {
            return int(p);
        };
        QTest::newRow("not JSON") << QByteArray("\x00\x01garbage", 9)
                                  << problem(CartFile::Problem::Damaged);
        QTest::newRow("cut short") << json("{'format':'nbia-browser cart','version':1,'se")
                                   << problem(CartFile::Problem::Damaged);
        QTest::newRow("an array") << QByteArray("[1,2,3]") << problem(CartFile::Problem::Damaged);
        QTest::newRow("someone else's JSON")
            << json("{'journal':'downloads','version':1}") << problem(CartFile::Problem::Damaged);
        QTest::newRow("no list") << json("{'format':'nbia-browser cart','version':1,'series':7}")
                                 << problem(CartFile::Problem::Damaged);
        QTest::newRow("a newer version")
            << json("{'format':'nbia-browser cart','version':2,'series':[]}")
            << problem(CartFile::Problem::UnknownVersion);
        QTest::newRow("no version") << json("{'format':'nbia-browser cart','series':[]}")
                                    << problem(CartFile::Problem::UnknownVersion);
        QTest::newRow("empty file") << QByteArray() << problem(CartFile::Problem::Damaged);
    }
    void damagedFileIsMovedAside() {
        QFETCH(QByteArray, content);
        QFETCH(int, problem);
        const QString path = file(u"cart.json"_s);
        QVERIFY(writeFile(path, content));
        QCOMPARE(int(CartFile::read(path).problem), problem);
        m_model->addUids({u"x"_s});
        QString error;
        QVERIFY(!m_model->load(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path + u".damaged"_s)), qPrintable(error));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(readFile(path + u".damaged"_s), content);

        // A second damaged file keeps the first one.
        QVERIFY(writeFile(path, content + "!"));
        QVERIFY(!m_model->load(path, &error));
        QCOMPARE(readFile(path + u".damaged"_s), content);
        QCOMPARE(readFile(path + u".damaged-2"_s), content + "!");
    }

    // Entries without a UID are skipped, duplicates kept once, odd values read as unknown.
    void lenientEntries() {
        const QByteArray text = json("{'format':'nbia-browser cart','version':1,'series':["
                                     "{'uid':'1.2','images':-3,'bytes':'big','status':'resolved'},"
                                     "{'collection':'no uid'}, 17,"
                                     "{'uid':'1.2','status':'notFound'},"
                                     "{'uid':'1.3','status':'whatever'}]}");
        const CartFile::Contents contents = CartFile::parse(text);
        QVERIFY(contents.ok());
        const QString path = file(u"cart.json"_s);
        QVERIFY(writeFile(path, text));
        QVERIFY(m_model->load(path));
        QCOMPARE(m_model->uids(), (QStringList{u"1.2"_s, u"1.3"_s}));
        QCOMPARE(m_model->itemAt(0).status, Status::Resolved);
        QVERIFY(!m_model->itemAt(0).imageCount);
        QVERIFY(!m_model->itemAt(0).bytes);
        QCOMPARE(m_model->itemAt(1).status, Status::Unresolved);
    }

    // The store writes once per pass of the event loop, however many changes it saw.
    void storeSavesChangesTogether() {
        const QString path = file(u"cart.json"_s);
        QVERIFY(m_model->save(path));
        {
            SeriesCartModel other;
            other.add({series(u"8.0"_s)});
            QVERIFY(other.save(path));
        }
        CartStore store(m_model.get(), path);
        QSignalSpy saved(&store, &CartStore::saved);
        QVERIFY(store.load());
        QCOMPARE(m_model->uids(), QStringList{u"8.0"_s});
        QVERIFY(store.isAutosaving());
        QVERIFY(!store.isSavePending()); // loading is no change to save
        for (int i = 1; i <= 50; ++i)
            m_model->addUids({u"8.%1"_s.arg(i)});
        QVERIFY(store.isSavePending());
        QCOMPARE(saved.size(), 0);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(CartFile::read(path).items.size(), 51);
        QCoreApplication::processEvents();
        QVERIFY(!store.isSavePending()); // nothing more to write
        QCOMPARE(saved.size(), 1);
        m_model->remove({0});
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(CartFile::read(path).items.size(), 50);
    }

    void storeWritesWhatIsPendingWhenItGoes() {
        const QString path = file(u"cart.json"_s);
        {
            CartStore store(m_model.get(), path);
            QVERIFY(store.load());
            m_model->add({series(u"9.1"_s)});
            QVERIFY(store.isSavePending());
        }
        QCOMPARE(CartFile::read(path).items.size(), 1);
    }

    void storeKeepsADamagedFile() {
        const QString path = file(u"cart.json"_s);
        QVERIFY(writeFile(path, "{not json"));
        CartStore store(m_model.get(), path);
        QSignalSpy saved(&store, &CartStore::saved);
        QVERIFY(!store.load());
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(store.isAutosaving());
        m_model->addUids({u"10.1"_s});
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(readFile(path + u".damaged"_s), QByteArray("{not json"));
        QCOMPARE(CartFile::read(path).items.size(), 1);
    }

    void saveFailureIsReported() {
        QVERIFY(writeFile(file(u"blocker"_s), "a file where a folder should be"));
        const QString path = file(u"blocker/cart.json"_s);
        m_model->addUids({u"x"_s});
        QString error;
        QVERIFY(!m_model->save(path, &error));
        QVERIFY(!error.isEmpty());
        CartStore store(m_model.get(), path);
        QSignalSpy failed(&store, &CartStore::saveFailed);
        QVERIFY(store.load());
        QVERIFY(!store.save());
        QCOMPARE(failed.size(), 1);
    }

    void manifestRoundTrip() {
        m_model->add({series(u"1.2.3"_s), series(u"1.2.4"_s)});
        m_model->addUids({u"1.2.5"_s});
        const QString path = file(u"cart.tcia"_s);
        QString error;
        QVERIFY2(
            m_model->exportManifest(path, QUrl(u"https://nlst.example.org/nbia-api"_s), &error),
            qPrintable(error));
        const std::optional<TciaManifest> manifest = TciaManifest::readFile(path, &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->seriesInstanceUids, m_model->uids());
        QVERIFY(manifest->downloadServerUrl.contains(u"nlst.example.org"));

        SeriesCartModel imported;
        QAbstractItemModelTester tester(&imported,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        imported.addUids({u"1.2.4"_s});
        QCOMPARE(imported.importManifest(path, &error), 2);
        QCOMPARE(imported.uids(), (QStringList{u"1.2.4"_s, u"1.2.3"_s, u"1.2.5"_s}));
        for (const CartItem &item : imported.items())
            QCOMPARE(item.status, Status::Unresolved);
        QCOMPARE(imported.importManifest(path, &error), 0); // all there already
    }

    void exportingAnEmptyCartFails() {
        QString error;
        QVERIFY(!m_model->exportManifest(file(u"empty.tcia"_s), {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(file(u"empty.tcia"_s)));
    }

    void badManifests_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("problem");
        const auto problem = [](CartManifest::Problem p) {
            return int(p);
        };
        QTest::newRow("not a manifest")
            << u"notes.tcia"_s << QByteArray("Dear colleague,\nhere are the series.\n")
            << problem(CartManifest::Problem::NotAManifest);
        QTest::newRow("binary") << u"image.tcia"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                                << problem(CartManifest::Problem::NotAManifest);
        QTest::newRow("an old manifest without its list")
            << u"old.tcia"_s << QByteArray("databasketId=manifest-1.tcia\nmanifestVersion=1.0\n")
            << problem(CartManifest::Problem::NotAManifest);
        QTest::newRow("empty file")
            << u"empty.tcia"_s << QByteArray() << problem(CartManifest::Problem::NotAManifest);
        QTest::newRow("lists no series")
            << u"none.tcia"_s
            << QByteArray("downloadServerUrl=https://example.org\ndatabasketId=manifest-1.tcia\n"
                          "manifestVersion=3.0\nListOfSeriesToDownload=\n\n  \n")
            << problem(CartManifest::Problem::Empty);
        QTest::newRow("missing") << u"gone.tcia"_s << QByteArray()
                                 << problem(CartManifest::Problem::Unreadable);
        QTest::newRow("a folder") << u"folder.tcia"_s << QByteArray()
                                  << problem(CartManifest::Problem::Unreadable);
        QTest::newRow("too large")
            << u"huge.tcia"_s << QByteArray() << problem(CartManifest::Problem::TooLarge);
    }
    void badManifests() {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, problem);
        const QString path = file(name);
        if (name == u"folder.tcia"_s) {
            QVERIFY(QDir().mkpath(path));
        } else if (name == u"huge.tcia"_s) {
            QFile huge(path); // sparse: costs no disk
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(TciaManifest::maxFileBytes + 1));
        } else if (name != u"gone.tcia"_s) {
            QVERIFY(writeFile(path, content));
        }
        const CartManifest::Contents contents = CartManifest::read(path);
        QCOMPARE(int(contents.problem), problem);
        QVERIFY(contents.uids.isEmpty());
        QVERIFY(!CartManifest::describe(contents, path).isEmpty());

        m_model->addUids({u"1.1"_s});
        QSignalSpy changed(m_model.get(), &SeriesCartModel::changed);
        QString error;
        QCOMPARE(m_model->importManifest(path, &error), -1);
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        QCOMPARE(m_model->uids(), QStringList{u"1.1"_s});
        QCOMPARE(changed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSeriesCartModel)
#include "tst_seriescartmodel.moc"
