#include "thumbnailcommand.h"

#include "console.h"

#include <dicomrenderer.h>

#include <QDir>
#include <QSaveFile>

namespace nbia::cli {

using namespace Qt::StringLiterals;

ExitCode ThumbnailCommand::run(const ParsedArguments &arguments, Console &console) {
    const QString prefix = u"nbia-cli: thumbnail: "_s;
    const QString input = arguments.value(OptionId::DicomFile);
    DicomRenderer::Options options;
    options.maxSize = arguments.size;
    if (arguments.window)
        options.window = WindowLevel{arguments.window->first, arguments.window->second, {}};
    const DicomRenderer::Result result = DicomRenderer::render(input, options);
    if (!result.ok()) {
        console.writeError(prefix + QDir::toNativeSeparators(input) + u": "_s + result.message);
        return ExitCode::Failure;
    }
    QSaveFile out(arguments.value(OptionId::PngOut));
    if (!out.open(QIODevice::WriteOnly) || !result.image.save(&out, "PNG") || !out.commit()) {
        console.writeError(prefix +
                           u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(out.fileName()),
                                                        out.errorString()));
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

} // namespace nbia::cli
