#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace nbia {

// The cart as a `.tcia` manifest, both ways (see TciaManifest). Reading tells bad manifests
// apart, so that the cart takes nothing from them and the user learns why.
class CartManifest final {
    Q_DECLARE_TR_FUNCTIONS(CartManifest)

public:
    enum class Problem {
        None,
        Unreadable,   // the file cannot be read
        TooLarge,     // larger than any manifest the archive makes
        NotAManifest, // no list of series
        Empty,        // a manifest that lists no series
    };
    struct Contents {
        QStringList uids;
        Problem problem = Problem::None;
        QString detail; // the reader's words for the problem
        [[nodiscard]] bool ok() const { return problem == Problem::None; }
    };

    [[nodiscard]] static Contents read(const QString &path);
    // A manifest of these series that downloads from `serviceRoot` (the public archive when not
    // given). False with `error` set when there is nothing to write or the file cannot be
    // written.
    static bool write(const QString &path, const QStringList &uids, const QUrl &serviceRoot,
                      const QDateTime &now, QString *error = nullptr);
    // The problem of the file at `path`, as a sentence for the user.
    [[nodiscard]] static QString describe(const Contents &contents, const QString &path);
};

} // namespace nbia
