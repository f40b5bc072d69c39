#pragma once

#include "codeid.h"
#include "formatter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// What the user asked for on the command line.
struct CommandRequest {
    enum class Action { Window, Print, List, Search, Decode, Help, Version, Error };

    Action action = Action::Window;
    QList<CodeId> codes;
    QStringList unknownCodes; // well-formed but perhaps absent; checked against the catalog later
    bool compare = false;
    Formatter::Format format = Formatter::Format::Text;
    QString query;
    QString decodeFile;       // with Action::Decode: a path, or "-" for standard input
    QString traceFile;        // with Action::Window: a file to open in the decoder
    QStringList catalogFiles; // --catalog: overlays to load besides the overlay folder
    QString language;         // empty: the system's
    QString error;            // set with Action::Error
    QString helpText;
};

// Parses the arguments and runs everything that needs no display.
// Exit codes: 0 ok, 1 nothing found, 2 usage error (with a message on stderr).
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Ok = 0, NotFound = 1, UsageError = 2 };

    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    static CommandRequest parse(const QStringList &arguments);
    // Scans for --lang before translators exist, so the help text can be translated.
    static QString languageArgument(const QStringList &arguments);
    // Runs a request that needs no window; returns the process exit code.
    static int run(const CommandRequest &request, QTextStream &out, QTextStream &err);

private:
    static int decode(const CommandRequest &request, QTextStream &out, QTextStream &err);
};
