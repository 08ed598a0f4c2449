#include "archivetreecolumns.h"

#include <QLocale>

namespace nbia {

using namespace Qt::StringLiterals;
using Kind = ArchiveTreeNode::Kind;
using Column = ArchiveTreeColumns::Column;
using Context = ArchiveTreeColumns::Context;

namespace {
const QString &unknown() {
    static const QString dash = u"–"_s;
    return dash;
}

QString textOr(const QString &text, const QString &fallback) {
    return text.isEmpty() ? fallback : text;
}

QVariant number(const std::optional<qint64> &value, bool forSorting) {
    if (!value)
        return forSorting ? QVariant() : QVariant(unknown());
    return forSorting ? QVariant(*value) : QVariant(QLocale().toString(*value));
}

QVariant size(std::optional<qint64> bytes, bool forSorting) {
    if (!bytes)
        return forSorting ? QVariant() : QVariant(unknown());
    return forSorting ? QVariant(*bytes)
                      : QVariant(QLocale().formattedDataSize(*bytes, 1, QLocale::DataSizeSIFormat));
}

QVariant dateOf(const QDateTime &dateTime) {
    return dateTime.isValid() ? QVariant(dateTime.date()) : QVariant();
}

// The totals of a collection, patient or study row, from its collection's series.
std::optional<SeriesGroups::Totals> totalsOf(const ArchiveTreeNode &node, const Context &context) {
    if (!context.groups)
        return std::nullopt;
    switch (node.kind) {
    case Kind::Collection:
        return context.groups->totals();
    case Kind::Patient:
        return context.groups->totalsOfPatient(std::get<Patient>(node.record).patientId);
    case Kind::Study:
        return context.groups->totalsOfStudy(std::get<Study>(node.record).studyInstanceUid);
    case Kind::Root:
    case Kind::Series:
        break;
    }
    return std::nullopt;
}

QVariant seriesValue(const Series &s, Column column, bool forSorting) {
    switch (column) {
    case Column::Name:
        return textOr(s.seriesDescription, s.seriesInstanceUid);
    case Column::Images:
        return s.imageCount ? number(s.imageCount, forSorting) : QVariant();
    case Column::Size:
        return s.fileSize ? size(s.fileSize, forSorting) : QVariant();
    case Column::Date:
        return dateOf(s.seriesDate);
    case Column::Modality:
        return s.modality;
    case Column::BodyPart:
        return s.bodyPartExamined;
    case Column::Manufacturer:
        return s.manufacturerModelName.isEmpty()
                   ? s.manufacturer
                   : QString(s.manufacturer + u' ' + s.manufacturerModelName);
    case Column::Description:
        return s.protocolName;
    case Column::Patients:
    case Column::Series:
        break;
    }
    return {};
}
} // namespace

QVariant ArchiveTreeColumns::value(const ArchiveTreeNode &node, Column column,
                                   const Context &context, bool forSorting) {
    if (const auto *series = std::get_if<Series>(&node.record))
        return seriesValue(*series, column, forSorting);
    const std::optional<SeriesGroups::Totals> totals = totalsOf(node, context);
    switch (column) {
    case Column::Name:
        if (const auto *name = std::get_if<QString>(&node.record))
            return *name;
        if (const auto *patient = std::get_if<Patient>(&node.record))
            return patient->patientId;
        if (const auto *study = std::get_if<Study>(&node.record))
            return textOr(study->studyDescription, study->studyInstanceUid);
        return {};
    case Column::Patients:
        if (node.kind != Kind::Collection)
            return {};
        return number(context.groups ? std::optional(context.groups->patientCount())
                                     : context.archivePatients,
                      forSorting);
    case Column::Series: {
        if (totals)
            return number(totals->series, forSorting);
        const auto *study = std::get_if<Study>(&node.record);
        return study ? number(study->seriesCount, forSorting) : number({}, forSorting);
    }
    case Column::Images:
        return number(totals ? std::optional(totals->images) : std::nullopt, forSorting);
    case Column::Size:
        return size(totals ? std::optional(totals->bytes) : std::nullopt, forSorting);
    case Column::Date:
        if (const auto *study = std::get_if<Study>(&node.record))
            return dateOf(study->studyDate);
        return {};
    case Column::Description:
        if (const auto *patient = std::get_if<Patient>(&node.record))
            return patient->patientName == patient->patientId ? QString() : patient->patientName;
        if (const auto *study = std::get_if<Study>(&node.record))
            return study->studyId.isEmpty() ? QString() : QString(u"ID "_s + study->studyId);
        return {};
    case Column::Modality:
    case Column::BodyPart:
    case Column::Manufacturer:
        break;
    }
    return {};
}

QString ArchiveTreeColumns::toolTip(const ArchiveTreeNode &node, Column column,
                                    const Context &context) {
    if (node.kind == Kind::Series || !isNumeric(column))
        return {};
    if (column == Column::Patients && node.kind != Kind::Collection)
        return {};
    const QVariant shown = value(node, column, context, true);
    if (!shown.isValid())
        return tr("Not known yet: counted once the collection's series are listed (select the "
                  "collection)");
    const std::optional<SeriesGroups::Totals> totals = totalsOf(node, context);
    if (column == Column::Size && totals && totals->unknownSizes > 0)
        return tr("Without %Ln series whose size the archive does not give", nullptr,
                  int(totals->unknownSizes));
    if (column == Column::Patients && !context.groups)
        return tr("Patients the archive counts in this collection");
    return {};
}

QString ArchiveTreeColumns::header(Column column) {
    switch (column) {
    case Column::Name:
        return tr("Name");
    case Column::Patients:
        return tr("Patients");
    case Column::Series:
        return tr("Series");
    case Column::Images:
        return tr("Images");
    case Column::Size:
        return tr("Size");
    case Column::Date:
        return tr("Date");
    case Column::Modality:
        return tr("Modality");
    case Column::BodyPart:
        return tr("Body part");
    case Column::Manufacturer:
        return tr("Manufacturer");
    case Column::Description:
        return tr("Description");
    }
    return {};
}

QString ArchiveTreeColumns::headerToolTip(Column column) {
    switch (column) {
    case Column::Name:
        return tr("Collection, patient ID, study or series description");
    case Column::Patients:
        return tr("Patients in the collection");
    case Column::Series:
        return tr("Series in the collection, patient or study");
    case Column::Images:
        return tr("Images in the row, all its series together");
    case Column::Size:
        return tr("Size of the row's images as the archive gives it");
    case Column::Date:
        return tr("Study date on studies, series date on series");
    case Column::Modality:
    case Column::BodyPart:
    case Column::Manufacturer:
        return tr("Of the series");
    case Column::Description:
        return tr("Patient name, study ID or series protocol");
    }
    return {};
}

bool ArchiveTreeColumns::isNumeric(Column column) {
    return column == Column::Patients || column == Column::Series || column == Column::Images ||
           column == Column::Size;
}

} // namespace nbia
