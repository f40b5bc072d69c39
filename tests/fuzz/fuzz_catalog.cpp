// Loads arbitrary bytes as a catalog, mappings and comparison document: problems may be reported,
// nothing may crash.
#include "catalog.h"
#include "formatter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Catalog catalog;
    catalog.loadDocument(json, QStringLiteral("fuzz.json"), Origin::Local);
    catalog.loadMappings(json, QStringLiteral("fuzz-mappings.json"));
    catalog.loadComparisons(json, QStringLiteral("fuzz-comparisons.json"));
    catalog.finish();
    const Formatter formatter(catalog);
    for (const Entry &entry : catalog.entries()) {
        (void)formatter.entryText(entry);
        (void)formatter.entryHtml(entry);
        (void)formatter.entryJson(entry);
    }
    for (const CatalogProblem &problem : catalog.problems())
        (void)problem.toString();
    return 0;
}
