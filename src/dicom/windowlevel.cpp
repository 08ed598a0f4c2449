#include "windowlevel.h"

#include <QCoreApplication>

namespace nbia {

QList<WindowLevel> WindowLevel::ctPresets() {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("nbia::WindowLevel", text);
    };
    return {
        {-600, 1500, tr("Lung")},
        {40, 400, tr("Soft tissue")},
        {400, 1800, tr("Bone")},
        {40, 80, tr("Brain")},
    };
}

} // namespace nbia
