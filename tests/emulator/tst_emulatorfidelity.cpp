// The emulator against the reference (/work/shared/nbia-api.md §2, §3, §4, §11), over raw HTTP:
// an in-process EmulatorServer on 127.0.0.1 with the small archive, QNetworkAccessManager as the
// client. Expected values are computed from server.archive() independently of the emulator's
// own formatting code; where the reference is exact, so is the test (bytes, header values).
#include "dicomcodecs.h"
#include "emulatorserver.h"
#include "syntheticimagefactory.h"
#include "zipstreamsource.h"

#include "dcmtk/config/osconfig.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcistrmb.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <memory>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

namespace {

constexpr int kReplyTimeoutMs = 30000;
const QByteArray kServerError = "Server was not able to process your request";

// ---------------------------------------------------------------------------------------------
// HTTP

struct HttpResult {
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    [[nodiscard]] bool has(QByteArrayView name) const {
        return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) {
            return header.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
    [[nodiscard]] QByteArray header(QByteArrayView name) const {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    [[nodiscard]] QString describe() const {
        return u"HTTP %1, error %2 (%3), %4 body bytes: %5"_s.arg(status)
            .arg(int(error))
            .arg(errorString)
            .arg(body.size())
            .arg(QString::fromUtf8(body.left(300)));
    }
};

// ---------------------------------------------------------------------------------------------
// JSON: a strict reader for the archive's compact arrays of flat objects that keeps key order
// (QJsonObject sorts its keys) and each object's raw text.

struct JsonField {
    QString key;
    QJsonValue value;
};

struct JsonRow {
    QByteArray raw;
    QList<JsonField> fields;

    [[nodiscard]] QStringList keys() const {
        QStringList result;
        for (const JsonField &field : fields)
            result.append(field.key);
        return result;
    }
    [[nodiscard]] QJsonValue value(const QString &key) const {
        for (const JsonField &field : fields) {
            if (field.key == key)
                return field.value;
        }
        return QJsonValue(QJsonValue::Undefined);
    }
};

class FlatJsonArray final {
public:
    bool parse(const QByteArray &text) {
        m_text = text;
        m_pos = 0;
        m_rows.clear();
        if (peek() != '[')
            return fail(u"no '[' at the start"_s);
        ++m_pos;
        if (peek() == ']') {
            ++m_pos;
        } else {
            for (;;) {
                JsonRow row;
                const qsizetype start = m_pos;
                if (!parseObject(row))
                    return false;
                row.raw = m_text.mid(start, m_pos - start);
                m_rows.append(row);
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == ']') {
                    ++m_pos;
                    break;
                }
                return fail(u"expected ',' or ']'"_s);
            }
        }
        if (m_pos != m_text.size())
            return fail(u"text after the array"_s);
        return true;
    }
    [[nodiscard]] const QList<JsonRow> &rows() const { return m_rows; }
    [[nodiscard]] QString error() const { return m_error; }

private:
    [[nodiscard]] char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    bool fail(const QString &why) {
        m_error = why + u" at byte %1 of "_s.arg(m_pos) + QString::fromUtf8(m_text.left(200));
        return false;
    }

    bool parseObject(JsonRow &row) {
        if (peek() != '{')
            return fail(u"expected '{'"_s);
        ++m_pos;
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            JsonField field;
            if (!parseString(field.key))
                return false;
            if (peek() != ':')
                return fail(u"expected ':'"_s);
            ++m_pos;
            if (!parseValue(field.value))
                return false;
            row.fields.append(field);
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return fail(u"expected ',' or '}'"_s);
        }
    }

    bool parseString(QString &out) {
        if (peek() != '"')
            return fail(u"expected a string"_s);
        ++m_pos;
        QByteArray utf8;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"') {
                out = QString::fromUtf8(utf8);
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(u"raw control character in a string"_s);
            if (c != '\\') {
                utf8 += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char escaped = m_text[m_pos++];
            switch (escaped) {
            case '"':
            case '\\':
            case '/':
                utf8 += escaped;
                break;
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'u': {
                bool ok = false;
                const ushort code = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size())
                    return fail(u"bad \\u escape"_s);
                m_pos += 4;
                utf8 += QString(QChar(code)).toUtf8();
                break;
            }
            default:
                return fail(u"bad escape"_s);
            }
        }
        return fail(u"unterminated string"_s);
    }

    bool parseValue(QJsonValue &out) {
        if (peek() == '"') {
            QString text;
            if (!parseString(text))
                return false;
            out = text;
            return true;
        }
        if (m_text.mid(m_pos, 4) == "true") {
            m_pos += 4;
            out = true;
            return true;
        }
        if (m_text.mid(m_pos, 5) == "false") {
            m_pos += 5;
            out = false;
            return true;
        }
        if (m_text.mid(m_pos, 4) == "null")
            return fail(u"a null value (Jettison leaves the key out)"_s);
        static const QRegularExpression number(
            u"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?"_s);
        const QRegularExpressionMatch match =
            number.match(QString::fromLatin1(m_text.mid(m_pos, 64)));
        if (!match.hasMatch())
            return fail(u"expected a value"_s);
        out = match.captured(0).toDouble();
        m_pos += match.capturedLength(0);
        return true;
    }

    QByteArray m_text;
    qsizetype m_pos = 0;
    QList<JsonRow> m_rows;
    QString m_error;
};

// The objects of a body as raw texts; the reference leaves most orders unspecified, so rows are
// compared as bags.
QString bagDifference(QList<QByteArray> actual, QList<QByteArray> expected) {
    std::sort(actual.begin(), actual.end());
    std::sort(expected.begin(), expected.end());
    if (actual == expected)
        return {};
    QList<QByteArray> missing = expected;
    QList<QByteArray> unexpected;
    for (const QByteArray &row : actual) {
        if (!missing.removeOne(row))
            unexpected.append(row);
    }
    QString text = u"%1 rows, expected %2."_s.arg(actual.size()).arg(expected.size());
    if (!missing.isEmpty())
        text += u"\n  missing:    "_s + QString::fromUtf8(missing.first());
    if (!unexpected.isEmpty())
        text += u"\n  unexpected: "_s + QString::fromUtf8(unexpected.first());
    return text;
}

// ---------------------------------------------------------------------------------------------
// Expected JSON, written from the reference's rules (§2.2): compact, key order = columns, null
// keys left out, numbers and booleans bare, timestamps as java.sql.Timestamp.toString().

QByteArray jsonQuoted(const QString &text, bool escapeSlashes) {
    QByteArray out = "\"";
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '/':
            out += escapeSlashes ? "\\/" : "/";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += c;
        }
    }
    return out + '"';
}

QDateTime midnightUtc(QDate date) {
    return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
}

// java.sql.Timestamp.toString(): "yyyy-MM-dd HH:mm:ss.f", the fraction trimmed to one digit.
QString javaTimestamp(const QDateTime &value) {
    const QDateTime utc = value.toUTC();
    QString fraction = QString::number(utc.time().msec()).rightJustified(3, u'0');
    while (fraction.size() > 1 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return utc.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u'.' + fraction;
}

// java.util.Date.toString() in a UTC JVM: "Wed May 01 13:44:24 UTC 2024".
QString javaDate(const QDateTime &value) {
    return QLocale::c().toString(value.toUTC(), u"ddd MMM dd HH:mm:ss 'UTC' yyyy"_s);
}

class ObjectWriter final {
public:
    explicit ObjectWriter(bool escapeSlashes = false)
        : m_escape(escapeSlashes) {}
    ObjectWriter &str(const QString &key, const QString &value) {
        if (!value.isNull())
            put(key, jsonQuoted(value, m_escape));
        return *this;
    }
    ObjectWriter &integer(const QString &key, qint64 value) {
        put(key, QByteArray::number(value));
        return *this;
    }
    ObjectWriter &real(const QString &key, std::optional<double> value) {
        if (value)
            put(key, QByteArray::number(*value, 'g', QLocale::FloatingPointShortest));
        return *this;
    }
    ObjectWriter &boolean(const QString &key, std::optional<bool> value) {
        if (value)
            put(key, *value ? "true" : "false");
        return *this;
    }
    ObjectWriter &timestamp(const QString &key, const QDateTime &value) {
        if (value.isValid())
            put(key, jsonQuoted(javaTimestamp(value), m_escape));
        return *this;
    }
    ObjectWriter &date(const QString &key, QDate value) {
        return timestamp(key, midnightUtc(value));
    }
    [[nodiscard]] QByteArray text() const { return '{' + m_body + '}'; }

private:
    void put(const QString &key, const QByteArray &value) {
        if (!m_body.isEmpty())
            m_body += ',';
        m_body += jsonQuoted(key, m_escape) + ':' + value;
    }

    bool m_escape;
    QByteArray m_body;
};

QByteArray csvQuoted(const QString &value) {
    QString doubled = value;
    doubled.replace(u"\""_s, u"\"\""_s);
    return '"' + doubled.toUtf8() + '"';
}

enum class SeriesShape { GetSeries, Updated, Contents };

// What the archive's answers must be, from the synthetic archive's data.
class Expected final {
public:
    explicit Expected(const SyntheticArchive &archive)
        : a(archive) {}

    QByteArray seriesRow(qsizetype index, SeriesShape shape, bool escape = false) const {
        const ArchiveSeries &s = a.series()[index];
        const ArchiveStudy &study = a.studyOf(s);
        const ArchivePatient &patient = a.patientOf(study);
        const ArchiveCollection &collection = a.collectionOf(patient);
        const ArchiveLicense &license = a.licenses()[collection.license];
        ObjectWriter w(escape);
        w.str(u"SeriesInstanceUID"_s, s.uid)
            .str(u"StudyInstanceUID"_s, study.uid)
            .str(u"Modality"_s, s.modality)
            .str(u"ProtocolName"_s, s.protocol)
            .date(u"SeriesDate"_s, study.date)
            .str(u"SeriesDescription"_s, s.description)
            .str(u"BodyPartExamined"_s, s.bodyPart)
            .integer(u"SeriesNumber"_s, s.seriesNumber)
            .boolean(u"AnnotationsFlag"_s, s.annotations)
            .str(u"Collection"_s, collection.name)
            .str(u"PatientID"_s, patient.id)
            .str(u"Manufacturer"_s, s.manufacturer)
            .str(u"ManufacturerModelName"_s, s.model)
            .str(u"SoftwareVersions"_s, s.software)
            .integer(u"ImageCount"_s, s.imageCount);
        if (shape == SeriesShape::Updated)
            return w.timestamp(u"DateReleased"_s, s.released).text();
        if (shape == SeriesShape::Contents)
            return w.timestamp(u"Date Released"_s, s.released).text();
        return w.timestamp(u"TimeStamp"_s, s.submitted)
            .str(u"LicenseName"_s, license.name)
            .str(u"LicenseURI"_s, license.url)
            .str(u"CollectionURI"_s, collection.doi)
            .integer(u"FileSize"_s, s.imageFileSize * s.imageCount)
            .timestamp(u"DateReleased"_s, s.released)
            .str(u"StudyDesc"_s, study.description)
            .date(u"StudyDate"_s, study.date)
            .str(u"ThirdPartyAnalysis"_s, s.thirdPartyAnalysis)
            .text();
    }

    QList<QByteArray> seriesRows(const QList<qsizetype> &indexes, SeriesShape shape) const {
        QList<QByteArray> rows;
        for (const qsizetype i : indexes)
            rows.append(seriesRow(i, shape));
        return rows;
    }

    QByteArray patientRow(qsizetype index) const {
        const ArchivePatient &p = a.patients()[index];
        return ObjectWriter()
            .str(u"PatientId"_s, p.id)
            .str(u"PatientName"_s, p.name)
            .date(u"PatientBirthDate"_s, p.birthDate)
            .str(u"PatientSex"_s, p.sex)
            .str(u"EthnicGroup"_s, p.ethnicGroup)
            .str(u"Collection"_s, a.collectionOf(p).name)
            .str(u"Phantom"_s, p.phantom)
            .str(u"SpeciesCode"_s, p.speciesCode)
            .str(u"SpeciesDescription"_s, p.speciesDescription)
            .text();
    }

    QList<QByteArray> patientRows(const QList<qsizetype> &indexes) const {
        QList<QByteArray> rows;
        for (const qsizetype i : indexes)
            rows.append(patientRow(i));
        return rows;
    }

    QByteArray studyRow(qsizetype index) const {
        const ArchiveStudy &study = a.studies()[index];
        const ArchivePatient &p = a.patientOf(study);
        qint64 seriesCount = 0;
        for (const ArchiveSeries &s : a.series())
            seriesCount += s.study == index ? 1 : 0;
        return ObjectWriter()
            .str(u"StudyInstanceUID"_s, study.uid)
            .date(u"StudyDate"_s, study.date)
            .str(u"StudyDescription"_s, study.description)
            .str(u"AdmittingDiagnosesDescription"_s, study.admittingDiagnoses)
            .str(u"StudyID"_s, study.studyId)
            .str(u"PatientAge"_s, study.patientAge)
            .str(u"PatientID"_s, p.id)
            .str(u"PatientName"_s, p.name)
            .date(u"PatientBirthDate"_s, p.birthDate)
            .str(u"PatientSex"_s, p.sex)
            .str(u"EthnicGroup"_s, p.ethnicGroup)
            .str(u"Collection"_s, a.collectionOf(p).name)
            .integer(u"SeriesCount"_s, seriesCount)
            .str(u"LongitudinalTemporalEventType"_s, study.longitudinalEventType)
            .real(u"LongitudinalTemporalOffsetFromEvent"_s, study.longitudinalOffset)
            .text();
    }

    QList<QByteArray> studyRows(const QList<qsizetype> &indexes) const {
        QList<QByteArray> rows;
        for (const qsizetype i : indexes)
            rows.append(studyRow(i));
        return rows;
    }

    // §3.14, in column order; a null QString is a null column.
    QList<std::pair<QString, QString>> metaData(qsizetype index, const QString &sopClassUid,
                                                const QString &annotationSize) const {
        const ArchiveSeries &s = a.series()[index];
        const ArchiveStudy &study = a.studyOf(s);
        const ArchivePatient &patient = a.patientOf(study);
        const ArchiveCollection &collection = a.collectionOf(patient);
        const ArchiveLicense &license = a.licenses()[collection.license];
        auto sanitized = [](const QString &text) {
            if (text.isNull())
                return QString();
            QString kept;
            kept.reserve(text.size());
            for (const QChar c : text) {
                if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
                    (c >= u'0' && c <= u'9') || c == u' ' || c == u'.' || c == u'-')
                    kept += c;
            }
            return kept;
        };
        QString manufacturer = s.manufacturer;
        if (!manufacturer.isNull())
            manufacturer.replace(u',', u' ');
        return {
            {u"Series UID"_s, s.uid},
            {u"Collection"_s, collection.name},
            {u"3rd Party Analysis"_s, s.thirdPartyAnalysis},
            {u"Data Description URI"_s, collection.doi},
            {u"Subject ID"_s, patient.id},
            {u"Study UID"_s, study.uid},
            {u"Study Description"_s, sanitized(study.description)},
            {u"Study Date"_s, study.date.toString(u"MM-dd-yyyy"_s)},
            {u"Series Description"_s, sanitized(s.description)},
            {u"Manufacturer"_s, manufacturer},
            {u"Modality"_s, s.modality},
            {u"SOP Class UID"_s, sopClassUid},
            {u"Number of Images"_s, QString::number(s.imageCount)},
            {u"File Size"_s, QString::number(s.imageFileSize * s.imageCount)},
            {u"File Location"_s, study.studyId},
            {u"Series Number"_s, QString::number(s.seriesNumber) + u".000000"_s},
            {u"License Name"_s, license.name},
            {u"License URL"_s, license.url},
            {u"Annotation Size"_s, annotationSize},
            {u"Date Released"_s, javaDate(s.released)},
            {u"Series Date"_s, javaDate(midnightUtc(study.date))},
            {u"Protocol Name"_s, s.protocol},
            {u"Body Part Examined"_s, s.bodyPart},
            {u"Annotations Flag"_s, s.annotations.has_value() ? u"true"_s : u"false"_s},
            {u"Manufacturer Model Name"_s, s.model},
            {u"Software Versions"_s, s.software},
            {u"TimeStamp"_s, javaDate(s.submitted)},
        };
    }

    static QByteArray metaDataJson(const QList<std::pair<QString, QString>> &fields,
                                   bool escape = false) {
        ObjectWriter w(escape);
        for (const auto &[key, value] : fields)
            w.str(key, value);
        return '[' + w.text() + ']';
    }

    static QByteArray metaDataCsv(const QList<std::pair<QString, QString>> &fields) {
        QByteArrayList header;
        QByteArrayList values;
        for (const auto &[key, value] : fields) {
            header.append(csvQuoted(key));
            values.append(csvQuoted(value));
        }
        return header.join(',') + '\n' + values.join(',') + '\n';
    }

    // A single-column value list: distinct, ORDER BY UPPER(value), NULL (as {}) first.
    static QByteArray valueArray(const QString &column, QList<QString> values) {
        std::sort(values.begin(), values.end(), [](const QString &x, const QString &y) {
            if (x.isNull() != y.isNull())
                return x.isNull();
            return x.toUpper() < y.toUpper();
        });
        QByteArray out = "[";
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += ',';
            out += values[i].isNull() ? QByteArray("{}")
                                      : ObjectWriter().str(column, values[i]).text();
        }
        return out + ']';
    }

    QList<QString>
    distinctValues(const std::function<bool(const ArchiveSeries &)> &filter,
                   const std::function<QString(const ArchiveSeries &)> &value) const {
        QSet<QString> seen;
        bool hasNull = false;
        for (const ArchiveSeries &s : a.series()) {
            if (!filter(s))
                continue;
            const QString v = value(s);
            if (v.isNull())
                hasNull = true;
            else
                seen.insert(v);
        }
        QList<QString> result(seen.cbegin(), seen.cend());
        if (hasNull)
            result.append(QString());
        return result;
    }

    QList<qsizetype> seriesWhere(const std::function<bool(qsizetype)> &filter) const {
        QList<qsizetype> result;
        for (qsizetype i = 0; i < a.series().size(); ++i) {
            if (filter(i))
                result.append(i);
        }
        return result;
    }

    QString collectionOfSeries(qsizetype i) const {
        return a.collectionOf(a.patientOf(a.studyOf(a.series()[i]))).name;
    }
    qsizetype patientOfSeries(qsizetype i) const { return a.studyOf(a.series()[i]).patient; }

    const SyntheticArchive &a;
};

// ---------------------------------------------------------------------------------------------
// ZIP and DICOM

struct ZipEntry {
    QString name;
    QByteArray data;
    quint16 method = 0;
    quint16 flags = 0;
    bool intact = false; // read completely and CRC-checked
};

struct ZipContents {
    bool opened = false;
    QList<ZipEntry> entries;

    [[nodiscard]] QStringList names() const {
        QStringList result;
        for (const ZipEntry &entry : entries)
            result.append(entry.name);
        return result;
    }
    [[nodiscard]] const ZipEntry *find(const QString &name) const {
        for (const ZipEntry &entry : entries) {
            if (entry.name == name)
                return &entry;
        }
        return nullptr;
    }
};

ZipContents readZip(const QByteArray &bytes) {
    ZipContents contents;
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return contents;
    contents.opened = true;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        ZipEntry entry;
        if (zip.getCurrentFileInfo(&info)) {
            entry.name = info.name;
            entry.method = info.method;
            entry.flags = info.flags;
        }
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly)) {
            entry.data = file.readAll();
            const bool readOk = file.getZipError() == UNZ_OK;
            file.close(); // checks the CRC once everything was read
            entry.intact = readOk && file.getZipError() == UNZ_OK &&
                           quint64(entry.data.size()) == info.uncompressedSize;
        }
        contents.entries.append(entry);
    }
    return contents;
}

struct DicomInfo {
    bool ok = false;
    QString sopInstanceUid;
    QString sopClassUid;
    QString seriesInstanceUid;
    int instanceNumber = -1;
};

DicomInfo readDicom(const QByteArray &bytes) {
    DicomInfo info;
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), static_cast<offile_off_t>(bytes.size()));
    stream.setEos();
    DcmFileFormat file;
    file.transferInit();
    const OFCondition status = file.read(stream, EXS_Unknown, EGL_noChange);
    file.transferEnd();
    if (status.bad())
        return info;
    DcmDataset *dataset = file.getDataset();
    OFString value;
    if (dataset->findAndGetOFString(DCM_SOPInstanceUID, value).good())
        info.sopInstanceUid = QString::fromLatin1(value.c_str());
    if (dataset->findAndGetOFString(DCM_SOPClassUID, value).good())
        info.sopClassUid = QString::fromLatin1(value.c_str());
    if (dataset->findAndGetOFString(DCM_SeriesInstanceUID, value).good())
        info.seriesInstanceUid = QString::fromLatin1(value.c_str());
    Sint32 number = -1;
    if (dataset->findAndGetSint32(DCM_InstanceNumber, number).good())
        info.instanceNumber = int(number);
    info.ok = !info.sopInstanceUid.isEmpty();
    return info;
}

QString md5Hex(const QByteArray &data) {
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
}

QString defaultEntryName(int position) // 1-based
{
    return QString::number(position).rightJustified(8, u'0') + u".dcm"_s;
}

} // namespace

// =============================================================================================

class TestEmulatorFidelity final : public QObject {
    Q_OBJECT

public:
    TestEmulatorFidelity() = default;

private:
    const SyntheticArchive &archive() const { return m_server->archive(); }
    Expected expected() const { return Expected(archive()); }

    HttpResult request(const QUrl &url, const QByteArray &verb = "GET", int transferTimeoutMs = 0) {
        HttpResult result;
        QNetworkRequest networkRequest(url);
        networkRequest.setRawHeader("Accept", "*/*");
        if (transferTimeoutMs > 0)
            networkRequest.setTransferTimeout(transferTimeoutMs);
        QNetworkReply *reply =
            verb == "GET" ? m_network.get(networkRequest)
                          : m_network.sendCustomRequest(networkRequest, verb, QByteArray("x=1"));
        const QMetaObject::Connection reading =
            connect(reply, &QNetworkReply::readyRead, reply, [reply, &result] {
                if (reply->isOpen())
                    result.body += reply->readAll();
            });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(kReplyTimeoutMs);
        result.finished = reply->isFinished();
        if (!result.finished)
            reply->abort();
        if (reply->isOpen())
            result.body += reply->readAll();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.errorString = reply->errorString();
        result.headers = reply->rawHeaderPairs();
        disconnect(reading);
        reply->deleteLater();
        return result;
    }

    // `pathAndQuery` below the service root, e.g. "v1/getSeries?Collection=X".
    HttpResult get(const QString &pathAndQuery, int transferTimeoutMs = 0) {
        return request(QUrl(m_root + pathAndQuery, QUrl::TolerantMode), "GET", transferTimeoutMs);
    }

    // Empty result per §2.3: 200, zero-length body, no Content-Type.
    static void verifyEmpty(const HttpResult &r) {
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray());
        QVERIFY2(!r.has("Content-Type"), r.header("Content-Type").constData());
    }

    static void verifyJsonOk(const HttpResult &r) {
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(r.error == QNetworkReply::NoError, qPrintable(r.describe()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    }

    // A list endpoint's rows, compared as a bag (or the empty answer when none are expected).
    static void verifyRows(const HttpResult &r, const QList<QByteArray> &rows) {
        if (rows.isEmpty()) {
            verifyEmpty(r);
            return;
        }
        verifyJsonOk(r);
        if (QTest::currentTestFailed())
            return;
        FlatJsonArray json;
        QVERIFY2(json.parse(r.body), qPrintable(json.error()));
        QList<QByteArray> actual;
        for (const JsonRow &row : json.rows())
            actual.append(row.raw);
        const QString difference = bagDifference(actual, rows);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    qsizetype collectionIndex(const QString &name) const {
        for (qsizetype i = 0; i < archive().collections().size(); ++i) {
            if (archive().collections()[i].name == name)
                return i;
        }
        return -1;
    }

    // The collection with the most distinct release dates (for the date filters).
    qsizetype datedCollection() const {
        qsizetype best = 0;
        qsizetype bestDates = -1;
        for (qsizetype c = 0; c < archive().collections().size(); ++c) {
            QSet<QDateTime> dates;
            for (qsizetype i = 0; i < archive().series().size(); ++i) {
                if (expected().collectionOfSeries(i) == archive().collections()[c].name)
                    dates.insert(archive().series()[i].released);
            }
            if (dates.size() > bestDates) {
                best = c;
                bestDates = dates.size();
            }
        }
        return best;
    }

    QList<QDate> releaseDates(const QString &collection) const {
        QSet<QDate> dates;
        for (qsizetype i = 0; i < archive().series().size(); ++i) {
            if (collection.isNull() || expected().collectionOfSeries(i) == collection)
                dates.insert(archive().series()[i].released.date());
        }
        QList<QDate> sorted(dates.cbegin(), dates.cend());
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }

    HttpResult download(const QString &endpoint, const QString &uid, const QString &extra = {}) {
        return get(u"v1/"_s + endpoint + u"?SeriesInstanceUID="_s + uid + extra);
    }

    std::unique_ptr<DicomCodecs> m_codecs;
    std::unique_ptr<EmulatorServer> m_server;
    QNetworkAccessManager m_network;
    QString m_root;
    qsizetype m_zipSeries = -1; // 10–99 images, stored out of InstanceNumber order, small

private Q_SLOTS:
    void initTestCase() {
        m_codecs = std::make_unique<DicomCodecs>(DicomCodecs::Mode::DecodeAndEncode);
        EmulatorOptions options;
        options.archive = *ArchiveSpec::fromSize(u"small"_s, 1);
        m_server = std::make_unique<EmulatorServer>(options);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        m_root = m_server->serviceRoot().toString();
        QVERIFY(m_root.startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(m_root.endsWith(u"/nbia-api/services/"_s));

        // The small archive must have the quirks the tests rely on.
        const auto &all = archive().series();
        auto any = [&all](const std::function<bool(const ArchiveSeries &)> &f) {
            return std::any_of(all.cbegin(), all.cend(), f);
        };
        QVERIFY(any([](const ArchiveSeries &s) { return s.bodyPart.isNull(); }));
        QVERIFY(any([](const ArchiveSeries &s) {
            return !s.bodyPart.isNull() && s.bodyPart != s.bodyPart.toUpper();
        }));
        QVERIFY(any([](const ArchiveSeries &s) { return s.manufacturer.isNull(); }));
        QVERIFY(any([](const ArchiveSeries &s) { return s.manufacturer.contains(u','); }));
        QVERIFY(any([](const ArchiveSeries &s) { return !s.annotations.has_value(); }));
        QVERIFY(any([](const ArchiveSeries &s) { return s.annotations == false; }));
        QVERIFY(collectionIndex(u"Colon Phantom Study"_s) >= 0);
        QVERIFY(collectionIndex(u"Pediatric-Liver-Tumör"_s) >= 0);
        QVERIFY(releaseDates(archive().collections()[datedCollection()].name).size() >= 3);

        qint64 smallest = std::numeric_limits<qint64>::max();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QList<int> order = archive().storageOrder(i);
            if (all[i].imageCount < 10 || all[i].imageCount > 99 ||
                std::is_sorted(order.cbegin(), order.cend()))
                continue;
            if (all[i].totalSize() < smallest) {
                smallest = all[i].totalSize();
                m_zipSeries = i;
            }
        }
        QVERIFY(m_zipSeries >= 0);
    }

    void init() {
        m_server->quirks() = EmulatorQuirks();
        m_server->faults().clear();
    }

    void cleanupTestCase() {
        m_server.reset();
        m_codecs.reset();
    }

    // -----------------------------------------------------------------------------------------
    // Shapes: every metadata endpoint's keys in the order of §3 (null keys left out), with the
    // value types of §2.2 / §3.

    void shapes_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("columns"); // "Key:type"; s string, n number, b boolean,
        // t Timestamp string, u "MM-dd-yyyy", j java.util.Date string, d "123.000000", i digits
        const QStringList patient{u"PatientId:s"_s,  u"PatientName:s"_s, u"PatientBirthDate:t"_s,
                                  u"PatientSex:s"_s, u"EthnicGroup:s"_s, u"Collection:s"_s,
                                  u"Phantom:s"_s,    u"SpeciesCode:s"_s, u"SpeciesDescription:s"_s};
        const QStringList study{u"StudyInstanceUID:s"_s,
                                u"StudyDate:t"_s,
                                u"StudyDescription:s"_s,
                                u"AdmittingDiagnosesDescription:s"_s,
                                u"StudyID:s"_s,
                                u"PatientAge:s"_s,
                                u"PatientID:s"_s,
                                u"PatientName:s"_s,
                                u"PatientBirthDate:t"_s,
                                u"PatientSex:s"_s,
                                u"EthnicGroup:s"_s,
                                u"Collection:s"_s,
                                u"SeriesCount:n"_s,
                                u"LongitudinalTemporalEventType:s"_s,
                                u"LongitudinalTemporalOffsetFromEvent:n"_s};
        const QStringList series15{u"SeriesInstanceUID:s"_s,
                                   u"StudyInstanceUID:s"_s,
                                   u"Modality:s"_s,
                                   u"ProtocolName:s"_s,
                                   u"SeriesDate:t"_s,
                                   u"SeriesDescription:s"_s,
                                   u"BodyPartExamined:s"_s,
                                   u"SeriesNumber:n"_s,
                                   u"AnnotationsFlag:b"_s,
                                   u"Collection:s"_s,
                                   u"PatientID:s"_s,
                                   u"Manufacturer:s"_s,
                                   u"ManufacturerModelName:s"_s,
                                   u"SoftwareVersions:s"_s,
                                   u"ImageCount:n"_s};
        const QStringList series24 =
            series15 +
            QStringList{u"TimeStamp:t"_s,     u"LicenseName:s"_s, u"LicenseURI:s"_s,
                        u"CollectionURI:s"_s, u"FileSize:n"_s,    u"DateReleased:t"_s,
                        u"StudyDesc:s"_s,     u"StudyDate:t"_s,   u"ThirdPartyAnalysis:s"_s};
        const QStringList metaData{u"Series UID:s"_s,
                                   u"Collection:s"_s,
                                   u"3rd Party Analysis:s"_s,
                                   u"Data Description URI:s"_s,
                                   u"Subject ID:s"_s,
                                   u"Study UID:s"_s,
                                   u"Study Description:s"_s,
                                   u"Study Date:u"_s,
                                   u"Series Description:s"_s,
                                   u"Manufacturer:s"_s,
                                   u"Modality:s"_s,
                                   u"SOP Class UID:s"_s,
                                   u"Number of Images:i"_s,
                                   u"File Size:i"_s,
                                   u"File Location:s"_s,
                                   u"Series Number:d"_s,
                                   u"License Name:s"_s,
                                   u"License URL:s"_s,
                                   u"Annotation Size:i"_s,
                                   u"Date Released:j"_s,
                                   u"Series Date:j"_s,
                                   u"Protocol Name:s"_s,
                                   u"Body Part Examined:s"_s,
                                   u"Annotations Flag:s"_s,
                                   u"Manufacturer Model Name:s"_s,
                                   u"Software Versions:s"_s,
                                   u"TimeStamp:j"_s};
        const QString collection = archive().collections()[datedCollection()].name;
        const QString list = archive().sharedLists().last().name;

        QTest::newRow("getCollectionValues")
            << u"v1/getCollectionValues"_s << QStringList{u"Collection:s"_s};
        QTest::newRow("getModalityValues")
            << u"v1/getModalityValues"_s << QStringList{u"Modality:s"_s};
        QTest::newRow("getBodyPartValues")
            << u"v1/getBodyPartValues"_s << QStringList{u"BodyPartExamined:s"_s};
        QTest::newRow("getManufacturerValues")
            << u"v1/getManufacturerValues"_s << QStringList{u"Manufacturer:s"_s};
        QTest::newRow("getPatient") << u"v1/getPatient"_s << patient;
        QTest::newRow("getPatientByCollectionAndModality")
            << u"v1/getPatientByCollectionAndModality?Collection=%1&Modality=CT"_s.arg(collection)
            << QStringList{u"PatientId:s"_s};
        QTest::newRow("NewPatientsInCollection")
            << u"v1/NewPatientsInCollection?Collection=%1&Date=2000/01/01"_s.arg(collection)
            << patient;
        QTest::newRow("getPatientStudy") << u"v1/getPatientStudy"_s << study;
        QTest::newRow("NewStudiesInPatientCollection")
            << u"v1/NewStudiesInPatientCollection?Collection=%1&Date=2000/01/01"_s.arg(collection)
            << study;
        QTest::newRow("getSeries") << u"v1/getSeries"_s << series24;
        QTest::newRow("getUpdatedSeries")
            << u"v1/getUpdatedSeries"_s << series15 + QStringList{u"DateReleased:t"_s};
        for (qsizetype i = 0; i < archive().series().size(); i += 7) {
            const QString uid = archive().series()[i].uid;
            QTest::addRow("getSeriesSize %lld", qlonglong(i))
                << u"v1/getSeriesSize?SeriesInstanceUID="_s + uid
                << QStringList{u"TotalSizeInBytes:n"_s, u"ObjectCount:n"_s};
            QTest::addRow("getSOPInstanceUIDs %lld", qlonglong(i))
                << u"v1/getSOPInstanceUIDs?SeriesInstanceUID="_s + uid
                << QStringList{u"SOPInstanceUID:s"_s};
            QTest::addRow("getSeriesMetaData %lld", qlonglong(i))
                << u"v1/getSeriesMetaData?SeriesInstanceUID="_s + uid << metaData;
        }
        QTest::newRow("getContentsByName") << u"v1/getContentsByName?name="_s + list
                                           << series15 + QStringList{u"Date Released:t"_s};
    }
    void shapes() {
        QFETCH(QString, path);
        QFETCH(QStringList, columns);
        const HttpResult r = get(path);
        verifyJsonOk(r);
        if (QTest::currentTestFailed())
            return;
        FlatJsonArray json;
        QVERIFY2(json.parse(r.body), qPrintable(json.error()));
        QVERIFY(!json.rows().isEmpty());
        if (path.contains(u"getSeriesMetaData"_s) || path.contains(u"getSeriesSize"_s))
            QCOMPARE(json.rows().size(), 1);

        static const QRegularExpression timestamp(
            u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{1,9}$"_s);
        static const QRegularExpression usDate(u"^\\d{2}-\\d{2}-\\d{4}$"_s);
        static const QRegularExpression javaDateText(
            u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
            u"\\d{2} \\d{2}:\\d{2}:\\d{2} [A-Z]{3,4} \\d{4}$"_s);
        static const QRegularExpression decimal(u"^-?\\d+\\.000000$"_s);
        static const QRegularExpression digits(u"^\\d+$"_s);

        QStringList names;
        QHash<QString, QChar> types;
        for (const QString &column : columns) {
            const qsizetype colon = column.lastIndexOf(u':');
            names.append(column.left(colon));
            types.insert(column.left(colon), column.at(colon + 1));
        }
        for (const JsonRow &row : json.rows()) {
            // Keys: a subsequence of the columns, in column order.
            qsizetype next = 0;
            for (const JsonField &field : row.fields) {
                const qsizetype at = names.indexOf(field.key, next);
                QVERIFY2(at >= 0, qPrintable(u"key \"%1\" unknown or out of order in %2"_s.arg(
                                      field.key, QString::fromUtf8(row.raw))));
                next = at + 1;
                const QChar type = types.value(field.key);
                const QJsonValue &v = field.value;
                const QString what = u"%1 in %2"_s.arg(field.key, QString::fromUtf8(row.raw));
                if (type == u'n')
                    QVERIFY2(v.isDouble(), qPrintable(what));
                else if (type == u'b')
                    QVERIFY2(v.isBool(), qPrintable(what));
                else
                    QVERIFY2(v.isString(), qPrintable(what));
                const QString text = v.toString();
                if (type == u't')
                    QVERIFY2(timestamp.match(text).hasMatch(), qPrintable(what));
                else if (type == u'u')
                    QVERIFY2(usDate.match(text).hasMatch(), qPrintable(what));
                else if (type == u'j')
                    QVERIFY2(javaDateText.match(text).hasMatch(), qPrintable(what));
                else if (type == u'd')
                    QVERIFY2(decimal.match(text).hasMatch(), qPrintable(what));
                else if (type == u'i')
                    QVERIFY2(digits.match(text).hasMatch(), qPrintable(what));
            }
        }
        // §2.2 live facts: the patient defaults are strings; the species code is not a number.
        if (path.endsWith(u"getPatient"_s)) {
            for (const JsonRow &row : json.rows()) {
                QVERIFY(row.value(u"Phantom"_s).isString());
                QVERIFY(row.value(u"SpeciesCode"_s).isString());
                QVERIFY(row.value(u"SpeciesDescription"_s).isString());
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // §3.1–3.4: value lists, exact bytes (ORDER BY UPPER(value), NULL first as {}).

    void valueLists_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        const Expected e = expected();
        auto all = [](const ArchiveSeries &) {
            return true;
        };
        auto modality = [](const ArchiveSeries &s) {
            return s.modality;
        };
        auto bodyPartUpper = [](const ArchiveSeries &s) {
            return s.bodyPart.isNull() ? QString() : s.bodyPart.toUpper();
        };
        auto manufacturer = [](const ArchiveSeries &s) {
            return s.manufacturer;
        };
        auto inCollection = [&e](const QString &name) {
            return [&e, name](const ArchiveSeries &s) {
                const qsizetype i = &s - e.a.series().constData();
                return e.collectionOfSeries(i).compare(name, Qt::CaseInsensitive) == 0;
            };
        };
        const QString lung = archive().collections()[datedCollection()].name;

        QList<QString> collections;
        for (const ArchiveCollection &c : archive().collections())
            collections.append(c.name);
        QTest::newRow("getCollectionValues")
            << u"v1/getCollectionValues"_s << Expected::valueArray(u"Collection"_s, collections);
        QTest::newRow("getCollectionValues unknown parameter ignored")
            << u"v1/getCollectionValues?Collection=nope&foo=bar"_s
            << Expected::valueArray(u"Collection"_s, collections);

        QTest::newRow("getModalityValues")
            << u"v1/getModalityValues"_s
            << Expected::valueArray(u"Modality"_s, e.distinctValues(all, modality));
        QTest::newRow("getModalityValues Collection any case")
            << u"v1/getModalityValues?Collection="_s + lung.toLower()
            << Expected::valueArray(u"Modality"_s, e.distinctValues(inCollection(lung), modality));
        QTest::newRow("getModalityValues BodyPartExamined any case")
            << u"v1/getModalityValues?BodyPartExamined=lUnG"_s
            << Expected::valueArray(u"Modality"_s,
                                    e.distinctValues(
                                        [](const ArchiveSeries &s) {
                                            return s.bodyPart.compare(u"LUNG"_s,
                                                                      Qt::CaseInsensitive) == 0;
                                        },
                                        modality));
        QTest::newRow("getModalityValues collection= ignored (names case-sensitive)")
            << u"v1/getModalityValues?collection=Mammo-Screening"_s
            << Expected::valueArray(u"Modality"_s, e.distinctValues(all, modality));

        QTest::newRow("getBodyPartValues upper-cased, {} first")
            << u"v1/getBodyPartValues"_s
            << Expected::valueArray(u"BodyPartExamined"_s, e.distinctValues(all, bodyPartUpper));
        QVERIFY(Expected::valueArray(u"BodyPartExamined"_s, e.distinctValues(all, bodyPartUpper))
                    .startsWith("[{},"));
        QTest::newRow("getBodyPartValues Modality any case")
            << u"v1/getBodyPartValues?Modality=ct"_s
            << Expected::valueArray(
                   u"BodyPartExamined"_s,
                   e.distinctValues([](const ArchiveSeries &s) { return s.modality == u"CT"_s; },
                                    bodyPartUpper));
        QTest::newRow("getBodyPartValues Collection")
            << u"v1/getBodyPartValues?Collection=MAMMO-SCREENING"_s
            << Expected::valueArray(
                   u"BodyPartExamined"_s,
                   e.distinctValues(inCollection(u"Mammo-Screening"_s), bodyPartUpper));

        QTest::newRow("getManufacturerValues {} first")
            << u"v1/getManufacturerValues"_s
            << Expected::valueArray(u"Manufacturer"_s, e.distinctValues(all, manufacturer));
        QTest::newRow("getManufacturerValues Collection Modality")
            << u"v1/getManufacturerValues?Collection=%1&Modality=CT"_s.arg(lung)
            << Expected::valueArray(u"Manufacturer"_s, e.distinctValues(
                                                           [&](const ArchiveSeries &s) {
                                                               return inCollection(lung)(s) &&
                                                                      s.modality == u"CT"_s;
                                                           },
                                                           manufacturer));
        QTest::newRow("getManufacturerValues BodyPartExamined any case")
            << u"v1/getManufacturerValues?BodyPartExamined=breast"_s
            << Expected::valueArray(u"Manufacturer"_s,
                                    e.distinctValues(
                                        [](const ArchiveSeries &s) {
                                            return s.bodyPart.compare(u"BREAST"_s,
                                                                      Qt::CaseInsensitive) == 0;
                                        },
                                        manufacturer));
    }
    void valueLists() {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpResult r = get(path);
        verifyJsonOk(r);
        QCOMPARE(r.body, body);
    }

    // -----------------------------------------------------------------------------------------
    // §2.4 / §3: required parameters.

    void requiredParameters_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("message");
        const QByteArray collectionModality =
            "A parameter, Collection and Modality, are required for this API call.";
        const QByteArray collectionDate =
            "A parameter, Collection and Date are required for this API call.";
        const QByteArray seriesUid =
            "A parameter, SeriesInstanceUID is required for this API call.";
        const QByteArray seriesUidComma =
            "A parameter, SeriesInstanceUID, is required for this API call.";
        const QByteArray singleImage =
            "A parameter, SeriesInstanceUID and SOPInstanceUID, are required for this API call.";
        const QString uid = archive().series().first().uid;

        QTest::newRow("byCollectionAndModality none")
            << u"v1/getPatientByCollectionAndModality"_s << collectionModality;
        QTest::newRow("byCollectionAndModality no Modality")
            << u"v1/getPatientByCollectionAndModality?Collection=Mammo-Screening"_s
            << collectionModality;
        QTest::newRow("byCollectionAndModality no Collection")
            << u"v1/getPatientByCollectionAndModality?Modality=MG"_s << collectionModality;
        QTest::newRow("byCollectionAndModality wrong case")
            << u"v1/getPatientByCollectionAndModality?collection=Mammo-Screening&modality=MG"_s
            << collectionModality;
        QTest::newRow("NewPatientsInCollection none")
            << u"v1/NewPatientsInCollection"_s << collectionDate;
        QTest::newRow("NewPatientsInCollection no Date")
            << u"v1/NewPatientsInCollection?Collection=Mammo-Screening"_s << collectionDate;
        QTest::newRow("NewPatientsInCollection no Collection")
            << u"v1/NewPatientsInCollection?Date=2010/01/01"_s << collectionDate;
        QTest::newRow("NewPatientsInCollection date lower case")
            << u"v1/NewPatientsInCollection?Collection=Mammo-Screening&date=2010/01/01"_s
            << collectionDate;
        QTest::newRow("NewStudiesInPatientCollection none")
            << u"v1/NewStudiesInPatientCollection"_s << collectionDate;
        QTest::newRow("NewStudiesInPatientCollection no Date")
            << u"v1/NewStudiesInPatientCollection?Collection=Mammo-Screening&PatientID=X"_s
            << collectionDate;
        QTest::newRow("getSeriesSize") << u"v1/getSeriesSize"_s << seriesUid;
        QTest::newRow("getSeriesSize wrong case")
            << u"v1/getSeriesSize?seriesInstanceUID="_s + uid << seriesUid;
        QTest::newRow("getSOPInstanceUIDs") << u"v1/getSOPInstanceUIDs"_s << seriesUid;
        QTest::newRow("getSeriesMetaData") << u"v1/getSeriesMetaData?format=csv"_s << seriesUid;
        QTest::newRow("getContentsByName")
            << u"v1/getContentsByName"_s
            << QByteArray("A parameter, name is required for this API call.");
        QTest::newRow("getContentsByName Name")
            << u"v1/getContentsByName?Name="_s + archive().sharedLists().first().name
            << QByteArray("A parameter, name is required for this API call.");
        QTest::newRow("getImage") << u"v1/getImage"_s << seriesUidComma;
        QTest::newRow("getImage wrong case")
            << u"v1/getImage?SeriesInstanceUid="_s + uid << seriesUidComma;
        QTest::newRow("getImageWithMD5Hash") << u"v1/getImageWithMD5Hash"_s << seriesUidComma;
        QTest::newRow("getSingleImage none") << u"v1/getSingleImage"_s << singleImage;
        QTest::newRow("getSingleImage no SOP")
            << u"v1/getSingleImage?SeriesInstanceUID="_s + uid << singleImage;
        QTest::newRow("getSingleImage no series")
            << u"v1/getSingleImage?SOPInstanceUID="_s + archive().sopInstanceUid(0, 1)
            << singleImage;
    }
    void requiredParameters() {
        QFETCH(QString, path);
        QFETCH(QByteArray, message);
        const HttpResult r = get(path);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json")); // sic: not JSON
        QCOMPARE(r.body, message);
    }

    // -----------------------------------------------------------------------------------------
    // §2.1, §2.3: empty results.

    void emptyResults_data() {
        QTest::addColumn<QString>("path");
        const QString uid = archive().series().first().uid;
        QTest::newRow("unknown collection")
            << u"v1/getModalityValues?Collection=NSCLC-Radiogenomics"_s;
        QTest::newRow("present but empty") << u"v1/getModalityValues?Collection="_s;
        QTest::newRow("getBodyPartValues empty Modality") << u"v1/getBodyPartValues?Modality="_s;
        QTest::newRow("getManufacturerValues no match")
            << u"v1/getManufacturerValues?Collection=Mammo-Screening&Modality=CT"_s;
        QTest::newRow("getPatient unknown") << u"v1/getPatient?Collection=No-Such"_s;
        QTest::newRow("getPatient empty PatientId") << u"v1/getPatient?PatientId="_s;
        QTest::newRow("byCollectionAndModality no match")
            << u"v1/getPatientByCollectionAndModality?Collection=Mammo-Screening&Modality=CT"_s;
        QTest::newRow("byCollectionAndModality empty")
            << u"v1/getPatientByCollectionAndModality?Collection=&Modality="_s;
        QTest::newRow("NewPatientsInCollection garbage date")
            << u"v1/NewPatientsInCollection?Collection=Mammo-Screening&Date=yesterday"_s;
        QTest::newRow("NewPatientsInCollection empty date")
            << u"v1/NewPatientsInCollection?Collection=Mammo-Screening&Date="_s;
        QTest::newRow("NewPatientsInCollection future")
            << u"v1/NewPatientsInCollection?Collection=Mammo-Screening&Date=2099/01/01"_s;
        QTest::newRow("getPatientStudy unknown") << u"v1/getPatientStudy?Collection=nope"_s;
        QTest::newRow("getPatientStudy unknown study")
            << u"v1/getPatientStudy?StudyInstanceUID=1.2.3"_s;
        QTest::newRow("NewStudiesInPatientCollection garbage")
            << u"v1/NewStudiesInPatientCollection?Collection=Mammo-Screening&Date=2010-01-01"_s;
        QTest::newRow("getSeries live example")
            << u"v1/getSeries?Collection=NSCLC%20Radiogenomics&Modality=MR"_s;
        QTest::newRow("getSeries no match")
            << u"v1/getSeries?Collection=Mammo-Screening&Modality=CT"_s;
        QTest::newRow("getSeries empty Collection") << u"v1/getSeries?Collection="_s;
        QTest::newRow("getSeries empty SeriesInstanceUID") << u"v1/getSeries?SeriesInstanceUID="_s;
        QTest::newRow("getSeries bad format, empty result")
            << u"v1/getSeries?Collection=nope&format=bogus"_s;
        QTest::newRow("getUpdatedSeries garbage") << u"v1/getUpdatedSeries?fromDate=garbage"_s;
        QTest::newRow("getUpdatedSeries empty") << u"v1/getUpdatedSeries?fromDate="_s;
        QTest::newRow("getUpdatedSeries future") << u"v1/getUpdatedSeries?fromDate=01/01/2099"_s;
        QTest::newRow("getSOPInstanceUIDs unknown")
            << u"v1/getSOPInstanceUIDs?SeriesInstanceUID=1.2.3"_s;
        QTest::newRow("getSOPInstanceUIDs empty") << u"v1/getSOPInstanceUIDs?SeriesInstanceUID="_s;
        QTest::newRow("getContentsByName unknown") << u"v1/getContentsByName?name=nbia-0"_s;
        QTest::newRow("getContentsByName unknown, csv")
            << u"v1/getContentsByName?name=x&format=csv"_s;
        QTest::newRow("getSeries empty format, empty result")
            << u"v1/getSeries?Collection=nope&format="_s;
        QTest::newRow("getSeries xml empty") << u"v1/getSeries?Collection=nope&format=xml"_s;
    }
    void emptyResults() {
        QFETCH(QString, path);
        verifyEmpty(get(path));
    }

    void seriesMetaDataUnknownIs204_data() {
        QTest::addColumn<QString>("uid");
        QTest::newRow("unknown") << u"1.2.840.99999.1"_s;
        QTest::newRow("empty") << QString(u""_s);
        QTest::newRow("study UID") << archive().studies().first().uid;
    }
    void seriesMetaDataUnknownIs204() {
        QFETCH(QString, uid);
        const HttpResult r = get(u"v1/getSeriesMetaData?SeriesInstanceUID="_s + uid);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 204);
        QCOMPARE(r.body, QByteArray());
        QVERIFY(!r.has("Content-Type"));
    }

    void seriesSizeUnknown() {
        const QString path = u"v1/getSeriesSize?SeriesInstanceUID=1.2.840.99999.1"_s;
        HttpResult r = get(path);
        verifyJsonOk(r);
        QCOMPARE(r.body, QByteArray("[{}]"));
        r = get(u"v1/getSeriesSize?SeriesInstanceUID="_s); // present but empty: unknown too
        verifyJsonOk(r);
        QCOMPARE(r.body, QByteArray("[{}]"));

        QString error;
        QVERIFY2(m_server->quirks().apply(u"series-size-unknown=empty"_s, &error),
                 qPrintable(error));
        verifyEmpty(get(path));
        QVERIFY(m_server->quirks().apply(u"series-size-unknown=object"_s));
        QCOMPARE(get(path).body, QByteArray("[{}]"));
    }

    // -----------------------------------------------------------------------------------------
    // §3.5–3.9: patients and studies.

    void patients_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<QByteArray>>("rows");
        const Expected e = expected();
        auto where = [&](const std::function<bool(const ArchivePatient &)> &f) {
            QList<qsizetype> result;
            for (qsizetype i = 0; i < archive().patients().size(); ++i) {
                if (f(archive().patients()[i]))
                    result.append(i);
            }
            return e.patientRows(result);
        };
        auto inCollection = [&](const QString &name) {
            return [this, name](const ArchivePatient &p) {
                return archive().collectionOf(p).name == name;
            };
        };
        const ArchivePatient &some = archive().patients()[archive().patients().size() / 2];
        const QString someCollection = archive().collectionOf(some).name;

        QTest::newRow("all") << u"v1/getPatient"_s
                             << where([](const ArchivePatient &) { return true; });
        QTest::newRow("Collection any case")
            << u"v1/getPatient?Collection="_s + someCollection.toUpper()
            << where(inCollection(someCollection));
        QTest::newRow("Collection with blanks (+)")
            << u"v1/getPatient?Collection=Colon+Phantom+Study"_s
            << where(inCollection(u"Colon Phantom Study"_s));
        QTest::newRow("Collection non-ASCII")
            << u"v1/getPatient?Collection=Pediatric-Liver-Tum%C3%B6r"_s
            << where(inCollection(u"Pediatric-Liver-Tumör"_s));
        QTest::newRow("PatientId exact")
            << u"v1/getPatient?PatientId="_s + some.id
            << where([&some](const ArchivePatient &p) { return p.id == some.id; });
        QTest::newRow("PatientId lower case is upper-cased")
            << u"v1/getPatient?PatientId="_s + some.id.toLower()
            << where([&some](const ArchivePatient &p) { return p.id == some.id; });
        QTest::newRow("Collection and PatientId")
            << u"v1/getPatient?Collection=%1&PatientId=%2"_s.arg(someCollection, some.id)
            << where([&some](const ArchivePatient &p) { return p.id == some.id; });
        QTest::newRow("PatientId from another collection")
            << u"v1/getPatient?Collection=Mammo-Screening&PatientId=%1"_s.arg(
                   archive().patients().first().id)
            << QList<QByteArray>();
        QTest::newRow("PatientID (capital D) ignored")
            << u"v1/getPatient?PatientID="_s + some.id
            << where([](const ArchivePatient &) { return true; });
    }
    void patients() {
        QFETCH(QString, path);
        QFETCH(QList<QByteArray>, rows);
        verifyRows(get(path), rows);
    }

    void patientByCollectionAndModality_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("ids");
        const Expected e = expected();
        const QString lung = archive().collections()[datedCollection()].name;
        auto ids = [&](const QString &collection, const QString &modality) {
            QSet<QString> set;
            for (qsizetype i = 0; i < archive().series().size(); ++i) {
                if (e.collectionOfSeries(i) == collection &&
                    archive().series()[i].modality == modality)
                    set.insert(archive().patients()[e.patientOfSeries(i)].id);
            }
            QStringList list(set.cbegin(), set.cend());
            list.sort();
            return list;
        };
        QTest::newRow("SEG")
            << u"v1/getPatientByCollectionAndModality?Collection=%1&Modality=SEG"_s.arg(lung)
            << ids(lung, u"SEG"_s);
        QTest::newRow("CT any case")
            << u"v1/getPatientByCollectionAndModality?Collection=%1&Modality=ct"_s.arg(
                   lung.toLower())
            << ids(lung, u"CT"_s);
        QTest::newRow("MG")
            << u"v1/getPatientByCollectionAndModality?Collection=Mammo-Screening&Modality=MG"_s
            << ids(u"Mammo-Screening"_s, u"MG"_s);
    }
    void patientByCollectionAndModality() {
        QFETCH(QString, path);
        QFETCH(QStringList, ids);
        QVERIFY(!ids.isEmpty());
        const HttpResult r = get(path);
        verifyJsonOk(r);
        FlatJsonArray json;
        QVERIFY2(json.parse(r.body), qPrintable(json.error()));
        QSet<QString> seen;
        for (const JsonRow &row : json.rows()) {
            QCOMPARE(row.keys(), QStringList{u"PatientId"_s}); // only the first of nine columns
            seen.insert(row.value(u"PatientId"_s).toString());
        }
        QStringList got(seen.cbegin(), seen.cend());
        got.sort();
        QCOMPARE(got, ids);
    }

    void newPatientsInCollection_data() {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QDate>("after"); // invalid: unparseable, empty answer
        const QList<QDate> dates = releaseDates(archive().collections()[datedCollection()].name);
        const QDate first = dates.first();
        const QDate second = dates.at(1);
        QTest::newRow("day before first release")
            << first.addDays(-1).toString(u"yyyy/MM/dd"_s) << first.addDays(-1);
        QTest::newRow("first release day: strictly after")
            << first.toString(u"yyyy/MM/dd"_s) << first;
        QTest::newRow("one-digit fields") << first.toString(u"yyyy/M/d"_s) << first;
        QTest::newRow("between releases")
            << second.addDays(-1).toString(u"yyyy/MM/dd"_s) << second.addDays(-1);
        QTest::newRow("second release day") << second.toString(u"yyyy/MM/dd"_s) << second;
        QTest::newRow("last release day") << dates.last().toString(u"yyyy/MM/dd"_s) << dates.last();
        QTest::newRow("month 13 rolls over") << u"%1/13/%2"_s.arg(first.year() - 1).arg(first.day())
                                             << QDate(first.year(), 1, first.day());
        QTest::newRow("dd/MM/yyyy is misread (year dd)")
            << first.toString(u"dd/MM/yyyy"_s)
            << QDate(first.day(), first.month(), 1).addDays(first.year() - 1);
        QTest::newRow("trailing time ignored")
            << first.toString(u"yyyy/MM/dd"_s) + u" 12:00"_s << first;
        QTest::newRow("ISO dashes") << first.toString(u"yyyy-MM-dd"_s) << QDate();
        QTest::newRow("garbage") << u"last tuesday"_s << QDate();
    }
    void newPatientsInCollection() {
        QFETCH(QString, date);
        QFETCH(QDate, after);
        const Expected e = expected();
        const QString collection = archive().collections()[datedCollection()].name;
        QList<qsizetype> newPatients;
        if (after.isValid()) {
            const QDateTime limit = midnightUtc(after);
            for (qsizetype i = 0; i < archive().series().size(); ++i) {
                const qsizetype p = e.patientOfSeries(i);
                if (e.collectionOfSeries(i) == collection &&
                    archive().series()[i].released > limit && !newPatients.contains(p))
                    newPatients.append(p);
            }
        }
        verifyRows(get(u"v1/NewPatientsInCollection?Collection=%1&Date=%2"_s.arg(
                       collection.toLower(), date)),
                   e.patientRows(newPatients));
    }

    void newStudiesInPatientCollection_data() { newPatientsInCollection_data(); }
    void newStudiesInPatientCollection() {
        QFETCH(QString, date);
        QFETCH(QDate, after);
        const Expected e = expected();
        const QString collection = archive().collections()[datedCollection()].name;
        auto studiesAfter = [&](const QString &patientId) {
            QList<qsizetype> studies;
            if (!after.isValid())
                return studies;
            for (qsizetype i = 0; i < archive().series().size(); ++i) {
                const ArchiveSeries &s = archive().series()[i];
                if (e.collectionOfSeries(i) == collection && s.released > midnightUtc(after) &&
                    !studies.contains(s.study) &&
                    (patientId.isNull() ||
                     archive().patients()[e.patientOfSeries(i)].id == patientId))
                    studies.append(s.study);
            }
            return studies;
        };
        verifyRows(
            get(u"v1/NewStudiesInPatientCollection?Collection=%1&Date=%2"_s.arg(collection, date)),
            e.studyRows(studiesAfter(QString())));
        if (QTest::currentTestFailed())
            return;
        // With the optional PatientID: the patient of the newest series.
        qsizetype newest = 0;
        for (qsizetype i = 0; i < archive().series().size(); ++i) {
            if (e.collectionOfSeries(i) == collection &&
                archive().series()[i].released > archive().series()[newest].released)
                newest = i;
        }
        const QString patientId = archive().patients()[e.patientOfSeries(newest)].id;
        verifyRows(get(u"v1/NewStudiesInPatientCollection?Collection=%1&Date=%2&PatientID=%3"_s.arg(
                       collection, date, patientId)),
                   e.studyRows(studiesAfter(patientId)));
    }

    void patientStudy_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<QByteArray>>("rows");
        const Expected e = expected();
        auto where = [&](const std::function<bool(const ArchiveStudy &)> &f) {
            QList<qsizetype> result;
            for (qsizetype i = 0; i < archive().studies().size(); ++i) {
                if (f(archive().studies()[i]))
                    result.append(i);
            }
            return e.studyRows(result);
        };
        const ArchiveStudy &some = archive().studies()[archive().studies().size() / 3];
        const ArchivePatient &somePatient = archive().patientOf(some);
        const QString someCollection = archive().collectionOf(somePatient).name;
        QTest::newRow("all") << u"v1/getPatientStudy"_s
                             << where([](const ArchiveStudy &) { return true; });
        QTest::newRow("Collection any case")
            << u"v1/getPatientStudy?Collection="_s + someCollection.toLower()
            << where([&](const ArchiveStudy &s) {
                   return archive().collectionOf(archive().patientOf(s)).name == someCollection;
               });
        QTest::newRow("PatientID") << u"v1/getPatientStudy?PatientID="_s + somePatient.id
                                   << where([&](const ArchiveStudy &s) {
                                          return archive().patientOf(s).id == somePatient.id;
                                      });
        QTest::newRow("StudyInstanceUID")
            << u"v1/getPatientStudy?StudyInstanceUID="_s + some.uid
            << where([&](const ArchiveStudy &s) { return s.uid == some.uid; });
        QTest::newRow("all three")
            << u"v1/getPatientStudy?Collection=%1&PatientID=%2&StudyInstanceUID=%3"_s.arg(
                   someCollection, somePatient.id, some.uid)
            << where([&](const ArchiveStudy &s) { return s.uid == some.uid; });
        QTest::newRow("PatientId (lower-case d) ignored")
            << u"v1/getPatientStudy?PatientId="_s + somePatient.id
            << where([](const ArchiveStudy &) { return true; });
    }
    void patientStudy() {
        QFETCH(QString, path);
        QFETCH(QList<QByteArray>, rows);
        verifyRows(get(path), rows);
    }

    // -----------------------------------------------------------------------------------------
    // §3.10–3.15: series.

    void series_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<QByteArray>>("rows");
        const Expected e = expected();
        auto rows = [&](const std::function<bool(qsizetype)> &f) {
            return e.seriesRows(e.seriesWhere(f), SeriesShape::GetSeries);
        };
        const auto &all = archive().series();
        const qsizetype mid = all.size() / 2;
        const QString lung = archive().collections()[datedCollection()].name;
        const QString patientId = archive().patients()[e.patientOfSeries(mid)].id;
        const QString studyUid = archive().studyOf(all[mid]).uid;
        QString model;
        for (const ArchiveSeries &s : all) {
            if (!s.model.isNull())
                model = s.model;
        }
        QString hologic;
        for (const ArchiveSeries &s : all) {
            if (s.manufacturer.contains(u','))
                hologic = s.manufacturer;
        }

        QTest::newRow("all") << u"v1/getSeries"_s << rows([](qsizetype) { return true; });
        QTest::newRow("Collection any case")
            << u"v1/getSeries?Collection="_s + lung.toUpper()
            << rows([&](qsizetype i) { return e.collectionOfSeries(i) == lung; });
        QTest::newRow("Collection %20")
            << u"v1/getSeries?Collection=Colon%20Phantom%20Study"_s << rows([&](qsizetype i) {
                   return e.collectionOfSeries(i) == u"Colon Phantom Study"_s;
               });
        QTest::newRow("Collection +")
            << u"v1/getSeries?Collection=Colon+Phantom+Study"_s << rows([&](qsizetype i) {
                   return e.collectionOfSeries(i) == u"Colon Phantom Study"_s;
               });
        QTest::newRow("PatientID any case")
            << u"v1/getSeries?PatientID="_s + patientId.toLower() << rows([&](qsizetype i) {
                   return archive().patients()[e.patientOfSeries(i)].id == patientId;
               });
        QTest::newRow("StudyInstanceUID")
            << u"v1/getSeries?StudyInstanceUID="_s + studyUid
            << rows([&](qsizetype i) { return archive().studyOf(all[i]).uid == studyUid; });
        QTest::newRow("SeriesInstanceUID") << u"v1/getSeries?SeriesInstanceUID="_s + all[mid].uid
                                           << rows([&](qsizetype i) { return i == mid; });
        QTest::newRow("SeriesInstanceUID in another collection")
            << u"v1/getSeries?Collection=Mammo-Screening&SeriesInstanceUID="_s + all[0].uid
            << QList<QByteArray>();
        QTest::newRow("Modality any case")
            << u"v1/getSeries?Modality=ct"_s
            << rows([&](qsizetype i) { return all[i].modality == u"CT"_s; });
        QTest::newRow("Collection and Modality")
            << u"v1/getSeries?Collection=%1&Modality=SEG"_s.arg(lung) << rows([&](qsizetype i) {
                   return e.collectionOfSeries(i) == lung && all[i].modality == u"SEG"_s;
               });
        QTest::newRow("BodyPartExamined exact LUNG")
            << u"v1/getSeries?BodyPartExamined=LUNG"_s
            << rows([&](qsizetype i) { return all[i].bodyPart == u"LUNG"_s; });
        QTest::newRow("BodyPartExamined exact Lung")
            << u"v1/getSeries?BodyPartExamined=Lung"_s
            << rows([&](qsizetype i) { return all[i].bodyPart == u"Lung"_s; });
        QTest::newRow("BodyPartExamined lung matches nothing")
            << u"v1/getSeries?BodyPartExamined=lung"_s << QList<QByteArray>();
        QTest::newRow("Manufacturer exact")
            << u"v1/getSeries?Manufacturer=SIEMENS"_s
            << rows([&](qsizetype i) { return all[i].manufacturer == u"SIEMENS"_s; });
        QTest::newRow("Manufacturer other case matches nothing")
            << u"v1/getSeries?Manufacturer=siemens"_s << QList<QByteArray>();
        QTest::newRow("Manufacturer with comma")
            << u"v1/getSeries?Manufacturer="_s +
                   QString::fromLatin1(QUrl::toPercentEncoding(hologic))
            << rows([&](qsizetype i) { return all[i].manufacturer == hologic; });
        QTest::newRow("ManufacturerModelName exact")
            << u"v1/getSeries?ManufacturerModelName="_s +
                   QString::fromLatin1(QUrl::toPercentEncoding(model))
            << rows([&](qsizetype i) { return all[i].model == model; });
        QTest::newRow("collection= ignored")
            << u"v1/getSeries?collection=Mammo-Screening"_s << rows([](qsizetype) { return true; });
        QTest::newRow("unknown parameter ignored")
            << u"v1/getSeries?Collection=Mammo-Screening&Foo=bar&limit=1"_s
            << rows([&](qsizetype i) { return e.collectionOfSeries(i) == u"Mammo-Screening"_s; });
        QTest::newRow("first of repeated parameter")
            << u"v1/getSeries?Collection=Mammo-Screening&Collection=Chest-Radiography"_s
            << rows([&](qsizetype i) { return e.collectionOfSeries(i) == u"Mammo-Screening"_s; });
    }
    void series() {
        QFETCH(QString, path);
        QFETCH(QList<QByteArray>, rows);
        verifyRows(get(path), rows);
    }

    void eachSeriesExactly() {
        // getSeries, getSeriesSize and getSeriesMetaData for every series of the archive.
        const Expected e = expected();
        QHash<QString, QString> sopClassByModality; // from the DICOM files themselves
        for (qsizetype i = 0; i < archive().series().size(); ++i) {
            const ArchiveSeries &s = archive().series()[i];
            const QString at = u" (series %1)"_s.arg(i);

            HttpResult r = get(u"v1/getSeries?SeriesInstanceUID="_s + s.uid);
            verifyJsonOk(r);
            QCOMPARE(r.body, '[' + e.seriesRow(i, SeriesShape::GetSeries) + ']');

            r = get(u"v1/getSeriesSize?SeriesInstanceUID="_s + s.uid);
            verifyJsonOk(r);
            QCOMPARE(r.body, "[{\"TotalSizeInBytes\":" +
                                 QByteArray::number(s.imageFileSize * s.imageCount) +
                                 ",\"ObjectCount\":" + QByteArray::number(s.imageCount) + "}]");

            if (!sopClassByModality.contains(s.modality)) {
                const DicomInfo info =
                    readDicom(SyntheticImageFactory::makeFile(archive().imageSpec(i, 1)));
                QVERIFY(info.ok);
                sopClassByModality.insert(s.modality, info.sopClassUid);
            }
            r = get(u"v1/getSeriesMetaData?SeriesInstanceUID="_s + s.uid);
            verifyJsonOk(r);
            FlatJsonArray json;
            QVERIFY2(json.parse(r.body), qPrintable(json.error()));
            QCOMPARE(json.rows().size(), 1);
            // Annotation Size: bytes as a string, "0" when the series has no annotations.
            const QString annotationSize =
                json.rows().first().value(u"Annotation Size"_s).toString();
            QVERIFY2(annotationSize == u"0"_s || s.annotations.value_or(false),
                     qPrintable(annotationSize + at));
            QVERIFY2(annotationSize != u"0"_s || !s.annotations.value_or(false),
                     qPrintable(annotationSize + at));
            const auto fields = e.metaData(i, sopClassByModality.value(s.modality), annotationSize);
            QCOMPARE(r.body, Expected::metaDataJson(fields));
        }
    }

    void sopInstanceUids() {
        for (qsizetype i = 0; i < archive().series().size(); i += 3) {
            const ArchiveSeries &s = archive().series()[i];
            const HttpResult r = get(u"v1/getSOPInstanceUIDs?SeriesInstanceUID="_s + s.uid);
            QList<QByteArray> rows;
            for (int n = 1; n <= s.imageCount; ++n)
                rows.append(
                    ObjectWriter().str(u"SOPInstanceUID"_s, archive().sopInstanceUid(i, n)).text());
            verifyRows(r, rows);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void updatedSeries_data() {
        QTest::addColumn<QString>("query"); // null: no fromDate at all
        QTest::addColumn<QDate>("after");
        const QList<QDate> dates = releaseDates(QString());
        const QDate middle = dates.at(dates.size() / 2);
        QTest::newRow("absent: 01/01/1900") << QString() << QDate(1900, 1, 1);
        QTest::newRow("dd/MM/yyyy") << u"fromDate="_s + middle.toString(u"dd/MM/yyyy"_s) << middle;
        QTest::newRow("one-digit fields")
            << u"fromDate="_s + middle.toString(u"d/M/yyyy"_s) << middle;
        QTest::newRow("day before")
            << u"fromDate="_s + middle.addDays(-1).toString(u"dd/MM/yyyy"_s) << middle.addDays(-1);
        QTest::newRow("first release day")
            << u"fromDate="_s + dates.first().toString(u"dd/MM/yyyy"_s) << dates.first();
        QTest::newRow("last release day")
            << u"fromDate="_s + dates.last().toString(u"dd/MM/yyyy"_s) << dates.last();
        QTest::newRow("yyyy/MM/dd quirk: 2024/01/01 is year 6")
            << u"fromDate=2024/01/01"_s << QDate(6, 7, 17);
        QTest::newRow("month 13 rolls over")
            << u"fromDate=%1/13/%2"_s.arg(middle.day()).arg(middle.year() - 1)
            << QDate(middle.year(), 1, middle.day());
        QTest::newRow("ISO") << u"fromDate="_s + middle.toString(Qt::ISODate) << QDate();
        QTest::newRow("garbage") << u"fromDate=soon"_s << QDate();
        QTest::newRow("FromDate ignored") << u"FromDate=01/01/2099"_s << QDate(1900, 1, 1);
    }
    void updatedSeries() {
        QFETCH(QString, query);
        QFETCH(QDate, after);
        const Expected e = expected();
        QList<qsizetype> indexes;
        if (after.isValid()) {
            indexes = e.seriesWhere(
                [&](qsizetype i) { return archive().series()[i].released > midnightUtc(after); });
        }
        const QString path =
            query.isNull() ? u"v1/getUpdatedSeries"_s : u"v1/getUpdatedSeries?"_s + query;
        verifyRows(get(path), e.seriesRows(indexes, SeriesShape::Updated));
    }

    void contentsByName() {
        const Expected e = expected();
        for (const SharedList &list : archive().sharedLists()) {
            const QList<QByteArray> rows = e.seriesRows(list.series, SeriesShape::Contents);
            for (const QString &suffix :
                 {QString(), u"&format=csv"_s, u"&format=xml"_s, u"&format=bogus"_s}) {
                // Always JSON, whatever `format` says.
                const HttpResult r = get(u"v1/getContentsByName?name="_s + list.name + suffix);
                verifyRows(r, rows);
                if (QTest::currentTestFailed())
                    return;
                // A cart holds a series once (the DAO query is an IN (…)).
                FlatJsonArray json;
                QVERIFY(json.parse(r.body));
                QSet<QString> uids;
                for (const JsonRow &row : json.rows()) {
                    const QString uid = row.value(u"SeriesInstanceUID"_s).toString();
                    QVERIFY2(!uids.contains(uid),
                             qPrintable(u"%1 twice in %2"_s.arg(uid, list.name)));
                    uids.insert(uid);
                }
            }
        }
        verifyEmpty(
            get(u"v1/getContentsByName?name="_s + archive().sharedLists().first().name.toUpper()));
    }

    // -----------------------------------------------------------------------------------------
    // §2.1 / §2.5: other formats.

    void formats_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type"); // a substring of Content-Type
        QTest::addColumn<QByteArray>("body");
        const Expected e = expected();
        QStringList names;
        for (const ArchiveCollection &c : archive().collections())
            names.append(c.name);
        std::sort(names.begin(), names.end(),
                  [](const QString &x, const QString &y) { return x.toUpper() < y.toUpper(); });
        const QByteArray csvCollections = "Collection\n" + names.join(u'\n').toUtf8() + '\n';
        QByteArray xmlCollections =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Results>";
        QByteArray htmlCollections =
            "<P ALIGN='center'><TABLE BORDER=1><TR><TH>Collection</TH></TR>";
        for (const QString &name : names) {
            xmlCollections +=
                "<Row><Collection type='java.lang.String'>" + name.toUtf8() + "</Collection></Row>";
            htmlCollections += "<TR><TD>" + name.toUtf8() + "</TD></TR>";
        }
        xmlCollections += "</Results>";
        htmlCollections += "</TABLE></P>";

        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const QByteArray size = QByteArray::number(s.imageFileSize * s.imageCount);
        const QByteArray count = QByteArray::number(s.imageCount);
        const QString sizePath = u"v1/getSeriesSize?SeriesInstanceUID="_s + s.uid;

        QTest::newRow("csv single column raw")
            << u"v1/getCollectionValues?format=csv"_s << 200 << u"csv"_s << csvCollections;
        QTest::newRow("CSV") << u"v1/getCollectionValues?format=CSV"_s << 200 << u"csv"_s
                             << csvCollections;
        QTest::newRow("Csv") << u"v1/getCollectionValues?format=Csv"_s << 200 << u"csv"_s
                             << csvCollections;
        QTest::newRow("xml") << u"v1/getCollectionValues?format=xml"_s << 200 << u"xml"_s
                             << xmlCollections;
        QTest::newRow("XML") << u"v1/getCollectionValues?format=XML"_s << 200 << u"xml"_s
                             << xmlCollections;
        QTest::newRow("html") << u"v1/getCollectionValues?format=html"_s << 200 << u"html"_s
                              << htmlCollections;
        QTest::newRow("HTML") << u"v1/getCollectionValues?format=HTML"_s << 200 << u"html"_s
                              << htmlCollections;
        QTest::newRow("json") << u"v1/getCollectionValues?format=json"_s << 200
                              << u"application/json"_s
                              << Expected::valueArray(u"Collection"_s, QList<QString>(names));
        QTest::newRow("JSON") << u"v1/getCollectionValues?format=JSON"_s << 200
                              << u"application/json"_s
                              << Expected::valueArray(u"Collection"_s, QList<QString>(names));
        QTest::newRow("Format= ignored (case-sensitive name)")
            << u"v1/getCollectionValues?Format=csv"_s << 200 << u"application/json"_s
            << Expected::valueArray(u"Collection"_s, QList<QString>(names));
        QTest::newRow("bad format")
            << u"v1/getCollectionValues?format=yaml"_s << 500 << QString() << kServerError;
        QTest::newRow("present-but-empty format is no format")
            << u"v1/getCollectionValues?format="_s << 500 << QString() << kServerError;
        QTest::newRow("padded format is no format")
            << u"v1/getCollectionValues?format=%20csv"_s << 500 << QString() << kServerError;
        QTest::newRow("bad format text/csv")
            << u"v1/getCollectionValues?format=text/csv"_s << 500 << QString() << kServerError;
        QTest::newRow("csv multi column quoted")
            << sizePath + u"&format=csv"_s << 200 << u"csv"_s
            << "\"TotalSizeInBytes\",\"ObjectCount\"\n\"" + size + "\",\"" + count + "\"\n";
        QTest::newRow("CSVQUOTED multi column")
            << sizePath + u"&format=CSVQUOTED"_s << 200 << u"csv"_s
            << "\"TotalSizeInBytes\",\"ObjectCount\"\n\"" + size + "\",\"" + count + "\"\n";
        QTest::newRow("xml multi column")
            << sizePath + u"&format=xml"_s << 200 << u"xml"_s
            << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Results><Row>"
               "<TotalSizeInBytes type='java.lang.Long'>" +
                   size + "</TotalSizeInBytes><ObjectCount type='java.lang.Long'>" + count +
                   "</ObjectCount></Row></Results>";
        QTest::newRow("html multi column")
            << sizePath + u"&format=html"_s << 200 << u"html"_s
            << "<P ALIGN='center'><TABLE BORDER=1><TR><TH>TotalSizeInBytes</TH><TH>ObjectCount"
               "</TH></TR><TR><TD>" +
                   size + "</TD><TD>" + count + "</TD></TR></TABLE></P>";
        QTest::newRow("bad format multi column")
            << sizePath + u"&format=tsv"_s << 500 << QString() << kServerError;

        // getSeriesMetaData?format=csv: the Java Data Retriever reads line 2 of the quoted CSV.
        const HttpResult meta = get(u"v1/getSeriesMetaData?SeriesInstanceUID="_s + s.uid);
        FlatJsonArray json;
        QVERIFY(json.parse(meta.body));
        // Null columns are empty fields in CSV; the JSON left them out.
        const auto all = e.metaData(index, json.rows().first().value(u"SOP Class UID"_s).toString(),
                                    json.rows().first().value(u"Annotation Size"_s).toString());
        QTest::newRow("getSeriesMetaData csv")
            << u"v1/getSeriesMetaData?format=csv&SeriesInstanceUID="_s + s.uid << 200 << u"csv"_s
            << Expected::metaDataCsv(all);
        QTest::newRow("bodyparts csv null is a blank line")
            << u"v1/getBodyPartValues?format=csv"_s << 200 << u"csv"_s
            << QByteArray("BodyPartExamined\n\n") + [&]() -> QByteArray {
            QStringList parts;
            for (const ArchiveSeries &x : archive().series()) {
                if (!x.bodyPart.isNull() && !parts.contains(x.bodyPart.toUpper()))
                    parts.append(x.bodyPart.toUpper());
            }
            parts.sort();
            return parts.join(u'\n').toUtf8() + '\n';
        }();
    }
    void formats() {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QByteArray, body);
        const HttpResult r = get(path);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, body);
        if (!type.isEmpty())
            QVERIFY2(QString::fromLatin1(r.header("Content-Type")).contains(type),
                     r.header("Content-Type").constData());
    }

    void csvDownload() {
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        const HttpResult plain =
            get(u"v1/getSeriesMetaData?format=csv&SeriesInstanceUID="_s + s.uid);
        const HttpResult r =
            get(u"v1/getSeriesMetaData?format=CSV-DOWNLOAD&SeriesInstanceUID="_s + s.uid);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Disposition"),
                 QByteArray("attachment; filename=\"SeriesMetaData.csv\""));
        QCOMPARE(r.body, plain.body);
        QVERIFY(!plain.has("Content-Disposition"));
    }

    void escapeSlashes() {
        const Expected e = expected();
        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const QString path = u"v1/getSeries?SeriesInstanceUID="_s + s.uid;
        HttpResult r = get(path);
        QVERIFY(!r.body.contains("\\/"));
        QVERIFY(r.body.contains("http"));

        QVERIFY(m_server->quirks().apply(u"escape-slashes=on"_s));
        r = get(path);
        verifyJsonOk(r);
        QCOMPARE(r.body, '[' + e.seriesRow(index, SeriesShape::GetSeries, true) + ']');
        QVERIFY(r.body.contains("\"http") && r.body.contains(":\\/\\/"));
        QCOMPARE(r.body.count('/'), r.body.count("\\/")); // every slash escaped
        QVERIFY(QJsonDocument::fromJson(r.body).isArray());

        r = get(u"v1/getSeriesMetaData?SeriesInstanceUID="_s + s.uid);
        verifyJsonOk(r);
        QCOMPARE(r.body.count('/'), r.body.count("\\/"));
        // Plain-text answers are not JSON and are left alone.
        r = get(u"v1/getSeriesSize"_s);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.body.contains('\\'));
    }

    // -----------------------------------------------------------------------------------------
    // §4: downloads.

    void getImageZip() {
        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const ArchiveCollection &collection =
            archive().collectionOf(archive().patientOf(archive().studyOf(s)));
        const ArchiveLicense &license = archive().licenses()[collection.license];
        const HttpResult r = download(u"getImage"_s, s.uid);
        QVERIFY2(r.finished && r.error == QNetworkReply::NoError, qPrintable(r.describe()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/octet-stream"));
        QCOMPARE(r.header("Content-Disposition"),
                 "attachment; filename=\"" + s.uid.toLatin1() + ".zip\"");
        QVERIFY2(!r.has("Content-Length"), r.header("Content-Length").constData());
        QVERIFY2(r.header("Transfer-Encoding").toLower().contains("chunked"),
                 r.header("Transfer-Encoding").constData());

        const ZipContents zip = readZip(r.body);
        QVERIFY(zip.opened);
        QStringList names{u"LICENSE"_s};
        for (int n = 1; n <= s.imageCount; ++n)
            names.append(defaultEntryName(n));
        QCOMPARE(zip.names(), names);
        for (const ZipEntry &entry : zip.entries) {
            QVERIFY2(entry.intact, qPrintable(entry.name));
            QCOMPARE(entry.method, quint16(Z_DEFLATED));
            QVERIFY2(entry.flags & 0x8, "sizes in a trailing data descriptor (bit 3)");
            QVERIFY(!entry.name.contains(u'/'));
        }
        QCOMPARE(QString::fromUtf8(zip.entries.first().data),
                 u"License Information. The %1 collection is distributed under the %2 at %3 By "
                 u"downloading the data, you agree to abide by terms of this license."_s.arg(
                     collection.name, license.shortName, license.url));

        // The files: exactly the series' per-image size, summing to FileSize/TotalSizeInBytes.
        qint64 total = 0;
        QSet<QString> sops;
        QList<int> instances;
        for (qsizetype k = 1; k < zip.entries.size(); ++k) {
            const ZipEntry &entry = zip.entries[k];
            QCOMPARE(entry.data.size(), s.imageFileSize);
            total += entry.data.size();
            const DicomInfo info = readDicom(entry.data);
            QVERIFY2(info.ok, qPrintable(entry.name));
            QCOMPARE(info.seriesInstanceUid, s.uid);
            sops.insert(info.sopInstanceUid);
            instances.append(info.instanceNumber);
        }
        QCOMPARE(sops.size(), s.imageCount);
        // Database order, not InstanceNumber order (§4.1).
        QCOMPARE(instances, archive().storageOrder(index));
        QVERIFY(!std::is_sorted(instances.cbegin(), instances.cend()));

        FlatJsonArray json;
        HttpResult meta = get(u"v1/getSeries?SeriesInstanceUID="_s + s.uid);
        QVERIFY(json.parse(meta.body));
        QCOMPARE(qint64(json.rows().first().value(u"FileSize"_s).toDouble()), total);
        QCOMPARE(int(json.rows().first().value(u"ImageCount"_s).toDouble()), s.imageCount);
        meta = get(u"v1/getSeriesSize?SeriesInstanceUID="_s + s.uid);
        QVERIFY(json.parse(meta.body));
        QCOMPARE(qint64(json.rows().first().value(u"TotalSizeInBytes"_s).toDouble()), total);
        QCOMPARE(int(json.rows().first().value(u"ObjectCount"_s).toDouble()), s.imageCount);
        meta = get(u"v1/getSOPInstanceUIDs?SeriesInstanceUID="_s + s.uid);
        QVERIFY(json.parse(meta.body));
        QSet<QString> listed;
        for (const JsonRow &row : json.rows())
            listed.insert(row.value(u"SOPInstanceUID"_s).toString());
        QCOMPARE(listed, sops);
        meta = get(u"v1/getSeriesMetaData?SeriesInstanceUID="_s + s.uid);
        QVERIFY(json.parse(meta.body));
        QCOMPARE(json.rows().first().value(u"SOP Class UID"_s).toString(),
                 readDicom(zip.entries.at(1).data).sopClassUid);
        QCOMPARE(json.rows().first().value(u"File Size"_s).toString(), QString::number(total));
    }

    void newFileNames_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("renamed");
        QTest::newRow("Yes") << u"&NewFileNames=Yes"_s << true;
        QTest::newRow("yes") << u"&NewFileNames=yes"_s << true;
        QTest::newRow("YES") << u"&NewFileNames=YES"_s << true;
        QTest::newRow("No") << u"&NewFileNames=No"_s << false;
        QTest::newRow("empty") << u"&NewFileNames="_s << false;
        QTest::newRow("true is not yes") << u"&NewFileNames=true"_s << false;
        QTest::newRow("newFileNames ignored") << u"&newFileNames=Yes"_s << false;
    }
    void newFileNames() {
        QFETCH(QString, query);
        QFETCH(bool, renamed);
        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const HttpResult r = download(u"getImage"_s, s.uid, query);
        QVERIFY2(r.finished && r.status == 200, qPrintable(r.describe()));
        const ZipContents zip = readZip(r.body);
        QVERIFY(zip.opened);
        QCOMPARE(zip.entries.size(), s.imageCount + 1);
        QCOMPARE(zip.entries.first().name, u"LICENSE"_s);
        // §4.5: one acquisition, "1-" + a 1-based counter padded to the digits of the count.
        const int digits = int(QString::number(s.imageCount).size());
        for (int k = 1; k <= s.imageCount; ++k) {
            const ZipEntry &entry = zip.entries[k];
            QVERIFY2(entry.intact, qPrintable(entry.name));
            const DicomInfo info = readDicom(entry.data);
            if (renamed) {
                QCOMPARE(entry.name,
                         u"1-"_s + QString::number(k).rightJustified(digits, u'0') + u".dcm"_s);
                QCOMPARE(info.instanceNumber, k); // sorted by InstanceNumber
            } else {
                QCOMPARE(entry.name, defaultEntryName(k));
                QCOMPARE(info.instanceNumber, archive().storageOrder(index).at(k - 1));
            }
        }
    }

    void newFileNameDigits_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        // The examples of §4.5.
        QTest::newRow("133") << 133 << u"1-001.dcm"_s << u"1-133.dcm"_s;
        QTest::newRow("10") << 10 << u"1-01.dcm"_s << u"1-10.dcm"_s;
        QTest::newRow("9") << 9 << u"1-1.dcm"_s << u"1-9.dcm"_s;
        QTest::newRow("1") << 1 << u"1-1.dcm"_s << u"1-1.dcm"_s;
    }
    void newFileNameDigits() {
        QFETCH(int, count);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QCOMPARE(ZipStreamSource::newFileName(0, count), first);
        QCOMPARE(ZipStreamSource::newFileName(count - 1, count), last);
    }

    void getImageWithMd5Hash() {
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        const HttpResult r = download(u"getImageWithMD5Hash"_s, s.uid);
        QVERIFY2(r.finished && r.error == QNetworkReply::NoError, qPrintable(r.describe()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/octet-stream"));
        QCOMPARE(r.header("Content-Disposition"),
                 "attachment; filename=\"" + s.uid.toLatin1() + ".zip\"");
        QVERIFY(!r.has("Content-Length"));
        QVERIFY(r.header("Transfer-Encoding").toLower().contains("chunked"));

        const ZipContents zip = readZip(r.body);
        QVERIFY(zip.opened);
        QStringList names;
        for (int n = 1; n <= s.imageCount; ++n)
            names.append(defaultEntryName(n));
        names.append(u"md5hashes.csv"_s); // last; no LICENSE
        QCOMPARE(zip.names(), names);
        for (const ZipEntry &entry : zip.entries) {
            QVERIFY2(entry.intact, qPrintable(entry.name));
            QCOMPARE(entry.method, quint16(Z_DEFLATED));
        }

        const QByteArray csv = zip.entries.last().data;
        QVERIFY(!csv.contains('\r'));
        QVERIFY(!csv.contains('"'));
        QVERIFY(csv.endsWith('\n'));
        QList<QByteArray> lines = csv.split('\n');
        lines.removeLast();
        QCOMPARE(lines.first(), QByteArray("Filename,MD5Hash"));
        lines.removeFirst();
        QCOMPARE(lines.size(), s.imageCount);
        QHash<QString, QString> hashes;
        static const QRegularExpression hex(u"^[0-9a-fA-F]{32}$"_s);
        for (const QByteArray &line : std::as_const(lines)) {
            const QList<QByteArray> cells = line.split(',');
            QCOMPARE(cells.size(), 2);
            QVERIFY(hex.match(QString::fromLatin1(cells[1])).hasMatch());
            hashes.insert(QString::fromLatin1(cells[0]), QString::fromLatin1(cells[1]).toLower());
        }
        qint64 total = 0;
        for (qsizetype k = 0; k + 1 < zip.entries.size(); ++k) {
            const ZipEntry &entry = zip.entries[k];
            QCOMPARE(hashes.value(entry.name), md5Hex(entry.data));
            QCOMPARE(entry.data.size(), s.imageFileSize);
            total += entry.data.size();
        }
        QCOMPARE(hashes.size(), s.imageCount);
        FlatJsonArray json;
        QVERIFY(json.parse(get(u"v1/getSeriesSize?SeriesInstanceUID="_s + s.uid).body));
        QCOMPARE(qint64(json.rows().first().value(u"TotalSizeInBytes"_s).toDouble()), total);

        // Same names, same order, same bytes as getImage.
        const ZipContents plain = readZip(download(u"getImage"_s, s.uid).body);
        for (qsizetype k = 0; k + 1 < zip.entries.size(); ++k) {
            QCOMPARE(plain.entries.at(k + 1).name, zip.entries.at(k).name);
            QVERIFY(plain.entries.at(k + 1).data == zip.entries.at(k).data);
        }
        // NewFileNames is not a parameter of this endpoint.
        const ZipContents again =
            readZip(download(u"getImageWithMD5Hash"_s, s.uid, u"&NewFileNames=Yes"_s).body);
        QCOMPARE(again.names(), names);
    }

    void getSingleImage() {
        const qsizetype index = m_zipSeries;
        const ArchiveSeries &s = archive().series()[index];
        const ZipContents zip = readZip(download(u"getImage"_s, s.uid).body);
        QVERIFY(zip.opened);
        QHash<QString, QByteArray> bySop;
        for (qsizetype k = 1; k < zip.entries.size(); ++k)
            bySop.insert(readDicom(zip.entries[k].data).sopInstanceUid, zip.entries[k].data);
        QCOMPARE(bySop.size(), s.imageCount);

        for (int n = 1; n <= s.imageCount; ++n) {
            const QString sop = archive().sopInstanceUid(index, n);
            const HttpResult r =
                get(u"v1/getSingleImage?SeriesInstanceUID=%1&SOPInstanceUID=%2"_s.arg(s.uid, sop));
            QVERIFY2(r.finished && r.error == QNetworkReply::NoError, qPrintable(r.describe()));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/dicom"));
            QCOMPARE(r.header("Content-Disposition"),
                     "attachment; filename=" + sop.toLatin1() + ".dcm");
            QCOMPARE(r.header("Content-Length"), QByteArray::number(r.body.size()));
            QVERIFY(!r.header("Transfer-Encoding").toLower().contains("chunked"));
            QCOMPARE(r.body.size(), s.imageFileSize);
            QVERIFY2(r.body == bySop.value(sop), qPrintable(sop));
            QCOMPARE(readDicom(r.body).instanceNumber, n);
        }
    }

    void getSingleImageErrors_data() {
        QTest::addColumn<QString>("series");
        QTest::addColumn<QString>("sop");
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        const qsizetype other = m_zipSeries == 0 ? 1 : 0;
        QTest::newRow("unknown SOP") << s.uid << s.uid + u".9999"_s;
        QTest::newRow("SOP of another series") << s.uid << archive().sopInstanceUid(other, 1);
        QTest::newRow("unknown series") << u"1.2.3"_s << archive().sopInstanceUid(m_zipSeries, 1);
        QTest::newRow("empty SOP") << s.uid << QString(u""_s);
        QTest::newRow("series UID as SOP") << s.uid << s.uid;
    }
    void getSingleImageErrors() {
        QFETCH(QString, series);
        QFETCH(QString, sop);
        const HttpResult r =
            get(u"v1/getSingleImage?SeriesInstanceUID=%1&SOPInstanceUID=%2"_s.arg(series, sop));
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain"));
        QVERIFY2(r.body.startsWith(kServerError), r.body.constData());
    }

    void stackTraces() {
        // §2.4: with include.exceptions.in.errors=yes the message is followed by a stack trace.
        const QString path = u"v1/getSingleImage?SeriesInstanceUID=1.2.3&SOPInstanceUID=1.2.3.4"_s;
        HttpResult r = get(path);
        QCOMPARE(r.body, kServerError + "\nnull");
        QVERIFY(m_server->quirks().apply(u"stack-traces=on"_s));
        r = get(path);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain"));
        QVERIFY2(r.body.startsWith(QByteArray(kServerError + "\nnull\n\tat ")), r.body.constData());
    }

    void getImageNotPublic_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("uid");
        QTest::newRow("getImage unknown") << u"getImage"_s << u"1.2.840.99999.1"_s;
        QTest::newRow("getImage empty") << u"getImage"_s << QString(u""_s);
        QTest::newRow("getImage study UID") << u"getImage"_s << archive().studies().first().uid;
        QTest::newRow("getImageWithMD5Hash unknown") << u"getImageWithMD5Hash"_s << u"1.2.3"_s;
    }
    void getImageNotPublic() {
        QFETCH(QString, endpoint);
        QFETCH(QString, uid);
        const HttpResult r = download(endpoint, uid);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.body, "Image with given SeriesInstanceUID," + uid.toUtf8() +
                             ", is not in public domain.");
        QVERIFY(!r.has("Content-Disposition"));
    }

    // -----------------------------------------------------------------------------------------
    // §2.4: unknown paths and methods.

    void unknownPaths_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("quirk");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("message");
        const QByteArray notFound = "HTTP 404 Not Found";
        const QByteArray notAllowed = "HTTP 405 Method Not Allowed";
        const QByteArray getVerb = "GET";
        for (const QString &quirk : {QString(), u"unknown-path=404"_s}) {
            const bool is404 = !quirk.isEmpty();
            const char *tag = is404 ? "404 quirk" : "default";
            QTest::addRow("%s unknown endpoint", tag)
                << u"v1/getSerie"_s << getVerb << quirk << (is404 ? 404 : 500) << notFound;
            QTest::addRow("%s endpoint case", tag)
                << u"v1/getseries"_s << getVerb << quirk << (is404 ? 404 : 500) << notFound;
            QTest::addRow("%s New without capital", tag)
                << u"v1/newPatientsInCollection?Collection=x&Date=2010/01/01"_s << getVerb << quirk
                << (is404 ? 404 : 500) << notFound;
            QTest::addRow("%s MetaData lower d", tag)
                << u"v1/getSeriesMetadata?SeriesInstanceUID=1"_s << getVerb << quirk
                << (is404 ? 404 : 500) << notFound;
            QTest::addRow("%s v1 root", tag)
                << u"v1/"_s << getVerb << quirk << (is404 ? 404 : 500) << notFound;
            QTest::addRow("%s POST", tag) << u"v1/getCollectionValues"_s << QByteArray("POST")
                                          << quirk << (is404 ? 405 : 500) << notAllowed;
            QTest::addRow("%s PUT", tag) << u"v1/getSeries"_s << QByteArray("PUT") << quirk
                                         << (is404 ? 405 : 500) << notAllowed;
        }
    }
    void unknownPaths() {
        QFETCH(QString, path);
        QFETCH(QByteArray, verb);
        QFETCH(QString, quirk);
        QFETCH(int, status);
        QFETCH(QByteArray, message);
        if (!quirk.isEmpty())
            QVERIFY(m_server->quirks().apply(quirk));
        const HttpResult r = request(QUrl(m_root + path), verb);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.status, status);
        if (status == 500)
            QCOMPARE(r.body, kServerError + '\n' + message);
        else
            QVERIFY(!r.body.startsWith('['));
    }

    // -----------------------------------------------------------------------------------------
    // Fault injection, end to end.

    void faultStatusFirst() {
        const QByteArray normal = get(u"v1/getCollectionValues"_s).body;
        m_server->faults().add(*FaultRule::parse(u"getCollectionValues:status=503,first=2"_s));
        QCOMPARE(get(u"v1/getCollectionValues"_s).status, 503);
        // Other endpoints are untouched and do not count.
        QCOMPARE(get(u"v1/getModalityValues"_s).status, 200);
        QCOMPARE(get(u"v1/getCollectionValues"_s).status, 503);
        const HttpResult r = get(u"v1/getCollectionValues"_s);
        verifyJsonOk(r);
        QCOMPARE(r.body, normal);
    }

    void faultStatusEvery() {
        m_server->faults().add(*FaultRule::parse(u"getSeriesSize:status=429,every=3"_s));
        const QString path =
            u"v1/getSeriesSize?SeriesInstanceUID="_s + archive().series().first().uid;
        QList<int> statuses;
        for (int i = 0; i < 7; ++i)
            statuses.append(get(path).status);
        QCOMPARE(statuses, (QList<int>{200, 200, 429, 200, 200, 429, 200}));
    }

    void faultWildcard() {
        m_server->faults().add(*FaultRule::parse(u"*:status=502"_s));
        QCOMPARE(get(u"v1/getSeries?Collection=Mammo-Screening"_s).status, 502);
        QCOMPARE(get(u"v1/getPatient"_s).status, 502);
        m_server->faults().clear();
        QCOMPARE(get(u"v1/getPatient"_s).status, 200);
    }

    void faultLatency() {
        const QByteArray normal = get(u"v1/getCollectionValues"_s).body;
        m_server->faults().add(*FaultRule::parse(u"*:latency=150ms"_s));
        const HttpResult r = get(u"v1/getCollectionValues"_s);
        verifyJsonOk(r);
        QCOMPARE(r.body, normal);
    }

    void faultThrottle() {
        const HttpResult normal = get(u"v1/getSeries"_s);
        QVERIFY(normal.body.size() > 20000);
        m_server->faults().add(*FaultRule::parse(u"getSeries:throttle=256k"_s));
        const HttpResult r = get(u"v1/getSeries"_s);
        verifyJsonOk(r);
        QCOMPARE(r.body.size(), normal.body.size());
        QCOMPARE(r.body, normal.body);
    }

    void faultDropAfter_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("path");
        const QString uid = archive().series()[m_zipSeries].uid;
        QTest::newRow("getImage (chunked)")
            << u"getImage"_s << u"v1/getImage?SeriesInstanceUID="_s + uid;
        QTest::newRow("getSeries (Content-Length)") << u"getSeries"_s << u"v1/getSeries"_s;
    }
    void faultDropAfter() {
        QFETCH(QString, endpoint);
        QFETCH(QString, path);
        const HttpResult normal = get(path);
        QCOMPARE(normal.error, QNetworkReply::NoError);
        QVERIFY(normal.body.size() > 20000);
        m_server->faults().add(*FaultRule::parse(endpoint + u":drop-after=10k"_s));

        // The client gets fewer bytes. (QNetworkAccessManager 6.4 usually reports
        // RemoteHostClosedError, but may finish a cut chunked body without an error: a client
        // must check what it got, e.g. the ZIP's central directory.)
        const HttpResult r = get(path);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(r.body.size() < normal.body.size(), qPrintable(r.describe()));
        QVERIFY(r.body.size() <= 10 * 1024);
        if (r.error == QNetworkReply::NoError)
            qInfo("QNetworkAccessManager reported the cut %s body as complete",
                  qPrintable(endpoint));

        // On the wire: the server closes the connection before the body is complete.
        QTcpSocket socket;
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QByteArray wire;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { wire += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        socket.write("GET " +
                     QUrl(m_root + path).toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(closed.count() > 0, 20000);
        wire += socket.readAll();
        const qsizetype headEnd = wire.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        const QByteArray head = wire.left(headEnd).toLower();
        QByteArray rest = wire.mid(headEnd + 4);
        QVERIFY2(head.startsWith("http/1.1 200"), head.constData());
        if (head.contains("transfer-encoding: chunked")) {
            qint64 decoded = 0;
            bool terminated = false;
            while (!rest.isEmpty()) {
                const qsizetype lineEnd = rest.indexOf("\r\n");
                if (lineEnd < 0)
                    break;
                bool ok = false;
                const qint64 size = rest.left(lineEnd).toLongLong(&ok, 16);
                QVERIFY(ok);
                if (size == 0) {
                    terminated = true;
                    break;
                }
                decoded += std::min<qint64>(size, rest.size() - lineEnd - 2);
                rest = rest.mid(lineEnd + 2 + size + 2);
            }
            QVERIFY2(!terminated, "a dropped chunked body must not end with the last chunk");
            QVERIFY(decoded <= 10 * 1024);
        } else {
            static const QRegularExpression length(u"content-length: (\\d+)"_s);
            const QRegularExpressionMatch match = length.match(QString::fromLatin1(head));
            QVERIFY(match.hasMatch());
            QCOMPARE(match.captured(1).toLongLong(), qint64(normal.body.size()));
            QCOMPARE(rest.size(), 10 * 1024); // then the server hung up
        }

        m_server->faults().clear();
        QCOMPARE(get(path).body, normal.body);
    }

    void faultTruncateZip() {
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        const HttpResult normal = download(u"getImage"_s, s.uid);
        m_server->faults().add(*FaultRule::parse(u"getImage:truncate-zip"_s));
        const HttpResult r = download(u"getImage"_s, s.uid);
        // The body ends cleanly...
        QVERIFY2(r.finished && r.error == QNetworkReply::NoError, qPrintable(r.describe()));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() < normal.body.size());
        // ...but the ZIP is unreadable or short.
        const ZipContents zip = readZip(r.body);
        QVERIFY2(!zip.opened || zip.entries.size() < s.imageCount + 1,
                 qPrintable(QString::number(zip.entries.size())));
    }

    void faultCorruptZip() {
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        m_server->faults().add(*FaultRule::parse(u"getImage:corrupt-zip"_s));
        const HttpResult r = download(u"getImage"_s, s.uid);
        QVERIFY2(r.finished && r.error == QNetworkReply::NoError, qPrintable(r.describe()));
        const ZipContents zip = readZip(r.body);
        QVERIFY(zip.opened);
        QCOMPARE(zip.entries.size(), s.imageCount + 1);
        const qsizetype damaged = std::count_if(zip.entries.cbegin(), zip.entries.cend(),
                                                [](const ZipEntry &e) { return !e.intact; });
        QVERIFY2(damaged >= 1, "an entry must fail its CRC (or inflate) on extraction");
    }

    void faultBadMd5() {
        const ArchiveSeries &s = archive().series()[m_zipSeries];
        m_server->faults().add(*FaultRule::parse(u"getImageWithMD5Hash:bad-md5"_s));
        const HttpResult r = download(u"getImageWithMD5Hash"_s, s.uid);
        const ZipContents zip = readZip(r.body);
        QVERIFY(zip.opened);
        QCOMPARE(zip.entries.last().name, u"md5hashes.csv"_s);
        int disagreements = 0;
        const QList<QByteArray> lines = zip.entries.last().data.split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> cells = line.split(',');
            if (cells.size() != 2 || cells[0] == "Filename")
                continue;
            const ZipEntry *entry = zip.find(QString::fromLatin1(cells[0]));
            QVERIFY(entry && entry->intact);
            if (md5Hex(entry->data) != QString::fromLatin1(cells[1]).toLower())
                ++disagreements;
        }
        QVERIFY(disagreements >= 1);
    }

    void faultMalformedJson() {
        m_server->faults().add(*FaultRule::parse(u"getSeries:malformed-json"_s));
        const HttpResult r = get(u"v1/getSeries?Collection=Mammo-Screening"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        FlatJsonArray json;
        QVERIFY(!json.parse(r.body));
    }

    void faultHang() {
        m_server->faults().add(*FaultRule::parse(u"getCollectionValues:hang"_s));
        const HttpResult r = get(u"v1/getCollectionValues"_s, 300);
        QVERIFY2(r.finished, "the transfer timeout must end the request");
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(r.describe()));
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        // Only that endpoint hangs; the server still answers.
        QCOMPARE(get(u"v1/getModalityValues"_s).status, 200);
        m_server->faults().clear();
        QCOMPARE(get(u"v1/getCollectionValues"_s).status, 200);
    }

    // -----------------------------------------------------------------------------------------
    // The nbia-emulator executable.

    void executable() {
#ifndef NBIA_EMULATOR_EXE
        QSKIP("nbia-emulator is not built");
#else
        QProcess process;
        process.start(QString::fromLocal8Bit(NBIA_EMULATOR_EXE),
                      {u"--port"_s, u"0"_s, u"--size"_s, u"small"_s});
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QString url = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(QRegularExpression(u"^http://127\\.0\\.0\\.1:\\d+/nbia-api/services/$"_s)
                     .match(url)
                     .hasMatch(),
                 qPrintable(url));
        const HttpResult r = request(QUrl(url + u"v1/getCollectionValues"_s));
        verifyJsonOk(r);
        // Same size and seed as the in-process server: same answer.
        QCOMPARE(r.body, get(u"v1/getCollectionValues"_s).body);
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(10000);
        }
#endif
    }

    void executableRejectsBadArguments_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown fault")
            << QStringList{u"--fault"_s, u"getSeries:explode"_s} << u"unknown fault"_s;
        QTest::newRow("fault without colon")
            << QStringList{u"--fault"_s, u"getSeries"_s} << u"ENDPOINT"_s;
        QTest::newRow("fault bad status")
            << QStringList{u"--fault"_s, u"*:status=abc"_s} << u"status"_s;
        QTest::newRow("unknown quirk")
            << QStringList{u"--quirk"_s, u"colour=blue"_s} << u"unknown quirk"_s;
        QTest::newRow("bad size") << QStringList{u"--size"_s, u"huge"_s} << u"--size"_s;
    }
    void executableRejectsBadArguments() {
#ifndef NBIA_EMULATOR_EXE
        QSKIP("nbia-emulator is not built");
#else
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess process;
        process.start(QString::fromLocal8Bit(NBIA_EMULATOR_EXE),
                      QStringList{u"--port"_s, u"0"_s} + arguments);
        QVERIFY2(process.waitForFinished(20000), "a bad argument must end the emulator");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.contains(message), qPrintable(errors));
        QVERIFY(process.readAllStandardOutput().isEmpty()); // no URL: not serving
#endif
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFidelity)
#include "tst_emulatorfidelity.moc"
