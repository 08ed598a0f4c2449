#include "seriescsv.h"

#include "csvtext.h"

#include <api/fieldvalue.h>
#include <api/recordjsonwriter.h>

namespace nbia {

QByteArray SeriesCsv::write(const QList<Series> &series) {
    QStringList header;
    for (const RecordField<Series> &field : Series::fields())
        header.append(QString(field.key));
    QString out = CsvText::line(header);
    for (const Series &s : series) {
        const FieldList fields = RecordJsonWriter::fieldList(s);
        QStringList row;
        row.reserve(header.size());
        for (const QString &key : std::as_const(header)) {
            QString text;
            for (const auto &[name, value] : fields) {
                if (name == key) {
                    text = FieldValue::toText(value).value_or(QString());
                    break;
                }
            }
            row.append(text);
        }
        out += CsvText::line(row);
    }
    return out.toUtf8();
}

} // namespace nbia
