#include "console.h"

#include <QFile>

#include <sys/ioctl.h>
#include <unistd.h>

namespace nbia::cli {

namespace {
int terminalColumns(int fd) {
    winsize size{};
    if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 80;
}
} // namespace

Console::Console(QIODevice *out, QIODevice *err, bool outIsTerminal, int terminalWidth,
                 bool errIsTerminal)
    : m_out(out)
    , m_err(err)
    , m_outIsTerminal(outIsTerminal)
    , m_terminalWidth(terminalWidth)
    , m_errIsTerminal(errIsTerminal) {}

Console::~Console() {
    flush();
}

std::unique_ptr<Console> Console::standard() {
    auto out = std::make_unique<QFile>();
    auto err = std::make_unique<QFile>();
    (void)out->open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    (void)err->open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const bool terminal = ::isatty(STDOUT_FILENO) == 1;
    auto console = std::make_unique<Console>(out.get(), err.get(), terminal,
                                             terminal ? terminalColumns(STDOUT_FILENO) : 0,
                                             ::isatty(STDERR_FILENO) == 1);
    console->m_ownedOut = std::move(out);
    console->m_ownedErr = std::move(err);
    return console;
}

bool Console::writeOut(const QByteArray &bytes) {
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = m_out->write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

void Console::writeProgress(const QString &line) {
    if (!m_errIsTerminal)
        return;
    m_err->write("\r" + line.toUtf8() + "\x1b[K"); // back to the start, clear the rest
    m_progressShown = !line.isEmpty();
}

void Console::writeError(const QString &text) {
    if (m_progressShown) {
        m_err->write("\r\x1b[K");
        m_progressShown = false;
    }
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    m_err->write(bytes);
}

void Console::flush() {
    for (QIODevice *device : {m_out, m_err}) {
        if (auto *file = qobject_cast<QFile *>(device))
            file->flush();
    }
}

} // namespace nbia::cli
