#include "sopclassnames.h"

#include <QHash>

namespace nbia {

using namespace Qt::StringLiterals;

QString SopClassNames::name(const QString &sopClassUid) {
    static const QHash<QString, QString> names{
        {u"1.2.840.10008.5.1.4.1.1.1"_s, u"Computed Radiography Image Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.1.1"_s, u"Digital X-Ray Image Storage - For Presentation"_s},
        {u"1.2.840.10008.5.1.4.1.1.1.2"_s,
         u"Digital Mammography X-Ray Image Storage - For Presentation"_s},
        {u"1.2.840.10008.5.1.4.1.1.2"_s, u"CT Image Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.2.1"_s, u"Enhanced CT Image Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.4"_s, u"MR Image Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.4.1"_s, u"Enhanced MR Image Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.3.1"_s, u"Ultrasound Multi-frame Image Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.6.1"_s, u"Ultrasound Image Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.7"_s, u"Secondary Capture Image Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.20"_s, u"Nuclear Medicine Image Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.66.4"_s, u"Segmentation Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.88.22"_s, u"Enhanced SR Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.128"_s, u"Positron Emission Tomography Image Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.481.1"_s, u"RT Image Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.481.2"_s, u"RT Dose Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.481.3"_s, u"RT Structure Set Storage"_s},
        {u"1.2.840.10008.5.1.4.1.1.481.5"_s, u"RT Plan Storage"_s},
    };
    return names.value(sopClassUid);
}

} // namespace nbia
