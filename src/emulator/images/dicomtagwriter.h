#pragma once

#include "dcmtk/config/osconfig.h"

#include "dcmtk/dcmdata/dcitem.h"

#include <QByteArray>
#include <QString>

namespace nbia::emulator::detail {

// Puts tags into a DCMTK item and collects the first failure of the series of put calls; writes
// to a missing item (after a failure) are ignored.
class DicomTagWriter final {
public:
    explicit DicomTagWriter(DcmItem *item, OFCondition *status)
        : m_item(item)
        , m_status(status) {}

    void text(const DcmTagKey &tag, const QString &value) { bytes(tag, value.toUtf8()); }
    void bytes(const DcmTagKey &tag, const QByteArray &value);
    void integer(const DcmTagKey &tag, int value) { bytes(tag, QByteArray::number(value)); }
    void decimal(const DcmTagKey &tag, double value);
    void us(const DcmTagKey &tag, Uint16 value);
    // Several 16-bit values: US multi-valued, or OW data such as a palette's entries.
    void words(const DcmTagKey &tag, const Uint16 *values, unsigned long count);
    void ul(const DcmTagKey &tag, const Uint32 *values, unsigned long count);
    void at(const DcmTagKey &tag, const DcmTagKey &value);

    // Appends a new item to the sequence `tag`.
    DicomTagWriter item(const DcmTagKey &tag);
    // Appends a code item (value, scheme, meaning) to the sequence `sequence`.
    void code(const DcmTagKey &sequence, const char *value, const char *scheme,
              const char *meaning);

    // Records `condition` if it is the first failure.
    void check(const OFCondition &condition);
    [[nodiscard]] bool failed() const { return m_status->bad(); }

private:
    DcmItem *m_item;
    OFCondition *m_status;
};

} // namespace nbia::emulator::detail
