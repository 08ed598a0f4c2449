#include "detailspanel.h"

#include "collectionchartsview.h"
#include "previewlabel.h"

#include <api/nbiaclient.h>
#include <api/recordjsonwriter.h>
#include <api/referencedseries.h>
#include <model/archivetreenode.h>
#include <model/collectionsummary.h>
#include <model/seriescatalog.h>
#include <preview/seriespreviewloader.h>
#include <text/readablefield.h>
#include <text/saferichtext.h>

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
// Readable names and values; the archive's own key and value in the tool tips.
void addFields(QTreeWidgetItem *section, const FieldList &fields) {
    for (const auto &[key, value] : fields) {
        const ReadableField field = ReadableField::of(key, value);
        auto *item = new QTreeWidgetItem(section, {field.label, field.value});
        item->setData(0, Qt::UserRole, key);
        item->setToolTip(0, DetailsPanel::tr("The archive calls it %1").arg(key));
        const QString raw = value.isString()
                                ? value.toString()
                                : QString::fromUtf8(RecordJsonWriter::valueToJson(value));
        item->setToolTip(1, raw == field.value
                                ? raw
                                : DetailsPanel::tr("%1\nAs sent: %2").arg(field.value, raw));
    }
    section->setExpanded(true);
}

QString link(const QString &url, const QString &label) {
    return url.isEmpty() ? QString()
                         : QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(url.toHtmlEscaped(), label.toHtmlEscaped());
}
} // namespace

DetailsPanel::DetailsPanel(NbiaClient *client, SeriesCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_catalog(catalog)
    , m_title(new QLabel(this))
    , m_links(new QLabel(this))
    , m_copyUid(new QPushButton(tr("Copy &UID"), this))
    , m_fields(new QTreeWidget(this))
    , m_description(new QTextBrowser(this))
    , m_references(new QLabel(this))
    , m_preview(new PreviewLabel(this))
    , m_previewCaption(new QLabel(this))
    , m_moreImages(new QPushButton(tr("&More images"), this))
    , m_strip(new QWidget(this))
    , m_charts(new CollectionChartsView(this)) {
    m_charts->hide();
    m_moreImages->setToolTip(tr("Shows six images spread through the series"));
    m_moreImages->hide();
    m_strip->hide();
    auto *stripLayout = new QHBoxLayout(m_strip);
    stripLayout->setContentsMargins(0, 0, 0, 0);
    stripLayout->setSpacing(2);
    connect(m_moreImages, &QPushButton::clicked, this, &DetailsPanel::showStrip);
    m_previewCaption->setAlignment(Qt::AlignCenter);
    m_previewCaption->setWordWrap(true);
    m_preview->hide();
    m_previewCaption->hide();
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links->setOpenExternalLinks(true);
    m_links->setWordWrap(true);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_fields->header()->setStretchLastSection(true);
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    // A short pane shrinks the preview first; the fields keep a handful of rows.
    m_fields->setMinimumHeight(m_fields->fontMetrics().height() * 7);
    connect(m_copyUid, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_uid); });
    if (m_catalog) {
        auto refresh = [this](const QString &collection) {
            if (collection == m_collection)
                showCollection(collection);
        };
        connect(m_catalog, &SeriesCatalog::groupsReady, this, refresh);
        connect(m_catalog, &SeriesCatalog::failed, this, refresh);
    }
    // Links open in the browser; the view itself fetches nothing (no remote images).
    m_description->setOpenExternalLinks(true);
    m_description->setOpenLinks(false);
    connect(m_description, &QTextBrowser::anchorClicked, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    m_description->setMaximumHeight(180);
    m_description->hide();
    m_references->setWordWrap(true);
    m_references->setTextFormat(Qt::RichText);
    m_references->hide();
    connect(m_references, &QLabel::linkActivated, this, [this] {
        if (!m_uid.isEmpty())
            Q_EMIT downloadRequested(QStringList{m_uid} + m_referenced);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_links);
    layout->addWidget(m_description);
    layout->addWidget(m_references);
    layout->addWidget(m_copyUid, 0, Qt::AlignLeft);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_previewCaption);
    layout->addWidget(m_moreImages, 0, Qt::AlignHCenter);
    layout->addWidget(m_strip);
    layout->addWidget(m_fields, 3);
    layout->addWidget(m_charts, 4);
    showNode(nullptr);
}

DetailsPanel::~DetailsPanel() = default;

QTreeWidgetItem *DetailsPanel::addSection(const QString &title) {
    auto *section = new QTreeWidgetItem(m_fields, {title});
    QFont bold = section->font(0);
    bold.setBold(true);
    section->setFont(0, bold);
    section->setFirstColumnSpanned(true);
    return section;
}

QString DetailsPanel::fieldValue(const QString &field) const {
    for (int s = 0; s < m_fields->topLevelItemCount(); ++s) {
        const QTreeWidgetItem *section = m_fields->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i) {
            const QTreeWidgetItem *item = section->child(i);
            if (item->text(0) == field || item->data(0, Qt::UserRole).toString() == field)
                return item->text(1);
        }
    }
    return {};
}

void DetailsPanel::cancelRequests() {
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
}

void DetailsPanel::setPreviewLoader(SeriesPreviewLoader *loader) {
    if (m_previewLoader)
        m_previewLoader->disconnect(this);
    m_previewLoader = loader;
    if (!loader)
        return;
    connect(loader, &SeriesPreviewLoader::loaded, this,
            [this](const QString &uid, const QImage &image, const QString &caption) {
                if (uid != m_uid)
                    return;
                m_preview->setPixmap(QPixmap::fromImage(image));
                m_previewCaption->setText(caption);
            });
    connect(loader, &SeriesPreviewLoader::stripImage, this,
            [this](const QString &uid, int position, const QImage &image, const QString &caption) {
                if (uid != m_uid || position >= m_stripImages.size())
                    return;
                m_stripImages.at(position)->setPixmap(QPixmap::fromImage(image));
                m_stripImages.at(position)->setToolTip(caption);
            });
    connect(loader, &SeriesPreviewLoader::failed, this,
            [this](const QString &uid, const QString &message) {
                if (uid != m_uid)
                    return;
                m_preview->setPixmap({});
                m_preview->setText(tr("No preview"));
                m_previewCaption->setText(message);
            });
}

void DetailsPanel::showStrip() {
    if (!m_previewLoader || m_uid.isEmpty())
        return;
    qDeleteAll(m_stripImages);
    m_stripImages.clear();
    const int count = m_stripCount;
    const int size = std::max(32, (width() - 2 * 5) / 6);
    for (int i = 0; i < count; ++i) {
        auto *image = new QLabel(QStringLiteral("…"), m_strip);
        image->setAlignment(Qt::AlignCenter);
        image->setFixedSize(size, size);
        image->setStyleSheet(QStringLiteral("QLabel { background: black; color: #ccc; }"));
        m_strip->layout()->addWidget(image);
        m_stripImages << image;
    }
    m_strip->show();
    m_moreImages->hide();
    m_previewLoader->loadStrip(count, size);
}

QString DetailsPanel::previewCaption() const {
    return m_previewCaption->text();
}

void DetailsPanel::clearFields() {
    cancelRequests();
    if (m_previewLoader)
        m_previewLoader->cancel();
    m_preview->hide();
    m_previewCaption->hide();
    m_preview->clear();
    m_previewCaption->clear();
    // The strip belongs to the series it was made for; no other row may show it.
    m_moreImages->hide();
    m_strip->hide();
    qDeleteAll(m_stripImages);
    m_stripImages.clear();
    m_fields->clear();
    m_charts->hide();
    m_charts->clear();
    m_links->clear();
    m_description->hide();
    m_references->hide();
    m_referenced.clear();
    m_uid.clear();
    m_collection.clear();
    m_copyUid->setVisible(false);
}

// The names get the room they need up to half the panel; the values get the rest.
void DetailsPanel::fitFieldColumn() {
    m_fields->resizeColumnToContents(0);
    const int cap = std::max(120, m_fields->viewport()->width() / 2);
    if (m_fields->columnWidth(0) > cap)
        m_fields->setColumnWidth(0, cap);
}

void DetailsPanel::showSeries(const Series &series) {
    clearFields();
    m_title->setText(tr("<b>Series</b> %1").arg(series.seriesDescription.toHtmlEscaped()));
    m_uid = series.seriesInstanceUid;
    QStringList links;
    if (!series.licenseUri.isEmpty())
        links << link(series.licenseUri,
                      series.licenseName.isEmpty() ? tr("License") : series.licenseName);
    if (!series.collectionUri.isEmpty())
        links << link(series.collectionUri, tr("Collection DOI"));
    m_links->setText(links.join(QStringLiteral(" · ")));
    addFields(addSection(tr("Series")), RecordJsonWriter::fieldList(series));
    requestSeriesDetails(series.seriesInstanceUid);
    findReferencedSeries(series);
    if (m_previewLoader) {
        m_preview->setText(tr("Loading the preview…"));
        m_preview->show();
        m_previewCaption->show();
        m_stripCount = int(std::clamp<qint64>(series.imageCount.value_or(6), 1, 6));
        m_moreImages->setVisible(m_stripCount > 1);
        m_previewLoader->load(series.seriesInstanceUid, 256);
    }
    m_copyUid->setVisible(true);
    fitFieldColumn();
}

void DetailsPanel::showCollection(const QString &collection) {
    clearFields();
    m_collection = collection;
    m_title->setText(tr("<b>Collection</b> %1").arg(collection.toHtmlEscaped()));
    showDescription(collection);
    const std::shared_ptr<const CollectionSummary> counted =
        m_catalog ? m_catalog->summary(collection) : nullptr;
    if (!counted) {
        if (m_catalog && !m_catalog->error(collection).isEmpty())
            m_links->setText(
                tr("Its totals are unknown: %1").arg(m_catalog->error(collection).toHtmlEscaped()));
        else if (m_catalog)
            m_links->setText(tr("Counting its series…"));
        return;
    }
    const CollectionSummary &summary = *counted;
    if (const std::shared_ptr<const CollectionCharts> charts = m_catalog->charts(collection)) {
        m_charts->setCharts(*charts, collection);
        m_charts->setVisible(summary.series > 0);
    }
    QStringList links;
    for (const auto &[name, url] : summary.licenses)
        links << link(url, name.isEmpty() ? tr("License") : name);
    if (!summary.doi.isEmpty())
        links << link(summary.doi, tr("Collection DOI"));
    m_links->setText(links.join(QStringLiteral(" · ")));

    const QLocale locale;
    auto *totals = addSection(tr("Totals"));
    auto add = [](QTreeWidgetItem *section, const QString &name, const QString &value) {
        auto *item = new QTreeWidgetItem(section, {name, value});
        item->setToolTip(1, value);
    };
    add(totals, tr("Patients"), locale.toString(summary.patients));
    add(totals, tr("Studies"), locale.toString(summary.studies));
    add(totals, tr("Series"), locale.toString(summary.series));
    add(totals, tr("Images"), locale.toString(summary.images));
    add(totals, tr("Size"), locale.formattedDataSize(summary.bytes, 1, QLocale::DataSizeSIFormat));
    if (summary.firstRelease.isValid()) {
        const QString first = locale.toString(summary.firstRelease.date(), QLocale::ShortFormat);
        const QString last = locale.toString(summary.lastRelease.date(), QLocale::ShortFormat);
        add(totals, tr("Released"), first == last ? first : tr("%1 to %2").arg(first, last));
    }
    totals->setExpanded(true);
    const std::pair<QString, const QList<CollectionSummary::ValueCount> *> facets[] = {
        {tr("Series by modality"), &summary.modalities},
        {tr("Series by body part"), &summary.bodyParts},
        {tr("Series by manufacturer"), &summary.manufacturers}};
    for (const auto &[title, values] : facets) {
        auto *section = addSection(title);
        for (const CollectionSummary::ValueCount &value : *values)
            add(section, value.value.isNull() ? tr("(not specified)") : value.value,
                locale.toString(value.series));
        section->setExpanded(true);
    }
    fitFieldColumn();
}

// The curators' description of a collection (v4), asked for once per collection.
void DetailsPanel::showDescription(const QString &collection) {
    const auto shown = m_descriptions.constFind(collection);
    if (shown != m_descriptions.constEnd()) {
        m_description->setHtml(*shown);
        m_description->setVisible(!shown->isEmpty());
        return;
    }
    if (!m_client->dialect().offers(Endpoint::CollectionDescriptions))
        return;
    m_calls.append(m_client->collectionDescriptions(
        collection, this,
        [this, collection](const ApiResult<QList<CollectionDescription>> &result) {
            if (!result.ok())
                return; // the rest of the details stand without it
            QString html;
            for (const CollectionDescription &row : result.value()) {
                if (row.collectionName == collection)
                    html = SafeRichText::fromHtml(row.description);
            }
            m_descriptions.insert(collection, html);
            if (collection == m_collection) {
                m_description->setHtml(html);
                m_description->setVisible(!html.isEmpty());
            }
        }));
}

// A segmentation or structure set names the image series it is drawn on (v4's getDicomTags):
// shown with a link that downloads them together.
void DetailsPanel::findReferencedSeries(const Series &series) {
    if (!ReferencedSeries::refersToOthers(series.modality) ||
        !m_client->dialect().offers(Endpoint::DicomTags))
        return;
    const QString uid = series.seriesInstanceUid;
    m_calls.append(
        m_client->dicomTags(uid, this, [this, uid](const ApiResult<QList<DicomTag>> &tags) {
            if (uid != m_uid || !tags.ok())
                return;
            m_referenced = ReferencedSeries::fromTags(tags.value(), uid);
            if (m_referenced.isEmpty())
                return;
            m_references->setText(
                tr("Drawn on %Ln image series (%1). <a href=\"#download\">Download them "
                   "together</a>",
                   nullptr, int(m_referenced.size()))
                    .arg(m_referenced.join(u", "_s).toHtmlEscaped()));
            m_references->setToolTip(m_referenced.join(u'\n'));
            m_references->show();
        }));
}

void DetailsPanel::showNode(const ArchiveTreeNode *node) {
    if (const auto *series = node ? std::get_if<Series>(&node->record) : nullptr)
        return showSeries(*series);
    clearFields();
    if (!node) {
        m_title->setText(tr("Select a collection, patient, study or series to see its details."));
        return;
    }
    if (const auto *name = std::get_if<QString>(&node->record)) {
        showCollection(*name);
        return;
    }
    if (const auto *patient = std::get_if<Patient>(&node->record)) {
        m_title->setText(tr("<b>Patient</b> %1").arg(patient->patientId.toHtmlEscaped()));
        addFields(addSection(tr("Patient")), RecordJsonWriter::fieldList(*patient));
    } else if (const auto *study = std::get_if<Study>(&node->record)) {
        m_title->setText(tr("<b>Study</b> %1").arg(study->studyDescription.toHtmlEscaped()));
        m_uid = study->studyInstanceUid;
        addFields(addSection(tr("Study")), RecordJsonWriter::fieldList(*study));
    }
    m_copyUid->setVisible(!m_uid.isEmpty());
    fitFieldColumn();
}

void DetailsPanel::requestSeriesDetails(const QString &uid) {
    m_calls.append(m_client->seriesSize(uid, this, [this, uid](const ApiResult<SeriesSize> &r) {
        if (uid != m_uid || !r.ok())
            return;
        QTreeWidgetItem *section = addSection(tr("Size"));
        section->setToolTip(0, tr("As getSeriesSize counts it"));
        addFields(section, RecordJsonWriter::fieldList(r.value()));
    }));
    m_calls.append(
        m_client->seriesMetadata(uid, this, [this, uid](const ApiResult<QList<SeriesMetadata>> &r) {
            if (uid != m_uid)
                return;
            QTreeWidgetItem *section = addSection(tr("Metadata"));
            section->setToolTip(0, tr("From the archive's series metadata"));
            if (!r.ok()) {
                if (r.error().kind() != ApiError::Kind::Cancelled)
                    new QTreeWidgetItem(section, {tr("Error"), r.error().message()});
            } else if (r.value().isEmpty()) {
                new QTreeWidgetItem(
                    section, {tr("Note"), tr("The archive has no metadata for this series.")});
            } else {
                addFields(section, RecordJsonWriter::fieldList(r.value().first()));
            }
            section->setExpanded(true);
            Q_EMIT detailsLoaded(uid);
        }));
}

} // namespace nbia
