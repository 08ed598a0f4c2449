#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace nbia {

// A field of the archive's answers as a reader wants to see it: "Birth date 13 December 1983"
// rather than "PatientBirthDate 1983-12-13 00:00:00.0", "Size 54.6 MB (54,612,344 bytes)"
// rather than "FileSize 54612344". Both API versions' spellings of a key get the same label;
// a key not known here is spelled out from its own words ("SpeciesDescription": "Species
// description").
class ReadableField final {
    Q_DECLARE_TR_FUNCTIONS(ReadableField)

public:
    QString label;
    QString value;

    static ReadableField of(const QString &key, const QJsonValue &value);
    // "SOPClassUID" -> "SOP class UID", "Number of Images" -> "Number of images".
    static QString wordsOf(const QString &key);
};

} // namespace nbia
