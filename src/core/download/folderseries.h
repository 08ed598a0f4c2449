#pragma once

#include <QString>

namespace nbia {

// Which series a folder on disk holds, read from the header of one of its DICOM files.
class FolderSeries final {
public:
    enum class Content { Missing, Empty, Series, Other };
    struct Found {
        Content content = Content::Missing;
        QString seriesUid; // when content is Series
    };

    [[nodiscard]] static Found in(const QString &folder);
};

} // namespace nbia
