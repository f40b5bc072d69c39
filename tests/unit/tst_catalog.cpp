#include "catalog.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The IANA "Response Codes" registry of the SIP Parameters, with the exact reason phrases.
static const QList<std::pair<int, const char *>> kRegistered = {
    {100, "Trying"},
    {180, "Ringing"},
    {181, "Call Is Being Forwarded"},
    {182, "Queued"},
    {183, "Session Progress"},
    {199, "Early Dialog Terminated"},
    {200, "OK"},
    {202, "Accepted"},
    {204, "No Notification"},
    {300, "Multiple Choices"},
    {301, "Moved Permanently"},
    {302, "Moved Temporarily"},
    {305, "Use Proxy"},
    {380, "Alternative Service"},
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {402, "Payment Required"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {405, "Method Not Allowed"},
    {406, "Not Acceptable"},
    {407, "Proxy Authentication Required"},
    {408, "Request Timeout"},
    {410, "Gone"},
    {412, "Conditional Request Failed"},
    {413, "Request Entity Too Large"},
    {414, "Request-URI Too Long"},
    {415, "Unsupported Media Type"},
    {416, "Unsupported URI Scheme"},
    {417, "Unknown Resource-Priority"},
    {420, "Bad Extension"},
    {421, "Extension Required"},
    {422, "Session Interval Too Small"},
    {423, "Interval Too Brief"},
    {424, "Bad Location Information"},
    {425, "Bad Alert Message"},
    {428, "Use Identity Header"},
    {429, "Provide Referrer Identity"},
    {430, "Flow Failed"},
    {433, "Anonymity Disallowed"},
    {436, "Bad Identity Info"},
    {437, "Unsupported Credential"},
    {438, "Invalid Identity Header"},
    {439, "First Hop Lacks Outbound Support"},
    {440, "Max-Breadth Exceeded"},
    {469, "Bad Info Package"},
    {470, "Consent Needed"},
    {480, "Temporarily Unavailable"},
    {481, "Call/Transaction Does Not Exist"},
    {482, "Loop Detected"},
    {483, "Too Many Hops"},
    {484, "Address Incomplete"},
    {485, "Ambiguous"},
    {486, "Busy Here"},
    {487, "Request Terminated"},
    {488, "Not Acceptable Here"},
    {489, "Bad Event"},
    {491, "Request Pending"},
    {493, "Undecipherable"},
    {494, "Security Agreement Required"},
    {500, "Server Internal Error"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Server Time-out"},
    {505, "Version Not Supported"},
    {513, "Message Too Large"},
    {555, "Push Notification Service Not Supported"},
    {580, "Precondition Failure"},
    {600, "Busy Everywhere"},
    {603, "Decline"},
    {604, "Does Not Exist Anywhere"},
    {606, "Not Acceptable"},
    {607, "Unwanted"},
    {608, "Rejected"},
};

static const char *kValidEntry = R"({"family": "sip", "entries": [{
  "code": 486, "reason": "Busy Here", "status": "current",
  "references": [{"rfc": 3261, "section": "21.4.24"}],
  "summary": "S.", "description": "D.", "seenWhen": "W.", "howToFix": ["One.", "Two."],
  "senders": ["uas"], "sentBy": "B.", "headers": [{"name": "Retry-After", "note": "N."}],
  "retry": "later", "retryNote": "R.", "related": [{"code": 600, "note": "Differs."}]
}]})";

// Every field of two entries, as text: equal when the entries are.
QString describe(const Entry &e) {
    QStringList parts{e.id.toString(),
                      e.reason,
                      QString::number(int(e.status)),
                      e.statusNote,
                      e.summary,
                      e.description,
                      e.seenWhen,
                      e.howToFix.join(u'|'),
                      e.sentBy,
                      QString::number(int(e.retry)),
                      e.retryNote,
                      QString::number(int(e.origin)),
                      e.originFile};
    for (const Reference &r : e.references)
        parts << QString::number(r.rfc) << r.document << r.section;
    for (const Role role : e.senders)
        parts << QString::number(int(role));
    for (const HeaderNote &h : e.headers)
        parts << h.name << h.note;
    for (const RelatedCode &r : e.related)
        parts << r.id.toString() << r.note;
    for (const TeamNote &n : e.teamNotes)
        parts << n.text << n.file;
    return parts.join(u'\x1f');
}

class TestCatalog final : public QObject {
    Q_OBJECT

private slots:
    void builtinLoadsWithoutProblems() {
        const Catalog &catalog = Catalog::builtin();
        QStringList problems;
        for (const CatalogProblem &p : catalog.problems())
            problems.append(p.toString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(catalog.entries().size() > 150);
    }

    void registeredCodes_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("phrase");
        for (const auto &[code, phrase] : kRegistered)
            QTest::addRow("%d", code) << code << QString::fromLatin1(phrase);
    }

    void registeredCodes() {
        QFETCH(int, code);
        QFETCH(QString, phrase);
        const Entry *entry = Catalog::builtin().find(CodeId{Family::Sip, code});
        QVERIFY2(entry, "registered code missing");
        QCOMPARE(entry->reason, phrase);
        QVERIFY(entry->status == Status::Current || entry->status == Status::Deprecated);
    }

    void unregisteredCodesAreFlagged() {
        for (const Entry &entry : Catalog::builtin().entries()) {
            if (entry.id.family != Family::Sip)
                continue;
            const bool registered =
                std::any_of(kRegistered.begin(), kRegistered.end(),
                            [&](const auto &r) { return r.first == entry.id.code; });
            if (!registered) {
                QVERIFY2(entry.status == Status::Removed || entry.status == Status::NonStandard,
                         qPrintable(entry.id.toString()));
                QVERIFY2(!entry.statusNote.isEmpty(), qPrintable(entry.id.toString()));
            }
        }
        QCOMPARE(Catalog::builtin().find(CodeId{Family::Sip, 411})->status, Status::Removed);
        QCOMPARE(Catalog::builtin().find(CodeId{Family::Sip, 477})->status, Status::NonStandard);
        QCOMPARE(Catalog::builtin().find(CodeId{Family::Sip, 202})->status, Status::Deprecated);
    }

    void everyEntryIsComplete() {
        static const QRegularExpression rfcLabel(
            QStringLiteral("^RFC \\d{3,4}( §[0-9A-Z]+(\\.\\d+)*)?$"));
        const Catalog &catalog = Catalog::builtin();
        QSet<CodeId> seen;
        for (const Entry &entry : catalog.entries()) {
            const QByteArray name = entry.id.toString().toUtf8();
            QVERIFY2(!seen.contains(entry.id), name.constData());
            seen.insert(entry.id);
            QVERIFY2(!entry.reason.isEmpty(), name.constData());
            QVERIFY2(!entry.summary.isEmpty() && entry.summary.size() <= 160, name.constData());
            QVERIFY2(!entry.description.isEmpty(), name.constData());
            QVERIFY2(!entry.seenWhen.isEmpty(), name.constData());
            QVERIFY2(!entry.howToFix.isEmpty(), name.constData());
            QVERIFY2(!entry.senders.isEmpty(), name.constData());
            QVERIFY2(!entry.sentBy.isEmpty(), name.constData());
            QVERIFY2(!entry.retryNote.isEmpty(), name.constData());
            QVERIFY2(!entry.references.isEmpty(), name.constData());
            for (const Reference &reference : entry.references) {
                if (reference.rfc > 0) {
                    QVERIFY2(rfcLabel.match(reference.label()).hasMatch(),
                             qPrintable(entry.id.toString() + u' ' + reference.label()));
                    QVERIFY(reference.url().startsWith(u"https://www.rfc-editor.org/rfc/rfc"));
                } else {
                    QVERIFY2(!reference.document.isEmpty(), name.constData());
                }
            }
            for (const RelatedCode &related : entry.related) {
                QVERIFY2(catalog.find(related.id),
                         qPrintable(entry.id.toString() + u" -> " + related.id.toString()));
                QVERIFY2(related.id != entry.id, name.constData());
            }
            // Prose reads as sentences: capital (or digit/quote) first, a full stop last.
            for (const QString &text :
                 {entry.summary, entry.description, entry.seenWhen, entry.retryNote}) {
                QVERIFY2(!text.front().isLower(), qPrintable(entry.id.toString() + u": " + text));
                QVERIFY2(!text.contains(QStringLiteral("when when")), name.constData());
            }
        }
        QVERIFY(seen.contains(CodeId{Family::Q850, 17}));
        QVERIFY(seen.contains(CodeId{Family::Q850, 34}));
        QVERIFY(seen.contains(CodeId{Family::Warning, 399}));
    }

    void classesAreDerived_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("codeClass");
        QTest::addColumn<bool>("final");
        QTest::addColumn<QString>("marker");
        QTest::newRow("180") << "180" << 1 << false << "1xx";
        QTest::newRow("200") << "200" << 2 << true << "2xx";
        QTest::newRow("486") << "486" << 4 << true << "4xx";
        QTest::newRow("603") << "603" << 6 << true << "6xx";
        QTest::newRow("cause 17") << "q850:17" << 1 << false << "Q.850";
        QTest::newRow("cause 34") << "q850:34" << 2 << false << "Q.850";
        QTest::newRow("cause 127") << "q850:127" << 7 << false << "Q.850";
    }

    void classesAreDerived() {
        QFETCH(QString, id);
        const Entry *entry = Catalog::builtin().find(*CodeId::parse(id));
        QVERIFY(entry);
        QTEST(entry->codeClass(), "codeClass");
        QTEST(entry->isFinal(), "final");
        QTEST(entry->classMarker(), "marker");
    }

    // RFC 3398 §8.2.6.1 (SIP response -> ISUP cause) and §7.2.4.1 (ISUP cause -> SIP response),
    // every row as the RFC's tables give it; 0 stands for the RFC's "no mapping" rows.
    void mappingsFollowRfc3398_data() {
        QTest::addColumn<bool>("towardsSip");
        QTest::addColumn<int>("sip");
        QTest::addColumn<int>("cause");
        const QList<std::pair<int, int>> sipToQ850{
            {400, 41},  {401, 21},  {402, 21},  {403, 21},  {404, 1},   {405, 63}, {406, 79},
            {407, 21},  {408, 102}, {410, 22},  {413, 127}, {414, 127}, {415, 79}, {416, 127},
            {420, 127}, {421, 127}, {423, 127}, {480, 18},  {481, 41},  {482, 25}, {483, 25},
            {484, 28},  {485, 1},   {486, 17},  {487, 0},   {488, 0},   {500, 41}, {501, 79},
            {502, 38},  {503, 41},  {504, 102}, {505, 127}, {513, 127}, {600, 17}, {603, 21},
            {604, 1},   {606, 0}};
        const QList<std::pair<int, int>> q850ToSip{
            {1, 404},  {2, 404},  {3, 404},   {16, 0},    {17, 486}, {18, 408}, {19, 480},
            {20, 480}, {21, 403}, {22, 410},  {22, 301},  {23, 410}, {26, 404}, {27, 502},
            {28, 484}, {29, 501}, {31, 480},  {34, 503},  {38, 503}, {41, 503}, {42, 503},
            {47, 503}, {55, 403}, {57, 403},  {58, 503},  {65, 488}, {70, 488}, {79, 501},
            {87, 403}, {88, 503}, {102, 504}, {111, 500}, {127, 500}};
        for (const auto &[sip, cause] : sipToQ850)
            QTest::addRow("§8.2.6.1 %d -> %d", sip, cause) << false << sip << cause;
        for (const auto &[cause, sip] : q850ToSip)
            QTest::addRow("§7.2.4.1 %d -> %d", cause, sip) << true << sip << cause;
        // Nothing more than the RFC's rows: deviations live apart from the tables.
        QCOMPARE(Catalog::builtin().sipToQ850().size(), sipToQ850.size());
        QCOMPARE(Catalog::builtin().q850ToSip().size(), q850ToSip.size());
    }

    void mappingsFollowRfc3398() {
        QFETCH(bool, towardsSip);
        QFETCH(int, sip);
        QFETCH(int, cause);
        const Catalog &catalog = Catalog::builtin();
        const QList<MappingRow> rows =
            towardsSip ? catalog.sipForCause(cause) : catalog.causesForSip(sip);
        const auto match = [&](const MappingRow &r) {
            return r.towardsSip == towardsSip && r.implementation.isEmpty() &&
                   (towardsSip ? r.sipCode == sip : r.cause == cause);
        };
        QVERIFY(std::any_of(rows.begin(), rows.end(), match));
        // Every row's code exists in the catalog, so the detail pane can link it.
        if (sip)
            QVERIFY(catalog.find({Family::Sip, sip}));
        if (cause)
            QVERIFY(catalog.find({Family::Q850, cause}));
    }

    void deviationsAreNotesNotMappings() {
        const Catalog &catalog = Catalog::builtin();
        const QList<MappingRow> deviations = catalog.deviationsForCause(47);
        QVERIFY(std::any_of(deviations.begin(), deviations.end(), [](const MappingRow &r) {
            return r.implementation == u"FreeSWITCH" && r.sipCode == 480;
        }));
        for (const MappingRow &row : catalog.sipForCause(47))
            QCOMPARE(row.sipCode, 503);
    }

    void validDocumentLoads() {
        Catalog catalog;
        QVERIFY(catalog.loadDocument(kValidEntry, QStringLiteral("test.json"), Origin::Local));
        catalog.finish();
        QCOMPARE(catalog.entries().size(), 1);
        // 600 is not in this small catalog: the dangling link is reported, not dropped silently.
        QCOMPARE(catalog.problems().size(), 1);
        QVERIFY(catalog.problems().constFirst().toString().contains(u"600"));
    }

    void brokenInputIsReported_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("entries");

        QByteArray valid(kValidEntry);
        QTest::newRow("not json") << QByteArray("{\n\"family\": \"sip\",\n oops }") << "test.json:3"
                                  << 0;
        QTest::newRow("array top") << QByteArray("[]") << "top level" << 0;
        QTest::newRow("bad family")
            << QByteArray(valid).replace("\"sip\"", "\"http\"") << "family" << 0;
        QTest::newRow("missing summary") << QByteArray(valid).replace("\"summary\": \"S.\",", "")
                                         << "entry 486, field \"summary\": is missing" << 1;
        QTest::newRow("code far out of range") // found by fuzz_catalog: was undefined behaviour
            << QByteArray(valid).replace("\"code\": 486", "\"code\": 5e113")
            << "must be a whole number in the range of its family" << 0;
        QTest::newRow("wrong type") << QByteArray(valid).replace("\"D.\"", "42")
                                    << "entry 486, field \"description\": must be a string" << 1;
        QTest::newRow("unknown status")
            << QByteArray(valid).replace("\"current\"", "\"obsolete\"") << "unknown status" << 1;
        QTest::newRow("code out of range")
            << QByteArray(valid).replace("486", "86") << "field \"code\"" << 0;
        QTest::newRow("bad section")
            << QByteArray(valid).replace("21.4.24", "21..4") << "malformed section" << 1;
        QTest::newRow("unknown sender")
            << QByteArray(valid).replace("\"uas\"", "\"robot\"") << "unknown sender" << 1;
        QTest::newRow("empty step")
            << QByteArray(valid).replace("\"One.\"", "\"\"") << "howToFix" << 1;
    }

    void brokenInputIsReported() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(int, entries);
        Catalog catalog;
        catalog.loadDocument(json, QStringLiteral("test.json"), Origin::Local);
        QStringList problems;
        for (const CatalogProblem &p : catalog.problems())
            problems.append(p.toString());
        QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
        QCOMPARE(catalog.entries().size(), entries);
    }

    void duplicatesAreReported() {
        Catalog catalog;
        catalog.loadDocument(kValidEntry, QStringLiteral("a.json"), Origin::Local);
        catalog.loadDocument(kValidEntry, QStringLiteral("b.json"), Origin::Local);
        QCOMPARE(catalog.entries().size(), 1);
        QVERIFY(catalog.problems().constFirst().toString().contains(u"b.json: entry 486"));
        QVERIFY(catalog.problems().constFirst().toString().contains(u"more than once"));
    }
    // --- The compiled catalog ----------------------------------------------------------------

    // What the program reads at start-up is resources/catalog/*.json as they are now, compiled.
    void compiledCatalogIsTheJson() {
        const Catalog fromJson =
            Catalog::loadSourceFiles(QStringLiteral(SIPCODES_SOURCE_DIR "/resources/catalog"));
        QStringList problems;
        for (const CatalogProblem &p : fromJson.problems())
            problems.append(p.toString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(fromJson.entries().size(), Catalog::builtin().entries().size());
        QVERIFY(!Catalog::compiledBuiltin().isEmpty());
        QVERIFY(fromJson.toBinary() == Catalog::compiledBuiltin());

        const Catalog compiled = Catalog::loadBuiltin();
        QVERIFY(compiled.problems().isEmpty());
        QCOMPARE(compiled.entries().size(), fromJson.entries().size());
        for (qsizetype i = 0; i < compiled.entries().size(); ++i)
            QCOMPARE(describe(compiled.entries().at(i)), describe(fromJson.entries().at(i)));
        const Entry *busy = compiled.find(CodeId{Family::Sip, 486});
        QVERIFY(busy);
        QCOMPARE(busy->reason, QStringLiteral("Busy Here"));
        QCOMPARE(busy->references.constFirst().label(), QStringLiteral("RFC 3261 §21.4.24"));
        QCOMPARE(compiled.causesForSip(486).constFirst().cause, 17);
        QVERIFY(compiled.curatedPair(CodeId{Family::Sip, 600}, CodeId{Family::Sip, 486}));
    }

    // Every field survives compiling, overlay-only ones (origin, team notes) and non-ASCII text
    // included.
    void compiledFormKeepsEveryField() {
        Catalog catalog;
        QByteArray json(kValidEntry);
        json.replace("\"D.\"", "\"D\u00e9j\u00e0 vu \u2013 \u5fd9\u3057\u3044.\"");
        QVERIFY(catalog.loadDocument(json, QStringLiteral("/teams/noc.json"), Origin::Local));
        catalog.loadDocument(QByteArray(kValidEntry).replace("486", "600"),
                             QStringLiteral("/teams/noc.json"), Origin::Local);
        QVERIFY(
            catalog.addTeamNote(CodeId{Family::Sip, 486},
                                TeamNote{QStringLiteral("Call Bob."), QStringLiteral("noc.json")}));
        catalog.loadMappings("{\"sipToQ850\": [{\"code\": 486, \"cause\": 17, \"note\": \"N.\"}],"
                             " \"deviations\": [{\"code\": 486, \"cause\": 17, \"implementation\": "
                             "\"X\", \"direction\": \"q850ToSip\", \"note\": \"M.\"}]}",
                             QStringLiteral("m.json"));
        catalog.loadComparisons("{\"pairs\": [{\"a\": 486, \"b\": 600, \"note\": \"A.\", "
                                "\"implementer\": \"I.\", \"troubleshooter\": \"T.\"}]}",
                                QStringLiteral("c.json"));
        catalog.finish();
        // Cause 17 is not in this small catalog: its mapping rows are reported, and kept.
        QCOMPARE(catalog.problems().size(), 2);

        const QByteArray compiled = catalog.toBinary();
        const Catalog back = Catalog::fromBinary(compiled, QStringLiteral("test.bin"));
        QCOMPARE(back.problems().size(), 2);
        QVERIFY(back.toBinary() == compiled);
        const Entry *e = back.find(CodeId{Family::Sip, 486});
        QVERIFY(e);
        QCOMPARE(e->description, QStringLiteral("Déjà vu – 忙しい."));
        QCOMPARE(e->howToFix, QStringList({QStringLiteral("One."), QStringLiteral("Two.")}));
        QCOMPARE(e->senders, QList<Role>{Role::Uas});
        QCOMPARE(e->headers.constFirst().name, QStringLiteral("Retry-After"));
        QCOMPARE(e->retry, RetryPolicy::Later);
        QCOMPARE(e->related.constFirst().id, (CodeId{Family::Sip, 600}));
        QCOMPARE(e->origin, Origin::Local);
        QCOMPARE(e->originFile, QStringLiteral("noc.json"));
        QCOMPARE(e->teamNotes.constFirst().text, QStringLiteral("Call Bob."));
        QCOMPARE(back.causesForSip(486).constFirst().note, QStringLiteral("N."));
        QCOMPARE(back.deviationsForCause(17).constFirst().implementation, QStringLiteral("X"));
        QCOMPARE(
            back.curatedPair(CodeId{Family::Sip, 600}, CodeId{Family::Sip, 486})->troubleshooter,
            QStringLiteral("T."));
    }

    // Damaged compiled data is reported with the byte where reading stopped, never read past its
    // end (every truncation of a real catalog is tried) and never half-loaded.
    void damagedCompiledDataIsReported() {
        Catalog catalog;
        catalog.loadDocument(QByteArray(kValidEntry).replace("600", "486"),
                             QStringLiteral("a.json"), Origin::Builtin);
        catalog.finish();
        QVERIFY(catalog.problems().isEmpty());
        const QByteArray good = catalog.toBinary();
        QVERIFY(Catalog::fromBinary(good, QStringLiteral("x")).problems().isEmpty());

        const auto problem = [](const QByteArray &data) {
            const Catalog c = Catalog::fromBinary(data, QStringLiteral("catalog.bin"));
            if (!c.entries().isEmpty())
                return QStringLiteral("loaded %1 entries").arg(c.entries().size());
            return c.problems().isEmpty() ? QString() : c.problems().constFirst().toString();
        };
        QCOMPARE(problem({}), QStringLiteral("catalog.bin: is damaged at byte 0"));
        QCOMPARE(problem(QByteArray(good).replace("SIPCODES", "SIPCODEZ")),
                 QStringLiteral("catalog.bin: is damaged at byte 0"));
        QByteArray otherVersion = good;
        otherVersion[16] = 2;
        QCOMPARE(problem(otherVersion), QStringLiteral("catalog.bin: is damaged at byte 16"));
        QCOMPARE(problem(good + 'x'),
                 QStringLiteral("catalog.bin: is damaged at byte %1").arg(good.size()));
        // The entry count says more entries than the bytes left could hold.
        QByteArray hugeCount = good;
        hugeCount[22] = '\x7f';
        QCOMPARE(problem(hugeCount), QStringLiteral("catalog.bin: is damaged at byte 20"));
        // The family byte of the first entry (after magic, version and count) out of range.
        QByteArray badFamily = good;
        badFamily[24] = 9;
        QCOMPARE(problem(badFamily), QStringLiteral("catalog.bin: is damaged at byte 24"));
        for (qsizetype size = 0; size < good.size(); ++size)
            QVERIFY2(problem(good.left(size)).contains(u"is damaged at byte"),
                     qPrintable(QString::number(size)));
    }

    // The build's catalog compiler fails the build on broken data, naming file, line and field,
    // and writes nothing; on good data it writes exactly what the program embeds.
    void compilerChecksTheData() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = QStringLiteral(SIPCODES_SOURCE_DIR "/resources/catalog/");
        for (const char *name :
             {"sip.json", "q850.json", "warning.json", "mappings.json", "comparisons.json"})
            QVERIFY(QFile::copy(source + QLatin1StringView(name),
                                dir.filePath(QLatin1StringView(name))));
        const auto compile = [&dir](QString *errors) {
            QProcess process;
            process.start(QStringLiteral(SIPCODES_CATALOGC),
                          {dir.path(), dir.filePath(QStringLiteral("out.bin"))});
            if (!process.waitForFinished(60000))
                return -1;
            *errors = QString::fromUtf8(process.readAllStandardError());
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QString errors;
        QCOMPARE(compile(&errors), 0);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        QFile out(dir.filePath(QStringLiteral("out.bin")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll() == Catalog::compiledBuiltin());
        out.close();
        QVERIFY(out.remove());

        QFile warning(dir.filePath(QStringLiteral("warning.json")));
        QVERIFY(warning.open(QIODevice::ReadWrite));
        QByteArray data = warning.readAll();
        data.insert(data.indexOf("\"entries\""), "oops, ");
        QVERIFY(warning.resize(0));
        warning.write(data);
        warning.close();
        QCOMPARE(compile(&errors), 1);
        QVERIFY2(errors.contains(dir.filePath(QStringLiteral("warning.json")) + u':'),
                 qPrintable(errors));
        QVERIFY2(errors.contains(u"not valid JSON"), qPrintable(errors));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.bin"))));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
