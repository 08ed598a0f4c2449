#pragma once

#include <api/series.h>
#include <api/seriesmetadata.h>

namespace nbia {

// One series in the cart. A series added from the archive's lists comes with its details; one
// from a manifest is a UID whose details are looked up later (see CartResolver).
struct CartItem {
    enum class Status {
        Unresolved, // a UID only: its details are not known yet
        Resolved,
        NotFound, // the archive answered without it
    };

    QString seriesInstanceUid;
    QString collection;
    QString patientId;
    QString studyInstanceUid;
    QString modality;
    QString seriesDescription;
    std::optional<qint64> imageCount;
    std::optional<qint64> bytes;
    Status status = Status::Unresolved;

    [[nodiscard]] bool isResolved() const { return status == Status::Resolved; }
    // Resolved, but the archive's list left out its size or image count.
    [[nodiscard]] bool lacksCounts() const {
        return status == Status::Resolved && (!bytes || !imageCount);
    }

    static CartItem fromUid(const QString &seriesUid);
    static CartItem fromSeries(const Series &series);
    static CartItem fromMetadata(const SeriesMetadata &metadata);
    // Takes what the metadata knows; what it leaves out stays as it was.
    void fill(const SeriesMetadata &metadata);
    // A record for the download queue: what is known, the rest empty.
    [[nodiscard]] Series toSeries() const;

    friend bool operator==(const CartItem &, const CartItem &) = default;
};

} // namespace nbia
