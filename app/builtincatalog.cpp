// The catalog compiled into the program. The build's catalog compiler (catalogc.cpp) reads and
// checks resources/catalog/*.json and embeds the result, compiled (catalogbinary.cpp); start-up
// reads that, which takes a fraction of the time parsing the JSON took.
#include "catalog.h"

#include "overlays.h"

#include <QResource>
#include <QThreadPool>

#include <future>
#include <memory>

namespace {

std::future<Catalog> &preloadedBuiltin() {
    static std::future<Catalog> future;
    return future;
}

const QString &compiledPath() {
    static const QString path = QStringLiteral(":/catalog/catalog.bin");
    return path;
}

} // namespace

const Catalog &Catalog::builtin() {
    return shared();
}

void Catalog::preload() {
    std::future<Catalog> &future = preloadedBuiltin();
    if (future.valid())
        return;
    // On Qt's global thread pool, whose threads then stay for the first frame: Qt's raster
    // engine hands long fills (a scroll bar's edge) to that pool, and would start them then.
    auto task = std::make_shared<std::packaged_task<Catalog()>>(&Catalog::loadBuiltin);
    future = task->get_future();
    QThreadPool::globalInstance()->start([task] { (*task)(); });
}

void Catalog::finishPreload() {
    if (const std::future<Catalog> &future = preloadedBuiltin(); future.valid())
        future.wait();
}

Catalog &Catalog::shared() {
    static Catalog catalog = [] {
        std::future<Catalog> &preloaded = preloadedBuiltin();
        Catalog c = preloaded.valid() ? preloaded.get() : loadBuiltin();
        // The team's overlays come last: they add to the built-in data, never replace it. Only
        // entries of their own need the catalog ordered and checked again; notes do not.
        const qsizetype builtinEntries = c.entries().size();
        Overlays::loadAll(c);
        if (c.entries().size() != builtinEntries)
            c.finish();
        return c;
    }();
    return catalog;
}

QByteArray Catalog::compiledBuiltin() {
    // Stored uncompressed: a view of the executable's own data, not a copy.
    const QResource resource(compiledPath());
    if (!resource.isValid() || resource.data() == nullptr)
        return {};
    if (resource.compressionAlgorithm() != QResource::NoCompression)
        return resource.uncompressedData();
    return QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                   static_cast<qsizetype>(resource.size()));
}

Catalog Catalog::loadBuiltin() {
    const QByteArray compiled = compiledBuiltin();
    if (compiled.isEmpty()) {
        Catalog c;
        c.report(compiledPath(), {}, {}, tr("cannot be read: %1").arg(tr("not in the resources")));
        return c;
    }
    return fromBinary(compiled, compiledPath());
}
