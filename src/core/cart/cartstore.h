#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace nbia {

class SeriesCartModel;

// Keeps a cart on disk between sessions: load() restores it, then every change is saved, the
// changes of one pass of the event loop in one write (adding a thousand rows one by one writes
// the file once). What is pending is written when the store goes.
class CartStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartStore)

public:
    CartStore(SeriesCartModel *model, QString path, QObject *parent = nullptr);
    ~CartStore() override;

    // The cart file in the user's application data folder.
    [[nodiscard]] static QString defaultPath();

    // Restores the cart from the file, then saves every change. False (see errorString) when
    // the file could not be read: the cart starts empty and the file is kept aside. Saving
    // starts even then, unless the file could not be moved out of the way.
    bool load();
    // Writes the cart now; false (see errorString) when it cannot be written.
    bool save();
    [[nodiscard]] bool isAutosaving() const { return m_autosave; }
    [[nodiscard]] bool isSavePending() const { return m_timer.isActive(); }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &errorString() const { return m_error; }

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &error);

private:
    QPointer<SeriesCartModel> m_model;
    QString m_path;
    QString m_error;
    QTimer m_timer;
    bool m_autosave = false;
    bool m_loading = false;
};

} // namespace nbia
