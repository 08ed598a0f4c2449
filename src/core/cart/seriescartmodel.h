#pragma once

#include "cartitem.h"
#include "carttotals.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QUrl>

#include <functional>

namespace nbia {

// The series cart: series from any collection, gathered from selections, search results and
// manifests, one row each (a series is in the cart once). Series known by their UID only (from a
// manifest) show what is known of them until CartResolver fills them in. Kept between sessions
// with save() and load() (see CartStore), and exchanged as `.tcia` manifests.
class SeriesCartModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesCartModel)

public:
    enum class Column { Collection, Patient, Modality, Description, Images, Size, OnDisk };
    Q_ENUM(Column)
    static constexpr int columnTotal = 7;

    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: numbers as numbers (-1 when unknown)
        UidRole,                     // SeriesInstanceUID (0020,000E)
        StatusRole,                  // CartItem::Status, as an int
        OnDiskRole,                  // bool: the series is downloaded already
    };

    explicit SeriesCartModel(QObject *parent = nullptr);
    ~SeriesCartModel() override;

    // Each returns how many series were new; a series in the cart already is not added again
    // (though a UID-only row takes the details of a record that has them).
    int add(const QList<Series> &series);
    int addUids(const QStringList &seriesUids);
    int addItems(const QList<CartItem> &items);
    // Rows in any order; rows out of range are ignored.
    void remove(const QList<int> &rows);
    void clear();

    [[nodiscard]] const QList<CartItem> &items() const { return m_items; }
    [[nodiscard]] const CartItem &itemAt(int row) const { return m_items.at(row); }
    [[nodiscard]] int rowOf(const QString &seriesUid) const { return m_rows.value(seriesUid, -1); }
    [[nodiscard]] bool contains(const QString &seriesUid) const {
        return m_rows.contains(seriesUid);
    }
    [[nodiscard]] bool isEmpty() const { return m_items.isEmpty(); }
    [[nodiscard]] QStringList uids() const;
    [[nodiscard]] const CartTotals &totals() const { return m_totals; }
    // Records for the download queue (UID, collection, patient, study, modality, description,
    // image count and size, as far as known): every row's, or those of `rows`.
    [[nodiscard]] QList<Series> seriesRecords() const;
    [[nodiscard]] QList<Series> seriesRecords(const QList<int> &rows) const;

    // The archive's answers (see CartResolver): details for the rows of these series, and
    // series it does not know (only rows with no details yet are marked).
    void applyDetails(const QList<SeriesMetadata> &details);
    void markNotFound(const QStringList &seriesUids);
    // Rows marked not found are looked up again, as on another archive.
    void resetNotFound();

    // What says whether a series is downloaded already; the OnDisk column shows it for new
    // rows, and for every row after refreshOnDisk().
    void setOnDiskCheck(std::function<bool(const QString &seriesUid)> check);
    void refreshOnDisk();
    [[nodiscard]] bool isOnDisk(int row) const { return m_onDisk.at(row); }

    // The cart as a file (see CartFile). A file that does not exist loads as an empty cart. A
    // file that cannot be read leaves the cart empty and is moved aside so that the next save
    // does not overwrite it: false, with `error` saying so.
    bool save(const QString &path, QString *error = nullptr) const;
    bool load(const QString &path, QString *error = nullptr);

    // Adds a manifest's series (details unknown): how many were new, or -1 with `error` set,
    // nothing added, for a manifest that is bad (see CartManifest::Problem).
    int importManifest(const QString &path, QString *error = nullptr);
    // Writes the cart's series as a manifest that downloads from `serviceRoot`.
    bool exportManifest(const QString &path, const QUrl &serviceRoot = {},
                        QString *error = nullptr) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The rows, their details or their number changed: totals() may be new, a save is due.
    void changed();

private:
    [[nodiscard]] QVariant display(const CartItem &item, int row, Column column) const;
    [[nodiscard]] QVariant sortValue(const CartItem &item, int row, Column column) const;
    [[nodiscard]] bool checkOnDisk(const QString &seriesUid) const;
    void reindex();
    void recount();
    static void count(CartTotals &totals, const CartItem &item, int sign);
    void emitRowsChanged(int first, int last, Column from, Column to);

    QList<CartItem> m_items;
    QList<bool> m_onDisk; // per row
    QHash<QString, int> m_rows;
    CartTotals m_totals;
    std::function<bool(const QString &)> m_onDiskCheck;
};

} // namespace nbia
