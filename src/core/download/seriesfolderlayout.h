#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace nbia {

struct Series;
struct SeriesMetadata;

// Where a downloaded series goes under the download folder.
enum class FolderLayout {
    // The archive's Data Retriever default: Collection/PatientID/<study>/<series>, named from
    // dates, numbers, descriptions and the UIDs' last five characters.
    Descriptive,
    // The Data Retriever's other choice: Collection/PatientID/StudyInstanceUID/SeriesInstanceUID.
    Classic,
    // One folder per series, named by its SeriesInstanceUID.
    Flat,
};

// What the folder names are made of, from getSeries (and the study's StudyID, which only
// getPatientStudy sends).
struct SeriesFolderFacts {
    QString collection;
    QString patientId;
    QString studyInstanceUid;
    QDate studyDate;
    QString studyId;
    QString studyDescription;
    QString seriesInstanceUid;
    QString seriesNumber; // as the archive writes it: "3000566.000000"
    QString seriesDescription;

    static SeriesFolderFacts from(const Series &series, const QString &studyId = {});
    static SeriesFolderFacts from(const SeriesMetadata &metadata);
};

// The folder names of each layout, exactly as the archive's Data Retriever makes them (so that
// scripts written for its folders keep working), except that every name is also made safe for
// every operating system (see SafeFileName), which the Data Retriever does not do.
class SeriesFolderLayout final {
public:
    // "descriptive", "classic" or "flat", in any case.
    static std::optional<FolderLayout> parse(const QString &name);
    static QString name(FolderLayout layout);

    // The folders from the download folder down to the series' own, each one safe.
    static QStringList folders(FolderLayout layout, const SeriesFolderFacts &facts);

    // The Data Retriever's descriptive names, before they are made safe.
    static QString descriptiveStudyFolder(const SeriesFolderFacts &facts);
    static QString descriptiveSeriesFolder(const SeriesFolderFacts &facts);
};

} // namespace nbia
