#pragma once

#include <QList>
#include <QString>

namespace nbia {

// A VOI window: the stored-value range (after rescale) shown from black to white.
struct WindowLevel {
    double center = 0;
    double width = 1;
    QString name; // "Lung", the file's own explanation, or empty

    // The CT presets, in Hounsfield units. A preset's key is its place in this list plus one
    // (1 Soft tissue, 2 Lung, …): users learn the keys, so append, never reorder.
    static QList<WindowLevel> ctPresets();

    // The presets that mean something for images of `modality` (0008,0060): Hounsfield windows
    // for CT, none for MR, PT, US, CR, DX and the rest, whose values have no fixed scale.
    static QList<WindowLevel> presetsFor(const QString &modality);

    friend bool operator==(const WindowLevel &, const WindowLevel &) = default;
};

} // namespace nbia
