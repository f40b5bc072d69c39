// Reads arbitrary bytes as a compiled catalog (what the build embeds): damage is reported, nothing
// may crash, read past the input or allocate what the input only claims to hold.
#include "catalog.h"
#include "formatter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Catalog catalog = Catalog::fromBinary(bytes, QStringLiteral("fuzz.bin"));
    const Formatter formatter(catalog);
    for (const Entry &entry : catalog.entries()) {
        (void)formatter.entryText(entry);
        (void)formatter.entryHtml(entry);
    }
    for (const CatalogProblem &problem : catalog.problems())
        (void)problem.toString();
    // Bytes that read may still be written differently (text that is not UTF-8, a boolean that is
    // not 0 or 1), but what is written once must read back and write to the same bytes.
    if (catalog.problems().isEmpty()) {
        const QByteArray written = catalog.toBinary();
        if (Catalog::fromBinary(written, QStringLiteral("again.bin")).toBinary() != written)
            __builtin_trap();
    }
    return 0;
}
