#include "catalog.h"
#include "formatter.h"
#include "overlays.h"
#include "searchengine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

namespace {

// The compiled-in data, loaded afresh, without overlays.
Catalog baseCatalog() {
    return Catalog::loadBuiltin();
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

const QByteArray kNotes =
    "{\n"
    "  \"notes\": [\n"
    "    {\"code\": \"403\", \"text\": \"Carrier X sends 403 when the prepaid credit is "
    "exhausted.\"},\n"
    "    {\"code\": \"q850:34\", \"text\": \"<b>bold</b> & <script>alert(1)</script>\"}\n"
    "  ]\n"
    "}";

} // namespace

class TestOverlays final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void notesShowEverywhere() {
        Catalog catalog = baseCatalog();
        Overlays::load(catalog, kNotes, QStringLiteral("/teams/noc.json"));
        QVERIFY2(catalog.problems().isEmpty(), qPrintable(catalog.problems().value(0).toString()));
        const Entry *forbidden = catalog.find(*CodeId::parse(u"403"));
        QCOMPARE(forbidden->teamNotes.size(), 1);
        QCOMPARE(forbidden->teamNotes.at(0).file, QStringLiteral("noc.json"));
        QCOMPARE(forbidden->origin, Origin::Builtin); // a note never replaces the entry

        const Formatter formatter(catalog);
        const QString text = formatter.entryText(*forbidden);
        QVERIFY(text.contains(QStringLiteral("Team notes (local)\n  - Carrier X sends 403 when the "
                                             "prepaid credit is exhausted. (noc.json)")));
        QVERIFY(
            formatter.entryMarkdown(*forbidden).contains(QStringLiteral("### Team notes (local)")));
        const QJsonArray json = formatter.entryJson(*forbidden).value(u"teamNotes").toArray();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.at(0).toObject().value(u"file").toString(), QStringLiteral("noc.json"));

        // The team's words are text, never markup.
        const QString html = formatter.entryHtml(*catalog.find(*CodeId::parse(u"q850:34")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));

        SearchEngine engine;
        engine.build(catalog.entries());
        // 403 is found by words only its note has (402's own text speaks of prepaid credit too).
        const auto found = [](const Catalog &c, const SearchEngine &e) {
            QList<CodeId> ids;
            for (const auto &hit : e.search(QStringLiteral("prepaid credit exhausted")))
                ids.append(c.entries().at(hit.index).id);
            return ids;
        };
        QVERIFY(found(catalog, engine).contains(*CodeId::parse(u"403")));
        const Catalog plain = baseCatalog();
        SearchEngine plainEngine;
        plainEngine.build(plain.entries());
        QVERIFY(!found(plain, plainEngine).contains(*CodeId::parse(u"403")));
    }

    void localEntriesNeedOnlyAReasonAndASummary() {
        Catalog catalog = baseCatalog();
        Overlays::load(
            catalog,
            "{\"family\": \"sip\", \"entries\": [\n"
            "            {\"code\": 499, \"reason\": \"Prepaid Exhausted\",\n"
            "             \"summary\": \"Carrier X: the caller's prepaid credit ran out.\"}],\n"
            "            \"notes\": [{\"code\": 499, \"text\": \"Top up in the carrier "
            "portal.\"}]}",
            QStringLiteral("/teams/carrier-x.json"));
        QVERIFY2(catalog.problems().isEmpty(), qPrintable(catalog.problems().value(0).toString()));
        const Entry *entry = catalog.find(*CodeId::parse(u"499"));
        QVERIFY(entry);
        QCOMPARE(entry->origin, Origin::Local);
        QCOMPARE(entry->teamNotes.size(), 1);
        const Formatter formatter(catalog);
        QVERIFY(formatter.entryText(*entry).contains(
            QStringLiteral("Local entry from carrier-x.json")));
        QCOMPARE(formatter.entryJson(*entry).value(u"local").toBool(), true);
    }

    void brokenOverlaysAreReported_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("truncated")
            << QByteArray("{\n  \"notes\": [\n    {\"code\": \"403\", \"text\": \"x\"")
            << QStringLiteral("team.json:3: not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("top level");
        QTest::newRow("nothing in it") << QByteArray("{}") << QStringLiteral("neither");
        QTest::newRow("notes not an array")
            << QByteArray("{\"notes\": {\"code\": \"403\"}}") << QStringLiteral("must be an array");
        QTest::newRow("text of the wrong type")
            << QByteArray("{\"notes\": [{\"code\": \"403\", \"text\": 42}]}")
            << QStringLiteral("must be a string");
        QTest::newRow("empty text")
            << QByteArray("{\"notes\": [{\"code\": \"403\", \"text\": \"  \"}]}")
            << QStringLiteral("is empty");
        QTest::newRow("not a code")
            << QByteArray("{\"notes\": [{\"code\": \"abc\", \"text\": \"x\"}]}")
            << QStringLiteral("must be a code");
        QTest::newRow("unknown code")
            << QByteArray("{\"notes\": [{\"code\": \"499\", \"text\": \"x\"}]}")
            << QStringLiteral("is not in the catalog");
        QTest::newRow("duplicate of a built-in code")
            << QByteArray(
                   "{\"family\": \"sip\", \"entries\": [{\"code\": 486, \"reason\": \"Mine\",\n"
                   "                             \"summary\": \"Mine.\"}]}")
            << QStringLiteral("appears more than once");
        QTest::newRow("entry of the wrong types")
            << QByteArray(
                   "{\"family\": \"sip\", \"entries\": [{\"code\": \"499\", \"reason\": 7}]}")
            << QStringLiteral("must be a whole number");
    }
    void brokenOverlaysAreReported() {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        Catalog catalog = baseCatalog();
        const qsizetype before = catalog.entries().size();
        Overlays::load(catalog, json, QStringLiteral("/teams/team.json"));
        QVERIFY(!catalog.problems().isEmpty());
        const QString reported = catalog.problems().constFirst().toString();
        QVERIFY2(reported.contains(QStringLiteral("team.json")), qPrintable(reported));
        QVERIFY2(reported.contains(problem), qPrintable(reported));
        // The built-in catalog is untouched.
        QCOMPARE(catalog.entries().size(), before);
        QCOMPARE(catalog.find(*CodeId::parse(u"486"))->reason, QStringLiteral("Busy Here"));
    }

    void hugeOverlayIsNotRead() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(100LL * 1024 * 1024)); // 100 MB, sparse
        file.close();
        Catalog catalog = baseCatalog();
        Overlays::loadFile(catalog, file.fileName());
        QCOMPARE(catalog.problems().size(), 1);
        QVERIFY(catalog.problems().at(0).toString().contains(QStringLiteral("larger than 16 MiB")));
    }

    void savingKeepsEverythingElse() {
        QDir().mkpath(Overlays::folder());
        const QString path = Overlays::notesFile();
        QFile::remove(path);
        QString error;
        QVERIFY(Overlays::saveNote(*CodeId::parse(u"403"), QStringLiteral("first"), &error));
        QVERIFY(Overlays::saveNote(*CodeId::parse(u"503"), QStringLiteral("second"), &error));
        QVERIFY(Overlays::saveNote(*CodeId::parse(u"403"), QStringLiteral("changed"), &error));
        QCOMPARE(Overlays::savedNote(*CodeId::parse(u"403")), QStringLiteral("changed"));
        QCOMPARE(Overlays::savedNote(*CodeId::parse(u"503")), QStringLiteral("second"));
        QVERIFY(Overlays::saveNote(*CodeId::parse(u"403"), QString(), &error)); // removes
        QCOMPARE(Overlays::savedNote(*CodeId::parse(u"403")), QString());
        QCOMPARE(Overlays::savedNote(*CodeId::parse(u"503")), QStringLiteral("second"));

        // The saved file loads back as an overlay without problems.
        Catalog catalog = baseCatalog();
        Overlays::loadFile(catalog, path);
        QVERIFY(catalog.problems().isEmpty());
        QCOMPARE(catalog.find(*CodeId::parse(u"503"))->teamNotes.value(0).text,
                 QStringLiteral("second"));
    }

    void aBrokenNotesFileIsNeverOverwritten() {
        QDir().mkpath(Overlays::folder());
        const QByteArray broken = "{ \"notes\": [ {\"code\": \"403\", \"text\": \"half a file";
        writeFile(Overlays::notesFile(), broken);
        QString error;
        QVERIFY(!Overlays::saveNote(*CodeId::parse(u"486"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
        QCOMPARE(readAll(Overlays::notesFile()), broken);
        QFile::remove(Overlays::notesFile());
    }

    void aCrashDuringASaveLeavesThePreviousFile() {
        QDir().mkpath(Overlays::folder());
        QFile::remove(Overlays::notesFile());
        QString error;
        QVERIFY(Overlays::saveNote(*CodeId::parse(u"486"), QStringLiteral("kept"), &error));
        const QByteArray before = readAll(Overlays::notesFile());

        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The new content is written; the process dies before it replaces the old file.
            Overlays::saveNote(*CodeId::parse(u"486"), QStringLiteral("lost"), nullptr,
                               [] { _exit(3); });
            _exit(0);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 3); // it really died in the middle
        QCOMPARE(readAll(Overlays::notesFile()), before);
        QCOMPARE(Overlays::savedNote(*CodeId::parse(u"486")), QStringLiteral("kept"));
    }

    void commandLineCatalogs() {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("noc.json"));
        const QString bad = dir.filePath(QStringLiteral("broken.json"));
        writeFile(good, kNotes);
        writeFile(bad, "{\"notes\": [");
        QProcess process;
        process.start(QStringLiteral(SIPCODES_BINARY),
                      {QStringLiteral("--catalog"), good, QStringLiteral("--catalog"), bad,
                       QStringLiteral("--print"), QStringLiteral("403")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0); // a broken overlay does not stop the built-in catalog
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY(out.startsWith(QStringLiteral("403 Forbidden\n")));
        QVERIFY(out.contains(QStringLiteral("prepaid credit is exhausted. (noc.json)")));
        QVERIFY2(err.contains(QStringLiteral("broken.json:1: not valid JSON")), qPrintable(err));

        process.start(QStringLiteral(SIPCODES_BINARY),
                      {QStringLiteral("--catalog"), dir.filePath(QStringLiteral("missing.json")),
                       QStringLiteral("--list")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("no such file"));
    }
};

QTEST_GUILESS_MAIN(TestOverlays)
#include "tst_overlays.moc"
