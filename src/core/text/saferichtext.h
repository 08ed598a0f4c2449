#pragma once

#include <QString>

namespace nbia {

// HTML from the archive (a collection's description) made safe to show as rich text: only
// paragraphs, line breaks, lists, emphasis, headings and links survive; scripts and styles go
// with their content; images (remote ones could track the reader), forms, frames and every
// attribute but a link's http(s) or mailto address go too. Text is kept and escaped.
class SafeRichText final {
public:
    static QString fromHtml(const QString &html);
};

} // namespace nbia
