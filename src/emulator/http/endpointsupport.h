#pragma once

#include "emulatoroptions.h"
#include "emulatorresponse.h"
#include "requestparameters.h"
#include "resulttable.h"
#include "syntheticarchive.h"

#include <functional>
#include <optional>

namespace nbia::emulator {

// What the endpoint sets of every API version share: the archive, the quirks, and the server's
// ways of answering (tables through getData.formatResponse, plain-text 400s, the catch-all 500).
class EndpointSupport final {
public:
    EndpointSupport(const SyntheticArchive &archive, const EmulatorQuirks &quirks);

    [[nodiscard]] const SyntheticArchive &archive() const { return m_archive; }
    [[nodiscard]] const EmulatorQuirks &quirks() const { return m_quirks; }

    // A table in the format the `format` value names (absent: JSON); empty table: 200-empty.
    [[nodiscard]] EmulatorResponse
    table(const ResultTable &table, const std::optional<QString> &format, bool escapeSlashes) const;
    // Jersey's 404/405/406, which the catch-all mapper turns into a 500 (or not: a quirk).
    [[nodiscard]] EmulatorResponse unknownPath(const QByteArray &what) const;
    [[nodiscard]] EmulatorResponse serverError(const QByteArray &exceptionMessage) const;
    // Plain text, but labelled JSON: the archive does exactly this.
    [[nodiscard]] static EmulatorResponse badRequest(const QByteArray &message);

    // Calls `visit` for every series of the collection named by the parameter, any case (all
    // series when absent, none when it names no collection).
    void forEachSeries(const std::optional<QString> &collection,
                       const std::function<void(qsizetype)> &visit) const;

    // The text of the LICENSE entry of a collection's ZIPs.
    [[nodiscard]] QByteArray licenseText(const ArchiveCollection &collection) const;

private:
    [[nodiscard]] std::pair<qsizetype, qsizetype> seriesRange(qsizetype collection) const;

    const SyntheticArchive &m_archive;
    const EmulatorQuirks &m_quirks;
};

} // namespace nbia::emulator
