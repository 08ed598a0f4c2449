#include "syntheticimagefactory.h"

#include "dcmtk/config/osconfig.h"

#include "dcmtk/dcmdata/dccodec.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcostrmb.h"
#include "dcmtk/dcmdata/dcpixel.h"
#include "dcmtk/dcmdata/dcpixseq.h"
#include "dcmtk/dcmdata/dcpxitem.h"
#include "dcmtk/dcmdata/dcrlerp.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmdata/dcwcache.h"
#include "dcmtk/dcmdata/dcxfer.h"
#include "dcmtk/dcmjpeg/djrplol.h"
#include "dcmtk/dcmjpeg/djrploss.h"
#include "dcmtk/dcmjpls/djrparam.h"

#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <numbers>
#include <vector>

namespace nbia::emulator {

namespace {

enum class Kind { Ct, Mr, Pt, Mg, Cr, Seg, RtStruct, Other };

Kind kindOf(const QString &modality) {
    const QString m = modality.trimmed().toUpper();
    if (m == u"CT")
        return Kind::Ct;
    if (m == u"MR")
        return Kind::Mr;
    if (m == u"PT")
        return Kind::Pt;
    if (m == u"MG")
        return Kind::Mg;
    if (m == u"CR")
        return Kind::Cr;
    if (m == u"SEG")
        return Kind::Seg;
    if (m == u"RTSTRUCT")
        return Kind::RtStruct;
    return Kind::Other;
}

bool isImage(Kind kind) {
    return kind != Kind::Seg && kind != Kind::RtStruct;
}

constexpr double FieldOfViewMm = 250.0;
constexpr qint64 MaxTrailingPadding = 0xFFFFFFFELL;

// ---------------------------------------------------------------------------------------------
// Phantom

class SplitMix64 {
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double between(double low, double high) { return low + (high - low) * uniform(); }

private:
    quint64 m_state;
};

enum Tissue : quint8 { Air, Bone, Brain, Csf, GreyMatter, Lesion };

// How an ellipse's size changes through the series (u = -1 first slice, +1 last slice).
enum class Profile { Head, Inner, Ventricle, Lesion };

struct Ellipse {
    double cx, cy, a, b, angle; // normalised image coordinates [-1, 1], y up; angle in radians
    Tissue tissue;
};

struct EllipseTemplate {
    double a, b, x0, y0, angleDeg;
    Tissue tissue;
    Profile profile;
};

// Shepp-Logan's ellipses, painted in order (later ones over earlier ones) with tissue labels.
constexpr std::array<EllipseTemplate, 10> SheppLogan = {{
    {0.69, 0.92, 0.0, 0.0, 0.0, Bone, Profile::Head},
    {0.6624, 0.874, 0.0, -0.0184, 0.0, Brain, Profile::Head},
    {0.11, 0.31, 0.22, 0.0, -18.0, Csf, Profile::Ventricle},
    {0.16, 0.41, -0.22, 0.0, 18.0, Csf, Profile::Ventricle},
    {0.21, 0.25, 0.0, 0.35, 0.0, GreyMatter, Profile::Inner},
    {0.046, 0.046, 0.0, 0.1, 0.0, GreyMatter, Profile::Inner},
    {0.046, 0.046, 0.0, -0.1, 0.0, Lesion, Profile::Lesion},
    {0.046, 0.023, -0.08, -0.605, 0.0, Lesion, Profile::Lesion},
    {0.023, 0.023, 0.0, -0.606, 0.0, GreyMatter, Profile::Inner},
    {0.023, 0.046, 0.06, -0.605, 0.0, Lesion, Profile::Lesion},
}};

double profileScale(Profile profile, double u, double lesionCentre) {
    double t = 0.0;
    switch (profile) {
    case Profile::Head:
        t = 1.0 - 0.75 * u * u;
        break;
    case Profile::Inner:
        t = 1.0 - 1.4 * u * u;
        break;
    case Profile::Ventricle:
        t = 1.0 - 4.0 * u * u;
        break;
    case Profile::Lesion: {
        const double d = (u - lesionCentre) / 0.35;
        t = 1.0 - d * d;
        break;
    }
    }
    return t > 0.0 ? std::sqrt(t) : 0.0;
}

// Position of the slice through the series, -1 (first) to +1 (last); 0 for a single image.
double slicePosition(const SyntheticImageSpec &spec) {
    const int count = std::max(spec.imagesInSeries, 1);
    const double t = (std::clamp(spec.instanceNumber, 1, count) - 0.5) / count;
    return 2.0 * t - 1.0;
}

// The phantom's ellipses for this slice. The seed jitters the whole head (scale, rotation,
// shift) and each inner structure, consistently for all slices of a series.
std::vector<Ellipse> phantomEllipses(quint32 seed, double u) {
    SplitMix64 rng(0x5eed0000ULL ^ (static_cast<quint64>(seed) << 16));
    const double headScale = rng.between(0.92, 1.04);
    const double rotation = rng.between(-6.0, 6.0) * std::numbers::pi / 180.0;
    const double shiftX = rng.between(-0.03, 0.03);
    const double shiftY = rng.between(-0.03, 0.03);
    const double cosR = std::cos(rotation);
    const double sinR = std::sin(rotation);

    std::vector<Ellipse> ellipses;
    ellipses.reserve(SheppLogan.size());
    for (const EllipseTemplate &t : SheppLogan) {
        const bool inner = t.profile != Profile::Head;
        const double size = inner ? rng.between(0.85, 1.15) : 1.0;
        const double dx = inner ? rng.between(-0.03, 0.03) : 0.0;
        const double dy = inner ? rng.between(-0.03, 0.03) : 0.0;
        const double lesionCentre = rng.between(-0.5, 0.5);
        const double scale = profileScale(t.profile, u, lesionCentre) * size * headScale;
        if (scale <= 0.0)
            continue;
        const double x = (t.x0 + dx) * headScale;
        const double y = (t.y0 + dy) * headScale;
        ellipses.push_back({cosR * x - sinR * y + shiftX, sinR * x + cosR * y + shiftY, t.a * scale,
                            t.b * scale, t.angleDeg * std::numbers::pi / 180.0 + rotation,
                            t.tissue});
    }
    return ellipses;
}

std::vector<quint8> paintLabels(const std::vector<Ellipse> &ellipses, int rows, int columns) {
    std::vector<quint8> labels(static_cast<size_t>(rows) * static_cast<size_t>(columns), Air);
    for (const Ellipse &e : ellipses) {
        const double c = std::cos(e.angle);
        const double s = std::sin(e.angle);
        const double halfW = std::sqrt(e.a * e.a * c * c + e.b * e.b * s * s);
        const double halfH = std::sqrt(e.a * e.a * s * s + e.b * e.b * c * c);
        // x = 2 (col + 0.5) / columns - 1, y = 1 - 2 (row + 0.5) / rows
        const int col0 = std::max(0, static_cast<int>((e.cx - halfW + 1.0) * columns / 2.0) - 1);
        const int col1 =
            std::min(columns - 1, static_cast<int>((e.cx + halfW + 1.0) * columns / 2.0) + 1);
        const int row0 = std::max(0, static_cast<int>((1.0 - e.cy - halfH) * rows / 2.0) - 1);
        const int row1 =
            std::min(rows - 1, static_cast<int>((1.0 - e.cy + halfH) * rows / 2.0) + 1);
        const double invA2 = 1.0 / (e.a * e.a);
        const double invB2 = 1.0 / (e.b * e.b);
        for (int row = row0; row <= row1; ++row) {
            const double dy = 1.0 - 2.0 * (row + 0.5) / rows - e.cy;
            quint8 *line = labels.data() + static_cast<size_t>(row) * columns;
            for (int col = col0; col <= col1; ++col) {
                const double dx = 2.0 * (col + 0.5) / columns - 1.0 - e.cx;
                const double xr = dx * c + dy * s;
                const double yr = -dx * s + dy * c;
                if (xr * xr * invA2 + yr * yr * invB2 <= 1.0)
                    line[col] = e.tissue;
            }
        }
    }
    return labels;
}

struct PixelFormat {
    int bitsAllocated = 16;
    int bitsStored = 16;
    bool isSigned = false;
    std::array<double, 6> tissueValues{}; // stored pixel values per Tissue
    double noise = 0.0;                   // amplitude of the triangular noise, in stored values
    double windowCenter = 0.0;
    double windowWidth = 0.0;
};

PixelFormat pixelFormat(Kind kind, int specBits) {
    PixelFormat f;
    switch (kind) {
    case Kind::Ct:
        // Stored = HU + 1024 (RescaleIntercept -1024); air -1000, bone 900, brain 35, CSF 8 HU.
        f.isSigned = true;
        f.tissueValues = {24, 1924, 1059, 1032, 1069, 1099};
        f.noise = 12;
        f.windowCenter = 40;
        f.windowWidth = 400;
        break;
    case Kind::Mr:
        f.bitsStored = 12;
        f.tissueValues = {0, 250, 1100, 2600, 1400, 2000};
        f.noise = 40;
        f.windowCenter = 1500;
        f.windowWidth = 3000;
        break;
    case Kind::Pt:
        f.bitsStored = 12;
        f.tissueValues = {0, 150, 1200, 150, 1800, 3500};
        f.noise = 60;
        f.windowCenter = 1800;
        f.windowWidth = 3600;
        break;
    default:
        f.bitsAllocated = specBits;
        f.bitsStored = specBits == 8 ? 8 : 12;
        f.tissueValues = {200, 3500, 1800, 1500, 2000, 2600};
        f.noise = 30;
        f.windowCenter = 2048;
        f.windowWidth = 4096;
        if (specBits == 8) {
            for (double &v : f.tissueValues)
                v /= 16.0;
            f.noise = 3;
            f.windowCenter = 128;
            f.windowWidth = 256;
        }
        break;
    }
    return f;
}

// Stored pixel values: tissue value plus mild deterministic noise.
template<typename T>
void fillPixels(T *out, const std::vector<quint8> &labels, const PixelFormat &format,
                quint64 noiseSeed) {
    SplitMix64 rng(noiseSeed);
    const double maxValue = format.isSigned ? 32767.0 : std::ldexp(1.0, format.bitsStored) - 1.0;
    for (size_t i = 0; i < labels.size(); ++i) {
        const quint64 r = rng.next();
        const double triangular = static_cast<double>(r & 0xffffffffULL) * 0x1.0p-32 +
                                  static_cast<double>(r >> 32) * 0x1.0p-32 - 1.0;
        double v = format.tissueValues[labels[i]] + format.noise * triangular;
        v = std::clamp(std::round(std::abs(v)), 0.0, maxValue);
        out[i] = static_cast<T>(v);
    }
}

// ---------------------------------------------------------------------------------------------
// Tag helpers

QByteArray dicomDate(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")).toLatin1() : QByteArray();
}

QByteArray decimalString(double value) {
    QByteArray s = QByteArray::number(value, 'f', 6);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    if (s == "-0")
        s = "0";
    return s;
}

QByteArray decimalStrings(std::initializer_list<double> values) {
    QByteArray s;
    for (double v : values) {
        if (!s.isEmpty())
            s += '\\';
        s += decimalString(v);
    }
    return s;
}

// A deterministic UID under the UUID root 2.25, from a name-based (v5) UUID of `name`.
QByteArray derivedUid(const QString &name) {
    static const QUuid ns(0x3c1f7a52, 0x0b8e, 0x4d61, 0x9a, 0x43, 0x5e, 0x2d, 0x11, 0x86, 0x0c,
                          0x7f);
    const QByteArray rfc = QUuid::createUuidV5(ns, name.toUtf8()).toRfc4122();
    std::array<quint32, 16> n{};
    for (int i = 0; i < 16; ++i)
        n[static_cast<size_t>(i)] = static_cast<quint8>(rfc[i]);
    QByteArray digits;
    bool nonZero = true;
    while (nonZero) {
        quint32 remainder = 0;
        nonZero = false;
        for (quint32 &byte : n) {
            const quint32 current = remainder * 256 + byte;
            byte = current / 10;
            remainder = current % 10;
            nonZero = nonZero || byte != 0;
        }
        digits.prepend(static_cast<char>('0' + remainder));
    }
    return "2.25." + digits;
}

// Collects the first failure of a series of DCMTK put calls; writes to a missing item (after a
// failure) are ignored.
class TagWriter {
public:
    explicit TagWriter(DcmItem *item, OFCondition *status)
        : m_item(item)
        , m_status(status) {}

    void text(const DcmTagKey &tag, const QString &value) { bytes(tag, value.toUtf8()); }
    void bytes(const DcmTagKey &tag, const QByteArray &value) {
        if (m_item) {
            check(m_item->putAndInsertOFStringArray(
                tag, OFString(value.constData(), static_cast<size_t>(value.size()))));
        }
    }
    void integer(const DcmTagKey &tag, int value) { bytes(tag, QByteArray::number(value)); }
    void decimal(const DcmTagKey &tag, double value) { bytes(tag, decimalString(value)); }
    void us(const DcmTagKey &tag, Uint16 value) {
        if (m_item)
            check(m_item->putAndInsertUint16(tag, value));
    }
    void ul(const DcmTagKey &tag, const Uint32 *values, unsigned long count) {
        if (m_item)
            check(m_item->putAndInsertUint32Array(tag, values, count));
    }
    void at(const DcmTagKey &tag, const DcmTagKey &value) {
        if (m_item)
            check(m_item->putAndInsertTagKey(tag, value));
    }
    // Appends a new item to the sequence `tag`.
    TagWriter item(const DcmTagKey &tag) {
        DcmItem *newItem = nullptr;
        if (m_item)
            check(m_item->findOrCreateSequenceItem(tag, newItem, -2));
        return TagWriter(newItem, m_status);
    }
    void code(const DcmTagKey &sequence, const char *value, const char *scheme,
              const char *meaning) {
        TagWriter c = item(sequence);
        c.bytes(DCM_CodeValue, value);
        c.bytes(DCM_CodingSchemeDesignator, scheme);
        c.bytes(DCM_CodeMeaning, meaning);
    }
    void check(const OFCondition &condition) {
        if (m_status->good() && condition.bad())
            *m_status = condition;
    }

private:
    DcmItem *m_item;
    OFCondition *m_status;
};

struct Geometry {
    double rowSpacing = 1.0;
    double columnSpacing = 1.0;
    double sliceThickness = 1.0;
    double z = 0.0;
};

Geometry geometry(const SyntheticImageSpec &spec, Kind kind) {
    Geometry g;
    g.rowSpacing = FieldOfViewMm / spec.rows;
    g.columnSpacing = FieldOfViewMm / spec.columns;
    switch (kind) {
    case Kind::Ct:
        g.sliceThickness = 2.5;
        break;
    case Kind::Mr:
        g.sliceThickness = 5.0;
        break;
    case Kind::Pt:
        g.sliceThickness = 4.0;
        break;
    default:
        g.sliceThickness = 1.0;
        break;
    }
    const int count = std::max(spec.imagesInSeries, 1);
    g.z = (spec.instanceNumber - 1 - (count - 1) / 2.0) * g.sliceThickness;
    return g;
}

void writeCommonTags(TagWriter &w, const SyntheticImageSpec &spec, const QString &sopClass) {
    w.bytes(DCM_SpecificCharacterSet, "ISO_IR 192");
    w.text(DCM_SOPClassUID, sopClass);
    w.text(DCM_SOPInstanceUID, spec.sopInstanceUid);
    w.bytes(DCM_StudyDate, dicomDate(spec.studyDate));
    w.bytes(DCM_StudyTime, QByteArray());
    if (spec.seriesDate.isValid())
        w.bytes(DCM_SeriesDate, dicomDate(spec.seriesDate));
    w.bytes(DCM_AccessionNumber, QByteArray());
    w.text(DCM_Modality, spec.modality.trimmed().toUpper());
    w.text(DCM_Manufacturer, spec.manufacturer);
    w.bytes(DCM_ReferringPhysicianName, QByteArray());
    w.text(DCM_StudyDescription, spec.studyDescription);
    w.text(DCM_SeriesDescription, spec.seriesDescription);
    w.text(DCM_ManufacturerModelName, spec.manufacturerModelName);
    w.text(DCM_PatientName, spec.patientName);
    w.text(DCM_PatientID, spec.patientId);
    w.bytes(DCM_PatientBirthDate, dicomDate(spec.patientBirthDate));
    w.text(DCM_PatientSex, spec.patientSex);
    w.text(DCM_PatientAge, spec.patientAge);
    if (!spec.bodyPartExamined.isEmpty())
        w.text(DCM_BodyPartExamined, spec.bodyPartExamined);
    w.text(DCM_SoftwareVersions, spec.softwareVersions);
    w.text(DCM_ProtocolName, spec.protocolName);
    w.text(DCM_StudyInstanceUID, spec.studyInstanceUid);
    w.text(DCM_SeriesInstanceUID, spec.seriesInstanceUid);
    w.text(DCM_StudyID, spec.studyId);
    w.integer(DCM_SeriesNumber, spec.seriesNumber);
    w.integer(DCM_InstanceNumber, spec.instanceNumber);
}

QByteArray frameOfReferenceUid(const SyntheticImageSpec &spec) {
    return derivedUid(u"frame-of-reference:" + spec.studyInstanceUid);
}

void writeImageTags(TagWriter &w, DcmDataset *dataset, const SyntheticImageSpec &spec, Kind kind,
                    const PixelFormat &format, OFCondition *status) {
    const Geometry g = geometry(spec, kind);
    w.bytes(DCM_ImageType, kind == Kind::Ct ? "ORIGINAL\\PRIMARY\\AXIAL" : "ORIGINAL\\PRIMARY");
    w.integer(DCM_AcquisitionNumber, spec.acquisitionNumber);
    w.bytes(DCM_FrameOfReferenceUID, frameOfReferenceUid(spec));
    w.bytes(DCM_PositionReferenceIndicator, QByteArray());
    w.bytes(DCM_ImagePositionPatient, decimalStrings({-FieldOfViewMm / 2 + g.columnSpacing / 2,
                                                      -FieldOfViewMm / 2 + g.rowSpacing / 2, g.z}));
    w.bytes(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
    w.bytes(DCM_PixelSpacing, decimalStrings({g.rowSpacing, g.columnSpacing}));
    w.decimal(DCM_SliceThickness, g.sliceThickness);
    w.decimal(DCM_SliceLocation, g.z);

    switch (kind) {
    case Kind::Ct:
        w.bytes(DCM_KVP, "120");
        w.bytes(DCM_RescaleIntercept, "-1024");
        w.bytes(DCM_RescaleSlope, "1");
        w.bytes(DCM_RescaleType, "HU");
        break;
    case Kind::Mr:
        w.bytes(DCM_ScanningSequence, "SE");
        w.bytes(DCM_SequenceVariant, "NONE");
        w.bytes(DCM_ScanOptions, QByteArray());
        w.bytes(DCM_MRAcquisitionType, "2D");
        break;
    case Kind::Pt:
        w.bytes(DCM_SeriesType, "STATIC\\IMAGE");
        w.bytes(DCM_Units, "BQML");
        w.bytes(DCM_CorrectedImage, "DECY\\ATTN");
        w.bytes(DCM_DecayCorrection, "START");
        w.bytes(DCM_RescaleIntercept, "0");
        w.bytes(DCM_RescaleSlope, "1");
        break;
    case Kind::Mg:
        w.bytes(DCM_PresentationIntentType, "FOR PRESENTATION");
        w.bytes(DCM_ImagerPixelSpacing, decimalStrings({g.rowSpacing, g.columnSpacing}));
        break;
    case Kind::Cr:
        w.bytes(DCM_ImagerPixelSpacing, decimalStrings({g.rowSpacing, g.columnSpacing}));
        break;
    default:
        w.bytes(DCM_ConversionType, "WSD");
        break;
    }

    w.us(DCM_SamplesPerPixel, 1);
    w.bytes(DCM_PhotometricInterpretation, "MONOCHROME2");
    w.us(DCM_Rows, static_cast<Uint16>(spec.rows));
    w.us(DCM_Columns, static_cast<Uint16>(spec.columns));
    w.us(DCM_BitsAllocated, static_cast<Uint16>(format.bitsAllocated));
    w.us(DCM_BitsStored, static_cast<Uint16>(format.bitsStored));
    w.us(DCM_HighBit, static_cast<Uint16>(format.bitsStored - 1));
    w.us(DCM_PixelRepresentation, format.isSigned ? 1 : 0);
    w.decimal(DCM_WindowCenter, format.windowCenter);
    w.decimal(DCM_WindowWidth, format.windowWidth);
    if (status->bad())
        return;

    const std::vector<quint8> labels =
        paintLabels(phantomEllipses(spec.seed, slicePosition(spec)), spec.rows, spec.columns);
    const quint64 noiseSeed = (static_cast<quint64>(spec.seed) << 32) ^
                              static_cast<quint32>(spec.instanceNumber) ^ 0xa5a5ULL;
    auto pixelData = std::make_unique<DcmPixelData>(DCM_PixelData);
    const auto count = static_cast<Uint32>(labels.size());
    if (format.bitsAllocated == 16) {
        Uint16 *words = nullptr;
        w.check(pixelData->createUint16Array(count, words));
        if (words)
            fillPixels(words, labels, format, noiseSeed);
    } else {
        Uint8 *bytes = nullptr;
        const Uint32 evenCount = count + (count & 1U);
        w.check(pixelData->createUint8Array(evenCount, bytes));
        if (bytes) {
            bytes[evenCount - 1] = 0;
            fillPixels(bytes, labels, format, noiseSeed);
        }
    }
    if (status->good())
        w.check(dataset->insert(pixelData.release(), true));
}

void writeSegmentationTags(TagWriter &w, DcmDataset *dataset, const SyntheticImageSpec &spec,
                           OFCondition *status) {
    const Geometry g = geometry(spec, Kind::Seg);
    const QByteArray position = decimalStrings(
        {-FieldOfViewMm / 2 + g.columnSpacing / 2, -FieldOfViewMm / 2 + g.rowSpacing / 2, g.z});
    const QByteArray contentDate =
        dicomDate(spec.seriesDate.isValid() ? spec.seriesDate : spec.studyDate);

    w.bytes(DCM_ImageType, "DERIVED\\PRIMARY");
    w.bytes(DCM_ContentDate, contentDate);
    w.bytes(DCM_ContentTime, contentDate.isEmpty() ? QByteArray() : QByteArray("120000"));
    w.bytes(DCM_DeviceSerialNumber, "1");
    w.bytes(DCM_FrameOfReferenceUID, frameOfReferenceUid(spec));
    w.bytes(DCM_PositionReferenceIndicator, QByteArray());
    w.bytes(DCM_ContentLabel, "BRAIN");
    w.text(DCM_ContentDescription, spec.seriesDescription);
    w.bytes(DCM_ContentCreatorName, "NBIA^Emulator");
    w.bytes(DCM_SegmentationType, "BINARY");
    w.bytes(DCM_LossyImageCompression, "00");
    w.bytes(DCM_NumberOfFrames, "1");

    {
        TagWriter segment = w.item(DCM_SegmentSequence);
        segment.us(DCM_SegmentNumber, 1);
        segment.bytes(DCM_SegmentLabel, "Brain");
        segment.bytes(DCM_SegmentAlgorithmType, "AUTOMATIC");
        segment.bytes(DCM_SegmentAlgorithmName, "NBIA emulator phantom");
        segment.code(DCM_SegmentedPropertyCategoryCodeSequence, "123037004", "SCT",
                     "Anatomical Structure");
        segment.code(DCM_SegmentedPropertyTypeCodeSequence, "12738006", "SCT", "Brain");
    }

    const QByteArray dimensionUid = derivedUid(u"dimension-organization:" + spec.seriesInstanceUid);
    w.item(DCM_DimensionOrganizationSequence).bytes(DCM_DimensionOrganizationUID, dimensionUid);
    {
        TagWriter bySegment = w.item(DCM_DimensionIndexSequence);
        bySegment.bytes(DCM_DimensionOrganizationUID, dimensionUid);
        bySegment.at(DCM_DimensionIndexPointer, DCM_ReferencedSegmentNumber);
        bySegment.at(DCM_FunctionalGroupPointer, DCM_SegmentIdentificationSequence);
        TagWriter byPosition = w.item(DCM_DimensionIndexSequence);
        byPosition.bytes(DCM_DimensionOrganizationUID, dimensionUid);
        byPosition.at(DCM_DimensionIndexPointer, DCM_ImagePositionPatient);
        byPosition.at(DCM_FunctionalGroupPointer, DCM_PlanePositionSequence);
    }
    {
        TagWriter shared = w.item(DCM_SharedFunctionalGroupsSequence);
        TagWriter measures = shared.item(DCM_PixelMeasuresSequence);
        measures.bytes(DCM_PixelSpacing, decimalStrings({g.rowSpacing, g.columnSpacing}));
        measures.decimal(DCM_SliceThickness, g.sliceThickness);
        shared.item(DCM_PlaneOrientationSequence)
            .bytes(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
    }
    {
        TagWriter frame = w.item(DCM_PerFrameFunctionalGroupsSequence);
        const Uint32 indices[] = {1, 1};
        frame.item(DCM_FrameContentSequence).ul(DCM_DimensionIndexValues, indices, 2);
        frame.item(DCM_PlanePositionSequence).bytes(DCM_ImagePositionPatient, position);
        frame.item(DCM_SegmentIdentificationSequence).us(DCM_ReferencedSegmentNumber, 1);
    }

    w.us(DCM_SamplesPerPixel, 1);
    w.bytes(DCM_PhotometricInterpretation, "MONOCHROME2");
    w.us(DCM_Rows, static_cast<Uint16>(spec.rows));
    w.us(DCM_Columns, static_cast<Uint16>(spec.columns));
    w.us(DCM_BitsAllocated, 1);
    w.us(DCM_BitsStored, 1);
    w.us(DCM_HighBit, 0);
    w.us(DCM_PixelRepresentation, 0);
    if (status->bad())
        return;

    // The brain (everything inside the skull), packed 8 pixels a byte, first pixel in bit 0.
    const std::vector<quint8> labels =
        paintLabels(phantomEllipses(spec.seed, slicePosition(spec)), spec.rows, spec.columns);
    const size_t packed = (labels.size() + 7) / 8;
    const auto evenCount = static_cast<Uint32>(packed + (packed & 1U));
    auto pixelData = std::make_unique<DcmPixelData>(DCM_PixelData);
    Uint8 *bytes = nullptr;
    w.check(pixelData->createUint8Array(evenCount, bytes));
    if (!bytes)
        return;
    std::fill(bytes, bytes + evenCount, Uint8{0});
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] != Air && labels[i] != Bone)
            bytes[i / 8] = static_cast<Uint8>(bytes[i / 8] | (1U << (i % 8)));
    }
    w.check(dataset->insert(pixelData.release(), true));
}

void writeStructureSetTags(TagWriter &w, const SyntheticImageSpec &spec) {
    const QByteArray frameOfReference = frameOfReferenceUid(spec);
    const QByteArray date = dicomDate(spec.seriesDate.isValid() ? spec.seriesDate : spec.studyDate);
    w.bytes(DCM_StructureSetLabel, "SYNTHETIC");
    w.text(DCM_StructureSetName, spec.seriesDescription.left(64));
    w.bytes(DCM_StructureSetDate, date);
    w.bytes(DCM_StructureSetTime, date.isEmpty() ? QByteArray() : QByteArray("120000"));
    w.bytes(DCM_OperatorsName, QByteArray());
    {
        TagWriter frame = w.item(DCM_ReferencedFrameOfReferenceSequence);
        frame.bytes(DCM_FrameOfReferenceUID, frameOfReference);
        TagWriter study = frame.item(DCM_RTReferencedStudySequence);
        study.bytes(DCM_ReferencedSOPClassUID, UID_RETIRED_DetachedStudyManagementSOPClass);
        study.text(DCM_ReferencedSOPInstanceUID, spec.studyInstanceUid);
    }
    {
        TagWriter roi = w.item(DCM_StructureSetROISequence);
        roi.integer(DCM_ROINumber, 1);
        roi.bytes(DCM_ReferencedFrameOfReferenceUID, frameOfReference);
        roi.bytes(DCM_ROIName, "Brain");
        roi.bytes(DCM_ROIGenerationAlgorithm, "AUTOMATIC");
    }
    {
        // The phantom's brain outline on the central slice, in patient coordinates (mm).
        const std::vector<Ellipse> ellipses = phantomEllipses(spec.seed, 0.0);
        const auto brain = std::find_if(ellipses.begin(), ellipses.end(),
                                        [](const Ellipse &e) { return e.tissue == Brain; });
        constexpr int Points = 32;
        QByteArray data;
        if (brain != ellipses.end()) {
            const double c = std::cos(brain->angle);
            const double s = std::sin(brain->angle);
            for (int i = 0; i < Points; ++i) {
                const double t = 2.0 * std::numbers::pi * i / Points;
                const double ex = brain->a * std::cos(t);
                const double ey = brain->b * std::sin(t);
                const double x = (brain->cx + ex * c - ey * s) * FieldOfViewMm / 2;
                const double y = -(brain->cy + ex * s + ey * c) * FieldOfViewMm / 2;
                if (!data.isEmpty())
                    data += '\\';
                data += decimalStrings({x, y, 0.0});
            }
        }
        TagWriter contour = w.item(DCM_ROIContourSequence);
        contour.bytes(DCM_ROIDisplayColor, "255\\64\\64");
        contour.integer(DCM_ReferencedROINumber, 1);
        TagWriter polygon = contour.item(DCM_ContourSequence);
        polygon.bytes(DCM_ContourGeometricType, "CLOSED_PLANAR");
        polygon.integer(DCM_NumberOfContourPoints, Points);
        polygon.bytes(DCM_ContourData, data);
    }
    {
        TagWriter observation = w.item(DCM_RTROIObservationsSequence);
        observation.integer(DCM_ObservationNumber, 1);
        observation.integer(DCM_ReferencedROINumber, 1);
        observation.bytes(DCM_RTROIInterpretedType, "ORGAN");
        observation.bytes(DCM_ROIInterpreter, QByteArray());
    }
}

E_TransferSyntax transferSyntax(PixelEncoding encoding) {
    switch (encoding) {
    case PixelEncoding::Uncompressed:
        return EXS_LittleEndianExplicit;
    case PixelEncoding::JpegLossless:
        return EXS_JPEGProcess14SV1;
    case PixelEncoding::JpegBaseline:
        return EXS_JPEGProcess1;
    case PixelEncoding::JpegLs:
        return EXS_JPEGLSLossless;
    case PixelEncoding::Rle:
        return EXS_RLELossless;
    }
    return EXS_LittleEndianExplicit;
}

QString conditionText(const OFCondition &condition) {
    return QString::fromLocal8Bit(condition.text());
}

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

// DCMTK 3.6.7's JPEG-LS encoder leaves the byte that pads an odd-length code stream to an even
// fragment length uninitialised (heap garbage): set it to zero so that files are reproducible.
// After the EOI marker (FF D9) nothing else may follow, so the byte can only be padding.
void zeroCodeStreamPadding(DcmDataset *dataset, E_TransferSyntax xfer,
                           const DcmRepresentationParameter *parameter) {
    DcmElement *element = nullptr;
    if (dataset->findAndGetElement(DCM_PixelData, element).bad())
        return;
    auto *pixelData = dynamic_cast<DcmPixelData *>(element);
    DcmPixelSequence *sequence = nullptr;
    if (!pixelData || pixelData->getEncapsulatedRepresentation(xfer, parameter, sequence).bad() ||
        !sequence)
        return;
    for (unsigned long i = 1; i < sequence->card(); ++i) { // item 0 is the offset table
        DcmPixelItem *fragment = nullptr;
        Uint8 *data = nullptr;
        if (sequence->getItem(fragment, i).bad() || fragment->getUint8Array(data).bad() || !data)
            continue;
        const Uint32 length = fragment->getLength();
        if (length >= 3 && data[length - 3] == 0xFF && data[length - 2] == 0xD9)
            data[length - 1] = 0;
    }
}

bool compress(DcmDataset *dataset, PixelEncoding encoding, QString *error) {
    if (encoding == PixelEncoding::Uncompressed)
        return true;
    const E_TransferSyntax xfer = transferSyntax(encoding);
    const QString name = QString::fromLatin1(DcmXfer(xfer).getXferName());
    if (!DcmCodecList::canChangeCoding(EXS_LittleEndianExplicit, xfer)) {
        return fail(error, u"No DCMTK encoder is registered for " + name +
                               u": keep an nbia::DicomCodecs(Mode::DecodeAndEncode) alive while "
                               u"making compressed files");
    }
    std::unique_ptr<DcmRepresentationParameter> parameter;
    switch (encoding) {
    case PixelEncoding::JpegLossless:
        parameter = std::make_unique<DJ_RPLossless>(1, 0); // first-order prediction, no transform
        break;
    case PixelEncoding::JpegBaseline:
        parameter = std::make_unique<DJ_RPLossy>(90);
        break;
    case PixelEncoding::JpegLs:
        parameter = std::make_unique<DJLSRepresentationParameter>(0, OFTrue);
        break;
    case PixelEncoding::Rle:
        parameter = std::make_unique<DcmRLERepresentationParameter>();
        break;
    case PixelEncoding::Uncompressed:
        break;
    }
    const OFCondition status = dataset->chooseRepresentation(xfer, parameter.get());
    if (status.good() && encoding != PixelEncoding::Rle)
        zeroCodeStreamPadding(dataset, xfer, parameter.get());
    if (status.bad())
        return fail(error,
                    u"Cannot encode the pixel data as " + name + u": " + conditionText(status));
    if (!dataset->canWriteXfer(xfer, EXS_LittleEndianExplicit))
        return fail(error, u"Cannot write the pixel data as " + name);
    return true;
}

QByteArray serialise(DcmFileFormat &file, E_TransferSyntax xfer, QString *error) {
    const Uint32 estimate = file.getDataset()->calcElementLength(xfer, EET_ExplicitLength);
    std::vector<char> buffer(std::max<size_t>(estimate + 4096U, 65536U));
    DcmOutputBufferStream stream(buffer.data(), static_cast<offile_off_t>(buffer.size()));
    DcmWriteCache cache;
    QByteArray result;
    result.reserve(static_cast<qsizetype>(buffer.size()));
    OFCondition status;
    file.transferInit();
    do {
        // EC_StreamNotifyClient: the buffer is full; drain it and continue writing.
        status = file.write(stream, xfer, EET_ExplicitLength, &cache, EGL_recalcGL, EPD_noChange);
        void *data = nullptr;
        offile_off_t length = 0;
        stream.flushBuffer(data, length);
        result.append(static_cast<const char *>(data), static_cast<qsizetype>(length));
    } while (status == EC_StreamNotifyClient);
    file.transferEnd();
    if (status.bad()) {
        fail(error, u"Cannot write the DICOM file: " + conditionText(status));
        return {};
    }
    return result;
}

} // namespace

QByteArray SyntheticImageFactory::makeFile(const SyntheticImageSpec &spec, QString *error) {
    if (error)
        error->clear();
    const Kind kind = kindOf(spec.modality);
    if (spec.sopInstanceUid.isEmpty() || spec.studyInstanceUid.isEmpty() ||
        spec.seriesInstanceUid.isEmpty()) {
        fail(error, QStringLiteral("The SOP Instance, Study and Series UIDs must not be empty"));
        return {};
    }
    if (spec.rows < 1 || spec.rows > 8192 || spec.columns < 1 || spec.columns > 8192) {
        fail(error,
             QStringLiteral("Unsupported image size %1x%2").arg(spec.columns).arg(spec.rows));
        return {};
    }
    // CT, MR and PT are always 16-bit; the others honour the spec's bitsAllocated.
    const bool fixedDepth = kind == Kind::Ct || kind == Kind::Mr || kind == Kind::Pt;
    if (!fixedDepth && isImage(kind) && spec.bitsAllocated != 8 && spec.bitsAllocated != 16) {
        fail(error,
             QStringLiteral("Unsupported bitsAllocated %1 (8 or 16)").arg(spec.bitsAllocated));
        return {};
    }
    const PixelFormat format = pixelFormat(kind, spec.bitsAllocated);

    PixelEncoding encoding = isImage(kind) ? spec.encoding : PixelEncoding::Uncompressed;
    // JPEG Baseline (Process 1) holds 8-bit samples only; rather than throw away precision, 16-bit
    // images asked for baseline are written as JPEG Lossless (Process 14 SV1).
    if (encoding == PixelEncoding::JpegBaseline && format.bitsAllocated != 8)
        encoding = PixelEncoding::JpegLossless;

    DcmFileFormat file;
    DcmDataset *dataset = file.getDataset();
    OFCondition status;
    TagWriter w(dataset, &status);
    writeCommonTags(w, spec, sopClassUid(spec.modality));
    if (kind == Kind::Seg)
        writeSegmentationTags(w, dataset, spec, &status);
    else if (kind == Kind::RtStruct)
        writeStructureSetTags(w, spec);
    else
        writeImageTags(w, dataset, spec, kind, format, &status);
    if (status.bad()) {
        fail(error, u"Cannot build the DICOM data set: " + conditionText(status));
        return {};
    }

    if (!compress(dataset, encoding, error))
        return {};
    QByteArray bytes = serialise(file, transferSyntax(encoding), error);
    if (bytes.isEmpty() || spec.targetFileSize <= 0)
        return bytes;

    // Data Set Trailing Padding (FFFC,FFFC), explicit VR OB: it has the highest tag, so it goes
    // last and can be appended to the serialised file as raw bytes.
    constexpr qint64 HeaderSize = 12;
    const qint64 paddingLength = spec.targetFileSize - bytes.size() - HeaderSize;
    if (paddingLength < 0 || paddingLength % 2 != 0 || paddingLength > MaxTrailingPadding) {
        fail(error, QStringLiteral("Cannot pad the file (%1 bytes) to exactly %2 bytes")
                        .arg(bytes.size())
                        .arg(spec.targetFileSize));
        return {};
    }
    const auto length = static_cast<quint32>(paddingLength);
    const char header[HeaderSize] = {'\xFC',
                                     '\xFF',
                                     '\xFC',
                                     '\xFF',
                                     'O',
                                     'B',
                                     '\0',
                                     '\0',
                                     static_cast<char>(length & 0xFF),
                                     static_cast<char>((length >> 8) & 0xFF),
                                     static_cast<char>((length >> 16) & 0xFF),
                                     static_cast<char>((length >> 24) & 0xFF)};
    bytes.reserve(static_cast<qsizetype>(spec.targetFileSize));
    bytes.append(header, HeaderSize);
    bytes.append(static_cast<qsizetype>(paddingLength), '\0');
    return bytes;
}

qint64 SyntheticImageFactory::paddedFileSize(int rows, int columns, int bitsAllocated) {
    const qint64 pixelBytes =
        (static_cast<qint64>(rows) * columns * std::max(bitsAllocated, 1) + 7) / 8;
    // Lossless JPEG, JPEG-LS and RLE can exceed the raw size on noisy data: allow 25 %, plus
    // 16 KiB for the meta header, the tags (long descriptions included) and the padding header.
    const qint64 bound = pixelBytes + pixelBytes / 4 + 16384;
    return bound + (bound & 1);
}

QString SyntheticImageFactory::transferSyntaxUid(PixelEncoding encoding) {
    return QString::fromLatin1(DcmXfer(transferSyntax(encoding)).getXferID());
}

QString SyntheticImageFactory::sopClassUid(const QString &modality) {
    switch (kindOf(modality)) {
    case Kind::Ct:
        return QStringLiteral(UID_CTImageStorage);
    case Kind::Mr:
        return QStringLiteral(UID_MRImageStorage);
    case Kind::Pt:
        return QStringLiteral(UID_PositronEmissionTomographyImageStorage);
    case Kind::Mg:
        return QStringLiteral(UID_DigitalMammographyXRayImageStorageForPresentation);
    case Kind::Cr:
        return QStringLiteral(UID_ComputedRadiographyImageStorage);
    case Kind::Seg:
        return QStringLiteral(UID_SegmentationStorage);
    case Kind::RtStruct:
        return QStringLiteral(UID_RTStructureSetStorage);
    case Kind::Other:
        break;
    }
    return QStringLiteral(UID_SecondaryCaptureImageStorage);
}

} // namespace nbia::emulator
