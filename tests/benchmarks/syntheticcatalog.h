#pragma once

#include "catalog.h"

#include <QList>

#include <array>

// Catalogs of any size for the benchmarks, grown from the real one. Entry i is real entry
// i mod R renumbered, with one word of its reason phrase and every fifth word of its prose
// replaced by words of a made-up vocabulary of count/10 words: the text keeps the real catalog's
// shape and the words a user searches for, while the vocabulary and every string are new, so the
// index and the memory grow as they would with real data. Deterministic.
class SyntheticCatalog final {
public:
    static QList<Entry> entries(qsizetype count);
    static Catalog catalog(qsizetype count);
    // The n-th made-up word: "kalori", "vimesedu", ... (never starts like an English word we
    // search for in the benchmarks).
    static QString word(qsizetype n);
};

// What every search benchmark runs over: the real catalog and synthetic ones of 10,000 and
// 100,000 entries (as SyntheticCatalog::entries makes them).
inline constexpr std::array<const char *, 3> kBenchCatalogs = {"real", "10k", "100k"};
// What they type: "busy" one letter at a time, then a word only the prose has.
inline constexpr std::array<const char *, 5> kBenchQueries = {"b", "bu", "bus", "busy",
                                                              "certificate"};
