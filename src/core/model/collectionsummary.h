#pragma once

#include <api/series.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace nbia {

// What a collection holds, counted from its series (getSeries): the figures a researcher checks
// before downloading it, and the license and DOI that the series rows carry.
struct CollectionSummary {
    struct ValueCount {
        QString value; // null: "(not specified)"
        qsizetype series = 0;
        friend bool operator==(const ValueCount &, const ValueCount &) = default;
    };

    qsizetype patients = 0;
    qsizetype studies = 0;
    qsizetype series = 0;
    qint64 images = 0;
    qint64 bytes = 0;
    QList<ValueCount> modalities;                // most series first
    QList<ValueCount> bodyParts;                 // most series first
    QList<ValueCount> manufacturers;             // most series first
    QList<std::pair<QString, QString>> licenses; // name and link, as the series name them
    QString doi;                                 // the collection's DOI link
    QDateTime firstRelease;
    QDateTime lastRelease;

    static CollectionSummary of(const QList<Series> &series);
};

} // namespace nbia
