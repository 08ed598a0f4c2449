#include "cartitem.h"

namespace nbia {

namespace {
void take(QString &field, const QString &value) {
    if (!value.isEmpty())
        field = value;
}
} // namespace

CartItem CartItem::fromUid(const QString &seriesUid) {
    CartItem item;
    item.seriesInstanceUid = seriesUid;
    return item;
}

CartItem CartItem::fromSeries(const Series &series) {
    CartItem item;
    item.seriesInstanceUid = series.seriesInstanceUid;
    item.collection = series.collection;
    item.patientId = series.patientId;
    item.studyInstanceUid = series.studyInstanceUid;
    item.modality = series.modality;
    item.seriesDescription = series.seriesDescription;
    item.imageCount = series.imageCount;
    item.bytes = series.fileSize;
    item.status = Status::Resolved;
    return item;
}

CartItem CartItem::fromMetadata(const SeriesMetadata &metadata) {
    CartItem item = fromUid(metadata.seriesInstanceUid);
    item.fill(metadata);
    return item;
}

void CartItem::fill(const SeriesMetadata &metadata) {
    take(collection, metadata.collection);
    take(patientId, metadata.subjectId);
    take(studyInstanceUid, metadata.studyInstanceUid);
    take(modality, metadata.modality);
    take(seriesDescription, metadata.seriesDescription);
    if (metadata.numberOfImages)
        imageCount = metadata.numberOfImages;
    if (metadata.fileSize)
        bytes = metadata.fileSize;
    status = Status::Resolved;
}

Series CartItem::toSeries() const {
    Series series;
    series.seriesInstanceUid = seriesInstanceUid;
    series.collection = collection;
    series.patientId = patientId;
    series.studyInstanceUid = studyInstanceUid;
    series.modality = modality;
    series.seriesDescription = seriesDescription;
    series.imageCount = imageCount;
    series.fileSize = bytes;
    return series;
}

} // namespace nbia
