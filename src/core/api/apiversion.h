#pragma once

#include <QString>
#include <QStringView>

namespace nbia {

// The dialects of the NBIA API the client speaks. v1, v2 and v3 share the v1 dialect (v2 only
// adds a token); v4 renamed parameters, keys and formats, and later versions are read as v4.
enum class ApiVersion { V1, V4 };

// "v1", "v2" and an empty version are V1; "v4" and above are V4.
ApiVersion apiVersionOf(QStringView versionSegment);
QString versionSegment(ApiVersion version); // "v1" or "v4"

} // namespace nbia
