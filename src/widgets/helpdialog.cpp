#include "helpdialog.h"

#include <dicomcodecs.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QMetaEnum>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
QString anchorOf(HelpDialog::Topic topic) {
    return QString::fromLatin1(QMetaEnum::fromType<HelpDialog::Topic>().valueToKey(int(topic)))
        .toLower();
}
} // namespace

HelpDialog::HelpDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this)) {
    setWindowTitle(tr("NBIA Browser Help"));
    m_text->setOpenExternalLinks(true);
    m_text->setHtml(html(actions));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

HelpDialog::~HelpDialog() = default;

void HelpDialog::showTopic(Topic topic) {
    m_topic = topic;
    m_text->scrollToAnchor(anchorOf(topic));
}

QString HelpDialog::html(const QList<QAction *> &actions) const {
    const QList<std::pair<Topic, std::pair<QString, QString>>> topics{
        {Topic::Overview,
         {tr("NBIA Browser"),
          tr("Browse The Cancer Imaging Archive, look at a series before you fetch it, and "
             "download whole series, checked against the archive's MD5 sums, in the folder "
             "layout you choose. Everything runs against the server named in the status bar "
             "(File › Server…).")}},
        {Topic::Filters,
         {tr("Filters"),
          tr("Check modalities, body parts and manufacturers to narrow the tree and the series "
             "list: values of one list are alternatives, lists combine. The number beside a "
             "value is how many series it would match with the other choices; for the whole "
             "archive (v4), how many patients have it.")}},
        {Topic::Tree,
         {tr("Archive tree"),
          tr("Collections, patients, studies and series, loaded as you open them. Each row "
             "says how many series and images it holds and how large it is, once its "
             "collection's series are listed (select the collection); “–” means not known "
             "yet. Select rows at any level to download or export all the series under them. "
             "The search box finds what is loaded.")}},
        {Topic::SeriesList,
         {tr("Series list"),
          tr("Every series of the current collection in one sortable table, through the "
             "filters and its own search: the quickest way to pick series across patients.")}},
        {Topic::Details,
         {tr("Details and preview"),
          tr("Everything the archive says about the selected row, with its middle image "
             "before it is downloaded; More images shows six spread through the series. The "
             "archive's own field names are in the tool tips.")}},
        {Topic::Downloads,
         {tr("Downloads"),
          tr("Series download in parallel, resume after a restart and are checked file by "
             "file. Pause, resume, cancel or retry rows; double-click a finished one to view "
             "its images.")}},
        {Topic::Cart,
         {tr("Cart"),
          tr("Collect series from any collection, from manifests and from search results; "
             "the cart is kept between sessions. Export it as a .tcia manifest or download it "
             "all at once.")}},
    };
    QString html;
    for (const auto &[topic, text] : topics)
        html += u"<h3><a name=\"%1\"></a>%2</h3><p>%3</p>"_s.arg(
            anchorOf(topic), text.first.toHtmlEscaped(), text.second.toHtmlEscaped());
    html += u"<h3><a name=\"%1\"></a>%2</h3><table cellpadding=\"3\">"_s.arg(
        anchorOf(Topic::Shortcuts), tr("Keyboard shortcuts").toHtmlEscaped());
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(
            action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
            action->text().remove(u'&').remove(u"…"_s).toHtmlEscaped());
    }
    html += u"</table>"_s;
    return html;
}

QString HelpDialog::aboutText() {
    return tr("<h3>NBIA Browser %1</h3>"
              "<p>Browse, preview and download The Cancer Imaging Archive.</p>"
              "<p>Built with Qt %2 (running on %3), DCMTK %4 and QuaZip %5.</p>")
        .arg(QStringLiteral(NBIA_VERSION), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()), QString::fromLatin1(DicomCodecs::toolkitVersion()),
             QStringLiteral(NBIA_QUAZIP_VERSION));
}

} // namespace nbia
