#include "dicomtaglisting.h"

#include "responseformatter.h"

#include "dcmtk/config/osconfig.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcistrmb.h"
#include "dcmtk/dcmdata/dcmetinf.h"
#include "dcmtk/dcmdata/dcsequen.h"

#include <cstdio>

namespace nbia::emulator {

namespace {

class Writer final {
public:
    // False when Pixel Data was reached: nothing after it is listed.
    bool walk(DcmItem *node, int level) {
        for (unsigned long i = 0; i < node->card(); ++i) {
            DcmElement *element = node->getElement(i);
            const DcmTag &tag = element->getTag();
            if (level == 0 && tag == DCM_PixelData)
                return false;
            const QByteArray key = QByteArray(level, '>') + tagText(tag);
            const QByteArray name = nameOf(tag);
            if (element->ident() == EVR_SQ) {
                row(key, name, nullptr);
                auto *sequence = static_cast<DcmSequenceOfItems *>(element);
                for (unsigned long j = 0; j < sequence->card(); ++j)
                    walk(sequence->getItem(j), level + 1);
                row(key, "End " + name, nullptr);
                continue;
            }
            QByteArray data = "...";
            if (tag.getGroup() < 0x6000) {
                OFString value;
                data = element->getOFStringArray(value).good() ? QByteArray(value.c_str())
                                                               : QByteArray();
            }
            row(key, name, &data);
        }
        return true;
    }

    [[nodiscard]] QByteArray text() const { return '[' + m_rows + ']'; }

private:
    static QByteArray tagText(const DcmTagKey &tag) {
        char buffer[16];
        const int length =
            std::snprintf(buffer, sizeof buffer, "(%04X,%04X)", tag.getGroup(), tag.getElement());
        return QByteArray(buffer, length);
    }

    static QByteArray nameOf(const DcmTag &tag) {
        DcmTag copy(tag);
        const char *name = copy.getTagName();
        if (!name || qstrcmp(name, DcmTag_ERROR_TagName) == 0)
            return {};
        return QByteArray(name);
    }

    void row(const QByteArray &element, const QByteArray &name, const QByteArray *data) {
        if (!m_rows.isEmpty())
            m_rows += ',';
        m_rows += "{\"element\":" + quoted(element) + ",\"name\":" + quoted(name) +
                  ",\"data\":" + (data ? quoted(*data) : QByteArray("null")) + '}';
    }

    static QByteArray quoted(const QByteArray &text) {
        // Jackson: no "\/"; everything else as JSON requires.
        return ResponseFormatter::jsonString(QString::fromUtf8(text), false);
    }

    QByteArray m_rows;
};

} // namespace

QByteArray DicomTagListing::json(const QByteArray &file, QString *error) {
    DcmInputBufferStream stream;
    stream.setBuffer(file.constData(), static_cast<offile_off_t>(file.size()));
    stream.setEos();
    DcmFileFormat format;
    format.transferInit();
    const OFCondition status = format.read(stream, EXS_Unknown, EGL_noChange);
    format.transferEnd();
    if (status.bad()) {
        if (error)
            *error = QString::fromLatin1(status.text());
        return {};
    }
    Writer writer;
    writer.walk(format.getMetaInfo(), 0);
    writer.walk(format.getDataset(), 0);
    return writer.text();
}

} // namespace nbia::emulator
