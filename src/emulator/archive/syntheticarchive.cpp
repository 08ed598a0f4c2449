#include "syntheticarchive.h"

#include "archivegenerator.h"
#include "deterministicrandom.h"
#include "syntheticimagefactory.h"

#include <algorithm>
#include <numeric>

namespace nbia::emulator {

SyntheticArchive::SyntheticArchive(const ArchiveSpec &spec)
    : m_spec(spec)
    , m_data(ArchiveGenerator::generate(spec)) {
    m_seriesByUid.reserve(m_data.series.size());
    for (qsizetype i = 0; i < m_data.series.size(); ++i)
        m_seriesByUid.insert(m_data.series[i].uid, i);
}

const ArchiveStudy &SyntheticArchive::studyOf(const ArchiveSeries &series) const {
    return m_data.studies[series.study];
}

const ArchivePatient &SyntheticArchive::patientOf(const ArchiveStudy &study) const {
    return m_data.patients[study.patient];
}

const ArchiveCollection &SyntheticArchive::collectionOf(const ArchivePatient &patient) const {
    return m_data.collections[patient.collection];
}

std::optional<qsizetype> SyntheticArchive::findSeries(const QString &uid) const {
    const auto it = m_seriesByUid.constFind(uid);
    if (it == m_seriesByUid.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<qsizetype> SyntheticArchive::findCollection(const QString &name) const {
    for (qsizetype i = 0; i < m_data.collections.size(); ++i) {
        if (m_data.collections[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

QString SyntheticArchive::sopInstanceUid(qsizetype series, int instanceNumber) const {
    return m_data.series[series].uid + u'.' + QString::number(instanceNumber);
}

std::optional<std::pair<qsizetype, int>> SyntheticArchive::findInstance(const QString &uid) const {
    const qsizetype dot = uid.lastIndexOf(u'.');
    if (dot <= 0)
        return std::nullopt;
    const std::optional<qsizetype> series = findSeries(uid.left(dot));
    bool ok = false;
    const int instance = QStringView(uid).mid(dot + 1).toInt(&ok);
    if (!series || !ok || instance < 1 || instance > m_data.series[*series].imageCount ||
        uid != sopInstanceUid(*series, instance))
        return std::nullopt;
    return std::pair{*series, instance};
}

QList<int> SyntheticArchive::storageOrder(qsizetype series) const {
    const int count = m_data.series[series].imageCount;
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 1);
    // Like the real archive: mostly in order, with some neighbours swapped.
    DeterministicRandom random(DeterministicRandom::mix(m_spec.seed, 11, quint64(series)));
    for (int i = 0; i + 1 < count; ++i) {
        if (random.chance(0.2)) {
            std::swap(order[i], order[i + 1]);
            ++i;
        }
    }
    return order;
}

SyntheticImageSpec SyntheticArchive::imageSpec(qsizetype seriesIndex, int instanceNumber) const {
    const ArchiveSeries &series = m_data.series[seriesIndex];
    const ArchiveStudy &study = studyOf(series);
    const ArchivePatient &patient = patientOf(study);
    SyntheticImageSpec spec;
    spec.patientId = patient.id;
    spec.patientName = patient.name;
    spec.patientSex = patient.sex;
    spec.patientBirthDate = patient.birthDate;
    spec.patientAge = study.patientAge;
    spec.studyInstanceUid = study.uid;
    spec.studyDate = study.date;
    spec.studyDescription = study.description;
    spec.studyId = study.studyId;
    spec.seriesInstanceUid = series.uid;
    spec.seriesDescription = series.description;
    spec.modality = series.modality;
    spec.bodyPartExamined = series.bodyPart;
    spec.manufacturer = series.manufacturer;
    spec.manufacturerModelName = series.model;
    spec.softwareVersions = series.software;
    spec.protocolName = series.protocol;
    spec.seriesNumber = series.seriesNumber;
    spec.seriesDate = study.date;
    spec.sopInstanceUid = sopInstanceUid(seriesIndex, instanceNumber);
    spec.instanceNumber = instanceNumber;
    spec.acquisitionNumber = 1;
    spec.imagesInSeries = series.imageCount;
    spec.rows = series.rows;
    spec.columns = series.columns;
    spec.bitsAllocated = series.bitsAllocated;
    spec.encoding = series.encoding;
    spec.colour = series.colour;
    spec.frames = series.frames;
    spec.seed = quint32(DeterministicRandom::mix(m_spec.seed, 13, quint64(seriesIndex)));
    spec.targetFileSize = series.imageFileSize;
    if (!series.referencedSeries.isEmpty()) {
        const qsizetype referenced = series.referencedSeries.first();
        const ArchiveSeries &source = m_data.series[referenced];
        spec.referencedStudyUid = studyOf(source).uid;
        spec.referencedSeriesUid = source.uid;
        spec.referencedSopClassUid =
            SyntheticImageFactory::sopClassUid(source.modality, source.frames);
        // A bounded list keeps the object within its padded size, whatever the series' length.
        for (int instance = 1; instance <= std::min(source.imageCount, kMaxReferencedImages);
             ++instance)
            spec.referencedSopInstanceUids.append(sopInstanceUid(referenced, instance));
    }
    return spec;
}

} // namespace nbia::emulator
