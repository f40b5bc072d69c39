#include "commandline.h"

#include "catalog.h"
#include "comparison.h"
#include "localization.h"
#include "searchengine.h"
#include "tracedecoder.h"
#include "tracereport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString CommandLine::languageArgument(const QStringList &arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--lang="))
            return arg.mid(7);
    }
    return {};
}

CommandRequest CommandLine::parse(const QStringList &arguments) {
    CommandRequest request;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("SIP Codes: what a SIP response code, a Q.850 cause or a "
                                        "SIP Warning means, and what to do about it."));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help and exit."));
    const QCommandLineOption versionOption(
        QStringList{QStringLiteral("v"), QStringLiteral("version")},
        tr("Show the version and exit."));
    const QCommandLineOption printOption(
        QStringLiteral("print"), tr("Print the entries for CODES instead of opening the window."));
    const QCommandLineOption listOption(QStringLiteral("list"), tr("Print the whole catalog."));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          tr("Print the entries that match QUERY, best first."),
                                          tr("QUERY"));
    const QCommandLineOption decodeOption(
        QStringLiteral("decode"),
        tr("Decode the status lines and the Reason, Warning and Retry-After headers in FILE, a "
           "SIP trace or log (- reads standard input)."),
        tr("FILE"));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        tr("Also load the team notes and entries of the overlay FILE (may be given more than "
           "once)."),
        tr("FILE"));
    const QCommandLineOption compareOption(
        QStringLiteral("compare"),
        tr("Compare two codes side by side (with --print: print the comparison)."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("Output format: text, markdown, json or csv (csv only with --list)."), tr("FORMAT"),
        QStringLiteral("text"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        tr("Language of the window and of printed output: en, fr, de, es or ja."), tr("LANGUAGE"));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(printOption);
    parser.addOption(listOption);
    parser.addOption(searchOption);
    parser.addOption(decodeOption);
    parser.addOption(catalogOption);
    parser.addOption(compareOption);
    parser.addOption(formatOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(tr("CODES"), tr("Codes to show: 486, q850:17 or warning:399."),
                                 tr("[CODES...]"));
    request.helpText = parser.helpText();

    const auto fail = [&request](const QString &message) {
        request.action = CommandRequest::Action::Error;
        request.error = message;
        return request;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        request.action = CommandRequest::Action::Help;
        return request;
    }
    if (parser.isSet(versionOption)) {
        request.action = CommandRequest::Action::Version;
        return request;
    }
    if (parser.isSet(langOption)) {
        request.language = parser.value(langOption);
        if (!Localization::available().contains(request.language))
            return fail(
                tr("Unknown language \"%1\"; choose one of: %2.")
                    .arg(request.language, Localization::available().join(QStringLiteral(", "))));
    }

    for (const QString &file : parser.values(catalogOption)) {
        if (!QFileInfo(file).isFile())
            return fail(tr("--catalog %1: no such file.").arg(file));
        request.catalogFiles.append(file);
    }

    const QString format = parser.value(formatOption).toLower();
    if (format == u"text")
        request.format = Formatter::Format::Text;
    else if (format == u"markdown" || format == u"md")
        request.format = Formatter::Format::Markdown;
    else if (format == u"json")
        request.format = Formatter::Format::Json;
    else if (format == u"csv")
        request.format = Formatter::Format::Csv;
    else
        return fail(tr("Unknown format \"%1\"; choose text, markdown, json or csv.").arg(format));

    for (const QString &argument : parser.positionalArguments()) {
        const auto id = CodeId::parse(argument);
        if (id) {
            request.codes.append(*id);
            continue;
        }
        // A file that is not a code opens in the window's decoder ("Open with SIP Codes").
        if (request.traceFile.isEmpty() && QFileInfo(argument).isFile()) {
            request.traceFile = argument;
            continue;
        }
        return fail(
            tr("\"%1\" is not a code; write it as 486, q850:17 or warning:399.").arg(argument));
    }

    const int modes = int(parser.isSet(printOption)) + int(parser.isSet(listOption)) +
                      int(parser.isSet(searchOption)) + int(parser.isSet(decodeOption));
    if (modes > 1)
        return fail(tr("Use only one of --print, --list, --search and --decode."));
    request.compare = parser.isSet(compareOption);
    if (request.compare && request.codes.size() != 2)
        return fail(tr("--compare needs exactly two codes, for example: --compare 486 600."));
    if (parser.isSet(formatOption) && modes == 0)
        return fail(tr("--format goes with --print, --list, --search or --decode."));

    if (!request.traceFile.isEmpty() && modes > 0)
        return fail(
            tr("\"%1\" is not a code; to decode a file, use --decode %1.").arg(request.traceFile));
    if (parser.isSet(decodeOption)) {
        request.decodeFile = parser.value(decodeOption);
        if (request.decodeFile.isEmpty())
            return fail(tr("--decode needs a file name, or - for standard input."));
        if (!request.codes.isEmpty() || request.compare)
            return fail(tr("--decode takes no codes."));
        if (request.format == Formatter::Format::Csv)
            return fail(tr("--decode prints text, markdown or json."));
        request.action = CommandRequest::Action::Decode;
    } else if (parser.isSet(listOption)) {
        if (!request.codes.isEmpty())
            return fail(tr("--list takes no codes."));
        request.action = CommandRequest::Action::List;
    } else if (parser.isSet(searchOption)) {
        request.query = parser.value(searchOption);
        if (request.query.trimmed().isEmpty())
            return fail(tr("--search needs a query."));
        if (request.format != Formatter::Format::Text && request.format != Formatter::Format::Json)
            return fail(tr("--search prints text or json."));
        request.action = CommandRequest::Action::Search;
    } else if (parser.isSet(printOption)) {
        if (request.codes.isEmpty() && !request.compare)
            return fail(tr("--print needs at least one code, for example: --print 486."));
        if (request.format == Formatter::Format::Csv)
            return fail(tr("--print prints text, markdown or json."));
        request.action = CommandRequest::Action::Print;
    } else {
        if (!request.traceFile.isEmpty() && (!request.codes.isEmpty() || request.compare))
            return fail(tr("Open either a trace file or codes, not both."));
        if (request.codes.size() > 1 && !request.compare)
            return fail(tr("The window shows one code; use --print for several."));
        request.action = CommandRequest::Action::Window;
    }
    if (request.action == CommandRequest::Action::List &&
        request.format == Formatter::Format::Markdown)
        return fail(tr("--list prints text, csv or json."));
    return request;
}

int CommandLine::run(const CommandRequest &request, QTextStream &out, QTextStream &err) {
    switch (request.action) {
    case CommandRequest::Action::Help:
        out << request.helpText;
        return Ok;
    case CommandRequest::Action::Version:
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << u'\n';
        return Ok;
    case CommandRequest::Action::Error:
        err << tr("sipcodes: %1").arg(request.error) << u'\n'
            << tr("Run \"sipcodes --help\" for the options.") << u'\n';
        return UsageError;
    case CommandRequest::Action::Window:
        return Ok;
    case CommandRequest::Action::Decode:
        return decode(request, out, err);
    default:
        break;
    }

    const Catalog &catalog = Catalog::builtin();
    for (const CatalogProblem &problem : catalog.problems())
        err << tr("sipcodes: catalog problem: %1").arg(problem.toString()) << u'\n';
    const Formatter formatter(catalog);

    if (request.action == CommandRequest::Action::List) {
        QList<const Entry *> all;
        for (const Entry &entry : catalog.entries())
            all.append(&entry);
        out << formatter.list(all, request.format);
        return Ok;
    }

    if (request.action == CommandRequest::Action::Search) {
        SearchEngine engine;
        engine.build(catalog.entries());
        const auto hits = engine.search(request.query);
        if (hits.isEmpty()) {
            err << tr("sipcodes: nothing matches \"%1\".").arg(request.query) << u'\n';
            return NotFound;
        }
        QList<const Entry *> found;
        for (const auto &hit : hits)
            found.append(&catalog.entries().at(hit.index));
        if (request.format == Formatter::Format::Json)
            out << formatter.list(found, Formatter::Format::Json);
        else
            out << formatter.list(found, Formatter::Format::Text);
        return Ok;
    }

    if (request.compare) {
        const Entry *a = catalog.find(request.codes.at(0));
        const Entry *b = catalog.find(request.codes.at(1));
        for (const auto &[entry, id] :
             {std::pair{a, request.codes.at(0)}, std::pair{b, request.codes.at(1)}})
            if (!entry)
                err << tr("sipcodes: %1 is not in the catalog.").arg(id.toString()) << u'\n';
        if (!a || !b)
            return NotFound;
        const Comparison comparison(catalog, *a, *b);
        if (request.format == Formatter::Format::Json)
            out << QString::fromUtf8(
                QJsonDocument(comparison.toJson()).toJson(QJsonDocument::Indented));
        else if (request.format == Formatter::Format::Markdown)
            out << comparison.toMarkdown();
        else
            out << comparison.toText();
        return Ok;
    }

    // Print
    QList<const Entry *> found;
    int status = Ok;
    for (const CodeId id : request.codes) {
        if (const Entry *entry = catalog.find(id)) {
            found.append(entry);
        } else {
            err << tr("sipcodes: %1 is not in the catalog.").arg(id.toString()) << u'\n';
            status = NotFound;
        }
    }
    if (!found.isEmpty())
        out << formatter.entries(found, request.format);
    return status;
}

int CommandLine::decode(const CommandRequest &request, QTextStream &out, QTextStream &err) {
    QFile file;
    const bool standardInput = request.decodeFile == u"-";
    const bool opened =
        standardInput ? file.open(stdin, QIODevice::ReadOnly)
                      : (file.setFileName(request.decodeFile), file.open(QIODevice::ReadOnly));
    if (!opened || (!standardInput && QFileInfo(request.decodeFile).isDir())) {
        err << tr("sipcodes: cannot read \"%1\": %2")
                   .arg(request.decodeFile, opened ? tr("it is a folder") : file.errorString())
            << u'\n';
        return UsageError;
    }

    const Catalog &catalog = Catalog::builtin();
    TraceDecoder decoder(catalog);
    TraceReport report(catalog);
    const Formatter::Format format = request.format;
    bool first = true;
    const auto emitFindings = [&] {
        for (const TraceFinding &finding : decoder.takeFindings()) {
            report.add(finding);
            if (format == Formatter::Format::Json) {
                out << (first ? "[\n  " : ",\n  ")
                    << QString::fromUtf8(QJsonDocument(TraceReport::json(finding))
                                             .toJson(QJsonDocument::Compact));
            } else if (format == Formatter::Format::Markdown) {
                if (first)
                    out << report.markdownHeader();
                out << report.markdownRow(finding);
            } else {
                out << report.textBlock(finding);
            }
            first = false;
        }
    };

    // Streams: a log of any size is read, decoded and printed one piece at a time.
    QByteArray chunk;
    while (true) {
        chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        decoder.feed(chunk);
        emitFindings();
    }
    if (file.error() != QFileDevice::NoError) {
        err << tr("sipcodes: cannot read \"%1\": %2").arg(request.decodeFile, file.errorString())
            << u'\n';
        return UsageError;
    }
    decoder.finish();
    emitFindings();

    if (format == Formatter::Format::Json) {
        out << (first ? "[]\n" : "\n]\n");
    } else if (report.count() > 0) {
        out << u'\n'
            << (format == Formatter::Format::Markdown ? report.markdownSummary()
                                                      : report.textSummary());
    }
    if (report.count() == 0) {
        err << tr("sipcodes: no status line and no Reason, Warning or Retry-After header found.")
            << u'\n';
        return NotFound;
    }
    return Ok;
}
