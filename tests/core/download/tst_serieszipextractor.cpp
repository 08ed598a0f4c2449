#include "clienttestcase.h"

#include <download/serieszipextractor.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

namespace {
struct Entry {
    QString name;
    QByteArray data;
    bool link = false;
};

bool writeZip(const QString &path, const QList<Entry> &entries) {
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Entry &entry : entries) {
        QuaZipNewInfo info(entry.name);
        if (entry.link)
            info.externalAttr = quint32(0120777) << 16;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info) || file.write(entry.data) != entry.data.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

QByteArray md5(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

QByteArray dicom(int i) {
    return QByteArray(128, '\0') + "DICM" + QByteArray::number(i).repeated(1000 + i);
}

QByteArray md5Csv(const QList<Entry> &files) {
    QByteArray csv("Filename,MD5Hash\n");
    for (const Entry &file : files)
        csv += file.name.toUtf8() + ',' + md5(file.data) + '\n';
    return csv;
}

QList<Entry> threeFiles() {
    return {{u"00000001.dcm"_s, dicom(1)},
            {u"00000002.dcm"_s, dicom(2)},
            {u"00000003.dcm"_s, dicom(3)}};
}

using Kind = ExtractionFailure::Kind;
} // namespace

// Unpacking a series' ZIP trusts nothing in it.
class TestSeriesZipExtractor final : public ClientTestCase {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Extracts into a fresh folder inside a fresh parent; everything written under the parent
    // is checked to be inside the folder.
    SeriesZipExtractor::Result extract(const QString &zip, SeriesZipExtractor::Options options,
                                       QStringList *outside = nullptr) {
        static int round = 0;
        const QString parent = m_dir.filePath(u"parent%1"_s.arg(++round));
        QDir().mkpath(parent + u"/series"_s);
        auto result = SeriesZipExtractor::extract(zip, parent + u"/series"_s, options);
        if (outside) {
            *outside = QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot |
                                              QDir::Hidden | QDir::System);
            outside->removeAll(u"series"_s);
        }
        return result;
    }

    QString zipOf(const QList<Entry> &entries) {
        static int count = 0;
        QString path = m_dir.filePath(u"z%1.zip"_s.arg(++count));
        if (!writeZip(path, entries))
            qFatal("cannot write a test ZIP");
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(startArchive());
        resetArchive();
    }

    void filesAreCheckedAgainstTheirHashes() {
        QList<Entry> entries = threeFiles();
        entries << Entry{u"md5hashes.csv"_s, md5Csv(threeFiles())};
        const auto result = extract(zipOf(entries), {});
        QVERIFY(std::holds_alternative<SeriesZipExtractor::Extracted>(result));
        const auto &extracted = std::get<SeriesZipExtractor::Extracted>(result);
        QCOMPARE(extracted.files,
                 (QStringList{u"00000001.dcm"_s, u"00000002.dcm"_s, u"00000003.dcm"_s}));
        QVERIFY(extracted.md5Verified);
        QCOMPARE(extracted.bytes, dicom(1).size() + dicom(2).size() + dicom(3).size());
    }

    void failures_data() {
        QTest::addColumn<QList<Entry>>("entries");
        QTest::addColumn<bool>("requireMd5");
        QTest::addColumn<int>("kind");

        QList<Entry> files = threeFiles();
        QTest::newRow("no md5hashes.csv") << files << true << int(Kind::Corrupt);
        QList<Entry> wrong = files;
        wrong << Entry{u"md5hashes.csv"_s, md5Csv(files).replace(md5(dicom(2)), md5("x"))};
        QTest::newRow("a wrong hash") << wrong << true << int(Kind::Corrupt);
        QList<Entry> missing = files.mid(0, 2);
        missing << Entry{u"md5hashes.csv"_s, md5Csv(files)};
        QTest::newRow("a listed file missing") << missing << true << int(Kind::Corrupt);
        QList<Entry> unlisted = files;
        unlisted << Entry{u"md5hashes.csv"_s, md5Csv(files.mid(0, 2))};
        QTest::newRow("a file not listed") << unlisted << true << int(Kind::Corrupt);
        QList<Entry> junk = files;
        junk << Entry{u"md5hashes.csv"_s, "Filename,MD5Hash\n00000001.dcm,zzz\n"};
        QTest::newRow("a malformed md5hashes.csv") << junk << true << int(Kind::Corrupt);

        for (const QString &name :
             {u"../evil.dcm"_s, u"/etc/cron.d/evil"_s, u"sub/dir.dcm"_s, u"C:\\evil.dcm"_s,
              u"..\\..\\evil.dcm"_s, u".."_s, u"CON"_s, u"a:stream"_s, u"folder/"_s}) {
            QList<Entry> hostile = files;
            hostile.insert(1, Entry{name, "evil"});
            QTest::newRow(qPrintable(u"entry named "_s + name))
                << hostile << false << int(Kind::Hostile);
        }
        QList<Entry> link = files;
        link << Entry{u"link.dcm"_s, "/etc/passwd", true};
        QTest::newRow("a link") << link << false << int(Kind::Hostile);
        QList<Entry> twice = files;
        twice << Entry{u"00000001.DCM"_s, dicom(9)};
        QTest::newRow("the same name twice") << twice << false << int(Kind::Hostile);
    }
    void failures() {
        QFETCH(QList<Entry>, entries);
        QFETCH(bool, requireMd5);
        QFETCH(int, kind);
        SeriesZipExtractor::Options options;
        options.requireMd5 = requireMd5;
        QStringList outside;
        const auto result = extract(zipOf(entries), options, &outside);
        QVERIFY(std::holds_alternative<ExtractionFailure>(result));
        QCOMPARE(int(std::get<ExtractionFailure>(result).kind), kind);
        QVERIFY(!std::get<ExtractionFailure>(result).message.isEmpty());
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(u", "_s)));
    }

    void theLicenseIsKeptApart() {
        QList<Entry> entries{{u"LICENSE"_s, "License Information. CC BY 4.0"}};
        entries << threeFiles();
        SeriesZipExtractor::Options options;
        options.requireMd5 = false;
        const auto result = extract(zipOf(entries), options);
        QVERIFY(std::holds_alternative<SeriesZipExtractor::Extracted>(result));
        const auto &extracted = std::get<SeriesZipExtractor::Extracted>(result);
        QCOMPARE(extracted.license, QByteArray("License Information. CC BY 4.0"));
        QCOMPARE(extracted.files.size(), 3);
        QVERIFY(!extracted.md5Verified);
    }

    void boundsAreKept_data() {
        QTest::addColumn<int>("maxEntries");
        QTest::addColumn<qint64>("maxBytes");
        QTest::newRow("entries") << 2 << (qint64(1) << 30);
        QTest::newRow("bytes") << 100 << qint64(2000);
    }
    void boundsAreKept() {
        QFETCH(int, maxEntries);
        QFETCH(qint64, maxBytes);
        SeriesZipExtractor::Options options;
        options.requireMd5 = false;
        options.maxEntries = maxEntries;
        options.maxBytes = maxBytes;
        const auto result = extract(zipOf(threeFiles()), options);
        QVERIFY(std::holds_alternative<ExtractionFailure>(result));
        QCOMPARE(std::get<ExtractionFailure>(result).kind, Kind::TooLarge);
    }

    // A ZIP cut short or with flipped bytes is corrupt (downloaded again), never a crash.
    void damagedZips_data() {
        QTest::addColumn<int>("damage"); // 0: cut in half, 1: cut before the end, 2: flipped
        QTest::newRow("cut in half") << 0;
        QTest::newRow("cut before the central directory") << 1;
        QTest::newRow("bytes flipped in an entry") << 2;
        QTest::newRow("not a ZIP") << 3;
        QTest::newRow("empty") << 4;
    }
    void damagedZips() {
        QFETCH(int, damage);
        QList<Entry> entries = threeFiles();
        entries << Entry{u"md5hashes.csv"_s, md5Csv(threeFiles())};
        const QString path = zipOf(entries);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        if (damage == 0)
            bytes.truncate(bytes.size() / 2);
        else if (damage == 1)
            bytes.chop(30);
        else if (damage == 2)
            bytes[bytes.indexOf("DICM") + 500] ^= 0x5a; // compressed data of the first entry
        else if (damage == 3)
            bytes = "502 Bad Gateway";
        else
            bytes.clear();
        QVERIFY(file.resize(0) && file.seek(0));
        file.write(bytes);
        file.close();
        const auto result = extract(path, {});
        QVERIFY(std::holds_alternative<ExtractionFailure>(result));
        QCOMPARE(std::get<ExtractionFailure>(result).kind, Kind::Corrupt);
    }

    // A web page in place of the ZIP (a proxy's or a web filter's) is said to be one, with its
    // title, and not taken for a damaged download.
    void aWebPageIsSaidToBeOne() {
        const QString path = m_dir.filePath(u"page.zip"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
                   "<body><h1>502</h1></body></html>");
        file.close();
        const auto result = extract(path, {});
        QVERIFY(std::holds_alternative<ExtractionFailure>(result));
        const auto &failure = std::get<ExtractionFailure>(result);
        QCOMPARE(failure.kind, Kind::WebPage);
        QVERIFY(!failure.isTransient());
        QCOMPARE(failure.message,
                 u"the server sent a web page instead of the images: \"502 Bad Gateway\""_s);
    }

    // A ZIP bomb (a few kilobytes that unpack to 64 MB) stops at the byte limit.
    void aZipBombStopsAtTheLimit() {
        const QString path = zipOf({Entry{u"00000001.dcm"_s, QByteArray(64 << 20, '\0')}});
        QVERIFY(QFileInfo(path).size() < (1 << 20));
        SeriesZipExtractor::Options options;
        options.requireMd5 = false;
        options.maxBytes = 4 << 20;
        const QString folder = m_dir.filePath(u"bomb"_s);
        QVERIFY(QDir().mkpath(folder));
        const auto result = SeriesZipExtractor::extract(path, folder, options);
        QVERIFY(std::holds_alternative<ExtractionFailure>(result));
        QCOMPARE(std::get<ExtractionFailure>(result).kind, Kind::TooLarge);
        QVERIFY(QFileInfo(QDir(folder).filePath(u"00000001.dcm"_s)).size() <= (5 << 20));
    }

    void anUnwritableFolderIsADiskFailure() {
        const auto result =
            SeriesZipExtractor::extract(zipOf(threeFiles()), m_dir.filePath(u"no/such/folder"_s));
        QVERIFY(std::holds_alternative<ExtractionFailure>(result));
        QCOMPARE(std::get<ExtractionFailure>(result).kind, Kind::Disk);
    }

    // The emulator's ZIPs, as the archive streams them (DEFLATE, data descriptors).
    void theArchivesZips_data() {
        QTest::addColumn<bool>("withMd5");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind"); // -1: extracted
        QTest::newRow("getImageWithMD5Hash") << true << QString() << -1;
        QTest::newRow("getImage") << false << QString() << -1;
        QTest::newRow("a wrong MD5") << true << u"IMAGE:bad-md5"_s << int(Kind::Corrupt);
    }
    void theArchivesZips() {
        QFETCH(bool, withMd5);
        QFETCH(QString, fault);
        QFETCH(int, kind);
        resetArchive();
        if (!fault.isEmpty())
            m_server->faults().add(*FaultRule::parse(forThisVersion(fault)));
        const ArchiveSeries &series = firstSeriesOf(u"CT"_s);
        const QString path =
            m_dir.filePath(u"archive-%1.zip"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile sink(path);
        QVERIFY(sink.open(QIODevice::WriteOnly));
        SeriesArchiveOptions archiveOptions;
        archiveOptions.withMd5Hashes = withMd5;
        auto written = await<qint64>([&](QObject *ctx, auto done) {
            m_client->seriesArchive(series.uid, archiveOptions, &sink, ctx, done);
        });
        sink.close();
        QVERIFY(written && written->ok());
        SeriesZipExtractor::Options options;
        options.requireMd5 = withMd5;
        const auto result = extract(path, options);
        if (kind >= 0) {
            QVERIFY(std::holds_alternative<ExtractionFailure>(result));
            QCOMPARE(int(std::get<ExtractionFailure>(result).kind), kind);
            return;
        }
        if (const auto *failed = std::get_if<ExtractionFailure>(&result))
            QFAIL(qPrintable(failed->message));
        const auto &extracted = std::get<SeriesZipExtractor::Extracted>(result);
        QCOMPARE(extracted.files.size(), series.imageCount);
        QCOMPARE(extracted.files.first(), u"00000001.dcm"_s);
        QCOMPARE(extracted.md5Verified, withMd5);
        // v4's getImage has the MD5 list and the LICENSE; v1's MD5 endpoint no LICENSE.
        QCOMPARE(extracted.license.isEmpty(), withMd5 && !isV4());
    }
};

QTEST_GUILESS_MAIN(TestSeriesZipExtractor)
#include "tst_serieszipextractor.moc"
