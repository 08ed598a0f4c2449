#pragma once

#include <QCoreApplication>
#include <QString>

namespace nbia {

// One series of a folder's images (DicomFolder): what a user recognises it by, and where its
// images are in the folder's list.
struct DicomSeries {
    Q_DECLARE_TR_FUNCTIONS(nbia::DicomSeries)

public:
    QString uid;         // (0020,000E); empty for the files that name no series
    QString modality;    // (0008,0060)
    QString number;      // (0020,0011)
    QString description; // (0008,103E)
    qsizetype first = 0; // its images are DicomFolder::images[first, first + count)
    qsizetype count = 0;

    // "CT · 3 · Chest 1.25mm · 120 images", leaving out what the files do not say.
    [[nodiscard]] QString label() const;
    // Every field, one a line, the UID included.
    [[nodiscard]] QString toolTip() const;
};

} // namespace nbia
