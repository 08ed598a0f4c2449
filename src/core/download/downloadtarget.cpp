#include "downloadtarget.h"

namespace nbia {

using namespace Qt::StringLiterals;

std::optional<FileNaming> DownloadTarget::parseNaming(const QString &name) {
    if (name.compare("archive"_L1, Qt::CaseInsensitive) == 0)
        return FileNaming::AsSent;
    if (name.compare("instance"_L1, Qt::CaseInsensitive) == 0)
        return FileNaming::ByInstanceNumber;
    return std::nullopt;
}

QString DownloadTarget::namingName(FileNaming naming) {
    return naming == FileNaming::ByInstanceNumber ? u"instance"_s : u"archive"_s;
}

} // namespace nbia
