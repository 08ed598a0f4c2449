#include "readablefield.h"

#include <api/archivedate.h>

#include <QHash>
#include <QLocale>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
enum class Kind { Text, Date, DateTime, Bytes, Count, Flag };

struct Known {
    const char *label; // translated through ReadableField's context
    Kind kind = Kind::Text;
};

// Both versions' keys (v1's spaced metadata keys, v4's CamelCase ones) name the same fields.
const QHash<QString, Known> &knownFields() {
    static const QHash<QString, Known> fields{
        {u"PatientID"_s, {QT_TRANSLATE_NOOP("ReadableField", "Patient ID")}},
        {u"PatientId"_s, {QT_TRANSLATE_NOOP("ReadableField", "Patient ID")}},
        {u"Subject ID"_s, {QT_TRANSLATE_NOOP("ReadableField", "Patient ID")}},
        {u"SubjectID"_s, {QT_TRANSLATE_NOOP("ReadableField", "Patient ID")}},
        {u"PatientName"_s, {QT_TRANSLATE_NOOP("ReadableField", "Patient name")}},
        {u"PatientSex"_s, {QT_TRANSLATE_NOOP("ReadableField", "Sex")}},
        {u"PatientBirthDate"_s, {QT_TRANSLATE_NOOP("ReadableField", "Birth date"), Kind::Date}},
        {u"PatientAge"_s, {QT_TRANSLATE_NOOP("ReadableField", "Age at the study")}},
        {u"SpeciesDescription"_s, {QT_TRANSLATE_NOOP("ReadableField", "Species")}},
        {u"StudyInstanceUID"_s, {QT_TRANSLATE_NOOP("ReadableField", "Study UID")}},
        {u"Study UID"_s, {QT_TRANSLATE_NOOP("ReadableField", "Study UID")}},
        {u"StudyDate"_s, {QT_TRANSLATE_NOOP("ReadableField", "Study date"), Kind::Date}},
        {u"Study Date"_s, {QT_TRANSLATE_NOOP("ReadableField", "Study date"), Kind::Date}},
        {u"StudyID"_s, {QT_TRANSLATE_NOOP("ReadableField", "Study ID")}},
        {u"SeriesCount"_s, {QT_TRANSLATE_NOOP("ReadableField", "Series"), Kind::Count}},
        {u"SeriesInstanceUID"_s, {QT_TRANSLATE_NOOP("ReadableField", "Series UID")}},
        {u"Series UID"_s, {QT_TRANSLATE_NOOP("ReadableField", "Series UID")}},
        {u"SeriesDate"_s, {QT_TRANSLATE_NOOP("ReadableField", "Series date"), Kind::Date}},
        {u"Series Date"_s, {QT_TRANSLATE_NOOP("ReadableField", "Series date"), Kind::Date}},
        {u"SeriesNumber"_s, {QT_TRANSLATE_NOOP("ReadableField", "Series number")}},
        {u"ProtocolName"_s, {QT_TRANSLATE_NOOP("ReadableField", "Protocol")}},
        {u"BodyPartExamined"_s, {QT_TRANSLATE_NOOP("ReadableField", "Body part")}},
        {u"ManufacturerModelName"_s, {QT_TRANSLATE_NOOP("ReadableField", "Model")}},
        {u"ImageCount"_s, {QT_TRANSLATE_NOOP("ReadableField", "Images"), Kind::Count}},
        {u"NumberOfImages"_s, {QT_TRANSLATE_NOOP("ReadableField", "Images"), Kind::Count}},
        {u"Number of Images"_s, {QT_TRANSLATE_NOOP("ReadableField", "Images"), Kind::Count}},
        {u"ObjectCount"_s, {QT_TRANSLATE_NOOP("ReadableField", "Images"), Kind::Count}},
        {u"FileSize"_s, {QT_TRANSLATE_NOOP("ReadableField", "Size"), Kind::Bytes}},
        {u"File Size"_s, {QT_TRANSLATE_NOOP("ReadableField", "Size"), Kind::Bytes}},
        {u"TotalSizeInBytes"_s, {QT_TRANSLATE_NOOP("ReadableField", "Size"), Kind::Bytes}},
        {u"AnnotationSize"_s, {QT_TRANSLATE_NOOP("ReadableField", "Annotation size"), Kind::Bytes}},
        {u"Annotation Size"_s,
         {QT_TRANSLATE_NOOP("ReadableField", "Annotation size"), Kind::Bytes}},
        {u"AnnotationsFlag"_s, {QT_TRANSLATE_NOOP("ReadableField", "Annotations"), Kind::Flag}},
        {u"Annotations Flag"_s, {QT_TRANSLATE_NOOP("ReadableField", "Annotations"), Kind::Flag}},
        {u"DateReleased"_s, {QT_TRANSLATE_NOOP("ReadableField", "Released"), Kind::Date}},
        {u"Date Released"_s, {QT_TRANSLATE_NOOP("ReadableField", "Released"), Kind::Date}},
        {u"MaxSubmissionTimestamp"_s,
         {QT_TRANSLATE_NOOP("ReadableField", "Last submitted"), Kind::Date}},
        {u"TimeStamp"_s, {QT_TRANSLATE_NOOP("ReadableField", "Last submitted"), Kind::DateTime}},
        {u"LicenseName"_s, {QT_TRANSLATE_NOOP("ReadableField", "License")}},
        {u"License Name"_s, {QT_TRANSLATE_NOOP("ReadableField", "License")}},
        {u"LicenseURI"_s, {QT_TRANSLATE_NOOP("ReadableField", "License link")}},
        {u"License URL"_s, {QT_TRANSLATE_NOOP("ReadableField", "License link")}},
        {u"LicenseUrl"_s, {QT_TRANSLATE_NOOP("ReadableField", "License link")}},
        {u"CollectionURI"_s, {QT_TRANSLATE_NOOP("ReadableField", "Collection DOI")}},
        {u"DataDescriptionURI"_s, {QT_TRANSLATE_NOOP("ReadableField", "Collection DOI")}},
        {u"Data Description URI"_s, {QT_TRANSLATE_NOOP("ReadableField", "Collection DOI")}},
        {u"ThirdPartyAnalysis"_s,
         {QT_TRANSLATE_NOOP("ReadableField", "Third-party analysis"), Kind::Flag}},
        {u"3rd Party Analysis"_s,
         {QT_TRANSLATE_NOOP("ReadableField", "Third-party analysis"), Kind::Flag}},
        {u"Authorized"_s, {QT_TRANSLATE_NOOP("ReadableField", "You may download it"), Kind::Flag}},
        {u"Phantom"_s, {QT_TRANSLATE_NOOP("ReadableField", "Phantom"), Kind::Flag}},
    };
    return fields;
}

QString plain(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

std::optional<qint64> integer(const QJsonValue &value) {
    bool ok = false;
    const qint64 n = value.isDouble() ? qint64(value.toDouble()) : value.toString().toLongLong(&ok);
    if (value.isDouble() || ok)
        return n;
    return std::nullopt;
}

QString formatted(Kind kind, const QJsonValue &value) {
    const QLocale locale;
    switch (kind) {
    case Kind::Date:
    case Kind::DateTime: {
        const QDateTime when = ArchiveDate::fromJson(value);
        if (!when.isValid())
            break;
        // Day, month name, year: unambiguous in every reader's convention.
        const bool hasTime = kind == Kind::DateTime && when.time() != QTime(0, 0);
        return hasTime ? locale.toString(when.toUTC(), QLocale::ShortFormat)
                       : locale.toString(when.toUTC().date(), u"d MMM yyyy"_s);
    }
    case Kind::Bytes:
        if (const std::optional<qint64> bytes = integer(value))
            return ReadableField::tr("%1 (%2 bytes)")
                .arg(locale.formattedDataSize(*bytes, 1, QLocale::DataSizeSIFormat),
                     locale.toString(*bytes));
        break;
    case Kind::Count:
        if (const std::optional<qint64> count = integer(value))
            return locale.toString(*count);
        break;
    case Kind::Flag: {
        const QString text = plain(value).trimmed().toLower();
        if (text == "1"_L1 || text == "yes"_L1 || text == "true"_L1)
            return ReadableField::tr("Yes");
        if (text == "0"_L1 || text == "no"_L1 || text == "false"_L1)
            return ReadableField::tr("No");
        break;
    }
    case Kind::Text:
        break;
    }
    return plain(value);
}
} // namespace

ReadableField ReadableField::of(const QString &key, const QJsonValue &value) {
    const auto known = knownFields().constFind(key);
    if (known == knownFields().constEnd())
        return {wordsOf(key), plain(value)};
    return {tr(known->label), formatted(known->kind, value)};
}

QString ReadableField::wordsOf(const QString &key) {
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u' ' || c == u'_') {
            if (!word.isEmpty())
                words << std::exchange(word, QString());
            continue;
        }
        const bool upper = c.isUpper();
        const bool afterLower = i > 0 && (key.at(i - 1).isLower() || key.at(i - 1).isDigit());
        const bool endsAcronym =
            i > 0 && key.at(i - 1).isUpper() && i + 1 < key.size() && key.at(i + 1).isLower();
        if (upper && !word.isEmpty() && (afterLower || endsAcronym))
            words << std::exchange(word, QString());
        word += c;
    }
    if (!word.isEmpty())
        words << word;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.size() > 1 && w == w.toUpper())
            continue; // an acronym stays as it is
        words[i] = w.toLower();
    }
    return words.join(u' ');
}

} // namespace nbia
