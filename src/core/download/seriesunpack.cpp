#include "seriesunpack.h"

#include "instancefilenames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace nbia {

SeriesUnpack::SeriesUnpack(Job job)
    : m_job(std::move(job)) {}

SeriesUnpack::Result SeriesUnpack::run() {
    const auto halted = [this]() -> Result {
        QFile::remove(m_job.zip);
        QDir(m_job.staging).removeRecursively();
        return Stopped{};
    };
    if (m_state.load() == Halted)
        return halted(); // stopped while it waited for a thread
    QDir(m_job.staging).removeRecursively();
    if (!QDir().mkpath(m_job.staging)) {
        QFile::remove(m_job.zip);
        return ExtractionFailure{
            ExtractionFailure::Kind::Disk,
            QCoreApplication::translate("nbia::SeriesDownload", "%1 cannot be made")
                .arg(m_job.staging)};
    }
    SeriesZipExtractor::Result result =
        SeriesZipExtractor::extract(m_job.zip, m_job.staging, m_job.options);
    if (const auto *extracted = std::get_if<SeriesZipExtractor::Extracted>(&result);
        extracted && m_job.renameFiles) {
        if (std::optional<ExtractionFailure> failure =
                InstanceFileNames::rename(m_job.staging, extracted->files))
            result = *failure;
    }
    // Removing a ZIP of gigabytes takes a while too.
    QFile::remove(m_job.zip);
    if (auto *failure = std::get_if<ExtractionFailure>(&result)) {
        QDir(m_job.staging).removeRecursively();
        return std::move(*failure);
    }
    if (m_state.load() == Halted)
        return halted();
    Unpacked unpacked{std::get<SeriesZipExtractor::Extracted>(std::move(result)),
                      FolderFiles::of(m_job.staging)};
    int expected = Running;
    if (!m_state.compare_exchange_strong(expected, Handed))
        return halted(); // stopped while it counted
    return unpacked;
}

bool SeriesUnpack::stop() {
    return m_state.exchange(Halted) == Handed;
}

} // namespace nbia
