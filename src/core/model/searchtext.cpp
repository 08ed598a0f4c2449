#include "searchtext.h"

#include <initializer_list>

namespace nbia {

namespace {
bool anyContains(std::initializer_list<const QString *> texts, const QString &wanted) {
    for (const QString *text : texts) {
        if (text->contains(wanted, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

SearchText::SearchText(const QString &text)
    : m_text(text.trimmed()) {}

bool SearchText::matches(const QString &collection) const {
    return collection.contains(m_text, Qt::CaseInsensitive);
}

bool SearchText::matches(const Patient &p) const {
    return anyContains({&p.patientId, &p.patientName}, m_text);
}

bool SearchText::matches(const Study &s) const {
    return anyContains({&s.studyInstanceUid, &s.studyDescription, &s.studyId}, m_text);
}

bool SearchText::matches(const Series &s) const {
    return anyContains({&s.patientId, &s.seriesDescription, &s.protocolName, &s.seriesInstanceUid,
                        &s.studyInstanceUid, &s.studyDescription},
                       m_text);
}

} // namespace nbia
