#include "catalog.h"

#include <QRegularExpression>
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
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
