#include "catalog.h"
#include "tracedecoder.h"
#include "tracereport.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

// One finding as a line a reader can compare at a glance:
// "<line> <kind> <family>:<code> "<text>" [flags]".
QString describe(const TraceFinding &f) {
    const QString family = f.family ? CodeId::familyKey(*f.family) : QStringLiteral("-");
    return QStringLiteral("%1 %2 %3:%4 \"%5\" [%6]")
        .arg(f.line)
        .arg(TraceFinding::kindKey(f.kind), family)
        .arg(f.code)
        .arg(f.text, TraceFinding::flagKeys(f.flags).join(u','));
}

QStringList decodeAll(const QByteArray &input) {
    QStringList lines;
    for (const TraceFinding &f : TraceDecoder::decode(input, Catalog::builtin()))
        lines.append(describe(f));
    return lines;
}

const QByteArray kFailedCall = "2024/03/05 10:00:01.123456 192.0.2.10:5060 -> 198.51.100.7:5060\n"
                               "INVITE sip:+15551234567@carrier.example SIP/2.0\r\n"
                               "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-524287-1\r\n"
                               "From: <sip:alice@pbx.example>;tag=1928301774\r\n"
                               "To: <sip:+15551234567@carrier.example>\r\n"
                               "i: a84b4c76e66710@pbx.example\r\n"
                               "CSeq: 314159 INVITE\r\n"
                               "Content-Type: application/sdp\r\n"
                               "\r\n"
                               "v=0\r\n"
                               "o=alice 2890844526 2890844526 IN IP4 192.0.2.10\r\n"
                               "\r\n"
                               "2024/03/05 10:00:01.140233 198.51.100.7:5060 -> 192.0.2.10:5060\n"
                               "SIP/2.0 100 Trying\r\n"
                               "Call-ID: a84b4c76e66710@pbx.example\r\n"
                               "\r\n"
                               "2024/03/05 10:00:03.512001 198.51.100.7:5060 -> 192.0.2.10:5060\n"
                               "SIP/2.0 503 Service Unavailable\r\n"
                               "Call-ID: a84b4c76e66710@pbx.example\r\n"
                               "CSeq: 314159 INVITE\r\n"
                               "Reason: Q.850;cause=34;text=\"No circuit/channel available\"\r\n"
                               "Warning: 399 sbc1.carrier.example \"Trunk group TG7 exhausted\"\r\n"
                               "Retry-After: 30\r\n"
                               "Content-Length: 0\r\n"
                               "\r\n";

} // namespace

class TestTraceDecoder final : public QObject {
    Q_OBJECT

private slots:
    void shapes_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("status line") << QByteArray("SIP/2.0 486 Busy Here\r\n")
                                     << QStringList{"1 status sip:486 \"Busy Here\" []"};
        QTest::newRow("phrase differing only in case")
            << QByteArray("SIP/2.0 486 BUSY HERE")
            << QStringList{"1 status sip:486 \"BUSY HERE\" []"};
        QTest::newRow("vendor phrase")
            << QByteArray("SIP/2.0 486 User Busy")
            << QStringList{"1 status sip:486 \"User Busy\" [nonstandard-phrase]"};
        QTest::newRow("empty phrase")
            << QByteArray("SIP/2.0 200") << QStringList{"1 status sip:200 \"\" []"};
        QTest::newRow("unregistered code")
            << QByteArray("SIP/2.0 499 Carrier Says No")
            << QStringList{"1 status sip:499 \"Carrier Says No\" [unknown-code]"};
        QTest::newRow("four-digit code")
            << QByteArray("SIP/2.0 4860 Busy Here")
            << QStringList{"1 status sip:4860 \"Busy Here\" [malformed]"};
        QTest::newRow("class 7") << QByteArray("SIP/2.0 700 Odd")
                                 << QStringList{"1 status sip:700 \"Odd\" [malformed]"};
        QTest::newRow("Via is not a status line")
            << QByteArray("Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1") << QStringList{};
        QTest::newRow("Asterisk chan_sip log line")
            << QByteArray("[2024-03-05 10:00:01] VERBOSE[4242][C-00000007] chan_sip.c: -- Got "
                          "SIP response 486 \"Busy Here\" back from 198.51.100.7:5060")
            << QStringList{"1 status sip:486 \"Busy Here\" []"};
        QTest::newRow("Kamailio log line")
            << QByteArray("Mar  5 10:00:01 proxy1 /usr/sbin/kamailio[2345]: INFO: <script>: "
                          "relayed SIP/2.0 480 Temporarily Unavailable [ci=abc@host]")
            << QStringList{"1 status sip:480 \"Temporarily Unavailable\" []"};
        QTest::newRow("FreeSWITCH siptrace")
            << QByteArray("recv 402 bytes from udp/[198.51.100.7]:5060 at 10:00:03.512001:\n"
                          "   ------------------------------------------------------------\n"
                          "   SIP/2.0 603 Decline\n"
                          "   Reason: Q.850;cause=21;text=\"CALL_REJECTED\"\n"
                          "   ------------------------------------------------------------\n")
            << QStringList{"3 status sip:603 \"Decline\" []",
                           "4 reason q850:21 \"CALL_REJECTED\" []"};

        QTest::newRow("Reason, Q.850 with quoted text")
            << QByteArray("SIP/2.0 486 Busy Here\nReason: Q.850;cause=17;text=\"User busy\"")
            << QStringList{"1 status sip:486 \"Busy Here\" []",
                           "2 reason q850:17 \"User busy\" []"};
        QTest::newRow("Reason, SIP cause in a CANCEL")
            << QByteArray("CANCEL sip:bob@example.com SIP/2.0\n"
                          "Reason: SIP;cause=600;text=\"Busy Everywhere\"")
            << QStringList{"2 reason sip:600 \"Busy Everywhere\" []"};
        QTest::newRow("Reason, several values")
            << QByteArray("BYE sip:bob@example.com SIP/2.0\n"
                          "Reason: SIP;cause=200;text=\"Call completed elsewhere\", "
                          "Q.850;cause=16;text=\"Terminated\"")
            << QStringList{"2 reason sip:200 \"Call completed elsewhere\" []",
                           "2 reason q850:16 \"Terminated\" []"};
        QTest::newRow("Reason, spaces around ; and =")
            << QByteArray("Reason:   Q.850 ; cause = 16 ; text = \"Normal, clearing\"  ")
            << QStringList{"1 reason q850:16 \"Normal, clearing\" []"};
        QTest::newRow("Reason, lower-case names")
            << QByteArray("reason: q.850;CAUSE=41") << QStringList{"1 reason q850:41 \"\" []"};
        QTest::newRow("Reason, folded after a comma")
            << QByteArray("Reason: Q.850;cause=16,\n SIP;cause=487;text=\"Request\n\tTerminated\"\n"
                          "Contact: <sip:a@b>")
            << QStringList{"1 reason q850:16 \"\" []",
                           "1 reason sip:487 \"Request Terminated\" []"};
        QTest::newRow("Reason, other protocol")
            << QByteArray("Reason: RELEASE_CAUSE;cause=3;text=\"Call Rejected\"")
            << QStringList{"1 reason -:3 \"Call Rejected\" []"};
        QTest::newRow("Reason inside a log line")
            << QByteArray("2024-03-05 10:00:03 kamailio[88]: NOTICE: <script>: hangup "
                          "Reason: Q.850;cause=31")
            << QStringList{"1 reason q850:31 \"\" []"};
        QTest::newRow("Reason, cause not in Q.850")
            << QByteArray("Reason: Q.850;cause=200")
            << QStringList{"1 reason q850:200 \"\" [unknown-code]"};

        QTest::newRow("Warning, several in one message")
            << QByteArray("SIP/2.0 488 Not Acceptable Here\n"
                          "Warning: 305 sbc.example.com \"Incompatible media format\", 399 "
                          "sbc.example.com \"codec G729 not allowed, try PCMA\"\n"
                          "Warning: 370 edge:5060 \"Insufficient bandwidth\"")
            << QStringList{"1 status sip:488 \"Not Acceptable Here\" []",
                           "2 warning warning:305 \"Incompatible media format\" []",
                           "2 warning warning:399 \"codec G729 not allowed, try PCMA\" []",
                           "3 warning warning:370 \"Insufficient bandwidth\" []"};
        QTest::newRow("Warning, folded inside its text")
            << QByteArray("Warning: 399 pbx \"Media timeout\n   after 30 seconds\"\nTo: <sip:b@c>")
            << QStringList{"1 warning warning:399 \"Media timeout after 30 seconds\" []"};
        QTest::newRow("Warning, escaped quote")
            << QByteArray("Warning: 399 pbx \"say \\\"hi\\\", then go\"")
            << QStringList{"1 warning warning:399 \"say \"hi\", then go\" []"};
        QTest::newRow("Warning, unregistered code")
            << QByteArray("Warning: 350 pbx \"x\"")
            << QStringList{"1 warning warning:350 \"x\" [unknown-code]"};

        QTest::newRow("Retry-After, seconds")
            << QByteArray("SIP/2.0 503 Service Unavailable\nRetry-After: 120")
            << QStringList{"1 status sip:503 \"Service Unavailable\" []",
                           "2 retry-after sip:503 \"120\" []"};
        QTest::newRow("Retry-After, comment and duration")
            << QByteArray("SIP/2.0 486 Busy Here\nRetry-After: 3600 (in a meeting);duration=1800")
            << QStringList{"1 status sip:486 \"Busy Here\" []",
                           "2 retry-after sip:486 \"3600 (in a meeting);duration=1800\" []"};

        QTest::newRow("mapping agrees: 503 with cause 34")
            << QByteArray("SIP/2.0 503 Service Unavailable\nReason: Q.850;cause=34")
            << QStringList{"1 status sip:503 \"Service Unavailable\" []",
                           "2 reason q850:34 \"\" []"};
        QTest::newRow("mapping agrees: 480 with cause 18")
            << QByteArray("SIP/2.0 480 Temporarily Unavailable\nReason: Q.850;cause=18")
            << QStringList{"1 status sip:480 \"Temporarily Unavailable\" []",
                           "2 reason q850:18 \"\" []"};
        QTest::newRow("mapping unknown: 487 with cause 16")
            << QByteArray("SIP/2.0 487 Request Terminated\nReason: Q.850;cause=16")
            << QStringList{"1 status sip:487 \"Request Terminated\" []",
                           "2 reason q850:16 \"\" []"};
        QTest::newRow("mapping disagrees: 486 with cause 34")
            << QByteArray("SIP/2.0 486 Busy Here\nReason: Q.850;cause=34")
            << QStringList{"1 status sip:486 \"Busy Here\" []",
                           "2 reason q850:34 \"\" [mapping-mismatch]"};
        QTest::newRow("no mapping check in a request")
            << QByteArray("BYE sip:b@c SIP/2.0\nReason: Q.850;cause=34")
            << QStringList{"2 reason q850:34 \"\" []"};

        QTest::newRow("empty headers")
            << QByteArray("SIP/2.0 480 Temporarily Unavailable\nReason:\nWarning:   \nRetry-After:")
            << QStringList{"1 status sip:480 \"Temporarily Unavailable\" []",
                           "2 reason -:-1 \"\" [malformed]",
                           "3 warning warning:-1 \"\" [malformed]",
                           "4 retry-after sip:480 \"\" [malformed]"};
        QTest::newRow("malformed values")
            << QByteArray("Reason: Q.850;cause=abc\nReason: Q.850;text=\"no cause\"\n"
                          "Reason: ;cause=16\nReason: Q.850;cause=17;text=User busy\n"
                          "Warning: 39 pbx \"short\"\nWarning: 399 \"no agent\"\n"
                          "Warning: 399 pbx unquoted\nWarning: 399 pbx\nWarning: 399 pbx \"open\n"
                          "Retry-After: soon")
            << QStringList{"1 reason q850:-1 \"\" [malformed]",
                           "2 reason q850:-1 \"no cause\" [malformed]",
                           "3 reason -:16 \"\" [malformed]",
                           "4 reason q850:17 \"User busy\" [malformed]",
                           "5 warning warning:39 \"\" [malformed]",
                           "6 warning warning:399 \"no agent\" [malformed]",
                           "7 warning warning:399 \"unquoted\" [malformed]",
                           "8 warning warning:399 \"\" [malformed]",
                           "9 warning warning:399 \"open\" [malformed]",
                           "10 retry-after sip:-1 \"soon\" [malformed]"};

        QTest::newRow("Wireshark packet details")
            << QByteArray("Session Initiation Protocol (486)\n"
                          "    Status-Line: SIP/2.0 486 Busy Here\n"
                          "        Status-Code: 486\n"
                          "        [Resent Packet: False]\n"
                          "    Message Header\n"
                          "        Reason: Q.850;cause=17;text=\"User busy\"\n"
                          "            Reason Protocols: Q.850\n"
                          "            Cause: 17\n"
                          "        Warning: 399 pbx \"Busy\"\n")
            << QStringList{"2 status sip:486 \"Busy Here\" []", "6 reason q850:17 \"User busy\" []",
                           "9 warning warning:399 \"Busy\" []"};
        QTest::newRow("Follow SIP stream without blank lines")
            << QByteArray("SIP/2.0 180 Ringing\r\nContent-Length: 0\r\n\r\nSIP/2.0 486 Busy "
                          "Here\r\nReason: Q.850;cause=17\r\n\r\nACK sip:b@c SIP/2.0\r\n")
            << QStringList{"1 status sip:180 \"Ringing\" []", "4 status sip:486 \"Busy Here\" []",
                           "5 reason q850:17 \"\" []"};
    }

    void shapes() {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        QCOMPARE(decodeAll(input), expected);
    }

    void messagesCarryTheirContext() {
        const QList<TraceFinding> findings = TraceDecoder::decode(kFailedCall, Catalog::builtin());
        QCOMPARE(findings.size(), 5);
        for (const TraceFinding &f : findings)
            QCOMPARE(f.callId, QStringLiteral("a84b4c76e66710@pbx.example"));
        QCOMPARE(findings.at(2).responseCode, 503);
        QCOMPARE(findings.at(2).message, findings.at(1).message);
        QCOMPARE(findings.at(3).agent, QStringLiteral("sbc1.carrier.example"));
        QCOMPARE(findings.at(4).seconds, 30);
        QVERIFY(findings.at(1).message > findings.at(0).message);
    }

    // However the input is cut into pieces, the findings are the same.
    void piecesDoNotMatter_data() {
        QTest::addColumn<int>("pieceSize");
        for (int size : {1, 2, 3, 7, 64, 4096})
            QTest::addRow("%d bytes", size) << size;
    }
    void piecesDoNotMatter() {
        QFETCH(int, pieceSize);
        const QByteArray input = kFailedCall + "Reason: Q.850;cause=16,\n SIP;cause=200\nWarning:";
        const QStringList whole = decodeAll(input);
        TraceDecoder decoder(Catalog::builtin());
        for (qsizetype i = 0; i < input.size(); i += pieceSize)
            decoder.feed(
                QByteArrayView(input).sliced(i, std::min<qsizetype>(pieceSize, input.size() - i)));
        decoder.finish();
        QStringList pieced;
        for (const TraceFinding &f : decoder.takeFindings())
            pieced.append(describe(f));
        QCOMPARE(pieced, whole);
        QCOMPARE(whole.size(), 8);
    }

    void hostileInput_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("findings");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("only newlines") << QByteArray(1000, '\n') << 0;
        QTest::newRow("NUL bytes") << QByteArray("SIP/2.0 486 Busy\0Here\nReason:\0\0", 29) << 2;
        QTest::newRow("invalid UTF-8")
            << QByteArray("SIP/2.0 486 Bu\xff\xfesy\nWarning: 399 h\xc3 \"\xe2\x82\"") << 2;
        QTest::newRow("lone quote") << QByteArray("Warning: 399 h \"") << 1;
        QTest::newRow("header name only") << QByteArray("Reason") << 0;
        QTest::newRow("colon only") << QByteArray(":\n:\n: :") << 0;
        QTest::newRow("many commas") << QByteArray("Reason: ") + QByteArray(100000, ',') << 1;
        QTest::newRow("open quote and commas")
            << QByteArray("Warning: 399 h \"") + QByteArray(100000, ',') << 1;
        QByteArray binary(1 << 20, Qt::Uninitialized);
        QRandomGenerator generator(20261124);
        for (char &c : binary)
            c = static_cast<char>(generator.bounded(256));
        QTest::newRow("1 MiB of random bytes") << binary << -1;
    }
    void hostileInput() {
        QFETCH(QByteArray, input);
        QFETCH(int, findings);
        const QList<TraceFinding> found = TraceDecoder::decode(input, Catalog::builtin());
        if (findings >= 0)
            QCOMPARE(found.size(), findings);
        for (const TraceFinding &f : found) {
            QVERIFY(f.text.size() <= TraceDecoder::kMaxTextLength + 1);
            QVERIFY(!f.text.contains(QChar(0)));
        }
    }

    void invalidBytesBecomeReplacementCharacters() {
        const auto found =
            TraceDecoder::decode(QByteArray("SIP/2.0 486 Bu\xffsy\0x", 19), Catalog::builtin());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).text, QStringLiteral("Bu\uFFFDsy\uFFFDx"));
        QVERIFY(found.at(0).flags.testFlag(TraceFinding::NonstandardPhrase));
    }

    void fiveMegabyteLine() {
        const QByteArray line = "Warning: 399 pbx \"" + QByteArray(5 << 20, 'a') + "\"";
        const auto found = TraceDecoder::decode(line, Catalog::builtin());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).code, 399);
        QCOMPARE(found.at(0).text.size(), TraceDecoder::kMaxTextLength + 1);
        QVERIFY(found.at(0).text.endsWith(u'…'));
    }

    void fiftyMegabyteLog() {
        QByteArray log;
        log.reserve(50 << 20);
        int calls = 0;
        while (log.size() < (50 << 20)) {
            log += kFailedCall;
            log += "[2024-03-05 10:00:04] DEBUG[4242] res_pjsip_session.c: unrelated chatter "
                   "about codecs, timers and a cause=nothing-to-see\n";
            ++calls;
        }
        TraceDecoder decoder(Catalog::builtin());
        qint64 count = 0;
        for (qsizetype i = 0; i < log.size(); i += 1 << 20) {
            decoder.feed(
                QByteArrayView(log).sliced(i, std::min<qsizetype>(1 << 20, log.size() - i)));
            count += decoder.takeFindings().size();
        }
        decoder.finish();
        count += decoder.takeFindings().size();
        QCOMPARE(count, qint64(calls) * 5);
    }

    void summaryOfAFailedCall() {
        TraceReport report(Catalog::builtin());
        report.add(TraceDecoder::decode(kFailedCall, Catalog::builtin()));
        QVERIFY(report.finalResponse());
        QCOMPARE(report.finalResponse()->code, 503);
        QCOMPARE(report.finalDetails().size(), 3);
        const QStringList lines = report.summaryLines();
        QCOMPARE(lines.value(0),
                 QStringLiteral("Final response: 503 Service Unavailable (line 18)."));
        QCOMPARE(lines.value(1),
                 QStringLiteral("Its Reason: Q.850 cause 34 No circuit/channel available, text "
                                "\"No circuit/channel available\"."));
        QCOMPARE(lines.value(2), QStringLiteral("Its Warning: Warning 399 Miscellaneous warning, "
                                                "from sbc1.carrier.example: \"Trunk group TG7 "
                                                "exhausted\"."));
        QVERIFY(
            lines.value(3).startsWith(QStringLiteral("Its Retry-After: retry after 30 second")));
        QVERIFY(lines.value(4).startsWith(QStringLiteral("5 finding")));
        QCOMPARE(lines.size(), 5); // nothing flagged
    }

    void summaryPrefersTheFailure() {
        TraceReport report(Catalog::builtin());
        report.add(TraceDecoder::decode("SIP/2.0 487 Request Terminated\nReason: Q.850;cause=16\n"
                                        "SIP/2.0 200 OK\n",
                                        Catalog::builtin()));
        QCOMPARE(report.finalResponse()->code, 487);
        QCOMPARE(report.finalDetails().size(), 1);

        TraceReport empty(Catalog::builtin());
        QVERIFY(!empty.finalResponse());
        QCOMPARE(empty.summaryLines().value(0), QStringLiteral("No final response in the trace."));
    }

    void problemsAreExplained_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("mismatch, both tables")
            << QByteArray("SIP/2.0 486 Busy Here\nReason: Q.850;cause=34")
            << QStringLiteral("RFC 3398 maps a 486 response to Q.850 cause 17, and cause 34 to a "
                              "503 response; this message pairs 486 with cause 34.");
        QTest::newRow("mismatch, known deviation")
            << QByteArray("SIP/2.0 480 Temporarily Unavailable\nReason: Q.850;cause=47")
            << QStringLiteral("RFC 3398 maps a 480 response to Q.850 cause 18, and cause 47 to a "
                              "503 response; this message pairs 480 with cause 47. FreeSWITCH is "
                              "known to pair them this way: ");
        QTest::newRow("vendor phrase")
            << QByteArray("SIP/2.0 486 User Busy")
            << QStringLiteral("The reason phrase \"User Busy\" differs from the registered \"Busy "
                              "Here\".");
        QTest::newRow("unknown code")
            << QByteArray("SIP/2.0 499 Nope") << QStringLiteral("SIP 499 is not in the catalog");
        QTest::newRow("empty") << QByteArray("Warning:")
                               << QStringLiteral("The header has no value.");
        QTest::newRow("unquoted") << QByteArray("Reason: Q.850;cause=17;text=busy")
                                  << QStringLiteral("The text is not in double quotes");
    }
    void problemsAreExplained() {
        QFETCH(QByteArray, input);
        QFETCH(QString, explanation);
        const Catalog &catalog = Catalog::builtin();
        const TraceReport report(catalog);
        const QList<TraceFinding> found = TraceDecoder::decode(input, catalog);
        QVERIFY(!found.isEmpty());
        const QStringList problems = report.problems(found.constLast());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().startsWith(explanation), qPrintable(problems.constFirst()));
    }

    void markdownKeepsTraceTextLiteral() {
        const Catalog &catalog = Catalog::builtin();
        const TraceReport report(catalog);
        const auto found = TraceDecoder::decode(
            "Warning: 399 <b>x</b> \"<script>alert(1)</script> | [link](http://x) *bold*\"",
            catalog);
        QCOMPARE(found.size(), 1);
        const QString row = report.markdownRow(found.at(0));
        QVERIFY(!row.contains(QStringLiteral("<script>")));
        QVERIFY(!row.contains(QStringLiteral("<b>")));
        QVERIFY(row.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(row.contains(QStringLiteral("\\| \\[link\\](http://x) \\*bold\\*")));
        QCOMPARE(row.count(QStringLiteral(" | ")), 3); // four cells, none split by the trace
    }
};

QTEST_GUILESS_MAIN(TestTraceDecoder)
#include "tst_tracedecoder.moc"
