#include "zipstreamsource.h"

#include "syntheticarchive.h"
#include "syntheticimagefactory.h"

#include <QCryptographicHash>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>

namespace nbia::emulator {

using namespace Qt::StringLiterals;

ZipStreamSource::ZipStreamSource(const SyntheticArchive &archive, QByteArray licenseText,
                                 const ZipRequest &request, const AppliedFault &fault)
    : m_archive(archive)
    , m_licenseText(std::move(licenseText))
    , m_request(request)
    , m_fault(fault)
    , m_device(&m_pending)
    , m_zip(std::make_unique<QuaZip>(&m_device)) {
    m_device.open(QIODevice::WriteOnly);
    m_zip->setUtf8Enabled(true);
    m_zip->setZip64Enabled(false);
    if (!m_zip->open(QuaZip::mdCreate))
        m_finished = true;

    if (m_request.includeLicense)
        m_entries.append({u"LICENSE"_s, 0});
    const QList<int> stored = m_archive.storageOrder(m_request.series);
    if (m_request.newFileNames) {
        QList<int> byInstance = stored;
        std::sort(byInstance.begin(), byInstance.end());
        for (qsizetype i = 0; i < byInstance.size(); ++i)
            m_entries.append({newFileName(int(i), int(byInstance.size())), byInstance[i]});
    } else {
        for (qsizetype i = 0; i < stored.size(); ++i)
            m_entries.append(
                {QString::number(i + 1).rightJustified(8, u'0') + u".dcm"_s, stored[i]});
    }
}

ZipStreamSource::~ZipStreamSource() {
    m_device.discardFromNowOn();
}

QString ZipStreamSource::newFileName(int index, int count) {
    const int digits = int(QString::number(count).size());
    return u"1-"_s + QString::number(index + 1).rightJustified(digits, u'0') + u".dcm"_s;
}

bool ZipStreamSource::atEnd() const {
    return !m_endless && m_finished && m_pending.isEmpty();
}

QByteArray ZipStreamSource::read(qint64 maxBytes) {
    if (m_endless && m_pending.isEmpty())
        return QByteArray(qsizetype(std::min<qint64>(maxBytes, qint64(64) * 1024)), '\0');
    while (m_pending.isEmpty() && !m_finished)
        produceNextEntry();
    QByteArray piece = m_pending.left(maxBytes);
    m_pending.remove(0, piece.size());
    return piece;
}

void ZipStreamSource::writeEntry(const QString &name, const QByteArray &data) {
    QuaZipFile file(m_zip.get());
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(2024, 1, 1), QTime(0, 0));
    info.externalAttr = 0644u << 16;
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_BEST_SPEED)) {
        m_finished = true;
        return;
    }
    file.write(data);
    file.close();
}

void ZipStreamSource::produceNextEntry() {
    if (m_fault.endlessZip && !m_md5.isEmpty()) {
        // The first image, then zeros for ever: the ZIP never ends.
        m_device.discardFromNowOn();
        m_zip.reset();
        m_finished = true;
        m_endless = true;
        return;
    }
    const bool truncated =
        m_fault.truncateZip && m_nextEntry >= std::max<qsizetype>(1, m_entries.size() / 2);
    if (m_fault.shortZip && m_md5.size() >= std::max<qsizetype>(1, (m_entries.size() - 1) / 2)) {
        m_zip->close(); // a valid ZIP, with neither the rest of the images nor md5hashes.csv
        m_finished = true;
        return;
    }
    if (m_nextEntry >= m_entries.size() || truncated) {
        if (truncated) {
            // End the body cleanly without the rest of the entries or a central directory.
            m_device.discardFromNowOn();
            m_zip.reset();
            m_finished = true;
            return;
        }
        finishArchive();
        return;
    }
    const Entry entry = m_entries[m_nextEntry++];
    if (entry.instanceNumber == 0) {
        writeEntry(entry.name, m_licenseText);
        return;
    }
    QString error;
    const QByteArray file = SyntheticImageFactory::makeFile(
        m_archive.imageSpec(m_request.series, entry.instanceNumber), &error);
    if (file.isEmpty()) {
        qWarning("Cannot make image %d: %s", entry.instanceNumber, qPrintable(error));
        m_finished = true;
        return;
    }
    m_md5.append({entry.name, QCryptographicHash::hash(file, QCryptographicHash::Md5).toHex()});
    const qsizetype before = m_pending.size();
    writeEntry(entry.name, file);
    if (m_fault.corruptZip && m_md5.size() == 1) {
        // Flip bytes in the middle of the first image's compressed data.
        const qsizetype middle = before + (m_pending.size() - before) / 2;
        for (qsizetype i = middle; i < std::min(middle + 16, m_pending.size()); ++i)
            m_pending[i] = char(~m_pending[i]);
    }
}

void ZipStreamSource::finishArchive() {
    if (m_request.includeMd5Hashes) {
        QByteArray csv = "Filename,MD5Hash\n";
        for (qsizetype i = 0; i < m_md5.size(); ++i) {
            QByteArray hash = m_md5[i].second;
            if (m_fault.badMd5 && i == 0)
                hash = QByteArray(hash.size(), '0');
            csv += m_md5[i].first.toUtf8() + ',' + hash + '\n';
        }
        writeEntry(u"md5hashes.csv"_s, csv);
    }
    m_zip->close();
    m_finished = true;
}

} // namespace nbia::emulator
