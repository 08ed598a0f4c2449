#pragma once

#include <QList>
#include <QString>

namespace nbia {

// A VOI window: the stored-value range (after rescale) shown from black to white.
struct WindowLevel {
    double center = 0;
    double width = 1;
    QString name; // "Lung", the file's own explanation, or empty

    // CT presets, in Hounsfield units.
    static QList<WindowLevel> ctPresets();

    friend bool operator==(const WindowLevel &, const WindowLevel &) = default;
};

} // namespace nbia
