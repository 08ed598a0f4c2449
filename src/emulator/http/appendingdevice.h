#pragma once

#include <QByteArray>
#include <QIODevice>

namespace nbia::emulator {

// A write-only, sequential device that appends what it is given to a byte array (or drops it).
// QuaZip writes a streaming ZIP (data descriptors, no seeking) into it.
class AppendingDevice final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppendingDevice)

public:
    explicit AppendingDevice(QByteArray *target, QObject *parent = nullptr)
        : QIODevice(parent)
        , m_target(target) {}

    [[nodiscard]] bool isSequential() const override { return true; }
    void discardFromNowOn() { m_target = nullptr; }
    [[nodiscard]] qint64 bytesWrittenInTotal() const { return m_total; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override {
        if (m_target)
            m_target->append(data, size);
        m_total += size;
        return size;
    }

private:
    QByteArray *m_target;
    qint64 m_total = 0;
};

} // namespace nbia::emulator
