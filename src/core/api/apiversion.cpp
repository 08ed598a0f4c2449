#include "apiversion.h"

namespace nbia {

using namespace Qt::StringLiterals;

ApiVersion apiVersionOf(QStringView versionSegment) {
    if (!versionSegment.startsWith(u'v') && !versionSegment.startsWith(u'V'))
        return ApiVersion::V1;
    bool ok = false;
    const int number = versionSegment.mid(1).toInt(&ok);
    return ok && number >= 4 ? ApiVersion::V4 : ApiVersion::V1;
}

QString versionSegment(ApiVersion version) {
    return version == ApiVersion::V4 ? u"v4"_s : u"v1"_s;
}

} // namespace nbia
