#pragma once

#include "archivefilter.h"

#include <QSortFilterProxyModel>

namespace nbia {

class SeriesTableModel;

// Filters SeriesTableModel by the panels' ArchiveFilter and a search text (patient ID,
// descriptions, protocol, UIDs) and sorts it. Comparisons read the records directly instead of
// going through QVariant, which keeps re-sorting a 100,000-series collection fast.
class SeriesFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesFilterProxyModel)

public:
    explicit SeriesFilterProxyModel(QObject *parent = nullptr);
    ~SeriesFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *source) override;
    [[nodiscard]] const ArchiveFilter &filter() const { return m_filter; }
    void setFilter(const ArchiveFilter &filter);
    [[nodiscard]] const QString &searchText() const { return m_search; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const SeriesTableModel *m_table = nullptr;
    ArchiveFilter m_filter;
    QString m_search;
};

} // namespace nbia
