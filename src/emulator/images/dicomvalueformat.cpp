#include "dicomvalueformat.h"

#include <QUuid>

#include <array>

namespace nbia::emulator::detail {

QByteArray DicomValueFormat::date(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")).toLatin1() : QByteArray();
}

QByteArray DicomValueFormat::decimal(double value) {
    QByteArray s = QByteArray::number(value, 'f', 6);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    if (s == "-0")
        s = "0";
    return s;
}

QByteArray DicomValueFormat::decimals(std::initializer_list<double> values) {
    QByteArray s;
    for (double v : values) {
        if (!s.isEmpty())
            s += '\\';
        s += decimal(v);
    }
    return s;
}

QByteArray DicomValueFormat::derivedUid(const QString &name) {
    static const QUuid ns(0x3c1f7a52, 0x0b8e, 0x4d61, 0x9a, 0x43, 0x5e, 0x2d, 0x11, 0x86, 0x0c,
                          0x7f);
    const QByteArray rfc = QUuid::createUuidV5(ns, name.toUtf8()).toRfc4122();
    std::array<quint32, 16> n{};
    for (int i = 0; i < 16; ++i)
        n[static_cast<size_t>(i)] = static_cast<quint8>(rfc[i]);
    QByteArray digits;
    bool nonZero = true;
    while (nonZero) {
        quint32 remainder = 0;
        nonZero = false;
        for (quint32 &byte : n) {
            const quint32 current = remainder * 256 + byte;
            byte = current / 10;
            remainder = current % 10;
            nonZero = nonZero || byte != 0;
        }
        digits.prepend(static_cast<char>('0' + remainder));
    }
    return "2.25." + digits;
}

} // namespace nbia::emulator::detail
