#include "dicomseries.h"

#include <QStringList>

namespace nbia {

QString DicomSeries::label() const {
    QStringList parts;
    if (uid.isEmpty()) {
        parts << tr("Unknown series");
    } else {
        parts << modality << number << description;
        parts.removeAll(QString());
        if (parts.isEmpty())
            parts << tr("Series %1").arg(uid);
    }
    parts << (count == 1 ? tr("1 image") : tr("%1 images").arg(count));
    return parts.join(QStringLiteral(" · "));
}

QString DicomSeries::toolTip() const {
    QStringList lines;
    if (!number.isEmpty())
        lines << tr("Series number: %1").arg(number);
    if (!description.isEmpty())
        lines << tr("Description: %1").arg(description);
    if (!modality.isEmpty())
        lines << tr("Modality: %1").arg(modality);
    lines << tr("Images: %1").arg(count);
    lines << (uid.isEmpty() ? tr("These files name no series (Series Instance UID)")
                            : tr("Series Instance UID: %1").arg(uid));
    return lines.join(u'\n');
}

} // namespace nbia
