#include "dicomcodecs.h"
#include "syntheticimagefactory.h"

#include "dcmtk/config/osconfig.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcistrmb.h"
#include "dcmtk/dcmdata/dcmetinf.h"
#include "dcmtk/dcmdata/dcpixel.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmimgle/dcmimage.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>

#include <cstdlib>
#include <ctime>
#include <memory>

using namespace nbia;
using namespace nbia::emulator;

Q_DECLARE_METATYPE(nbia::emulator::PixelEncoding)

namespace {

SyntheticImageSpec baseSpec(const QString &modality, PixelEncoding encoding, int bits = 16) {
    SyntheticImageSpec spec;
    spec.patientId = QStringLiteral("LIDC-IDRI-0042");
    spec.patientName = QStringLiteral("Müller^Zoë");
    spec.patientSex = QStringLiteral("F");
    spec.patientBirthDate = QDate(1961, 3, 14);
    spec.patientAge = QStringLiteral("062Y");
    spec.studyInstanceUid = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6279.6001.298806137288633453");
    spec.studyDate = QDate(2023, 11, 2);
    spec.studyDescription = QStringLiteral("Thorax/Abdomen: Étude crânienne ñ");
    spec.studyId = QStringLiteral("S1234");
    spec.seriesInstanceUid = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6279.6001.17906975154");
    spec.seriesDescription = QStringLiteral("Série 2: axial/1.25mm – contrasté");
    spec.modality = modality;
    spec.bodyPartExamined = QStringLiteral("HEAD");
    spec.manufacturer = QStringLiteral("Emulated Medical Systems");
    spec.manufacturerModelName = QStringLiteral("Phantom 3000");
    spec.softwareVersions = QStringLiteral("1.0");
    spec.protocolName = QStringLiteral("Routine Kopf");
    spec.seriesNumber = 3;
    spec.seriesDate = QDate(2023, 11, 2);
    spec.sopInstanceUid = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6279.6001.2231.7");
    spec.instanceNumber = 7;
    spec.acquisitionNumber = 1;
    spec.imagesInSeries = 20;
    spec.rows = 128;
    spec.columns = 96;
    spec.bitsAllocated = bits;
    spec.encoding = encoding;
    spec.seed = 4711;
    return spec;
}

bool isImageModality(const QString &modality) {
    return modality != u"SEG" && modality != u"RTSTRUCT";
}

std::unique_ptr<DcmFileFormat> load(const QByteArray &bytes) {
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), static_cast<offile_off_t>(bytes.size()));
    stream.setEos();
    auto file = std::make_unique<DcmFileFormat>();
    file->transferInit();
    const OFCondition status = file->read(stream, EXS_Unknown, EGL_noChange);
    file->transferEnd();
    if (status.bad())
        return nullptr;
    return file;
}

QString stringOf(DcmItem *item, const DcmTagKey &tag) {
    OFString value;
    if (item->findAndGetOFStringArray(tag, value).bad())
        return QStringLiteral("<missing>");
    return QString::fromUtf8(value.c_str());
}

// The uncompressed pixel data of a file, decompressing it in place if needed.
QByteArray rawPixels(DcmFileFormat &file) {
    DcmDataset *dataset = file.getDataset();
    if (dataset->chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad())
        return {};
    const Uint8 *data = nullptr;
    unsigned long count = 0;
    if (dataset->findAndGetUint8Array(DCM_PixelData, data, &count).bad() || !data)
        return {};
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(count));
}

QString expectedTransferSyntax(const QString &modality, PixelEncoding encoding, int bits) {
    if (!isImageModality(modality))
        return QStringLiteral(UID_LittleEndianExplicitTransferSyntax);
    const bool sixteen = modality == u"CT" || modality == u"MR" || modality == u"PT" || bits == 16;
    if (encoding == PixelEncoding::JpegBaseline && sixteen)
        return QStringLiteral(UID_JPEGProcess14SV1TransferSyntax);
    if (encoding == PixelEncoding::JpegExtended && modality == u"CT") // 16 bits stored
        return QStringLiteral(UID_JPEGProcess14SV1TransferSyntax);
    return SyntheticImageFactory::transferSyntaxUid(encoding);
}

const char *encodingName(PixelEncoding encoding) {
    switch (encoding) {
    case PixelEncoding::Uncompressed:
        return "uncompressed";
    case PixelEncoding::JpegLossless:
        return "jpeg-lossless";
    case PixelEncoding::JpegBaseline:
        return "jpeg-baseline";
    case PixelEncoding::JpegExtended:
        return "jpeg-extended";
    case PixelEncoding::JpegLs:
        return "jpeg-ls";
    case PixelEncoding::Rle:
        return "rle";
    case PixelEncoding::BigEndian:
        return "big-endian";
    case PixelEncoding::Jpeg2000:
        return "jpeg-2000";
    }
    return "?";
}

constexpr PixelEncoding AllEncodings[] = {PixelEncoding::Uncompressed, PixelEncoding::JpegLossless,
                                          PixelEncoding::JpegBaseline, PixelEncoding::JpegExtended,
                                          PixelEncoding::JpegLs,       PixelEncoding::Rle,
                                          PixelEncoding::BigEndian};

} // namespace

class TestSyntheticImageFactory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void uids();
    void makeFile_data();
    void makeFile();
    void lossyKeepsUids();
    void phantomVaries();
    void paddedFileSizeBound_data();
    void paddedFileSizeBound();
    void exactPaddingLimits();
    void errors();
    void missingEncoders();
    void codecsAreReferenceCounted();
    void structureSetsNeedNoImageSize();
    void timing();

private:
    DicomCodecs m_decoders; // decoders for the whole run; encoders per test
};

void TestSyntheticImageFactory::uids() {
    QCOMPARE(SyntheticImageFactory::transferSyntaxUid(PixelEncoding::Uncompressed),
             u"1.2.840.10008.1.2.1");
    QCOMPARE(SyntheticImageFactory::transferSyntaxUid(PixelEncoding::JpegLossless),
             u"1.2.840.10008.1.2.4.70");
    QCOMPARE(SyntheticImageFactory::transferSyntaxUid(PixelEncoding::JpegBaseline),
             u"1.2.840.10008.1.2.4.50");
    QCOMPARE(SyntheticImageFactory::transferSyntaxUid(PixelEncoding::JpegExtended),
             u"1.2.840.10008.1.2.4.51");
    QCOMPARE(SyntheticImageFactory::transferSyntaxUid(PixelEncoding::JpegLs),
             u"1.2.840.10008.1.2.4.80");
    QCOMPARE(SyntheticImageFactory::transferSyntaxUid(PixelEncoding::Rle), u"1.2.840.10008.1.2.5");
    QCOMPARE(SyntheticImageFactory::transferSyntaxUid(PixelEncoding::BigEndian),
             u"1.2.840.10008.1.2.2");
    QCOMPARE(SyntheticImageFactory::transferSyntaxUid(PixelEncoding::Jpeg2000),
             u"1.2.840.10008.1.2.4.90");

    QCOMPARE(SyntheticImageFactory::sopClassUid(QStringLiteral("CT")),
             u"1.2.840.10008.5.1.4.1.1.2");
    QCOMPARE(SyntheticImageFactory::sopClassUid(QStringLiteral("MR")),
             u"1.2.840.10008.5.1.4.1.1.4");
    QCOMPARE(SyntheticImageFactory::sopClassUid(QStringLiteral("PT")),
             u"1.2.840.10008.5.1.4.1.1.128");
    QCOMPARE(SyntheticImageFactory::sopClassUid(QStringLiteral("MG")),
             u"1.2.840.10008.5.1.4.1.1.1.2");
    QCOMPARE(SyntheticImageFactory::sopClassUid(QStringLiteral("CR")),
             u"1.2.840.10008.5.1.4.1.1.1");
    QCOMPARE(SyntheticImageFactory::sopClassUid(QStringLiteral("SEG")),
             u"1.2.840.10008.5.1.4.1.1.66.4");
    QCOMPARE(SyntheticImageFactory::sopClassUid(QStringLiteral("RTSTRUCT")),
             u"1.2.840.10008.5.1.4.1.1.481.3");
    QCOMPARE(SyntheticImageFactory::sopClassUid(QStringLiteral("US")),
             u"1.2.840.10008.5.1.4.1.1.6.1");
    QCOMPARE(SyntheticImageFactory::sopClassUid(QStringLiteral("US"), 12),
             u"1.2.840.10008.5.1.4.1.1.3.1");
    QCOMPARE(SyntheticImageFactory::sopClassUid(QStringLiteral("OT")),
             u"1.2.840.10008.5.1.4.1.1.7");
}

void TestSyntheticImageFactory::makeFile_data() {
    QTest::addColumn<QString>("modality");
    QTest::addColumn<int>("bits");
    QTest::addColumn<PixelEncoding>("encoding");
    QTest::addColumn<bool>("padded");

    const QList<QPair<QString, int>> modalities = {
        {QStringLiteral("CT"), 16},  {QStringLiteral("MR"), 16},       {QStringLiteral("PT"), 16},
        {QStringLiteral("MG"), 8},   {QStringLiteral("CR"), 16},       {QStringLiteral("OT"), 8},
        {QStringLiteral("SEG"), 16}, {QStringLiteral("RTSTRUCT"), 16},
    };
    for (const auto &[modality, bits] : modalities) {
        for (PixelEncoding encoding : AllEncodings) {
            for (bool padded : {false, true}) {
                QTest::addRow("%s-%d-%s%s", qPrintable(modality), bits, encodingName(encoding),
                              padded ? "-padded" : "")
                    << modality << bits << encoding << padded;
            }
        }
    }
}

void TestSyntheticImageFactory::makeFile() {
    QFETCH(QString, modality);
    QFETCH(int, bits);
    QFETCH(PixelEncoding, encoding);
    QFETCH(bool, padded);

    const DicomCodecs encoders(DicomCodecs::Mode::DecodeAndEncode);
    SyntheticImageSpec spec = baseSpec(modality, encoding, bits);
    if (padded)
        spec.targetFileSize = SyntheticImageFactory::paddedFileSize(spec.rows, spec.columns, bits);

    QString error;
    const QByteArray bytes = SyntheticImageFactory::makeFile(spec, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(bytes.mid(128, 4), QByteArray("DICM"));
    if (padded)
        QCOMPARE(qint64(bytes.size()), spec.targetFileSize);

    // Determinism: the same spec gives the same bytes.
    QCOMPARE(SyntheticImageFactory::makeFile(spec), bytes);

    auto file = load(bytes);
    QVERIFY(file);
    DcmMetaInfo *meta = file->getMetaInfo();
    DcmDataset *dataset = file->getDataset();
    QCOMPARE(stringOf(meta, DCM_TransferSyntaxUID),
             expectedTransferSyntax(modality, encoding, bits));
    QCOMPARE(stringOf(meta, DCM_MediaStorageSOPClassUID),
             SyntheticImageFactory::sopClassUid(modality));
    QCOMPARE(stringOf(meta, DCM_MediaStorageSOPInstanceUID), spec.sopInstanceUid);

    QCOMPARE(stringOf(dataset, DCM_SOPClassUID), SyntheticImageFactory::sopClassUid(modality));
    QCOMPARE(stringOf(dataset, DCM_SOPInstanceUID), spec.sopInstanceUid);
    QCOMPARE(stringOf(dataset, DCM_StudyInstanceUID), spec.studyInstanceUid);
    QCOMPARE(stringOf(dataset, DCM_SeriesInstanceUID), spec.seriesInstanceUid);
    QCOMPARE(stringOf(dataset, DCM_SpecificCharacterSet), u"ISO_IR 192");
    QCOMPARE(stringOf(dataset, DCM_PatientID), spec.patientId);
    QCOMPARE(stringOf(dataset, DCM_PatientName), spec.patientName);
    QCOMPARE(stringOf(dataset, DCM_PatientSex), spec.patientSex);
    QCOMPARE(stringOf(dataset, DCM_PatientBirthDate), u"19610314");
    QCOMPARE(stringOf(dataset, DCM_PatientAge), spec.patientAge);
    QCOMPARE(stringOf(dataset, DCM_StudyDate), u"20231102");
    QCOMPARE(stringOf(dataset, DCM_StudyDescription), spec.studyDescription);
    QCOMPARE(stringOf(dataset, DCM_SeriesDescription), spec.seriesDescription);
    QCOMPARE(stringOf(dataset, DCM_StudyID), spec.studyId);
    QCOMPARE(stringOf(dataset, DCM_Modality), modality);
    QCOMPARE(stringOf(dataset, DCM_BodyPartExamined), spec.bodyPartExamined);
    QCOMPARE(stringOf(dataset, DCM_Manufacturer), spec.manufacturer);
    QCOMPARE(stringOf(dataset, DCM_ManufacturerModelName), spec.manufacturerModelName);
    QCOMPARE(stringOf(dataset, DCM_ProtocolName), spec.protocolName);
    QCOMPARE(stringOf(dataset, DCM_SeriesNumber), u"3");
    QCOMPARE(stringOf(dataset, DCM_InstanceNumber), u"7");
    QVERIFY(!dataset->tagExists(DCM_InstanceCreationDate));
    QVERIFY(!dataset->tagExists(DCM_SourceImageSequence));
    QCOMPARE(dataset->tagExists(DCM_DataSetTrailingPadding), padded);

    if (isImageModality(modality)) {
        QCOMPARE(stringOf(dataset, DCM_AcquisitionNumber), u"1");
        QVERIFY(dataset->tagExists(DCM_ImagePositionPatient));
        QVERIFY(dataset->tagExists(DCM_PixelSpacing));
        Uint16 allocated = 0;
        QVERIFY(dataset->findAndGetUint16(DCM_BitsAllocated, allocated).good());
        const bool sixteen = modality == u"CT" || modality == u"MR" || modality == u"PT";
        QCOMPARE(int(allocated), sixteen ? 16 : bits);
        Uint16 representation = 9;
        QVERIFY(dataset->findAndGetUint16(DCM_PixelRepresentation, representation).good());
        QCOMPARE(int(representation), modality == u"CT" ? 1 : 0);
        if (modality == u"CT")
            QCOMPARE(stringOf(dataset, DCM_RescaleIntercept), u"-1024");

        DicomImage image(dataset, dataset->getOriginalXfer());
        QCOMPARE(int(image.getStatus()), int(EIS_Normal));
        QCOMPARE(int(image.getWidth()), spec.columns);
        QCOMPARE(int(image.getHeight()), spec.rows);
        QVERIFY(image.getOutputData(8) != nullptr);

        // Lossless encodings give back exactly the uncompressed pixels.
        // Lossy JPEG: baseline holds 8 bits, extended 12; deeper images are written losslessly.
        const bool lossy = (encoding == PixelEncoding::JpegBaseline && !sixteen && bits == 8) ||
                           (encoding == PixelEncoding::JpegExtended && modality != u"CT");
        if (encoding != PixelEncoding::Uncompressed && !lossy) {
            SyntheticImageSpec plainSpec = spec;
            plainSpec.encoding = PixelEncoding::Uncompressed;
            plainSpec.targetFileSize = 0;
            auto plain = load(SyntheticImageFactory::makeFile(plainSpec));
            QVERIFY(plain);
            const QByteArray expected = rawPixels(*plain);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(rawPixels(*file), expected);
        }
        if (lossy)
            QCOMPARE(stringOf(dataset, DCM_LossyImageCompression), u"01");
    } else if (modality == u"SEG") {
        QCOMPARE(stringOf(dataset, DCM_SegmentationType), u"BINARY");
        Uint16 allocated = 0;
        QVERIFY(dataset->findAndGetUint16(DCM_BitsAllocated, allocated).good());
        QCOMPARE(int(allocated), 1);
        DcmItem *segment = nullptr;
        QVERIFY(dataset->findAndGetSequenceItem(DCM_SegmentSequence, segment, 0).good());
        QCOMPARE(stringOf(segment, DCM_SegmentLabel), u"Brain");
        QVERIFY(dataset->findAndGetSequenceItem(DCM_SegmentSequence, segment, 1).bad());
        const Uint8 *data = nullptr;
        unsigned long count = 0;
        QVERIFY(dataset->findAndGetUint8Array(DCM_PixelData, data, &count).good());
        const qsizetype packed = (spec.rows * spec.columns + 7) / 8;
        QCOMPARE(qsizetype(count), packed + (packed & 1));
        int set = 0;
        for (unsigned long i = 0; i < count; ++i)
            set += qPopulationCount(data[i]);
        QVERIFY(set > spec.rows * spec.columns / 10);
        QVERIFY(set < spec.rows * spec.columns);

        DicomImage image(dataset, dataset->getOriginalXfer());
        QCOMPARE(int(image.getStatus()), int(EIS_Normal));
        QCOMPARE(int(image.getWidth()), spec.columns);
    } else {
        QVERIFY(!dataset->tagExists(DCM_PixelData));
        DcmItem *roi = nullptr;
        QVERIFY(dataset->findAndGetSequenceItem(DCM_StructureSetROISequence, roi, 0).good());
        QCOMPARE(stringOf(roi, DCM_ROINumber), u"1");
        DcmItem *contour = nullptr;
        QVERIFY(dataset->findAndGetSequenceItem(DCM_ROIContourSequence, contour, 0).good());
        DcmItem *polygon = nullptr;
        QVERIFY(contour->findAndGetSequenceItem(DCM_ContourSequence, polygon, 0).good());
        QCOMPARE(stringOf(polygon, DCM_ContourGeometricType), u"CLOSED_PLANAR");
        Sint32 points = 0;
        QVERIFY(polygon->findAndGetSint32(DCM_NumberOfContourPoints, points).good());
        QVERIFY(points >= 3);
        QCOMPARE(stringOf(polygon, DCM_ContourData).split(u'\\').size(), 3 * points);
        DcmItem *frame = nullptr;
        QVERIFY(dataset->findAndGetSequenceItem(DCM_ReferencedFrameOfReferenceSequence, frame, 0)
                    .good());
        DcmItem *study = nullptr;
        QVERIFY(frame->findAndGetSequenceItem(DCM_RTReferencedStudySequence, study, 0).good());
        QCOMPARE(stringOf(study, DCM_ReferencedSOPInstanceUID), spec.studyInstanceUid);
        QCOMPARE(stringOf(roi, DCM_ReferencedFrameOfReferenceUID),
                 stringOf(frame, DCM_FrameOfReferenceUID));
    }
}

void TestSyntheticImageFactory::lossyKeepsUids() {
    const DicomCodecs encoders(DicomCodecs::Mode::DecodeAndEncode);
    const SyntheticImageSpec spec = baseSpec(QStringLiteral("MG"), PixelEncoding::JpegBaseline, 8);
    QString error;
    const QByteArray bytes = SyntheticImageFactory::makeFile(spec, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    auto file = load(bytes);
    QVERIFY(file);
    QCOMPARE(stringOf(file->getMetaInfo(), DCM_TransferSyntaxUID), u"1.2.840.10008.1.2.4.50");
    QCOMPARE(stringOf(file->getDataset(), DCM_SOPInstanceUID), spec.sopInstanceUid);
    QCOMPARE(stringOf(file->getMetaInfo(), DCM_MediaStorageSOPInstanceUID), spec.sopInstanceUid);
    QCOMPARE(stringOf(file->getDataset(), DCM_SeriesInstanceUID), spec.seriesInstanceUid);
    QVERIFY(!file->getDataset()->tagExists(DCM_InstanceCreationTime));
    QCOMPARE(stringOf(file->getDataset(), DCM_WindowCenter), u"128");

    // Lossy, but close to the uncompressed pixels (no stretching of the value range).
    SyntheticImageSpec plainSpec = spec;
    plainSpec.encoding = PixelEncoding::Uncompressed;
    auto plain = load(SyntheticImageFactory::makeFile(plainSpec));
    QVERIFY(plain);
    const QByteArray expected = rawPixels(*plain);
    const QByteArray actual = rawPixels(*file);
    QCOMPARE(actual.size(), expected.size());
    double difference = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        difference += std::abs(int(quint8(actual[i])) - int(quint8(expected[i])));
    const double mean = difference / double(actual.size());
    QVERIFY2(mean < 3.0, qPrintable(QString::number(mean)));
}

void TestSyntheticImageFactory::phantomVaries() {
    SyntheticImageSpec spec = baseSpec(QStringLiteral("CT"), PixelEncoding::Uncompressed);
    spec.instanceNumber = 1;
    auto first = load(SyntheticImageFactory::makeFile(spec));
    spec.instanceNumber = 10;
    auto middle = load(SyntheticImageFactory::makeFile(spec));
    spec.seed = 99;
    auto otherSeed = load(SyntheticImageFactory::makeFile(spec));
    QVERIFY(first && middle && otherSeed);
    QVERIFY(rawPixels(*first) != rawPixels(*middle));
    QVERIFY(rawPixels(*middle) != rawPixels(*otherSeed));

    // Slices move along z with the instance number.
    const QStringList a = stringOf(first->getDataset(), DCM_ImagePositionPatient).split(u'\\');
    const QStringList b = stringOf(middle->getDataset(), DCM_ImagePositionPatient).split(u'\\');
    QCOMPARE(a.size(), 3);
    QCOMPARE(b.size(), 3);
    QCOMPARE(a[0], b[0]);
    QCOMPARE(b[2].toDouble() - a[2].toDouble(), 9 * 2.5);
    QCOMPARE(stringOf(middle->getDataset(), DCM_SliceLocation), b[2]);

    // CT values are in the Hounsfield range once rescaled; air in the corner, tissue in the centre.
    const QByteArray raw = rawPixels(*middle);
    const auto *pixels = reinterpret_cast<const qint16 *>(raw.constData());
    const int corner = pixels[0] - 1024;
    const int centre = pixels[(spec.rows / 2) * spec.columns + spec.columns / 2] - 1024;
    QVERIFY2(corner < -900, qPrintable(QString::number(corner)));
    QVERIFY2(centre > -100 && centre < 200, qPrintable(QString::number(centre)));
}

void TestSyntheticImageFactory::paddedFileSizeBound_data() {
    QTest::addColumn<QString>("modality");
    QTest::addColumn<int>("bits");
    QTest::addColumn<PixelEncoding>("encoding");
    for (PixelEncoding encoding : AllEncodings) {
        for (const char *modality : {"CT", "MR", "PT"})
            QTest::addRow("%s-%s", modality, encodingName(encoding))
                << QString::fromLatin1(modality) << 16 << encoding;
        QTest::addRow("MG8-%s", encodingName(encoding)) << QStringLiteral("MG") << 8 << encoding;
        QTest::addRow("SEG-%s", encodingName(encoding)) << QStringLiteral("SEG") << 16 << encoding;
    }
}

void TestSyntheticImageFactory::paddedFileSizeBound() {
    QFETCH(QString, modality);
    QFETCH(int, bits);
    QFETCH(PixelEncoding, encoding);

    const DicomCodecs encoders(DicomCodecs::Mode::DecodeAndEncode);
    SyntheticImageSpec spec = baseSpec(modality, encoding, bits);
    spec.rows = 512;
    spec.columns = 512;
    // Long descriptions (about 300 characters in total, many of them two bytes in UTF-8).
    spec.studyDescription = QString(64, QChar(u'é'));
    spec.seriesDescription = QString(64, QChar(u'ü'));
    spec.protocolName = QString(64, QChar(u'x'));
    spec.patientName = QString(64, QChar(u'Ø'));
    spec.manufacturerModelName = QString(64, QChar(u'm'));
    const qint64 bound = SyntheticImageFactory::paddedFileSize(spec.rows, spec.columns, bits);
    QCOMPARE(bound % 2, 0);
    for (int instance : {1, 10, 20}) {
        spec.instanceNumber = instance;
        spec.targetFileSize = 0;
        QString error;
        const QByteArray plain = SyntheticImageFactory::makeFile(spec, &error);
        QVERIFY2(!plain.isEmpty(), qPrintable(error));
        QVERIFY2(plain.size() + 12 <= bound,
                 qPrintable(QStringLiteral("%1 + 12 > %2").arg(plain.size()).arg(bound)));
        spec.targetFileSize = bound;
        const QByteArray padded = SyntheticImageFactory::makeFile(spec, &error);
        QVERIFY2(!padded.isEmpty(), qPrintable(error));
        QCOMPARE(qint64(padded.size()), bound);
        QCOMPARE(padded.left(plain.size()), plain);
    }
}

void TestSyntheticImageFactory::exactPaddingLimits() {
    SyntheticImageSpec spec = baseSpec(QStringLiteral("CT"), PixelEncoding::Uncompressed);
    const QByteArray plain = SyntheticImageFactory::makeFile(spec);
    QVERIFY(!plain.isEmpty());
    QCOMPARE(plain.size() % 2, 0);

    // An empty padding element fits exactly.
    spec.targetFileSize = plain.size() + 12;
    const QByteArray exact = SyntheticImageFactory::makeFile(spec);
    QCOMPARE(qint64(exact.size()), spec.targetFileSize);
    QCOMPARE(exact.right(12), QByteArray("\xFC\xFF\xFC\xFFOB\0\0\0\0\0\0", 12));
    QVERIFY(load(exact));

    spec.targetFileSize = plain.size() + 1000;
    const QByteArray larger = SyntheticImageFactory::makeFile(spec);
    QCOMPARE(qint64(larger.size()), spec.targetFileSize);
    QCOMPARE(larger.mid(plain.size(), 12), QByteArray("\xFC\xFF\xFC\xFFOB\0\0\xDC\x03\0\0", 12));
    auto file = load(larger);
    QVERIFY(file);
    DcmElement *padding = nullptr;
    QVERIFY(file->getDataset()->findAndGetElement(DCM_DataSetTrailingPadding, padding).good());
    QCOMPARE(padding->getLength(), Uint32(988));
}

void TestSyntheticImageFactory::errors() {
    SyntheticImageSpec spec = baseSpec(QStringLiteral("CT"), PixelEncoding::Uncompressed);
    const QByteArray plain = SyntheticImageFactory::makeFile(spec);

    for (qint64 target : {qint64(1000), qint64(plain.size()), qint64(plain.size() + 10),
                          qint64(plain.size() + 13)}) {
        spec.targetFileSize = target;
        QString error;
        QVERIFY(SyntheticImageFactory::makeFile(spec, &error).isEmpty());
        QVERIFY2(error.contains(u"pad"), qPrintable(error));
    }

    spec.targetFileSize = 0;
    spec.sopInstanceUid.clear();
    QString error;
    QVERIFY(SyntheticImageFactory::makeFile(spec, &error).isEmpty());
    QVERIFY(!error.isEmpty());

    spec = baseSpec(QStringLiteral("MG"), PixelEncoding::Uncompressed, 12);
    error.clear();
    QVERIFY(SyntheticImageFactory::makeFile(spec, &error).isEmpty());
    QVERIFY(!error.isEmpty());

    spec = baseSpec(QStringLiteral("CT"), PixelEncoding::Uncompressed);
    spec.rows = 0;
    error.clear();
    QVERIFY(SyntheticImageFactory::makeFile(spec, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestSyntheticImageFactory::missingEncoders() {
    // Only the decoders (m_decoders) are registered here.
    for (PixelEncoding encoding : AllEncodings) {
        const SyntheticImageSpec spec = baseSpec(QStringLiteral("MG"), encoding, 8);
        QString error;
        const QByteArray bytes = SyntheticImageFactory::makeFile(spec, &error);
        if (encoding == PixelEncoding::Uncompressed || encoding == PixelEncoding::BigEndian) {
            QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        } else {
            QVERIFY(bytes.isEmpty());
            QVERIFY2(error.contains(u"DicomCodecs"), qPrintable(error));
        }
    }
    // SEG and RTSTRUCT are never compressed.
    QVERIFY(!SyntheticImageFactory::makeFile(baseSpec(QStringLiteral("SEG"), PixelEncoding::Rle))
                 .isEmpty());
}

// The archive's RTSTRUCT series have no rows or columns; their files are made all the same.
void TestSyntheticImageFactory::structureSetsNeedNoImageSize() {
    SyntheticImageSpec spec = baseSpec(QStringLiteral("RTSTRUCT"), PixelEncoding::Uncompressed);
    spec.rows = 0;
    spec.columns = 0;
    QString error;
    QVERIFY2(!SyntheticImageFactory::makeFile(spec, &error).isEmpty(), qPrintable(error));
    spec.modality = QStringLiteral("CT"); // an image still needs its size
    QVERIFY(SyntheticImageFactory::makeFile(spec, &error).isEmpty());
    QVERIFY(error.contains(u"size"));
}

void TestSyntheticImageFactory::codecsAreReferenceCounted() {
    const SyntheticImageSpec spec = baseSpec(QStringLiteral("CT"), PixelEncoding::JpegLs);
    QByteArray withCodecs;
    {
        const DicomCodecs outer(DicomCodecs::Mode::DecodeAndEncode);
        {
            const DicomCodecs inner(DicomCodecs::Mode::DecodeAndEncode);
            const DicomCodecs decodeOnly;
        }
        withCodecs = SyntheticImageFactory::makeFile(spec);
        QVERIFY(!withCodecs.isEmpty());
    }
    QVERIFY(SyntheticImageFactory::makeFile(spec).isEmpty());

    // The decoders outlive the encoders: the JPEG-LS file still decodes.
    auto file = load(withCodecs);
    QVERIFY(file);
    DicomImage image(file->getDataset(), file->getDataset()->getOriginalXfer());
    QCOMPARE(int(image.getStatus()), int(EIS_Normal));
}

void TestSyntheticImageFactory::timing() {
    const DicomCodecs encoders(DicomCodecs::Mode::DecodeAndEncode);
    constexpr int Repeats = 20;
    for (PixelEncoding encoding : AllEncodings) {
        SyntheticImageSpec spec = baseSpec(QStringLiteral("CT"), encoding);
        spec.rows = 256;
        spec.columns = 256;
        QVERIFY(!SyntheticImageFactory::makeFile(spec).isEmpty()); // warm-up
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        for (int i = 0; i < Repeats; ++i) {
            spec.instanceNumber = i + 1;
            QVERIFY(!SyntheticImageFactory::makeFile(spec).isEmpty());
        }
        const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / Repeats;
        const double wallMs = double(timer.nsecsElapsed()) / 1e6 / Repeats;
        qInfo("256x256 16-bit CT, %s: %.2f ms CPU, %.2f ms wall per image", encodingName(encoding),
              cpuMs, wallMs);
        // The target is well under 5 ms; the bound is loose so that a busy machine does not fail.
        if (encoding == PixelEncoding::Uncompressed)
            QVERIFY2(cpuMs < 25.0, qPrintable(QString::number(cpuMs)));
    }
}

QTEST_GUILESS_MAIN(TestSyntheticImageFactory)

#include "tst_syntheticimagefactory.moc"
