#pragma once

#include <QString>
#include <QStringList>

namespace nbia {

// RFC 4180 CSV text: fields quoted only when they hold a comma, a quote, CR or LF (quotes
// doubled), "\n" line ends.
class CsvText final {
public:
    static QString field(const QString &text);
    // A text field a spreadsheet will not run: one that starts like a formula (= + - @, or a
    // tab or CR that some programs skip first) gets a leading apostrophe, then field()'s
    // quoting. For text only: it would change a negative number.
    static QString textField(const QString &text);
    // The same text, apostrophe and all, before field()'s quoting (for line()).
    static QString inert(const QString &text);
    // One line with its "\n". A lone empty field is written `""`, since many readers skip an
    // empty line (Python's csv module does the same).
    static QString line(const QStringList &fields);
};

} // namespace nbia
