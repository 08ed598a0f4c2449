#pragma once

#include "cartitem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nbia {

// The cart on disk: a small versioned JSON file, written atomically (a crash while writing leaves
// the old file). Reading never trusts the file: what is not a cart of a known version is a
// problem, not a partial cart.
class CartFile final {
    Q_DECLARE_TR_FUNCTIONS(CartFile)

public:
    enum class Problem {
        None,
        Unreadable,     // the file exists but cannot be read
        TooLarge,       // far larger than any cart
        Damaged,        // not the JSON of a cart
        UnknownVersion, // a cart of a version this program cannot read (a newer one's)
    };
    struct Contents {
        QList<CartItem> items;
        Problem problem = Problem::None;
        QString detail;
        [[nodiscard]] bool ok() const { return problem == Problem::None; }
    };

    static constexpr int formatVersion = 1;
    static constexpr qint64 maxFileBytes = qint64(512) << 20;

    // A file that does not exist is an empty cart, not a problem.
    [[nodiscard]] static Contents read(const QString &path);
    [[nodiscard]] static Contents parse(const QByteArray &json);
    [[nodiscard]] static QByteArray toJson(const QList<CartItem> &items);
    // Makes the folder when needed. False with `error` set when the file cannot be written.
    static bool write(const QString &path, const QList<CartItem> &items, QString *error = nullptr);
    // Renames a file that could not be read to "<path>.damaged" (or ".damaged-2", ... when that
    // is taken), so that the next save does not overwrite it. The new path, or empty on failure.
    static QString moveAside(const QString &path);
    // The problem as a sentence for the user.
    [[nodiscard]] static QString describe(Problem problem, const QString &detail);
};

} // namespace nbia
