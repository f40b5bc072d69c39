// Feeds arbitrary bytes to the trace decoder, whole and in pieces, and renders every finding the
// way the window and the command line do.
#include "catalog.h"
#include "tracedecoder.h"
#include "tracereport.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const Catalog &catalog = Catalog::builtin();
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<TraceFinding> whole = TraceDecoder::decode(input, catalog);

    // The same input cut into uneven pieces must give the same findings.
    TraceDecoder pieces(catalog);
    qsizetype offset = 0;
    qsizetype step = 1;
    while (offset < input.size()) {
        const qsizetype n = std::min(step, input.size() - offset);
        pieces.feed(input.sliced(offset, n));
        offset += n;
        step = step * 3 % 17 + 1;
    }
    pieces.finish();
    if (pieces.takeFindings().size() != whole.size())
        __builtin_trap();

    TraceReport report(catalog);
    for (const TraceFinding &finding : whole) {
        report.add(finding);
        (void)report.textBlock(finding);
        (void)report.markdownRow(finding);
        (void)QJsonDocument(TraceReport::json(finding)).toJson();
    }
    (void)report.textSummary();
    return 0;
}
