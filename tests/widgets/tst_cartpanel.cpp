#include <cart/carttotals.h>
#include <cart/seriescartmodel.h>
#include <cartpanel.h>
#include <download/tciamanifest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

using Column = SeriesCartModel::Column;

namespace {
Series series(const QString &uid, std::optional<qint64> bytes, std::optional<qint64> images) {
    Series s;
    s.seriesInstanceUid = uid;
    s.collection = u"TCGA-LUAD"_s;
    s.patientId = u"TCGA-05-4244"_s;
    s.studyInstanceUid = uid + u".9"_s;
    s.modality = u"CT"_s;
    s.seriesDescription = u"Lung "_s + uid;
    s.fileSize = bytes;
    s.imageCount = images;
    return s;
}

CartTotals totals(qsizetype count, qint64 images, qint64 bytes, qsizetype unknownSize = 0,
                  qsizetype notFound = 0) {
    CartTotals t;
    t.series = count;
    t.images = images;
    t.bytes = bytes;
    t.unknownSize = unknownSize;
    t.notFound = notFound;
    return t;
}
} // namespace

// The cart panel: its totals line, its buttons and context menu, import and export without
// dialogs, and the records a download asks for.
class TestCartPanel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SeriesCartModel> m_model;
    std::unique_ptr<CartPanel> m_panel;
    std::unique_ptr<QTemporaryDir> m_dir;

    QPushButton *button(const QString &text) const {
        for (QPushButton *b : m_panel->findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == text)
                return b;
        }
        return nullptr;
    }
    QAction *action(const QString &text) const {
        for (QAction *a : m_panel->view()->actions()) {
            if (a->text().remove(u'&') == text)
                return a;
        }
        return nullptr;
    }
    void select(const QList<int> &viewRows) {
        QItemSelectionModel *selection = m_panel->view()->selectionModel();
        selection->clear();
        for (const int row : viewRows)
            selection->select(m_panel->view()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (!viewRows.isEmpty())
            selection->setCurrentIndex(m_panel->view()->model()->index(viewRows.first(), 0),
                                       QItemSelectionModel::NoUpdate);
    }
    QMessageBox *openBox() const {
        for (QMessageBox *box : m_panel->findChildren<QMessageBox *>()) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }
    QString writeManifest(const QString &name, const QStringList &uids) const {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(TciaManifest::forSeries(uids, QDateTime::currentDateTime()).toText());
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init() {
        m_model = std::make_unique<SeriesCartModel>();
        m_panel = std::make_unique<CartPanel>(m_model.get());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() {
        m_panel.reset();
        m_model.reset();
        m_dir.reset();
    }

    void totalsText_data() {
        QTest::addColumn<CartTotals>("totals");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << CartTotals{} << u"The cart is empty"_s;
        QTest::newRow("all known")
            << totals(12, 3456, Q_INT64_C(1200000000)) << u"12 series · 3,456 images · 1.2 GB"_s;
        QTest::newRow("some sizes unknown")
            << totals(12, 3456, Q_INT64_C(1200000000), 3)
            << u"12 series · 3,456 images · 1.2 GB (size of 3 series not known)"_s;
        QTest::newRow("no size known") << totals(2, 0, 0, 2) << u"2 series (sizes not known yet)"_s;
        QTest::newRow("some not found")
            << totals(3, 20, 5000, 1, 1)
            << u"3 series · 20 images · 5.0 kB (size of 1 series not known) · 1 not found on "
               u"this archive"_s;
    }
    void totalsText() {
        QFETCH(CartTotals, totals);
        QFETCH(QString, text);
        QCOMPARE(CartPanel::totalsText(totals), text);
    }

    void totalsFollowTheCart() {
        QCOMPARE(m_panel->totalsText(), u"The cart is empty"_s);
        m_model->add({series(u"1.1"_s, 1000000, 100), series(u"1.2"_s, 500000, 50)});
        QCOMPARE(m_panel->totalsText(), u"2 series · 150 images · 1.5 MB"_s);
        m_model->addUids({u"1.3"_s});
        QCOMPARE(m_panel->totalsText(),
                 u"3 series · 150 images · 1.5 MB (size of 1 series not known)"_s);
        const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [this](const QLabel *l) {
            return l->text() == m_panel->totalsText();
        }));
    }

    void removeButtonAndDeleteKey() {
        m_model->add({series(u"a"_s, 1, 1), series(u"b"_s, 2, 2), series(u"c"_s, 3, 3),
                      series(u"d"_s, 4, 4)});
        QPushButton *remove = button(u"Remove"_s);
        QVERIFY(remove);
        QVERIFY(!remove->isEnabled());
        QVERIFY(!remove->toolTip().isEmpty());
        QSignalSpy message(m_panel.get(), &CartPanel::message);
        select({0, 2});
        QVERIFY(remove->isEnabled());
        QCOMPARE(m_panel->selectedRows(), (QList<int>{0, 2}));
        remove->click();
        QCOMPARE(m_model->uids(), (QStringList{u"b"_s, u"d"_s}));
        QCOMPARE(message.size(), 1);
        QVERIFY(!remove->isEnabled());

        m_panel->show();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_panel->view()->setFocus();
        select({1});
        QTest::keyClick(m_panel->view(), Qt::Key_Delete);
        QCOMPARE(m_model->uids(), QStringList{u"b"_s});
    }

    void clearAsksFirst() {
        QPushButton *clear = button(u"Clear…"_s);
        QVERIFY(clear);
        QVERIFY(!clear->isEnabled());
        m_model->add({series(u"a"_s, 1, 1), series(u"b"_s, 2, 2)});
        QVERIFY(clear->isEnabled());
        m_panel->show();
        clear->click();
        QMessageBox *box = openBox();
        QVERIFY(box);
        QVERIFY(box->text().contains(u"2 series"_s));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!openBox());
        QCOMPARE(m_model->rowCount(), 2);

        clear->click();
        box = openBox();
        QVERIFY(box);
        QCOMPARE(box->button(QMessageBox::Yes)->text(), u"Clear"_s);
        box->button(QMessageBox::Yes)->click();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!clear->isEnabled());
        QCOMPARE(m_panel->totalsText(), u"The cart is empty"_s);
    }

    void importWithoutADialog() {
        m_model->add({series(u"2.1"_s, 1, 1)});
        const QString path = writeManifest(u"picked.tcia"_s, {u"2.1"_s, u"2.2"_s, u"2.3"_s});
        QSignalSpy message(m_panel.get(), &CartPanel::message);
        QVERIFY(m_panel->importManifest(path));
        QCOMPARE(m_model->uids(), (QStringList{u"2.1"_s, u"2.2"_s, u"2.3"_s}));
        QCOMPARE(message.size(), 1);
        QCOMPARE(message.first().first().toString(),
                 u"2 series of picked.tcia added to the cart."_s);
        QVERIFY(m_panel->totalsText().startsWith(u"3 series"_s));

        QVERIFY(m_panel->importManifest(path)); // again: nothing new
        QCOMPARE(message.last().first().toString(),
                 u"Every series of picked.tcia is in the cart already."_s);

        const QString bad = m_dir->filePath(u"letter.tcia"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear colleague,\n");
        file.close();
        m_panel->show();
        QVERIFY(!m_panel->importManifest(bad));
        QVERIFY(message.last().first().toString().contains(u"letter.tcia"_s));
        QVERIFY(openBox());
        QCOMPARE(m_model->rowCount(), 3);
    }

    void exportWithoutADialog() {
        const QString path = m_dir->filePath(u"cart.tcia"_s);
        m_panel->show();
        QVERIFY(!m_panel->exportManifest(path)); // an empty cart
        QVERIFY(!QFile::exists(path));
        if (QMessageBox *box = openBox())
            box->close();
        m_model->add({series(u"3.1"_s, 1, 1)});
        m_model->addUids({u"3.2"_s});
        m_panel->setServiceRoot(QUrl(u"https://archive.example.org/nbia-api/services/"_s));
        QVERIFY(m_panel->exportManifest(path));
        QString error;
        const std::optional<TciaManifest> manifest = TciaManifest::readFile(path, &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->seriesInstanceUids, (QStringList{u"3.1"_s, u"3.2"_s}));
        QVERIFY(manifest->downloadServerUrl.contains(u"archive.example.org"_s));
    }

    void downloadCarriesTheRecords() {
        m_model->add({series(u"4.1"_s, 4000, 40), series(u"4.2"_s, std::nullopt, 2)});
        m_model->addUids({u"4.3"_s, u"4.4"_s});
        m_model->markNotFound({u"4.4"_s});
        QSignalSpy download(m_panel.get(), &CartPanel::downloadRequested);
        QSignalSpy message(m_panel.get(), &CartPanel::message);
        QPushButton *all = button(u"Download"_s);
        QVERIFY(all);
        QVERIFY(!all->toolTip().isEmpty());
        all->click();
        QCOMPARE(download.size(), 1);
        const auto records = download.first().first().value<QList<Series>>();
        QCOMPARE(records.size(), 3); // the series the archive does not know are left out
        QCOMPARE(records.at(0).seriesInstanceUid, u"4.1"_s);
        QCOMPARE(records.at(0).collection, u"TCGA-LUAD"_s);
        QCOMPARE(records.at(0).patientId, u"TCGA-05-4244"_s);
        QCOMPARE(records.at(0).studyInstanceUid, u"4.1.9"_s);
        QCOMPARE(records.at(0).modality, u"CT"_s);
        QCOMPARE(records.at(0).seriesDescription, u"Lung 4.1"_s);
        QCOMPARE(records.at(0).imageCount, std::optional<qint64>(40));
        QCOMPARE(records.at(0).fileSize, std::optional<qint64>(4000));
        QCOMPARE(records.at(2).seriesInstanceUid, u"4.3"_s);
        QCOMPARE(message.size(), 1);

        QAction *selected = action(u"Download"_s);
        QVERIFY(selected);
        QVERIFY(!selected->isEnabled());
        select({1});
        QVERIFY(selected->isEnabled());
        selected->trigger();
        QCOMPARE(download.size(), 2);
        const auto one = download.last().first().value<QList<Series>>();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().seriesInstanceUid, u"4.2"_s);
    }

    void sortsByRawValues() {
        QAbstractItemModelTester tester(m_panel->view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->add({series(u"5.1"_s, 900, 9), series(u"5.2"_s, Q_INT64_C(2000000000), 200),
                      series(u"5.3"_s, 10000, 10)});
        m_model->addUids({u"5.4"_s});
        const QAbstractItemModel *shown = m_panel->view()->model();
        const auto uidAt = [shown](int row) {
            return shown->index(row, 0).data(SeriesCartModel::UidRole).toString();
        };
        QCOMPARE(uidAt(0), u"5.1"_s); // the order they came in
        m_panel->view()->sortByColumn(int(Column::Size), Qt::AscendingOrder);
        QCOMPARE(uidAt(0), u"5.4"_s); // size unknown
        QCOMPARE(uidAt(1), u"5.1"_s);
        QCOMPARE(uidAt(2), u"5.3"_s);
        QCOMPARE(uidAt(3), u"5.2"_s);
        select({3, 1});
        QCOMPARE(m_panel->selectedRows(), (QList<int>{0, 1})); // model rows, in the order shown
    }

    void contextMenuActions() {
        m_model->add({series(u"6.1"_s, 1, 1)});
        m_model->addUids({u"6.2"_s});
        QSignalSpy tree(m_panel.get(), &CartPanel::showInTreeRequested);
        QSignalSpy message(m_panel.get(), &CartPanel::message);
        QAction *show = action(u"Show in the tree"_s);
        QVERIFY(show);
        select({0});
        show->trigger();
        QCOMPARE(tree.size(), 1);
        QCOMPARE(tree.first().first().toString(), u"6.1"_s);
        select({1});
        show->trigger(); // no details yet: no place in the tree
        QCOMPARE(tree.size(), 1);
        QCOMPARE(message.size(), 1);

        select({0, 1});
        QAction *copy = action(u"Copy UIDs"_s);
        QVERIFY(copy);
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), u"6.1\n6.2"_s);
        QAction *remove = action(u"Remove"_s);
        QVERIFY(remove);
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        remove->trigger();
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_MAIN(TestCartPanel)
#include "tst_cartpanel.moc"
