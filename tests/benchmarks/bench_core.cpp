#include "benchmarkreport.h"
#include "catalog.h"
#include "comparison.h"
#include "searchengine.h"
#include "syntheticcatalog.h"

#include <QCoreApplication>
#include <QTest>

#include <map>
#include <memory>

#include <malloc.h>

namespace {

// Bytes the C heap holds for the program right now (Qt's containers allocate with malloc).
qint64 heapInUse() {
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.uordblks + info.hblkhd);
}

// Entries in a synthetic catalog; 0 for the real one. A smoke run only checks that every benchmark
// works, on catalogs a hundred times smaller.
qsizetype sizeOf(const QString &catalog) {
    const qsizetype scale = BenchmarkReport::smoke() ? 100 : 1;
    if (catalog == u"10k")
        return 10'000 / scale;
    if (catalog == u"100k")
        return 100'000 / scale;
    return 0;
}

} // namespace

// The domain without a display: loading the catalog, indexing it, searching it, comparing two
// codes, and what entries and index cost in memory. Searches run over the real catalog and over
// synthetic ones of 10,000 and 100,000 entries.
class BenchCore final : public QObject {
    Q_OBJECT

    std::map<qsizetype, QList<Entry>> m_entries;
    std::map<qsizetype, std::unique_ptr<SearchEngine>> m_engines;
    std::map<QString, double> m_bytesPerEntry; // "entries 10k" -> bytes

    const QList<Entry> &entries(qsizetype count) {
        if (count == 0)
            return Catalog::builtin().entries();
        auto it = m_entries.find(count);
        if (it == m_entries.end())
            it = m_entries.emplace(count, SyntheticCatalog::entries(count)).first;
        return it->second;
    }

    const SearchEngine &engine(qsizetype count) {
        auto &engine = m_engines[count];
        if (!engine) {
            engine = std::make_unique<SearchEngine>();
            engine->build(entries(count));
        }
        return *engine;
    }

    static void addCatalogRows() {
        QTest::addColumn<QString>("catalog");
        for (const char *catalog : kBenchCatalogs)
            QTest::newRow(catalog) << QString::fromLatin1(catalog);
    }

private slots:
    void initTestCase() {
        const QList<CatalogProblem> &problems = Catalog::builtin().problems();
        if (!problems.isEmpty())
            QFAIL(qPrintable(problems.constFirst().toString()));
    }

    // What start-up reads: the catalog compiled and checked at build time, embedded.
    void catalogLoad() {
        BenchmarkReport::declare({QStringLiteral("catalog.load real"), QStringLiteral("ms"), 1,
                                  Budget::none(QStringLiteral("(thread, at start)")),
                                  QStringLiteral("compiled catalog embedded at build time")});
        QBENCHMARK {
            const Catalog catalog = Catalog::loadBuiltin();
            QCOMPARE(catalog.entries().size(), Catalog::builtin().entries().size());
        }
    }

    // What the build does once (sipcodes_catalogc): read and check the JSON sources.
    void catalogValidate() {
        BenchmarkReport::declare({QStringLiteral("catalog.load+validate real"),
                                  QStringLiteral("ms"), 1,
                                  Budget::none(QStringLiteral("(at build time)")),
                                  QStringLiteral("5 JSON files, checked as the build does")});
        QBENCHMARK {
            const Catalog catalog = Catalog::loadSourceFiles(QStringLiteral(CATALOG_SOURCE_DIR));
            QVERIFY(catalog.problems().isEmpty());
            QCOMPARE(catalog.entries().size(), Catalog::builtin().entries().size());
        }
    }

    void indexBuild_data() { addCatalogRows(); }
    void indexBuild() {
        QFETCH(QString, catalog);
        const QList<Entry> &list = entries(sizeOf(catalog));
        BenchmarkReport::declare(
            {QStringLiteral("search.index-build %1").arg(catalog), QStringLiteral("ms"), 1,
             Budget::none(QStringLiteral("(after first frame)")),
             QStringLiteral("%1 entries, English + current language").arg(list.size())});
        if (list.size() > 10'000) {
            QBENCHMARK_ONCE {
                SearchEngine engine;
                engine.build(list);
            }
        } else {
            QBENCHMARK {
                SearchEngine engine;
                engine.build(list);
            }
        }
    }

    void search_data() {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QString>("query");
        for (const char *catalog : kBenchCatalogs) {
            for (const char *query : kBenchQueries)
                QTest::addRow("%s %s", catalog, query)
                    << QString::fromLatin1(catalog) << QString::fromLatin1(query);
        }
    }
    void search() {
        QFETCH(QString, catalog);
        QFETCH(QString, query);
        const qsizetype count = sizeOf(catalog);
        const SearchEngine &searchEngine = engine(count);
        // One keystroke: 1 ms on the real catalog, one frame at 100,000 entries.
        const Budget budget = count == 0 ? Budget::atMost(1, QStringLiteral("<= 1 ms"))
                                         : Budget::atMost(16, QStringLiteral("<= 16 ms (frame)"));
        const qsizetype hits = searchEngine.search(query).size();
        QVERIFY(hits > 0);
        BenchmarkReport::declare({QStringLiteral("search.engine %1 \"%2\"").arg(catalog, query),
                                  QStringLiteral("ms"), 1, budget,
                                  QStringLiteral("SearchEngine::search, %1 hits").arg(hits)});
        QBENCHMARK {
            const QList<SearchEngine::Hit> found = searchEngine.search(query);
            Q_UNUSED(found);
        }
    }

    void comparison_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("486/600 curated") << "486"
                                         << "600";
        QTest::newRow("401/407 curated") << "401"
                                         << "407";
        QTest::newRow("503/480") << "503"
                                 << "480";
        QTest::newRow("486/q850:17") << "486"
                                     << "q850:17";
    }
    void comparison() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const Catalog &catalog = Catalog::builtin();
        const Entry *ea = catalog.find(*CodeId::parse(a));
        const Entry *eb = catalog.find(*CodeId::parse(b));
        QVERIFY(ea && eb);
        BenchmarkReport::declare(
            {QStringLiteral("comparison.build %1").arg(QString::fromUtf8(QTest::currentDataTag())),
             QStringLiteral("ms"), 1, Budget::atMost(5, QStringLiteral("<= 5 ms")),
             QStringLiteral("Comparison + its HTML")});
        QBENCHMARK {
            const Comparison comparison(catalog, *ea, *eb);
            const QString html = comparison.toHtml();
            Q_UNUSED(html);
        }
    }

    // Heap bytes per entry of the catalog (entries and the code index) and of the search index,
    // at 10,000 and 100,000 entries: growing linearly means the same per entry at both.
    void memory_data() {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("catalog");
        for (const char *part : {"entries", "index"})
            for (const char *catalog : kBenchCatalogs)
                QTest::addRow("%s %s", part, catalog)
                    << QString::fromLatin1(part) << QString::fromLatin1(catalog);
    }
    void memory() {
        QFETCH(QString, part);
        QFETCH(QString, catalog);
        const QString row = part + u' ' + catalog;
        const qsizetype count = sizeOf(catalog);
        if (!m_bytesPerEntry.contains(row)) {
            m_entries.clear(); // measure from a clean heap, not beside cached fixtures
            m_engines.clear();
            double bytes = 0;
            qsizetype entryCount = 0;
            if (part == u"entries") {
                const qint64 before = heapInUse();
                const Catalog built =
                    count == 0 ? Catalog::loadBuiltin() : SyntheticCatalog::catalog(count);
                bytes = static_cast<double>(heapInUse() - before);
                entryCount = built.entries().size();
            } else {
                const QList<Entry> list =
                    count == 0 ? Catalog::builtin().entries() : SyntheticCatalog::entries(count);
                const qint64 before = heapInUse();
                SearchEngine index;
                index.build(list);
                bytes = static_cast<double>(heapInUse() - before);
                entryCount = list.size();
            }
            m_bytesPerEntry[row] = bytes / static_cast<double>(entryCount);
        }
        const double perEntry = m_bytesPerEntry[row];
        Budget budget = Budget::none(QStringLiteral("(linear: see 100k)"));
        QString note = QStringLiteral("heap (mallinfo2) per entry");
        const auto small = m_bytesPerEntry.find(part + QStringLiteral(" 10k"));
        if (catalog == u"100k" && small != m_bytesPerEntry.end()) {
            // Linear: each entry costs the same at 100,000 as at 10,000 (10% slack).
            budget = Budget::atMost(small->second * 1.1, QStringLiteral("<= 1.1x the 10k figure"))
                         .against(small->second, QStringLiteral("10k"));
            note += QStringLiteral("; %1 MiB in all")
                        .arg(perEntry * static_cast<double>(count) / 1048576.0, 0, 'f', 1);
        }
        BenchmarkReport::declare(
            {QStringLiteral("memory.%1").arg(row), QStringLiteral("B/entry"), 1, budget, note});
        QTest::setBenchmarkResult(perEntry, QTest::BytesAllocated);
    }
};

SIPCODES_BENCHMARK_MAIN(BenchCore, QCoreApplication, 5)
#include "bench_core.moc"
