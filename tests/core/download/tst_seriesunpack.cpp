#include <download/seriesunpack.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace nbia;
using namespace Qt::StringLiterals;

namespace {
QByteArray dicom(int i) {
    return QByteArray(128, '\0') + "DICM" + QByteArray::number(i).repeated(1000 + i);
}

// Three DICOM files and their MD5 list, as getImage sends them.
bool writeSeriesZip(const QString &path) {
    QList<std::pair<QString, QByteArray>> entries;
    QByteArray csv("Filename,MD5Hash\n");
    for (int i = 1; i <= 3; ++i) {
        const QString name = u"0000000%1.dcm"_s.arg(i);
        entries.append({name, dicom(i)});
        csv += name.toUtf8() + ',' +
               QCryptographicHash::hash(dicom(i), QCryptographicHash::Md5).toHex() + '\n';
    }
    entries.append({u"md5hashes.csv"_s, csv});
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
            file.write(data) != data.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}
} // namespace

// The unpacking that follows a series' download, on a worker thread: it hands its staging folder
// over with the result, or removes it itself when stopped first; the ZIP goes either way.
class TestSeriesUnpack final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    SeriesUnpack::Job job() const {
        SeriesUnpack::Job job;
        job.zip = m_dir->filePath(u"series.zip"_s);
        job.staging = m_dir->filePath(u"staging"_s);
        job.options.expectedFiles = 3;
        return job;
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(writeSeriesZip(job().zip));
    }

    void unpacksAndCountsTheFolder() {
        // A staging folder left by an earlier attempt is replaced.
        QVERIFY(QDir().mkpath(job().staging));
        QFile stale(QDir(job().staging).filePath(u"stale.dcm"_s));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SeriesUnpack unpack(job());
        const SeriesUnpack::Result result = unpack.run();
        const auto *unpacked = std::get_if<SeriesUnpack::Unpacked>(&result);
        QVERIFY(unpacked);
        QCOMPARE(unpacked->extracted.files.size(), 3);
        QVERIFY(unpacked->extracted.md5Verified);
        QCOMPARE(unpacked->contents.count, 3);
        QCOMPARE(unpacked->contents.bytes, unpacked->extracted.bytes);
        QCOMPARE(unpacked->contents, FolderFiles::of(job().staging));
        QVERIFY(!QFile::exists(job().zip));
        // Handed over: the folder is the caller's now, and only once.
        QVERIFY(unpack.stop());
        QVERIFY(!unpack.stop());
        QVERIFY(QFileInfo::exists(job().staging));
    }

    void stoppedBeforeItRunsLeavesNothing() {
        SeriesUnpack unpack(job());
        QVERIFY(!unpack.stop());
        QVERIFY(std::holds_alternative<SeriesUnpack::Stopped>(unpack.run()));
        QVERIFY(!QFile::exists(job().zip));
        QVERIFY(!QFileInfo::exists(job().staging));
    }

    void aDamagedZipLeavesNothing() {
        QFile zip(job().zip);
        QVERIFY(zip.open(QIODevice::WriteOnly | QIODevice::Truncate));
        zip.write("PK\x03\x04 not a whole ZIP");
        zip.close();
        SeriesUnpack unpack(job());
        const SeriesUnpack::Result result = unpack.run();
        const auto *failure = std::get_if<ExtractionFailure>(&result);
        QVERIFY(failure);
        QVERIFY(failure->isTransient()); // downloaded again
        QVERIFY(!QFile::exists(job().zip));
        QVERIFY(!QFileInfo::exists(job().staging));
        QVERIFY(!unpack.stop()); // nothing for the caller to remove
    }

    void aStagingFolderThatCannotBeMadeIsADiskFailure() {
        SeriesUnpack::Job blocked = job();
        QFile file(m_dir->filePath(u"file"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        blocked.staging = QDir(file.fileName()).filePath(u"staging"_s);
        SeriesUnpack unpack(blocked);
        const SeriesUnpack::Result result = unpack.run();
        const auto *failure = std::get_if<ExtractionFailure>(&result);
        QVERIFY(failure);
        QCOMPARE(failure->kind, ExtractionFailure::Kind::Disk);
        QVERIFY2(failure->message.contains(blocked.staging), qPrintable(failure->message));
        QVERIFY(!QFile::exists(blocked.zip));
    }
};

QTEST_GUILESS_MAIN(TestSeriesUnpack)
#include "tst_seriesunpack.moc"
