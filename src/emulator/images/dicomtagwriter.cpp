#include "dicomtagwriter.h"

#include "dicomvalueformat.h"

#include "dcmtk/dcmdata/dcdeftag.h"

namespace nbia::emulator::detail {

void DicomTagWriter::bytes(const DcmTagKey &tag, const QByteArray &value) {
    if (m_item) {
        check(m_item->putAndInsertOFStringArray(
            tag, OFString(value.constData(), static_cast<size_t>(value.size()))));
    }
}

void DicomTagWriter::decimal(const DcmTagKey &tag, double value) {
    bytes(tag, DicomValueFormat::decimal(value));
}

void DicomTagWriter::us(const DcmTagKey &tag, Uint16 value) {
    if (m_item)
        check(m_item->putAndInsertUint16(tag, value));
}

void DicomTagWriter::words(const DcmTagKey &tag, const Uint16 *values, unsigned long count) {
    if (m_item)
        check(m_item->putAndInsertUint16Array(tag, values, count));
}

void DicomTagWriter::ul(const DcmTagKey &tag, const Uint32 *values, unsigned long count) {
    if (m_item)
        check(m_item->putAndInsertUint32Array(tag, values, count));
}

void DicomTagWriter::at(const DcmTagKey &tag, const DcmTagKey &value) {
    if (m_item)
        check(m_item->putAndInsertTagKey(tag, value));
}

DicomTagWriter DicomTagWriter::item(const DcmTagKey &tag) {
    DcmItem *newItem = nullptr;
    if (m_item)
        check(m_item->findOrCreateSequenceItem(tag, newItem, -2));
    return DicomTagWriter(newItem, m_status);
}

void DicomTagWriter::code(const DcmTagKey &sequence, const char *value, const char *scheme,
                          const char *meaning) {
    DicomTagWriter c = item(sequence);
    c.bytes(DCM_CodeValue, value);
    c.bytes(DCM_CodingSchemeDesignator, scheme);
    c.bytes(DCM_CodeMeaning, meaning);
}

void DicomTagWriter::check(const OFCondition &condition) {
    if (m_status->good() && condition.bad())
        *m_status = condition;
}

} // namespace nbia::emulator::detail
