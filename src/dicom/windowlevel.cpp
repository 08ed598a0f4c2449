#include "windowlevel.h"

#include <QCoreApplication>

namespace nbia {

QList<WindowLevel> WindowLevel::ctPresets() {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("nbia::WindowLevel", text);
    };
    return {
        {40, 400, tr("Soft tissue")}, {-600, 1500, tr("Lung")},         {400, 1800, tr("Bone")},
        {40, 80, tr("Brain")},        {50, 350, tr("Mediastinum")},     {30, 150, tr("Liver")},
        {75, 215, tr("Subdural")},    {600, 2800, tr("Temporal bone")},
    };
}

QList<WindowLevel> WindowLevel::presetsFor(const QString &modality) {
    if (modality.trimmed().compare(u"CT", Qt::CaseInsensitive) == 0)
        return ctPresets();
    return {};
}

} // namespace nbia
