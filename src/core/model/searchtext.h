#pragma once

#include <api/patient.h>
#include <api/series.h>
#include <api/study.h>

#include <QString>

namespace nbia {

// What the search boxes look for: a piece of text, without case, in the identifiers and
// descriptions a researcher types (patient IDs, UIDs, descriptions, protocol names). The archive
// tree and the series list both search through it, so that they find the same series.
class SearchText final {
public:
    SearchText() = default;
    explicit SearchText(const QString &text);

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] bool isEmpty() const { return m_text.isEmpty(); }
    [[nodiscard]] bool matches(const QString &collection) const;
    [[nodiscard]] bool matches(const Patient &patient) const;
    [[nodiscard]] bool matches(const Study &study) const;
    [[nodiscard]] bool matches(const Series &series) const;

    friend bool operator==(const SearchText &, const SearchText &) = default;

private:
    QString m_text; // trimmed
};

} // namespace nbia
