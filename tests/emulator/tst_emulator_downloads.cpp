// Downloads (the NBIA API reference, nbia-api.md §4): getImage (ZIP layout, LICENSE, database
// order, NewFileNames), getImageWithMD5Hash (md5hashes.csv), getSingleImage and their errors; the
// ZIPs are read with QuaZip and the DICOM files with DCMTK.

#include "dicominfo.h"
#include "emulatortestcase.h"
#include "flatjsonarray.h"
#include "httpchecks.h"
#include "zipcontents.h"
#include "zipstreamsource.h"

#include <zlib.h>

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

class TestEmulatorDownloads final : public EmulatorTestCase {
    Q_OBJECT

    qsizetype m_zipSeries = -1; // 10–99 images, stored out of InstanceNumber order, small

private Q_SLOTS:
    void initTestCase() {
        m_emulator.start();
        m_zipSeries = m_emulator.zipSeries();
    }

    void init() { m_emulator.reset(); }

    void cleanupTestCase() { m_emulator.stop(); }

    void getImageZip() {
        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const ArchiveCollection &collection =
            archive().collectionOf(archive().patientOf(archive().studyOf(s)));
        const ArchiveLicense &license = archive().licenses()[collection.license];
        const HttpResult r = download(u"getImage"_s, s.uid);
        QVERIFY2(r.finished && r.error == QNetworkReply::NoError, qPrintable(r.describe()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/octet-stream"));
        QCOMPARE(r.header("Content-Disposition"),
                 "attachment; filename=\"" + s.uid.toLatin1() + ".zip\"");
        QVERIFY2(!r.has("Content-Length"), r.header("Content-Length").constData());
        QVERIFY2(r.header("Transfer-Encoding").toLower().contains("chunked"),
                 r.header("Transfer-Encoding").constData());

        const ZipContents zip = readZip(r.body);
        QVERIFY(zip.opened);
        QStringList names{u"LICENSE"_s};
        for (int n = 1; n <= s.imageCount; ++n)
            names.append(defaultEntryName(n));
        QCOMPARE(zip.names(), names);
        for (const ZipEntry &entry : zip.entries) {
            QVERIFY2(entry.intact, qPrintable(entry.name));
            QCOMPARE(entry.method, quint16(Z_DEFLATED));
            QVERIFY2(entry.flags & 0x8, "sizes in a trailing data descriptor (bit 3)");
            QVERIFY(!entry.name.contains(u'/'));
        }
        QCOMPARE(QString::fromUtf8(zip.entries.first().data),
                 u"License Information. The %1 collection is distributed under the %2 at %3 By "
                 u"downloading the data, you agree to abide by terms of this license."_s.arg(
                     collection.name, license.shortName, license.url));

        // The files: exactly the series' per-image size, summing to FileSize/TotalSizeInBytes.
        qint64 total = 0;
        QSet<QString> sops;
        QList<int> instances;
        for (qsizetype k = 1; k < zip.entries.size(); ++k) {
            const ZipEntry &entry = zip.entries[k];
            QCOMPARE(entry.data.size(), s.imageFileSize);
            total += entry.data.size();
            const DicomInfo info = readDicom(entry.data);
            QVERIFY2(info.ok, qPrintable(entry.name));
            QCOMPARE(info.seriesInstanceUid, s.uid);
            sops.insert(info.sopInstanceUid);
            instances.append(info.instanceNumber);
        }
        QCOMPARE(sops.size(), s.imageCount);
        // Database order, not InstanceNumber order (§4.1).
        QCOMPARE(instances, archive().storageOrder(index));
        QVERIFY(!std::is_sorted(instances.cbegin(), instances.cend()));

        FlatJsonArray json;
        HttpResult meta = get(u"v1/getSeries?SeriesInstanceUID="_s + s.uid);
        QVERIFY(json.parse(meta.body));
        QCOMPARE(qint64(json.rows().first().value(u"FileSize"_s).toDouble()), total);
        QCOMPARE(int(json.rows().first().value(u"ImageCount"_s).toDouble()), s.imageCount);
        meta = get(u"v1/getSeriesSize?SeriesInstanceUID="_s + s.uid);
        QVERIFY(json.parse(meta.body));
        QCOMPARE(qint64(json.rows().first().value(u"TotalSizeInBytes"_s).toDouble()), total);
        QCOMPARE(int(json.rows().first().value(u"ObjectCount"_s).toDouble()), s.imageCount);
        meta = get(u"v1/getSOPInstanceUIDs?SeriesInstanceUID="_s + s.uid);
        QVERIFY(json.parse(meta.body));
        QSet<QString> listed;
        for (const JsonRow &row : json.rows())
            listed.insert(row.value(u"SOPInstanceUID"_s).toString());
        QCOMPARE(listed, sops);
        meta = get(u"v1/getSeriesMetaData?SeriesInstanceUID="_s + s.uid);
        QVERIFY(json.parse(meta.body));
        QCOMPARE(json.rows().first().value(u"SOP Class UID"_s).toString(),
                 readDicom(zip.entries.at(1).data).sopClassUid);
        QCOMPARE(json.rows().first().value(u"File Size"_s).toString(), QString::number(total));
    }

    void newFileNames_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("renamed");
        QTest::newRow("Yes") << u"&NewFileNames=Yes"_s << true;
        QTest::newRow("yes") << u"&NewFileNames=yes"_s << true;
        QTest::newRow("YES") << u"&NewFileNames=YES"_s << true;
        QTest::newRow("No") << u"&NewFileNames=No"_s << false;
        QTest::newRow("empty") << u"&NewFileNames="_s << false;
        QTest::newRow("true is not yes") << u"&NewFileNames=true"_s << false;
        QTest::newRow("newFileNames ignored") << u"&newFileNames=Yes"_s << false;
    }
    void newFileNames() {
        QFETCH(QString, query);
        QFETCH(bool, renamed);
        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const HttpResult r = download(u"getImage"_s, s.uid, query);
        QVERIFY2(r.finished && r.status == 200, qPrintable(r.describe()));
        const ZipContents zip = readZip(r.body);
        QVERIFY(zip.opened);
        QCOMPARE(zip.entries.size(), s.imageCount + 1);
        QCOMPARE(zip.entries.first().name, u"LICENSE"_s);
        // §4.5: one acquisition, "1-" + a 1-based counter padded to the digits of the count.
        const int digits = int(QString::number(s.imageCount).size());
        for (int k = 1; k <= s.imageCount; ++k) {
            const ZipEntry &entry = zip.entries[k];
            QVERIFY2(entry.intact, qPrintable(entry.name));
            const DicomInfo info = readDicom(entry.data);
            if (renamed) {
                QCOMPARE(entry.name,
                         u"1-"_s + QString::number(k).rightJustified(digits, u'0') + u".dcm"_s);
                QCOMPARE(info.instanceNumber, k); // sorted by InstanceNumber
            } else {
                QCOMPARE(entry.name, defaultEntryName(k));
                QCOMPARE(info.instanceNumber, archive().storageOrder(index).at(k - 1));
            }
        }
    }

    void newFileNameDigits_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        // The examples of §4.5.
        QTest::newRow("133") << 133 << u"1-001.dcm"_s << u"1-133.dcm"_s;
        QTest::newRow("10") << 10 << u"1-01.dcm"_s << u"1-10.dcm"_s;
        QTest::newRow("9") << 9 << u"1-1.dcm"_s << u"1-9.dcm"_s;
        QTest::newRow("1") << 1 << u"1-1.dcm"_s << u"1-1.dcm"_s;
    }
    void newFileNameDigits() {
        QFETCH(int, count);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QCOMPARE(ZipStreamSource::newFileName(0, count), first);
        QCOMPARE(ZipStreamSource::newFileName(count - 1, count), last);
    }

    void getImageWithMd5Hash() {
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        const HttpResult r = download(u"getImageWithMD5Hash"_s, s.uid);
        QVERIFY2(r.finished && r.error == QNetworkReply::NoError, qPrintable(r.describe()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/octet-stream"));
        QCOMPARE(r.header("Content-Disposition"),
                 "attachment; filename=\"" + s.uid.toLatin1() + ".zip\"");
        QVERIFY(!r.has("Content-Length"));
        QVERIFY(r.header("Transfer-Encoding").toLower().contains("chunked"));

        const ZipContents zip = readZip(r.body);
        QVERIFY(zip.opened);
        QStringList names;
        for (int n = 1; n <= s.imageCount; ++n)
            names.append(defaultEntryName(n));
        names.append(u"md5hashes.csv"_s); // last; no LICENSE
        QCOMPARE(zip.names(), names);
        for (const ZipEntry &entry : zip.entries) {
            QVERIFY2(entry.intact, qPrintable(entry.name));
            QCOMPARE(entry.method, quint16(Z_DEFLATED));
        }

        const QByteArray csv = zip.entries.last().data;
        QVERIFY(!csv.contains('\r'));
        QVERIFY(!csv.contains('"'));
        QVERIFY(csv.endsWith('\n'));
        QList<QByteArray> lines = csv.split('\n');
        lines.removeLast();
        QCOMPARE(lines.first(), QByteArray("Filename,MD5Hash"));
        lines.removeFirst();
        QCOMPARE(lines.size(), s.imageCount);
        QHash<QString, QString> hashes;
        static const QRegularExpression hex(u"^[0-9a-fA-F]{32}$"_s);
        for (const QByteArray &line : std::as_const(lines)) {
            const QList<QByteArray> cells = line.split(',');
            QCOMPARE(cells.size(), 2);
            QVERIFY(hex.match(QString::fromLatin1(cells[1])).hasMatch());
            hashes.insert(QString::fromLatin1(cells[0]), QString::fromLatin1(cells[1]).toLower());
        }
        qint64 total = 0;
        for (qsizetype k = 0; k + 1 < zip.entries.size(); ++k) {
            const ZipEntry &entry = zip.entries[k];
            QCOMPARE(hashes.value(entry.name), md5Hex(entry.data));
            QCOMPARE(entry.data.size(), s.imageFileSize);
            total += entry.data.size();
        }
        QCOMPARE(hashes.size(), s.imageCount);
        FlatJsonArray json;
        QVERIFY(json.parse(get(u"v1/getSeriesSize?SeriesInstanceUID="_s + s.uid).body));
        QCOMPARE(qint64(json.rows().first().value(u"TotalSizeInBytes"_s).toDouble()), total);

        // Same names, same order, same bytes as getImage.
        const ZipContents plain = readZip(download(u"getImage"_s, s.uid).body);
        for (qsizetype k = 0; k + 1 < zip.entries.size(); ++k) {
            QCOMPARE(plain.entries.at(k + 1).name, zip.entries.at(k).name);
            QVERIFY(plain.entries.at(k + 1).data == zip.entries.at(k).data);
        }
        // NewFileNames is not a parameter of this endpoint.
        const ZipContents again =
            readZip(download(u"getImageWithMD5Hash"_s, s.uid, u"&NewFileNames=Yes"_s).body);
        QCOMPARE(again.names(), names);
    }

    void getSingleImage() {
        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const ZipContents zip = readZip(download(u"getImage"_s, s.uid).body);
        QVERIFY(zip.opened);
        QHash<QString, QByteArray> bySop;
        for (qsizetype k = 1; k < zip.entries.size(); ++k)
            bySop.insert(readDicom(zip.entries[k].data).sopInstanceUid, zip.entries[k].data);
        QCOMPARE(bySop.size(), s.imageCount);

        for (int n = 1; n <= s.imageCount; ++n) {
            const QString sop = archive().sopInstanceUid(index, n);
            const HttpResult r =
                get(u"v1/getSingleImage?SeriesInstanceUID=%1&SOPInstanceUID=%2"_s.arg(s.uid, sop));
            QVERIFY2(r.finished && r.error == QNetworkReply::NoError, qPrintable(r.describe()));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/dicom"));
            QCOMPARE(r.header("Content-Disposition"),
                     "attachment; filename=" + sop.toLatin1() + ".dcm");
            QCOMPARE(r.header("Content-Length"), QByteArray::number(r.body.size()));
            QVERIFY(!r.header("Transfer-Encoding").toLower().contains("chunked"));
            QCOMPARE(r.body.size(), s.imageFileSize);
            QVERIFY2(r.body == bySop.value(sop), qPrintable(sop));
            QCOMPARE(readDicom(r.body).instanceNumber, n);
        }
    }

    void getSingleImageErrors_data() {
        QTest::addColumn<QString>("series");
        QTest::addColumn<QString>("sop");
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        const qsizetype other = m_zipSeries == 0 ? 1 : 0;
        QTest::newRow("unknown SOP") << s.uid << s.uid + u".9999"_s;
        QTest::newRow("SOP of another series") << s.uid << archive().sopInstanceUid(other, 1);
        QTest::newRow("unknown series") << u"1.2.3"_s << archive().sopInstanceUid(m_zipSeries, 1);
        QTest::newRow("empty SOP") << s.uid << QString(u""_s);
        QTest::newRow("series UID as SOP") << s.uid << s.uid;
    }
    void getSingleImageErrors() {
        QFETCH(QString, series);
        QFETCH(QString, sop);
        const HttpResult r =
            get(u"v1/getSingleImage?SeriesInstanceUID=%1&SOPInstanceUID=%2"_s.arg(series, sop));
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain"));
        QVERIFY2(r.body.startsWith(kServerError), r.body.constData());
    }

    void getImageNotPublic_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("uid");
        QTest::newRow("getImage unknown") << u"getImage"_s << u"1.2.840.99999.1"_s;
        QTest::newRow("getImage empty") << u"getImage"_s << QString(u""_s);
        QTest::newRow("getImage study UID") << u"getImage"_s << archive().studies().first().uid;
        QTest::newRow("getImageWithMD5Hash unknown") << u"getImageWithMD5Hash"_s << u"1.2.3"_s;
    }
    void getImageNotPublic() {
        QFETCH(QString, endpoint);
        QFETCH(QString, uid);
        const HttpResult r = download(endpoint, uid);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.body, "Image with given SeriesInstanceUID," + uid.toUtf8() +
                             ", is not in public domain.");
        QVERIFY(!r.has("Content-Disposition"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorDownloads)
#include "tst_emulator_downloads.moc"
