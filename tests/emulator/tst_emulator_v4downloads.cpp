// v4 downloads, metadata and tags (nbia-api-v4.md §3.14–3.18, §3.22): getImage's entries with
// and without IncludeMD5 and NewFileNames, md5hashes.csv against the entries,
// getImageWithMD5Hash, getSingleImage, POST getSeriesMetadata (CSV header byte for byte, rows,
// JSON types) and getDicomTags (shape, and the references of SEG and RTSTRUCT series).

#include "dicominfo.h"
#include "emulatortestcase.h"
#include "expectedv4.h"
#include "flatjsonarray.h"
#include "httpchecks.h"
#include "zipcontents.h"

#include "dcmtk/config/osconfig.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcistrmb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace nbia::emulator;
using namespace nbia::emulator::testsupport;
using namespace Qt::StringLiterals;

namespace {
QByteArray quoted(const QString &value) {
    QString doubled = value;
    doubled.replace(u"\""_s, u"\"\""_s);
    return '"' + doubled.toUtf8() + '"';
}

// PixelSpacing's first value and SliceThickness of a DICOM file as decimal(22,6) text; null
// strings when the file has none.
std::pair<QString, QString> spacing(const QByteArray &bytes) {
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), static_cast<offile_off_t>(bytes.size()));
    stream.setEos();
    DcmFileFormat file;
    file.transferInit();
    file.read(stream, EXS_Unknown, EGL_noChange);
    file.transferEnd();
    Float64 row = 0;
    Float64 thickness = 0;
    DcmDataset *dataset = file.getDataset();
    const bool hasRow = dataset->findAndGetFloat64(DCM_PixelSpacing, row, 0).good();
    const bool hasThickness = dataset->findAndGetFloat64(DCM_SliceThickness, thickness).good();
    return {hasRow ? QString::number(row, 'f', 6) : QString(),
            hasThickness ? QString::number(thickness, 'f', 6) : QString()};
}

struct TagRow {
    QString element;
    QString name;
    QJsonValue data;
};

QList<TagRow> tagRows(const QByteArray &body) {
    QList<TagRow> rows;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).array()) {
        const QJsonObject o = v.toObject();
        rows.append(
            {o.value(u"element"_s).toString(), o.value(u"name"_s).toString(), o.value(u"data"_s)});
    }
    return rows;
}

qsizetype indexOf(const QList<TagRow> &rows, const QString &element, qsizetype from = 0) {
    for (qsizetype i = from; i < rows.size(); ++i) {
        if (rows[i].element == element)
            return i;
    }
    return -1;
}
} // namespace

class TestEmulatorV4Downloads final : public EmulatorTestCase {
    Q_OBJECT

    qsizetype m_zipSeries = -1;

    HttpResult image(const QString &endpoint, const QString &uid, const QString &extra = {}) {
        return get(u"v4/"_s + endpoint + u"?SeriesInstanceUID="_s + uid + extra);
    }

    qsizetype firstOf(const QString &modality) const {
        for (qsizetype i = 0; i < archive().series().size(); ++i) {
            if (archive().series()[i].modality == modality &&
                !archive().series()[i].referencedSeries.isEmpty())
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        m_emulator.start();
        m_zipSeries = m_emulator.zipSeries();
    }

    void init() { m_emulator.reset(); }

    void cleanupTestCase() { m_emulator.stop(); }

    // §3.15: LICENSE first, the images, md5hashes.csv last only with IncludeMD5=Yes; only "yes"
    // (any case) switches an option on.
    void getImageEntries_data() {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<bool>("newNames");
        QTest::addColumn<bool>("md5");
        QTest::newRow("plain") << QString() << false << false;
        QTest::newRow("IncludeMD5=Yes") << u"&IncludeMD5=Yes"_s << false << true;
        QTest::newRow("IncludeMD5=yes") << u"&IncludeMD5=yes"_s << false << true;
        QTest::newRow("IncludeMD5=true does nothing") << u"&IncludeMD5=true"_s << false << false;
        QTest::newRow("IncludeMD5=1 does nothing") << u"&IncludeMD5=1"_s << false << false;
        QTest::newRow("NewFileNames=Yes") << u"&NewFileNames=Yes"_s << true << false;
        QTest::newRow("both") << u"&NewFileNames=YES&IncludeMD5=Yes"_s << true << true;
    }
    void getImageEntries() {
        QFETCH(QString, extra);
        QFETCH(bool, newNames);
        QFETCH(bool, md5);
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        const HttpResult r = image(u"getImage"_s, s.uid, extra);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/octet-stream"));
        QCOMPARE(r.header("Content-Disposition"),
                 "attachment; filename=\"" + s.uid.toLatin1() + ".zip\"");
        const ZipContents zip = readZip(r.body);
        QVERIFY(zip.opened);
        QStringList names{u"LICENSE"_s};
        const int digits = int(QString::number(s.imageCount).size());
        for (int n = 1; n <= s.imageCount; ++n)
            names.append(newNames
                             ? u"1-"_s + QString::number(n).rightJustified(digits, u'0') + u".dcm"_s
                             : defaultEntryName(n));
        if (md5)
            names.append(u"md5hashes.csv"_s);
        QCOMPARE(zip.names(), names);
        if (!md5)
            return;
        QByteArray csv = "Filename,MD5Hash\n";
        for (const ZipEntry &entry : zip.entries) {
            if (entry.name.endsWith(u".dcm"_s))
                csv += entry.name.toUtf8() + ',' + md5Hex(entry.data).toUtf8() + '\n';
        }
        QCOMPARE(zip.find(u"md5hashes.csv"_s)->data, csv);
    }

    // §3.16: no LICENSE, md5hashes.csv always.
    void imageWithMd5Hash() {
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        const HttpResult r = image(u"getImageWithMD5Hash"_s, s.uid);
        QCOMPARE(r.status, 200);
        const ZipContents zip = readZip(r.body);
        QCOMPARE(zip.entries.size(), s.imageCount + 1);
        QCOMPARE(zip.entries.first().name, defaultEntryName(1));
        QCOMPARE(zip.entries.last().name, u"md5hashes.csv"_s);
        const QList<QByteArray> lines = zip.entries.last().data.split('\n');
        QCOMPARE(lines.first(), QByteArray("Filename,MD5Hash"));
        QCOMPARE(lines[1],
                 defaultEntryName(1).toUtf8() + ',' + md5Hex(zip.entries.first().data).toUtf8());
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s)
                    .match(QString::fromLatin1(lines[1].split(',').last()))
                    .hasMatch());
    }

    // §3.14.
    void singleImage() {
        const qsizetype index = m_zipSeries;
        const QString sop = archive().sopInstanceUid(index, 1);
        HttpResult r = get(u"v4/getSingleImage?SeriesInstanceUID=%1&SOPInstanceUID=%2"_s.arg(
            archive().series()[index].uid, sop));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/dicom"));
        QCOMPARE(r.header("Content-Disposition"), "attachment; filename=" + sop.toUtf8() + ".dcm");
        QCOMPARE(readDicom(r.body).sopInstanceUid, sop);
        r = get(u"v4/getSingleImage?SeriesInstanceUID=1.2&SOPInstanceUID=1.2.3"_s);
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.startsWith("Server was not able to process your request\n"));
    }

    // §3.18: the 40 CamelCase columns, CSV through the quoted writer, as a download.
    void seriesMetadataCsv() {
        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const auto [row, thickness] =
            spacing(SyntheticImageFactory::makeFile(archive().imageSpec(index, 1)));
        const auto fields = ExpectedV4(archive()).metadata(index, row, thickness);
        const HttpResult r = post(u"v4/getSeriesMetadata"_s, "list=" + s.uid.toUtf8());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/csv"));
        QCOMPARE(r.header("Content-Disposition"),
                 QByteArray("attachment; filename=\"SeriesMetaData.csv\""));
        const QByteArray header =
            "\"PatientID\",\"PatientName\",\"PatientSex\",\"EthnicGroup\",\"Phantom\","
            "\"SpeciesCode\",\"SpeciesDescription\",\"StudyInstanceUID\",\"StudyDate\","
            "\"StudyDesc\",\"AdmittingDiagnosisDescription\",\"StudyID\",\"PatientAge\","
            "\"LongitudinalTemporalEventType\",\"LongitudinalTemporalOffsetFromEvent\","
            "\"SeriesInstanceUID\",\"Collection\",\"Site\",\"Modality\",\"ProtocolName\","
            "\"SeriesDate\",\"SeriesDescription\",\"BodyPartExamined\",\"SeriesNumber\","
            "\"AnnotationsFlag\",\"Manufacturer\",\"ManufacturerModelName\","
            "\"PixelSpacing(mm)-Row\",\"SliceThickness(mm)\",\"SoftwareVersions\",\"ImageCount\","
            "\"MaxSubmissionTimestamp\",\"LicenseName\",\"LicenseURI\",\"DataDescriptionURI\","
            "\"FileSize\",\"ReleasedStatus\",\"DateReleased\",\"ThirdPartyAnalysis\","
            "\"Authorized\"\n";
        QVERIFY2(r.body.startsWith(header), r.body.left(200).constData());
        QByteArrayList values;
        for (const auto &[key, value] : fields)
            values.append(quoted(value));
        QCOMPARE(r.body.mid(header.size()), values.join(',') + '\n');
        QVERIFY(!row.isEmpty());
    }

    // §3.18: format=json gives Jettison JSON, all strings but ImageCount and FileSize.
    void seriesMetadataJson() {
        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const HttpResult r = post(u"v4/getSeriesMetadata"_s, "format=json&list=" + s.uid.toUtf8());
        verifyJsonOk(r);
        FlatJsonArray json;
        QVERIFY2(json.parse(r.body), qPrintable(json.error()));
        QCOMPARE(json.rows().size(), 1);
        const JsonRow &row = json.rows().first();
        for (const JsonField &field : row.fields) {
            if (field.key == "ImageCount"_L1 || field.key == "FileSize"_L1)
                QVERIFY2(field.value.isDouble(), qPrintable(field.key));
            else
                QVERIFY2(field.value.isString(), qPrintable(field.key));
        }
        QCOMPARE(row.value(u"ImageCount"_s), QJsonValue(s.imageCount));
        QCOMPARE(row.value(u"SeriesNumber"_s).toString(),
                 QString::number(s.seriesNumber) + u".000000"_s);
        QCOMPARE(row.value(u"Authorized"_s), QJsonValue(u"1"_s));
        QVERIFY(row.raw.contains("\"LicenseURI\":\"http"));
        QVERIFY(row.raw.contains(":\\/\\/"));
    }

    // §3.18: `list` repeatable and comma-joined, all but [0-9.,] stripped, unknown skipped,
    // duplicates repeated; no match ⇒ 200-empty; no list ⇒ 400.
    void seriesMetadataList() {
        const QString a = archive().series()[0].uid;
        const QString b = archive().series()[1].uid;
        HttpResult r =
            post(u"v4/getSeriesMetadata"_s, "list=" + a.toUtf8() + "%2C1.2.3," + b.toUtf8() +
                                                "&list=%20" + a.toUtf8() + "x&format=json");
        verifyJsonOk(r);
        FlatJsonArray json;
        QVERIFY(json.parse(r.body));
        QCOMPARE(json.rows().size(), 3);
        QCOMPARE(json.rows()[0].value(u"SeriesInstanceUID"_s).toString(), a);
        QCOMPARE(json.rows()[1].value(u"SeriesInstanceUID"_s).toString(), b);
        QCOMPARE(json.rows()[2].value(u"SeriesInstanceUID"_s).toString(), a);
        verifyEmpty(post(u"v4/getSeriesMetadata"_s, "list=1.2.3"));
        for (const QByteArray &form :
             {QByteArray("format=csv"), QByteArray("list="), QByteArray("list=abc")}) {
            r = post(u"v4/getSeriesMetadata"_s, form);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.body, QByteArray("A form parameter, list, containing at least one "
                                        "SeriesInstanceUID is required."));
        }
    }

    // §3.22: file meta first, then the data set up to Pixel Data; {"element","name","data"};
    // multiple values joined with "\".
    void dicomTagsShape() {
        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const HttpResult r = get(u"v4/getDicomTags?SeriesUID="_s + s.uid);
        verifyJsonOk(r);
        const QByteArray modality =
            "{\"element\":\"(0008,0060)\",\"name\":\"Modality\",\"data\":\"" + s.modality.toUtf8() +
            "\"}";
        QVERIFY(r.body.contains(modality));
        const QList<TagRow> rows = tagRows(r.body);
        QVERIFY(rows.size() > 20);
        QCOMPARE(rows.first().element, u"(0002,0000)"_s);
        QVERIFY(indexOf(rows, u"(7FE0,0010)"_s) < 0);
        const qsizetype lastMeta = [&] {
            qsizetype last = -1;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (rows[i].element.startsWith(u"(0002,"_s))
                    last = i;
            }
            return last;
        }();
        QVERIFY(lastMeta > 0);
        QVERIFY(lastMeta < indexOf(rows, u"(0008,0060)"_s));
        const QRegularExpression element(u"^>*\\([0-9A-F]{4},[0-9A-F]{4}\\)$"_s);
        for (const TagRow &row : rows)
            QVERIFY2(element.match(row.element).hasMatch(), qPrintable(row.element));
        const qsizetype sop = indexOf(rows, u"(0008,0018)"_s);
        QCOMPARE(rows[sop].name, u"SOPInstanceUID"_s);
        QCOMPARE(rows[sop].data.toString(),
                 archive().sopInstanceUid(index, archive().storageOrder(index).first()));
        const qsizetype type = indexOf(rows, u"(0008,0008)"_s);
        QVERIFY(rows[type].data.toString().contains(u'\\'));
        QCOMPARE(rows[indexOf(rows, u"(0020,000E)"_s)].data.toString(), s.uid);
    }

    // The derived objects reference image series of the archive (same study where it has one).
    void derivedSeriesReferences() {
        int derived = 0;
        for (qsizetype i = 0; i < archive().series().size(); ++i) {
            const ArchiveSeries &s = archive().series()[i];
            if (s.modality != "SEG"_L1 && s.modality != "RTSTRUCT"_L1)
                continue;
            ++derived;
            QCOMPARE(s.referencedSeries.size(), 1);
            const ArchiveSeries &source = archive().series()[s.referencedSeries.first()];
            QVERIFY(source.modality == "CT"_L1 || source.modality == "MR"_L1 ||
                    source.modality == "PT"_L1);
            const ArchiveStudy &study = archive().studyOf(s);
            bool studyHasImages = false;
            for (qsizetype j = study.firstSeries; j < study.firstSeries + study.seriesCount; ++j)
                studyHasImages = studyHasImages || archive().series()[j].modality == "CT"_L1 ||
                                 archive().series()[j].modality == "MR"_L1 ||
                                 archive().series()[j].modality == "PT"_L1;
            if (studyHasImages)
                QCOMPARE(source.study, s.study);
        }
        QVERIFY(derived > 0);
    }

    void segReferences() {
        const qsizetype seg = firstOf(u"SEG"_s);
        QVERIFY(seg >= 0);
        const qsizetype source = archive().series()[seg].referencedSeries.first();
        const QList<TagRow> rows =
            tagRows(get(u"v4/getDicomTags?SeriesUID="_s + archive().series()[seg].uid).body);
        const qsizetype start = indexOf(rows, u"(0008,1115)"_s);
        QVERIFY(start >= 0);
        QCOMPARE(rows[start].name, u"ReferencedSeriesSequence"_s);
        QVERIFY(rows[start].data.isNull());
        const qsizetype uid = indexOf(rows, u">(0020,000E)"_s, start);
        QVERIFY(uid > start);
        QCOMPARE(rows[uid].data.toString(), archive().series()[source].uid);
        const qsizetype instance = indexOf(rows, u">>(0008,1155)"_s, start);
        QVERIFY(instance > start);
        QCOMPARE(rows[instance].data.toString(), archive().sopInstanceUid(source, 1));
        qsizetype end = -1;
        for (qsizetype i = start + 1; i < rows.size(); ++i) {
            if (rows[i].element == u"(0008,1115)"_s) {
                end = i;
                break;
            }
        }
        QVERIFY(end > instance);
        QCOMPARE(rows[end].name, u"End ReferencedSeriesSequence"_s);
        QVERIFY(rows[end].data.isNull());
    }

    // The small archive has no structure set: a larger one on a server of its own.
    void rtstructReferences() {
        EmulatorOptions options;
        options.archive = *ArchiveSpec::fromSize(u"600"_s, 1);
        EmulatorServer server(options);
        QVERIFY(server.listen());
        const SyntheticArchive &a = server.archive();
        qsizetype rt = -1;
        for (qsizetype i = 0; i < a.series().size() && rt < 0; ++i) {
            if (a.series()[i].modality == "RTSTRUCT"_L1)
                rt = i;
        }
        QVERIFY(rt >= 0);
        QCOMPARE(a.series()[rt].referencedSeries.size(), 1);
        const qsizetype source = a.series()[rt].referencedSeries.first();
        const HttpResult r = request(QUrl(server.serviceRoot().toString() +
                                          u"v4/getDicomTags?SeriesUID="_s + a.series()[rt].uid));
        verifyJsonOk(r);
        const QList<TagRow> rows = tagRows(r.body);
        const qsizetype frame = indexOf(rows, u"(3006,0010)"_s);
        QVERIFY(frame >= 0);
        const qsizetype study = indexOf(rows, u">(3006,0012)"_s, frame);
        QVERIFY(study > frame);
        QCOMPARE(rows[indexOf(rows, u">>(0008,1155)"_s, study)].data.toString(),
                 a.studyOf(a.series()[source]).uid);
        const qsizetype series = indexOf(rows, u">>(3006,0014)"_s, study);
        QVERIFY(series > study);
        QCOMPARE(rows[series].name, u"RTReferencedSeriesSequence"_s);
        QCOMPARE(rows[indexOf(rows, u">>>(0020,000E)"_s, series)].data.toString(),
                 a.series()[source].uid);
        QVERIFY(indexOf(rows, u">>>(3006,0016)"_s, series) > series);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorV4Downloads)
#include "tst_emulator_v4downloads.moc"
