#pragma once

#include "recordfield.h"

namespace nbia {

// A row of v4's getDicomTags: one element of the series' first image. Elements inside a
// sequence item carry one '>' per level before the tag ("> (0020,000E)" style: ">(0020,000E)");
// a sequence has a row of its own (no data) and an "End <name>" row after its items.
struct DicomTag {
    QString element; // ">(0020,000E)"
    QString name;    // "Series Instance UID"; empty for a tag the dictionary does not know
    QString data;    // multiple values joined with '\'
    ExtraFields extra;

    // How deep in sequences the element is: the number of leading '>'.
    [[nodiscard]] int depth() const;
    // The tag without the '>' marks: "(0020,000E)".
    [[nodiscard]] QString tag() const;

    static const QList<RecordField<DicomTag>> &fields();
    static QLatin1StringView recordName() { return QLatin1StringView("DICOM tag"); }
};

} // namespace nbia
