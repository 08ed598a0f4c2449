// v4 getCollectionDescriptions: Jackson output (nulls kept, "/" as is), keys description, id,
// collectionName, descriptionURI.
#include "v4endpoints.h"

#include "responseformatter.h"

namespace nbia::emulator {

using namespace Qt::StringLiterals;

namespace {
QByteArray jacksonString(const QString &text) {
    return text.isNull() ? QByteArray("null") : ResponseFormatter::jsonString(text, false);
}

QByteArray descriptionObject(const ArchiveCollection &collection) {
    const bool described = !collection.description.isNull();
    return "{\"description\":" + jacksonString(collection.description) + ",\"id\":" +
           (described ? QByteArray::number(collection.descriptionId) : QByteArray("null")) +
           ",\"collectionName\":" + jacksonString(collection.name) +
           ",\"descriptionURI\":" + jacksonString(described ? collection.doi : QString()) + '}';
}
} // namespace

EmulatorResponse V4Endpoints::collectionDescriptions(const Params &p) const {
    const QString name = p.value(u"collectionName"_s).value_or(QString());
    QByteArrayList objects;
    for (const ArchiveCollection &collection : m_archive.collections()) {
        if (collection.patientCount == 0)
            continue; // not an authorized collection
        if (name.isEmpty() ? !collection.description.isNull() : collection.name == name)
            objects.append(descriptionObject(collection));
    }
    EmulatorResponse response;
    response.contentType = "application/json";
    response.body = '[' + objects.join(',') + ']';
    return response;
}

} // namespace nbia::emulator
