#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace nbia::emulator::testsupport {

// A downloaded ZIP, read with QuaZip entry by entry.

struct ZipEntry {
    QString name;
    QByteArray data;
    quint16 method = 0;
    quint16 flags = 0;
    bool intact = false; // read completely and CRC-checked
};

struct ZipContents {
    bool opened = false;
    QList<ZipEntry> entries;

    [[nodiscard]] QStringList names() const;
    // Null when there is no entry of that name.
    [[nodiscard]] const ZipEntry *find(const QString &name) const;
};

// Every entry, in the order of the archive; opened is false when the ZIP cannot be opened.
ZipContents readZip(const QByteArray &bytes);

// The lower-case hex MD5 of an entry, as md5hashes.csv lists it.
QString md5Hex(const QByteArray &data);

// The entry name of the image at `position` (1-based) without NewFileNames: "00000001.dcm".
QString defaultEntryName(int position);

} // namespace nbia::emulator::testsupport
