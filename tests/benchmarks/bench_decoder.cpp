#include "benchmarkreport.h"
#include "catalog.h"
#include "decoderview.h"
#include "tracedecoder.h"

#include <QApplication>
#include <QTest>

namespace {

// One failed call as a trace export shows it, with a PBX log line between messages: status
// lines, a Reason, two Warnings, a Retry-After, and much that the decoder must skip quickly.
const QByteArray kCall =
    "2024/03/05 10:00:01.123456 192.0.2.10:5060 -> 198.51.100.7:5060\n"
    "INVITE sip:+15551234567@carrier.example SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-524287-1;rport\r\n"
    "Max-Forwards: 70\r\n"
    "From: \"Alice\" <sip:alice@pbx.example>;tag=1928301774\r\n"
    "To: <sip:+15551234567@carrier.example>\r\n"
    "Call-ID: a84b4c76e66710@pbx.example\r\n"
    "CSeq: 314159 INVITE\r\n"
    "Contact: <sip:alice@192.0.2.10:5060>\r\n"
    "Content-Type: application/sdp\r\n"
    "Content-Length: 142\r\n"
    "\r\n"
    "v=0\r\no=alice 2890844526 2890844526 IN IP4 192.0.2.10\r\ns=-\r\n"
    "c=IN IP4 192.0.2.10\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0 8\r\na=rtpmap:0 PCMU/8000\r\n"
    "[2024-03-05 10:00:01] VERBOSE[4242][C-00000007] pbx.c: Executing [s@trunk:1] Dial\n"
    "2024/03/05 10:00:01.140233 198.51.100.7:5060 -> 192.0.2.10:5060\n"
    "SIP/2.0 100 Trying\r\n"
    "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-524287-1;rport=5060\r\n"
    "Call-ID: a84b4c76e66710@pbx.example\r\n"
    "CSeq: 314159 INVITE\r\n"
    "Content-Length: 0\r\n"
    "\r\n"
    "2024/03/05 10:00:03.512001 198.51.100.7:5060 -> 192.0.2.10:5060\n"
    "SIP/2.0 503 Service Unavailable\r\n"
    "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-524287-1;rport=5060\r\n"
    "From: \"Alice\" <sip:alice@pbx.example>;tag=1928301774\r\n"
    "To: <sip:+15551234567@carrier.example>;tag=a6c85cf\r\n"
    "Call-ID: a84b4c76e66710@pbx.example\r\n"
    "CSeq: 314159 INVITE\r\n"
    "Reason: Q.850;cause=34;text=\"No circuit/channel available\"\r\n"
    "Warning: 399 sbc1.carrier.example \"Trunk group TG7 exhausted\", 370 sbc1 \"Bandwidth\"\r\n"
    "Retry-After: 30\r\n"
    "Content-Length: 0\r\n"
    "\r\n";

QByteArray trace(qsizetype bytes) {
    QByteArray data;
    data.reserve(bytes + kCall.size());
    while (data.size() < bytes)
        data += kCall;
    return data;
}

qsizetype megabytes(const QString &size) {
    const qsizetype mb = size == u"100 MB" ? 100 : 10;
    return BenchmarkReport::smoke() ? 2 : mb;
}

} // namespace

// Decoding realistic trace text as --decode and the decoder panel do: in 1 MiB pieces, findings
// taken as they come. The budget, 100 MB/s, is a time per size: 10 ms per MB. Then what a large
// paste costs the UI thread, which only hands it to the decoding thread.
class BenchDecoder final : public QObject {
    Q_OBJECT

private slots:
    void decode_data() {
        QTest::addColumn<QString>("size");
        QTest::newRow("10 MB") << QStringLiteral("10 MB");
        QTest::newRow("100 MB") << QStringLiteral("100 MB");
    }
    void decode() {
        QFETCH(QString, size);
        const qsizetype mb = megabytes(size);
        const QByteArray data = trace(mb * 1000 * 1000);
        BenchmarkReport::declare(
            {QStringLiteral("decode %1").arg(size), QStringLiteral("ms"), 1,
             Budget::atMost(double(mb) * 10, QStringLiteral("<= %1 ms (>= 100 MB/s)").arg(mb * 10)),
             QStringLiteral("trace text with PBX log lines, fed in 1 MiB pieces")});
        qint64 findings = 0;
        QBENCHMARK_ONCE {
            TraceDecoder decoder(Catalog::builtin());
            for (qsizetype i = 0; i < data.size(); i += TraceDecodeChunk)
                feed(decoder, data, i, findings);
            decoder.finish();
            findings += decoder.takeFindings().size();
        }
        QCOMPARE(findings, qint64(data.size() / kCall.size()) * 6);
    }

    void pasteBlocksTheWindow() {
        const qsizetype mb = megabytes(QStringLiteral("10 MB"));
        const QString text = QString::fromUtf8(trace(mb * 1024 * 1024));
        BenchmarkReport::declare({QStringLiteral("decoder.paste %1 MB, UI thread").arg(mb),
                                  QStringLiteral("ms"), 1,
                                  Budget::atMost(16, QStringLiteral("<= 16 ms (frame)")),
                                  QStringLiteral("time the window waits; decoding runs on "
                                                 "another thread")});
        DecoderView view;
        QBENCHMARK {
            view.setText(text);
            QVERIFY(view.isBusy()); // over 1 MB: never decoded on the UI thread
        }
    }

private:
    static constexpr qsizetype TraceDecodeChunk = 1 << 20;
    static void feed(TraceDecoder &decoder, const QByteArray &data, qsizetype at,
                     qint64 &findings) {
        decoder.feed(QByteArrayView(data).sliced(at, std::min(TraceDecodeChunk, data.size() - at)));
        findings += decoder.takeFindings().size();
    }
};

SIPCODES_BENCHMARK_MAIN(BenchDecoder, QApplication, 3)
#include "bench_decoder.moc"
