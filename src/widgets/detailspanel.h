#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace nbia {

class ApiCall;
class CollectionChartsView;
class PreviewLabel;
class NbiaClient;
class SeriesPreviewLoader;
class SeriesCatalog;
struct ArchiveTreeNode;
struct Series;

// Everything the archive says about the selected row: the row's own fields, and for a series
// its getSeriesMetaData and getSeriesSize answers, with the license and collection DOI as links
// and a button that copies the UID. A collection shows its totals once its series are listed.
// With a preview loader, a series also shows its middle image before it is downloaded.
class DetailsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    // The catalog, when given, supplies the totals of a collection.
    explicit DetailsPanel(NbiaClient *client, SeriesCatalog *catalog = nullptr,
                          QWidget *parent = nullptr);
    ~DetailsPanel() override;

    // nullptr clears the panel.
    void showNode(const ArchiveTreeNode *node);
    void showSeries(const Series &series);
    [[nodiscard]] QString fieldValue(const QString &field) const;
    // The UID of the study or series shown; empty for none.
    [[nodiscard]] const QString &shownUid() const { return m_uid; }
    // The collection whose summary is shown; empty for none.
    [[nodiscard]] const QString &shownCollection() const { return m_collection; }
    // A series then shows its representative image above its fields (not owned).
    void setPreviewLoader(SeriesPreviewLoader *loader);
    [[nodiscard]] PreviewLabel *preview() const { return m_preview; }
    [[nodiscard]] QString previewCaption() const;
    // The images of the strip, evenly spaced through the series (after "More images").
    [[nodiscard]] QList<QLabel *> stripImages() const { return m_stripImages; }
    [[nodiscard]] QPushButton *moreImagesButton() const { return m_moreImages; }
    // A collection's description (v4), as shown: sanitized rich text.
    [[nodiscard]] QTextBrowser *description() const { return m_description; }
    // A SEG's or RTSTRUCT's image series (v4), once known; the link that downloads them.
    [[nodiscard]] const QStringList &referencedSeries() const { return m_referenced; }
    [[nodiscard]] QLabel *referencesLink() const { return m_references; }
    // A collection's charts, once its series are listed.
    [[nodiscard]] CollectionChartsView *charts() const { return m_charts; }

Q_SIGNALS:
    void detailsLoaded(const QString &uid);
    // The series with the image series it is drawn on, to download together.
    void downloadRequested(const QStringList &seriesUids);

private:
    QTreeWidgetItem *addSection(const QString &title);
    void requestSeriesDetails(const QString &uid);
    void showCollection(const QString &collection);
    void cancelRequests();
    void clearFields();
    void fitFieldColumn();
    void showStrip();
    void showDescription(const QString &collection);
    void findReferencedSeries(const Series &series);

    NbiaClient *m_client;
    SeriesCatalog *m_catalog;
    QLabel *m_title;
    QLabel *m_links;
    QPushButton *m_copyUid;
    QTreeWidget *m_fields;
    QTextBrowser *m_description;
    QLabel *m_references;
    QStringList m_referenced;
    QHash<QString, QString> m_descriptions; // sanitized, by collection; "" for none
    PreviewLabel *m_preview;
    QLabel *m_previewCaption;
    QPushButton *m_moreImages;
    QWidget *m_strip;
    QList<QLabel *> m_stripImages;
    CollectionChartsView *m_charts;
    int m_stripCount = 6; // at most the series' images
    QPointer<SeriesPreviewLoader> m_previewLoader;
    QString m_uid;
    QString m_collection; // the collection shown, waiting for its series or not
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace nbia
