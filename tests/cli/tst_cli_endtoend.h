#pragma once

#include "archiveexpectations.h"
#include "cliprocess.h"

#include <emulatorserver.h>

#include <QDate>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

inline const QStringList &outputFormats() {
    static const QStringList formats{QStringLiteral("table"), QStringLiteral("json"),
                                     QStringLiteral("csv")};
    return formats;
}

// nbia-cli, the built executable, against an in-process emulator, on its v1 and its v4: every
// command in every format checked against the synthetic archive, and the error paths. The emulator
// answers on this thread, so the test waits on signals (QSignalSpy::wait), which keeps the loop
// running.
class TestCliEndToEnd final : public QObject {
    Q_OBJECT

private:
    // nbia-cli with --server pointing at the emulator.
    CliRun cli(const QStringList &arguments) const;
    // The body the emulator answers for a request, as the archive would send it.
    QByteArray rawBody(const QString &endpointAndQuery);
    // csvHasEveryArchiveField on v4: the same csv as v1's.
    void csvIsTheSameOnV4(const QStringList &arguments, int v1FieldCount);

    std::unique_ptr<nbia::emulator::EmulatorServer> m_server;
    std::unique_ptr<ArchiveExpectations> m_expect;
    QString m_root;
    QString m_version; // the API version of this global data row: v1 or v4
    QString m_collection;
    QString m_modality;
    QDate m_since;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();

    // tst_cli_endtoend.cpp: what each command finds
    void listings_data();
    void listings();
    void nothingFound_data();
    void nothingFound();

    // tst_cli_endtoend_fidelity.cpp: how each format shows it
    void jsonIsTheArchivesOwn_data();
    void jsonIsTheArchivesOwn();
    void csvHasEveryArchiveField_data();
    void csvHasEveryArchiveField();
    void v4Commands_data();
    void v4Commands();
    void describeShowsText();
    void referencedSeries();
    void seriesFiltersAreAllSent();
    void seriesTableIsReadable();
    void seriesSize_data();
    void seriesSize();
    void seriesMetadata_data();
    void seriesMetadata();

    // tst_cli_endtoend_errors.cpp: images and failures
    void image();
    void imageToStandardOutput();
    void imageUnknownInstance();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void serverErrors_data();
    void serverErrors();
    void unreachableServer();
    void retriesRecover();
    void serverFromEnvironment();
};
