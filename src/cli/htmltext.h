#pragma once

#include <QString>

namespace nbia::cli {

// A collection description's HTML as plain text for a terminal: paragraphs and list items on
// lines of their own, tags dropped, the common entities decoded.
class HtmlText final {
public:
    static QString toPlainText(const QString &html);
};

} // namespace nbia::cli
