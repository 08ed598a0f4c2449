#pragma once

#include "appendingdevice.h"
#include "bodysource.h"
#include "emulatorresponse.h"
#include "faultplan.h"

#include <QList>
#include <QString>

#include <memory>

class QuaZip;

namespace nbia::emulator {

class SyntheticArchive;

// The ZIP of getImage / getImageWithMD5Hash, made one entry at a time as the socket drains:
// `LICENSE` first (getImage), then the images in the archive's storage order named
// 00000001.dcm… (or the new "1-001.dcm" names sorted by InstanceNumber), then md5hashes.csv
// (getImageWithMD5Hash). DEFLATE with data descriptors, like java.util.zip's stream.
class ZipStreamSource final : public BodySource {
public:
    ZipStreamSource(const SyntheticArchive &archive, QByteArray licenseText,
                    const ZipRequest &request, const AppliedFault &fault);
    ~ZipStreamSource() override;

    QByteArray read(qint64 maxBytes) override;
    [[nodiscard]] bool atEnd() const override;

    // "1-001.dcm" for position `index` (0-based) of `count` images in one acquisition.
    static QString newFileName(int index, int count);

private:
    struct Entry {
        QString name;
        int instanceNumber = 0; // 0: not an image
    };

    void produceNextEntry();
    void writeEntry(const QString &name, const QByteArray &data);
    void finishArchive();

    const SyntheticArchive &m_archive;
    QByteArray m_licenseText;
    ZipRequest m_request;
    AppliedFault m_fault;
    QByteArray m_pending;
    AppendingDevice m_device;
    std::unique_ptr<QuaZip> m_zip;
    QList<Entry> m_entries;
    qsizetype m_nextEntry = 0;
    QList<std::pair<QString, QByteArray>> m_md5;
    bool m_finished = false;
    bool m_endless = false; // zeros after the first image, without end (a fault)
};

} // namespace nbia::emulator
