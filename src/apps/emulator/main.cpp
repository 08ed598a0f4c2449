#include <dicomcodecs.h>
#include <emulatorserver.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"nbia-emulator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NBIA_EMULATOR_VERSION));
    const nbia::DicomCodecs codecs(nbia::DicomCodecs::Mode::DecodeAndEncode);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"An NBIA-compatible server over a synthetic archive, for tests, benchmarks and demos.\n"
        "API v1 at <root>/v1/<endpoint> and v4 at <root>/v4/<endpoint>, over the same archive.\n"
        "Archives: --archive tcia (default) holds a dozen collections of many modalities, like\n"
        "  nbia.cancerimagingarchive.net; --archive nlst holds one collection \"NLST\" of CT and "
        "a\n"
        "  few CR series of many patients, like nlst.cancerimagingarchive.net. No UID of one\n"
        "  occurs in the other for the same seed, so two emulators can stand for both hosts.\n"
        "Faults: --fault ENDPOINT:option[=value],… with ENDPOINT an endpoint name or *, options\n"
        "  status=CODE, latency=MS, throttle=BYTES/s (k, M), drop-after=BYTES, truncate-zip,\n"
        "  short-zip (a valid ZIP of half the images, as when the archive fails mid-series),\n"
        "  corrupt-zip, bad-md5, malformed-json, hang, not-public (getImage*), every=N, first=N.\n"
        "  Example: --fault getSeries:status=503,first=2 --fault getImage:drop-after=1M"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0: any free port)."_s,
                                        u"P"_s, u"0"_s);
    const QCommandLineOption sizeOption(u"size"_s,
                                        u"Archive size: small, medium, large or a series count."_s,
                                        u"SIZE"_s, u"medium"_s);
    const QCommandLineOption archiveOption(
        u"archive"_s, u"Archive kind: tcia (many collections) or nlst (one CT collection)."_s,
        u"KIND"_s, u"tcia"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the synthetic archive."_s, u"S"_s,
                                        u"1"_s);
    const QCommandLineOption faultOption(u"fault"_s, u"Inject a fault (repeatable)."_s, u"SPEC"_s);
    const QCommandLineOption quirkOption(
        u"quirk"_s,
        u"Choose an unconfirmed server behaviour (repeatable): "_s + EmulatorQuirks::help(),
        u"NAME=VALUE"_s);
    parser.addOptions(
        {portOption, sizeOption, archiveOption, seedOption, faultOption, quirkOption});
    parser.process(app);

    QTextStream err(stderr);
    EmulatorOptions options;
    bool seedOk = false;
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    const auto spec = ArchiveSpec::fromSize(parser.value(sizeOption), seed);
    if (!spec || !seedOk) {
        err << "nbia-emulator: --size takes small, medium, large or a series count; --seed a "
               "number\n";
        return 2;
    }
    options.archive = *spec;
    const auto kind = ArchiveSpec::kindFromName(parser.value(archiveOption));
    if (!kind) {
        err << "nbia-emulator: --archive takes tcia or nlst\n";
        return 2;
    }
    options.archive.kind = *kind;
    for (const QString &text : parser.values(faultOption)) {
        QString error;
        const auto rule = FaultRule::parse(text, &error);
        if (!rule) {
            err << "nbia-emulator: " << error << '\n';
            return 2;
        }
        options.faults.append(*rule);
    }
    for (const QString &text : parser.values(quirkOption)) {
        QString error;
        if (!options.quirks.apply(text, &error)) {
            err << "nbia-emulator: " << error << '\n';
            return 2;
        }
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "nbia-emulator: --port takes a number from 0 to 65535\n";
        return 2;
    }

    EmulatorServer server(options);
    if (!server.listen(QHostAddress::LocalHost, quint16(port))) {
        err << "nbia-emulator: " << server.errorString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << server.serviceRoot().toString() << Qt::endl;
    err << "Serving " << server.archive().series().size() << " series in "
        << server.archive().collections().size() << " collections (seed " << seed << ")."
        << Qt::endl;
    return QCoreApplication::exec();
}
