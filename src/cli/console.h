#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace nbia::cli {

// Standard output and standard error, or any two devices in tests; plus what is known about
// the output terminal.
class Console final {
public:
    // Devices are not owned; they must be open for writing.
    Console(QIODevice *out, QIODevice *err, bool outIsTerminal = false, int terminalWidth = 0,
            bool errIsTerminal = false);
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    // The process's own stdout and stderr.
    static std::unique_ptr<Console> standard();

    bool writeOut(const QByteArray &bytes);
    void writeError(const QString &text); // adds the newline when missing
    // A status line redrawn in place on a terminal's standard error; nothing elsewhere.
    void writeProgress(const QString &line);
    void flush();

    [[nodiscard]] bool outIsTerminal() const { return m_outIsTerminal; }
    [[nodiscard]] bool errIsTerminal() const { return m_errIsTerminal; }
    // The terminal's width in columns when standard output is one, else 0.
    [[nodiscard]] int terminalWidth() const { return m_outIsTerminal ? m_terminalWidth : 0; }

private:
    std::unique_ptr<QIODevice> m_ownedOut;
    std::unique_ptr<QIODevice> m_ownedErr;
    QIODevice *m_out;
    QIODevice *m_err;
    bool m_outIsTerminal;
    int m_terminalWidth;
    bool m_errIsTerminal;
    bool m_progressShown = false;
};

} // namespace nbia::cli
