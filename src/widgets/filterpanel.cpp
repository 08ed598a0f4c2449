#include "filterpanel.h"

#include <api/nbiaclient.h>

#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
// Items keep their archive value in UserRole; "(not specified)" is the empty string.
constexpr int ValueRole = Qt::UserRole;

QSet<QString> checkedValues(const QListWidget *list) {
    QSet<QString> values;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            values.insert(item->data(ValueRole).toString());
    }
    return values;
}
} // namespace

FilterPanel::FilterPanel(NbiaClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_modalities(new QListWidget(this))
    , m_bodyParts(new QListWidget(this))
    , m_manufacturers(new QListWidget(this))
    , m_scope(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scope);
    const QList<std::pair<QString, QListWidget *>> groups{{tr("Modality"), m_modalities},
                                                          {tr("Body part"), m_bodyParts},
                                                          {tr("Manufacturer"), m_manufacturers}};
    for (const auto &[title, list] : groups) {
        auto *box = new QGroupBox(title, this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(list);
        layout->addWidget(box, 1);
        connect(list, &QListWidget::itemChanged, this, [this] { Q_EMIT filterChanged(filter()); });
    }
    auto *clearButton = new QPushButton(tr("C&lear filters"), this);
    connect(clearButton, &QPushButton::clicked, this, &FilterPanel::clear);
    layout->addWidget(clearButton);
    setCollection({});
}

FilterPanel::~FilterPanel() = default;

QListWidget *FilterPanel::list(List which) const {
    switch (which) {
    case List::Modalities:
        return m_modalities;
    case List::BodyParts:
        return m_bodyParts;
    case List::Manufacturers:
        return m_manufacturers;
    }
    return m_modalities;
}

ArchiveFilter FilterPanel::filter() const {
    return {checkedValues(m_modalities), checkedValues(m_bodyParts),
            checkedValues(m_manufacturers)};
}

void FilterPanel::setFilter(const ArchiveFilter &filter) {
    m_wanted = filter;
    for (const List which : {List::Modalities, List::BodyParts, List::Manufacturers}) {
        QListWidget *widget = list(which);
        QStringList values;
        for (int row = 0; row < widget->count(); ++row)
            values << widget->item(row)->data(ValueRole).toString();
        fill(which, values);
    }
    Q_EMIT filterChanged(this->filter());
}

void FilterPanel::clear() {
    m_wanted = {};
    for (const List which : {List::Modalities, List::BodyParts, List::Manufacturers}) {
        QListWidget *widget = list(which);
        const QSignalBlocker blocker(widget);
        for (int row = 0; row < widget->count(); ++row)
            widget->item(row)->setCheckState(Qt::Unchecked);
    }
    Q_EMIT filterChanged(filter());
}

void FilterPanel::startOver() {
    m_wanted = {};
    m_counts.reset();
    const bool filtered = !filter().isEmpty();
    for (const List which : {List::Modalities, List::BodyParts, List::Manufacturers}) {
        const QSignalBlocker blocker(list(which));
        list(which)->clear();
    }
    setCollection({});
    if (filtered)
        Q_EMIT filterChanged(filter());
}

void FilterPanel::setCounts(const std::optional<FacetCounts> &counts) {
    m_counts = counts;
    for (const List which : {List::Modalities, List::BodyParts, List::Manufacturers})
        showCounts(which);
}

void FilterPanel::showCounts(List which) {
    QListWidget *widget = list(which);
    const QSignalBlocker blocker(widget);
    for (int row = 0; row < widget->count(); ++row) {
        QListWidgetItem *item = widget->item(row);
        const QString value = item->data(ValueRole).toString();
        const QString name = value.isEmpty() ? tr("(not specified)") : value;
        const QHash<QString, qint64> &archive = m_archiveCounts[int(which)];
        if (!m_counts && archive.contains(value.toUpper())) {
            const qint64 patients = archive.value(value.toUpper());
            item->setText(tr("%1 (%2)").arg(name, QLocale().toString(patients)));
            item->setToolTip(tr("%Ln patients in the whole archive", nullptr, int(patients)));
            item->setForeground(QBrush());
            continue;
        }
        if (!m_counts) {
            item->setText(name);
            item->setForeground(QBrush());
            item->setToolTip({});
            continue;
        }
        const qsizetype count = which == List::Modalities  ? m_counts->modality(value)
                                : which == List::BodyParts ? m_counts->bodyPart(value)
                                                           : m_counts->manufacturer(value);
        item->setText(tr("%1 (%2)").arg(name, QLocale().toString(count)));
        item->setToolTip(tr("%Ln matching series", nullptr, int(count)));
        // Values without matches stay checkable but step back.
        item->setForeground(count == 0 ? widget->palette().brush(QPalette::Disabled, QPalette::Text)
                                       : QBrush());
    }
}

void FilterPanel::setCollection(const QString &collection) {
    m_collection = collection;
    m_scope->setText(collection.isEmpty() ? tr("Values in the whole archive")
                                          : tr("Values in %1").arg(collection));
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
    for (const List which : {List::Modalities, List::BodyParts, List::Manufacturers}) {
        m_archiveCounts[int(which)].clear();
        load(which);
        if (collection.isEmpty())
            loadArchiveCounts(which);
    }
}

// The whole archive's patients per value (v4's *ValuesAndCounts), beside the values while no
// collection is chosen. The counts name values as stored, the lists upper-cased: they meet in
// upper case; a body part or manufacturer without a value is the list's "(not specified)".
void FilterPanel::loadArchiveCounts(List which) {
    const Endpoint endpoint = which == List::Modalities  ? Endpoint::ModalityValuesAndCounts
                              : which == List::BodyParts ? Endpoint::BodyPartValuesAndCounts
                                                         : Endpoint::ManufacturerValuesAndCounts;
    if (!m_client->dialect().offers(endpoint))
        return;
    m_calls.append(m_client->valueCounts(
        endpoint, {}, this, [this, which](const ApiResult<QList<ValueCount>> &result) {
            if (!result.ok())
                return; // the lists work without their counts
            QHash<QString, qint64> &counts = m_archiveCounts[int(which)];
            for (const ValueCount &row : result.value()) {
                const bool unspecified = row.value.isEmpty() || (which == List::BodyParts &&
                                                                 row.value == "NOT SPECIFIED"_L1);
                counts[unspecified ? QString() : row.value.toUpper()] += row.count.value_or(0);
            }
            showCounts(which);
        }));
}

void FilterPanel::load(List which) {
    ValueQuery query;
    if (!m_collection.isEmpty())
        query.collection = m_collection;
    auto done = [this, which](const ApiResult<QStringList> &result) {
        if (result.ok())
            fill(which, result.value());
        else if (result.error().kind() != ApiError::Kind::Cancelled)
            list(which)->setToolTip(result.error().message());
    };
    switch (which) {
    case List::Modalities:
        m_calls.append(m_client->modalities(query, this, done));
        break;
    case List::BodyParts:
        m_calls.append(m_client->bodyParts(query, this, done));
        break;
    case List::Manufacturers:
        m_calls.append(m_client->manufacturers(query, this, done));
        break;
    }
}

void FilterPanel::fill(List which, const QStringList &values) {
    QListWidget *widget = list(which);
    const QSet<QString> checked =
        checkedValues(widget) + (which == List::Modalities  ? m_wanted.modalities
                                 : which == List::BodyParts ? m_wanted.bodyParts
                                                            : m_wanted.manufacturers);
    const ArchiveFilter before = filter();
    const QSignalBlocker blocker(widget);
    widget->clear();
    widget->setToolTip({});
    // Checked values the new scope lacks stay listed (and checked): moving to another collection
    // must not quietly drop the user's filter.
    QStringList shown = values;
    for (const QString &value : checked) {
        if (!shown.contains(value))
            shown.append(value);
    }
    for (const QString &value : std::as_const(shown)) {
        auto *item = new QListWidgetItem(value.isEmpty() ? tr("(not specified)") : value, widget);
        item->setData(ValueRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    showCounts(which);
    if (filter() != before)
        Q_EMIT filterChanged(filter());
}

} // namespace nbia
