#include "safefilename.h"

#include <QStringList>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
bool isForbidden(QChar c) {
    return c.unicode() < 0x20 || c.unicode() == 0x7f || u"<>:\"/\\|?*"_s.contains(c);
}

// CON, PRN, AUX, NUL, COM0-9 and LPT0-9 (with superscript digits too), with any extension.
bool isDeviceName(const QString &name) {
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList devices{u"CON"_s, u"PRN"_s,    u"AUX"_s,
                                     u"NUL"_s, u"CONIN$"_s, u"CONOUT$"_s};
    if (devices.contains(stem))
        return true;
    if (stem.size() == 4 && (stem.startsWith(u"COM"_s) || stem.startsWith(u"LPT"_s))) {
        const QChar digit = stem.at(3);
        return digit.isDigit() || digit == u'¹' || digit == u'²' || digit == u'³';
    }
    return false;
}

// Cuts to at most `bytes` bytes of UTF-8 without splitting a character (or a surrogate pair).
QString cutToUtf8Bytes(const QString &text, qsizetype bytes) {
    if (text.toUtf8().size() <= bytes)
        return text;
    QString cut;
    qsizetype used = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString piece = text.mid(i, length);
        const qsizetype pieceBytes = piece.toUtf8().size();
        if (used + pieceBytes > bytes)
            break;
        cut += piece;
        used += pieceBytes;
        i += length;
    }
    return cut;
}

QString trimEnd(QString name) {
    while (!name.isEmpty() && (name.back() == u'.' || name.back() == u' '))
        name.chop(1);
    return name;
}
} // namespace

QString SafeFileName::from(const QString &text, const QString &fallback) {
    QString name;
    name.reserve(text.size());
    for (const QChar c : text)
        name += isForbidden(c) ? u'_' : c;
    name = trimEnd(cutToUtf8Bytes(name, maxUtf8Bytes));
    if (name.trimmed().isEmpty())
        return fallback;
    if (isDeviceName(name))
        name = trimEnd(cutToUtf8Bytes(u'_' + name, maxUtf8Bytes));
    return name;
}

bool SafeFileName::isSafe(const QString &name) {
    return !name.isEmpty() && from(name, QString()) == name;
}

} // namespace nbia
