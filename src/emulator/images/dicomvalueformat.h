#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <initializer_list>

namespace nbia::emulator::detail {

// How the synthetic files spell values in DICOM text: dates, decimal strings and derived UIDs.
class DicomValueFormat final {
public:
    // DA "yyyyMMdd", or empty for an invalid date.
    static QByteArray date(const QDate &date);

    // DS with at most 6 decimals and no trailing zeros ("2.5", "0", "-125").
    static QByteArray decimal(double value);

    // A multi-valued DS, values separated by backslashes.
    static QByteArray decimals(std::initializer_list<double> values);

    // A deterministic UID under the UUID root 2.25, from a name-based (v5) UUID of `name`.
    static QByteArray derivedUid(const QString &name);
};

} // namespace nbia::emulator::detail
