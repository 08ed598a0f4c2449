#include "seriesfolderlayout.h"

#include "safefilename.h"

#include <api/series.h>
#include <api/seriesmetadata.h>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
// The retriever's servlet keeps letters, digits, space, dot and hyphen, and says "NA" for none.
QString cleaned(const QString &value) {
    if (value.isEmpty())
        return u"NA"_s;
    QString kept;
    for (const QChar c : value) {
        if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
            c == u' ' || c == u'.' || c == u'-')
            kept += c;
    }
    return kept;
}

// P(x): "x-" when there is an x.
QString prefix(const QString &value) {
    return value.isEmpty() || value == u"null"_s ? QString() : value + u'-';
}

// D(x): slashes as hyphens, the first 53 characters, then "-".
QString description(const QString &value) {
    if (value.isEmpty())
        return {};
    QString text = value;
    text.replace(u'/', u'-');
    if (text == u"null"_s || text == u"-"_s)
        return {};
    return text.left(53) + u'-';
}

QString lastFive(const QString &uid) {
    return uid.right(5);
}
} // namespace

SeriesFolderFacts SeriesFolderFacts::from(const Series &series, const QString &studyId) {
    SeriesFolderFacts facts;
    facts.collection = series.collection;
    facts.patientId = series.patientId;
    facts.studyInstanceUid = series.studyInstanceUid;
    facts.studyDate = series.studyDate.date();
    facts.studyId = studyId;
    facts.studyDescription = series.studyDescription;
    facts.seriesInstanceUid = series.seriesInstanceUid;
    if (series.seriesNumber)
        facts.seriesNumber = QString::number(*series.seriesNumber, 'f', 6);
    facts.seriesDescription = series.seriesDescription;
    return facts;
}

SeriesFolderFacts SeriesFolderFacts::from(const SeriesMetadata &metadata) {
    SeriesFolderFacts facts;
    facts.collection = metadata.collection;
    facts.patientId = metadata.subjectId;
    facts.studyInstanceUid = metadata.studyInstanceUid;
    facts.studyDate = metadata.studyDate.date();
    facts.studyId = metadata.studyId;
    facts.studyDescription = metadata.studyDescription;
    facts.seriesInstanceUid = metadata.seriesInstanceUid;
    if (metadata.seriesNumber)
        facts.seriesNumber = QString::number(*metadata.seriesNumber, 'f', 6);
    facts.seriesDescription = metadata.seriesDescription;
    return facts;
}

std::optional<FolderLayout> SeriesFolderLayout::parse(const QString &name) {
    const QString lower = name.trimmed().toLower();
    if (lower == u"descriptive"_s)
        return FolderLayout::Descriptive;
    if (lower == u"classic"_s)
        return FolderLayout::Classic;
    if (lower == u"flat"_s)
        return FolderLayout::Flat;
    return std::nullopt;
}

QString SeriesFolderLayout::name(FolderLayout layout) {
    switch (layout) {
    case FolderLayout::Descriptive:
        return u"descriptive"_s;
    case FolderLayout::Classic:
        return u"classic"_s;
    case FolderLayout::Flat:
        return u"flat"_s;
    }
    return {};
}

QString SeriesFolderLayout::descriptiveStudyFolder(const SeriesFolderFacts &facts) {
    const QString date =
        facts.studyDate.isValid() ? facts.studyDate.toString(u"MM-dd-yyyy"_s) : QString();
    return prefix(date) + prefix(cleaned(facts.studyId)) +
           description(cleaned(facts.studyDescription)) + lastFive(facts.studyInstanceUid);
}

QString SeriesFolderLayout::descriptiveSeriesFolder(const SeriesFolderFacts &facts) {
    return prefix(facts.seriesNumber) + description(cleaned(facts.seriesDescription)) +
           lastFive(facts.seriesInstanceUid);
}

QStringList SeriesFolderLayout::folders(FolderLayout layout, const SeriesFolderFacts &facts) {
    const QString collection = SafeFileName::from(facts.collection, u"(no collection)"_s);
    const QString patient = SafeFileName::from(facts.patientId, u"(no patient ID)"_s);
    const QString series = SafeFileName::from(facts.seriesInstanceUid, u"(no series UID)"_s);
    switch (layout) {
    case FolderLayout::Descriptive:
        return {collection, patient, SafeFileName::from(descriptiveStudyFolder(facts)),
                SafeFileName::from(descriptiveSeriesFolder(facts))};
    case FolderLayout::Classic:
        return {collection, patient,
                SafeFileName::from(facts.studyInstanceUid, u"(no study UID)"_s), series};
    case FolderLayout::Flat:
        return {series};
    }
    return {};
}

} // namespace nbia
