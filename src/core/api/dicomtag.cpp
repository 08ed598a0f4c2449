#include "dicomtag.h"

namespace nbia {

using namespace Qt::StringLiterals;

int DicomTag::depth() const {
    int levels = 0;
    while (levels < element.size() && element.at(levels) == u'>')
        ++levels;
    return levels;
}

QString DicomTag::tag() const {
    return element.mid(depth()).trimmed().toUpper();
}

const QList<RecordField<DicomTag>> &DicomTag::fields() {
    static const QList<RecordField<DicomTag>> table{
        {"element"_L1, &DicomTag::element},
        {"name"_L1, &DicomTag::name},
        {"data"_L1, &DicomTag::data},
    };
    return table;
}

} // namespace nbia
