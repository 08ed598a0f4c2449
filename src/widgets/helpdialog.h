#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

namespace nbia {

// Help in the window itself: what each pane does, and every shortcut of the menus (read from
// the actions, so the list is never out of date). F1 opens it at the pane that has the focus.
class HelpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    enum class Topic { Overview, Filters, Tree, SeriesList, Details, Downloads, Cart, Shortcuts };
    Q_ENUM(Topic)

    // `actions` are listed with their shortcuts (those without one are left out).
    HelpDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~HelpDialog() override;

    void showTopic(Topic topic);
    [[nodiscard]] Topic topic() const { return m_topic; }
    [[nodiscard]] QTextBrowser *text() const { return m_text; }
    // The About box's text: the program's version and those of Qt, DCMTK and QuaZip.
    static QString aboutText();

private:
    QString html(const QList<QAction *> &actions) const;

    QTextBrowser *m_text;
    Topic m_topic = Topic::Overview;
};

} // namespace nbia
