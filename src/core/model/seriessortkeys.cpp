#include "seriessortkeys.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace nbia {

using Column = SeriesTableModel::Column;

namespace {
constexpr qint64 missing = std::numeric_limits<qint64>::min();

const QString &textOf(const Series &s, Column column) {
    return *SeriesTableModel::text(s, column); // only called for text columns
}

std::vector<qint64> textRanks(const QList<Series> &series, Column column) {
    QHash<QString, qint64> rankOf;
    for (const Series &s : series)
        rankOf.insert(textOf(s, column), 0);
    QStringList distinct = rankOf.keys();
    if (column == Column::SeriesUid) {
        std::sort(distinct.begin(), distinct.end()); // digits and dots: plain order is enough
    } else {
        // The C locale collates by code point, without case folding or numbers; English
        // collation is the reasonable default there.
        const QLocale system;
        QCollator collator(system.language() == QLocale::C ? QLocale(QLocale::English) : system);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::vector<std::pair<QCollatorSortKey, QString>> keyed;
        keyed.reserve(size_t(distinct.size()));
        for (const QString &text : std::as_const(distinct))
            keyed.emplace_back(collator.sortKey(text), text);
        std::sort(keyed.begin(), keyed.end(), [](const auto &l, const auto &r) {
            const int order = l.first.compare(r.first);
            return order != 0 ? order < 0 : l.second < r.second;
        });
        for (size_t i = 0; i < keyed.size(); ++i)
            distinct[qsizetype(i)] = keyed[i].second;
    }
    for (qsizetype i = 0; i < distinct.size(); ++i)
        rankOf[distinct[i]] = distinct[i].isEmpty() ? missing : i;
    std::vector<qint64> keys;
    keys.reserve(size_t(series.size()));
    for (const Series &s : series)
        keys.push_back(rankOf.value(textOf(s, column)));
    return keys;
}

template<class Value>
qint64 numberOr(const std::optional<Value> &value) {
    return value ? qint64(*value) : missing;
}
} // namespace

std::vector<qint64> SeriesSortKeys::forColumn(const QList<Series> &series, Column column) {
    std::vector<qint64> keys;
    switch (column) {
    case Column::Images:
        for (const Series &s : series)
            keys.push_back(numberOr(s.imageCount));
        return keys;
    case Column::Size:
        for (const Series &s : series)
            keys.push_back(numberOr(s.fileSize));
        return keys;
    case Column::StudyDate:
        for (const Series &s : series)
            keys.push_back(s.studyDate.isValid() ? s.studyDate.toMSecsSinceEpoch() : missing);
        return keys;
    default:
        return textRanks(series, column);
    }
}

} // namespace nbia
