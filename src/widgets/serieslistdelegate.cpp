#include "serieslistdelegate.h"

#include <model/seriestablemodel.h>

namespace nbia {

SeriesListDelegate::~SeriesListDelegate() = default;

void SeriesListDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    m_mark.apply(option, index.data(SeriesTableModel::UidRole).toString());
}

} // namespace nbia
