// Runs arbitrary text as a search query over the real catalog.
#include "catalog.h"
#include "searchengine.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static SearchEngine *engine = [] {
        auto *e = new SearchEngine;
        e->build(Catalog::builtin().entries());
        return e;
    }();
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data),
                                            qsizetype(std::min<size_t>(size, 4096)));
    const auto hits = engine->search(query);
    for (const auto &hit : hits)
        if (hit.index < 0 || hit.index >= Catalog::builtin().entries().size())
            __builtin_trap();
    return 0;
}
