#pragma once

#include <QByteArray>

namespace nbia::emulator {

// Supplies a response body in pieces, so that large bodies are made while they are sent.
class BodySource {
public:
    virtual ~BodySource() = default;
    BodySource() = default;
    BodySource(const BodySource &) = delete;
    BodySource &operator=(const BodySource &) = delete;

    // Up to `maxBytes` of the next bytes; empty only at the end (or on failure).
    virtual QByteArray read(qint64 maxBytes) = 0;
    [[nodiscard]] virtual bool atEnd() const = 0;
};

// A body that is already in memory.
class ByteArraySource final : public BodySource {
public:
    explicit ByteArraySource(QByteArray body)
        : m_body(std::move(body)) {}

    QByteArray read(qint64 maxBytes) override {
        QByteArray piece = m_body.mid(m_position, maxBytes);
        m_position += piece.size();
        return piece;
    }
    [[nodiscard]] bool atEnd() const override { return m_position >= m_body.size(); }

private:
    QByteArray m_body;
    qsizetype m_position = 0;
};

} // namespace nbia::emulator
