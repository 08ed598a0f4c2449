#include "zipcontents.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <QBuffer>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace nbia::emulator::testsupport {

QStringList ZipContents::names() const {
    QStringList result;
    for (const ZipEntry &entry : entries)
        result.append(entry.name);
    return result;
}

const ZipEntry *ZipContents::find(const QString &name) const {
    for (const ZipEntry &entry : entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

ZipContents readZip(const QByteArray &bytes) {
    ZipContents contents;
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return contents;
    contents.opened = true;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        ZipEntry entry;
        if (zip.getCurrentFileInfo(&info)) {
            entry.name = info.name;
            entry.method = info.method;
            entry.flags = info.flags;
        }
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly)) {
            entry.data = file.readAll();
            const bool readOk = file.getZipError() == UNZ_OK;
            file.close(); // checks the CRC once everything was read
            entry.intact = readOk && file.getZipError() == UNZ_OK &&
                           quint64(entry.data.size()) == info.uncompressedSize;
        }
        contents.entries.append(entry);
    }
    return contents;
}

QString md5Hex(const QByteArray &data) {
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
}

QString defaultEntryName(int position) {
    return QString::number(position).rightJustified(8, u'0') + u".dcm"_s;
}

} // namespace nbia::emulator::testsupport
