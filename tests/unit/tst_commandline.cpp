#include "commandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Action = CommandRequest::Action;

namespace {
const QByteArray kTrace = "SIP/2.0 180 Ringing\r\n"
                          "Content-Length: 0\r\n"
                          "\r\n"
                          "SIP/2.0 486 Busy Here\r\n"
                          "Reason: Q.850;cause=34\r\n"
                          "Warning: 399 sbc.example \"Trunk <busy>\"\r\n"
                          "Retry-After: later\r\n";
} // namespace

class TestCommandLine final : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QByteArray &input = {}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal-does-not-exist"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SIPCODES_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void parse_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("error");

        QTest::newRow("window") << QStringList{} << int(Action::Window) << "";
        QTest::newRow("window on code") << QStringList{"486"} << int(Action::Window) << "";
        QTest::newRow("window compare")
            << QStringList{"--compare", "486", "600"} << int(Action::Window) << "";
        QTest::newRow("print") << QStringList{"--print", "486", "q850:17"} << int(Action::Print)
                               << "";
        QTest::newRow("print json")
            << QStringList{"--print", "486", "--format", "json"} << int(Action::Print) << "";
        QTest::newRow("list csv") << QStringList{"--list", "--format", "csv"} << int(Action::List)
                                  << "";
        QTest::newRow("search") << QStringList{"--search", "busy"} << int(Action::Search) << "";
        QTest::newRow("help") << QStringList{"--help"} << int(Action::Help) << "";
        QTest::newRow("version") << QStringList{"--version"} << int(Action::Version) << "";
        QTest::newRow("unknown option")
            << QStringList{"--frobnicate"} << int(Action::Error) << "frobnicate";
        QTest::newRow("not a code")
            << QStringList{"--print", "abc"} << int(Action::Error) << "\"abc\" is not a code";
        QTest::newRow("print nothing")
            << QStringList{"--print"} << int(Action::Error) << "--print needs";
        QTest::newRow("bad format") << QStringList{"--print", "486", "--format", "xml"}
                                    << int(Action::Error) << "Unknown format";
        QTest::newRow("csv for print") << QStringList{"--print", "486", "--format", "csv"}
                                       << int(Action::Error) << "--print prints";
        QTest::newRow("two modes")
            << QStringList{"--print", "486", "--list"} << int(Action::Error) << "only one";
        QTest::newRow("compare one")
            << QStringList{"--compare", "486"} << int(Action::Error) << "exactly two";
        QTest::newRow("window two codes")
            << QStringList{"486", "600"} << int(Action::Error) << "one code";
        QTest::newRow("format alone")
            << QStringList{"--format", "json"} << int(Action::Error) << "--format goes with";
        QTest::newRow("bad language") << QStringList{"--lang", "xx", "--print", "486"}
                                      << int(Action::Error) << "Unknown language";
        QTest::newRow("decode") << QStringList{"--decode", "trace.txt"} << int(Action::Decode)
                                << "";
        QTest::newRow("decode stdin markdown")
            << QStringList{"--decode", "-", "--format", "markdown"} << int(Action::Decode) << "";
        QTest::newRow("decode csv") << QStringList{"--decode", "-", "--format", "csv"}
                                    << int(Action::Error) << "--decode prints";
        QTest::newRow("decode with codes")
            << QStringList{"--decode", "-", "486"} << int(Action::Error) << "--decode takes no";
        QTest::newRow("decode and print")
            << QStringList{"--decode", "-", "--print"} << int(Action::Error) << "only one";
        QTest::newRow("decode without file")
            << QStringList{"--decode"} << int(Action::Error) << "Missing value";
        QTest::newRow("empty search")
            << QStringList{"--search", " "} << int(Action::Error) << "--search needs";
    }

    void parse() {
        QFETCH(QStringList, arguments);
        QFETCH(int, action);
        QFETCH(QString, error);
        const CommandRequest request =
            CommandLine::parse(QStringList{QStringLiteral("sipcodes")} + arguments);
        QCOMPARE(int(request.action), action);
        QVERIFY2(request.error.contains(error), qPrintable(request.error));
    }

    void printsEntries() {
        const Run r = run({QStringLiteral("--print"), QStringLiteral("486")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"486 Busy Here\n"));
        QVERIFY(r.out.contains(u"Retry-After"));
        QVERIFY(r.err.isEmpty());
    }

    void printsJson() {
        const Run r =
            run({QStringLiteral("--print"), QStringLiteral("486"), QStringLiteral("q850:34"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(u"code").toInt(), 486);
        QCOMPARE(array.at(1).toObject().value(u"family").toString(), QStringLiteral("q850"));
    }

    void printsMarkdown() {
        const Run r = run({QStringLiteral("--print"), QStringLiteral("503"),
                           QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"## 503 Service Unavailable"));
    }

    void notFoundExitsOne() {
        const Run r =
            run({QStringLiteral("--print"), QStringLiteral("486"), QStringLiteral("499")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith(u"486 Busy Here"));
        QVERIFY(r.err.contains(u"499 is not in the catalog"));
        QCOMPARE(run({QStringLiteral("--search"), QStringLiteral("xyzzyplugh")}).exitCode, 1);
    }

    void usageErrorsExitTwo() {
        const Run r = run({QStringLiteral("--print"), QStringLiteral("486"),
                           QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(u"Unknown format \"xml\""));
        QVERIFY(r.err.contains(u"--help"));
        QCOMPARE(run({QStringLiteral("--nope")}).exitCode, 2);
    }

    void listsTheWholeCatalogAsJson() {
        const Run r =
            run({QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(array.size() > 150);
        bool found486 = false;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            if (o.value(u"family").toString() == u"sip" && o.value(u"code").toInt() == 486)
                found486 = o.value(u"reason").toString() == u"Busy Here";
        }
        QVERIFY(found486);
    }

    void listsCsvAndText() {
        const Run csv =
            run({QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(u"family,code,reason,class,status,summary\n"));
        QVERIFY(csv.out.contains(u"\nsip,486,Busy Here,4xx,current,"));
        const Run text = run({QStringLiteral("--list")});
        QVERIFY(text.out.contains(u"\n486         Busy Here\n"));
    }

    void searchesRanked() {
        const Run r = run({QStringLiteral("--search"), QStringLiteral("forbiden")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"403         Forbidden\n"), qPrintable(r.out.left(80)));
        const Run json = run({QStringLiteral("--search"), QStringLiteral("min-expires"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value(u"code")
                     .toInt(),
                 423);
    }

    void decodesAFileAsJson() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("trace.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kTrace);
        file.close();
        const Run r = run({QStringLiteral("--decode"), file.fileName(), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 5);
        const QJsonObject status = array.at(1).toObject();
        QCOMPARE(status.value(u"line").toInt(), 4);
        QCOMPARE(status.value(u"kind").toString(), QStringLiteral("status"));
        QCOMPARE(status.value(u"family").toString(), QStringLiteral("sip"));
        QCOMPARE(status.value(u"code").toInt(), 486);
        QCOMPARE(status.value(u"text").toString(), QStringLiteral("Busy Here"));
        QCOMPARE(status.value(u"flags").toArray(), QJsonArray());
        const QJsonObject reason = array.at(2).toObject();
        QCOMPARE(reason.value(u"kind").toString(), QStringLiteral("reason"));
        QCOMPARE(reason.value(u"family").toString(), QStringLiteral("q850"));
        QCOMPARE(reason.value(u"code").toInt(), 34);
        QCOMPARE(reason.value(u"flags").toArray(), QJsonArray{QStringLiteral("mapping-mismatch")});
        const QJsonObject warning = array.at(3).toObject();
        QCOMPARE(warning.value(u"family").toString(), QStringLiteral("warning"));
        QCOMPARE(warning.value(u"text").toString(), QStringLiteral("Trunk <busy>"));
        const QJsonObject empty = array.at(4).toObject();
        QCOMPARE(empty.value(u"kind").toString(), QStringLiteral("retry-after"));
        QCOMPARE(empty.value(u"flags").toArray(), QJsonArray{QStringLiteral("malformed")});
        QVERIFY(r.err.isEmpty());
    }

    void decodesStandardInputAsText() {
        const Run r = run({QStringLiteral("--decode"), QStringLiteral("-")}, kTrace);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"Line 1  Status line  180 Ringing\n"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Line 5  Reason  Q.850 cause 34 No circuit/channel available\n"));
        QVERIFY(r.out.contains(u"    ! RFC 3398 maps a 486 response to Q.850 cause 17"));
        QVERIFY(r.out.contains(u"\nSummary\n  Final response: 486 Busy Here (line 4).\n"));
        QVERIFY(r.out.contains(u"  2 flagged as inconsistent or malformed.\n"));
    }

    void decodesAsMarkdown() {
        const Run r = run({QStringLiteral("--decode"), QStringLiteral("-"),
                           QStringLiteral("--format"), QStringLiteral("markdown")},
                          kTrace);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"| Line | Kind | Finding | Flags |\n|---:|---|---|---|\n| 1 |"),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"&lt;busy&gt;"));
        QVERIFY(r.out.contains(u"**Summary**"));
    }

    void decodeReportsWhatItCannotRead() {
        const Run missing =
            run({QStringLiteral("--decode"), QStringLiteral("/nonexistent/trace.txt")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"cannot read \"/nonexistent/trace.txt\""),
                 qPrintable(missing.err));
        const Run folder = run({QStringLiteral("--decode"), QStringLiteral("/")});
        QCOMPARE(folder.exitCode, 2);
        const Run nothing = run({QStringLiteral("--decode"), QStringLiteral("-")},
                                QByteArray("hello\n\0\xff binary"));
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(nothing.err.contains(u"no status line"));
        const Run json = run({QStringLiteral("--decode"), QStringLiteral("-"),
                              QStringLiteral("--format"), QStringLiteral("json")},
                             QByteArray());
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.out, QStringLiteral("[]\n"));
    }

    void helpAndVersion() {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option :
             {"--print", "--list", "--search", "--decode", "--compare", "--format", "--lang"})
            QVERIFY2(help.out.contains(QLatin1StringView(option)), option);
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("sipcodes " SIPCODES_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
