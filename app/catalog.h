#pragma once

#include "entry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// One row of an RFC 3398 mapping table, or a known deviation of an implementation from it.
struct MappingRow {
    int sipCode = 0;
    int cause = 0;
    QString note;            // English; noteText() translates it
    QString implementation;  // empty for the RFC's own rows
    bool towardsSip = false; // true: Q.850 cause -> SIP response (RFC 3398 §7.2.4.1)
    QString noteText() const;
    QString translationKey() const; // the disambiguation its note carries in the .ts files
};

// Hand-written notes on a commonly confused pair of SIP codes.
struct CuratedPair {
    int a = 0; // a < b
    int b = 0;
    QString note;           // how to tell them apart in a live trace
    QString implementer;    // which to send, and when
    QString troubleshooter; // what each tells you, and what to check next
    QString text(const QString &english, const char *field) const; // translated
};

// Something wrong in catalog data: where (file, entry, field) and what.
struct CatalogProblem {
    QString file;
    int line = 0; // 1-based, 0 when unknown
    QString entry;
    QString field;
    QString message;
    QString toString() const;
};

// The codes SIP Codes knows: built-in JSON data plus any team overlays, validated as they load.
class Catalog final {
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    // The catalog compiled into the program, with the team overlays (Overlays) on top; loaded
    // on first use.
    static const Catalog &builtin();
    // The same catalog, for the note editor to update in place.
    static Catalog &shared();
    // Reads the compiled-in data afresh; builtin() keeps the first one.
    static Catalog loadBuiltin();
    // The compiled-in data's bytes (what the build made of resources/catalog; empty when missing).
    static QByteArray compiledBuiltin();
    // Reads and checks the built-in catalog's JSON files (sip.json, q850.json, warning.json,
    // mappings.json, comparisons.json) from `folder`, as the build's catalog compiler does; every
    // problem names the file by its path.
    static Catalog loadSourceFiles(const QString &folder);

    // The compiled form of a catalog, which the build embeds in the program: the same data with
    // nothing left to parse or check. Deterministic: the same catalog gives the same bytes.
    QByteArray toBinary() const;
    // Reads a compiled catalog. Damaged data (truncated, a wrong version, a value out of range)
    // gives a catalog with no entries and one problem that says at which byte.
    static Catalog fromBinary(const QByteArray &data, const QString &fileName);
    // Starts reading the compiled-in data on Qt's global thread pool, so that it is ready by the
    // time builtin() is first called (which waits for it). main() calls it first thing, so the
    // catalog is read while the application object connects to the display, and calls
    // finishPreload() before that object is gone. Reading valid data translates nothing, so the
    // thread never touches the application object; tst_catalog keeps the compiled-in data valid.
    static void preload();
    static void finishPreload();

    // Loads one catalog file's JSON. Returns false when the document itself cannot be read;
    // entries with problems are still kept where they have a valid code, and every problem is
    // reported.
    bool loadDocument(const QByteArray &json, const QString &fileName, Origin origin);
    bool loadMappings(const QByteArray &json, const QString &fileName);
    bool loadComparisons(const QByteArray &json, const QString &fileName);
    // The curated notes for a pair of SIP codes, in either order; nullptr when there are none.
    const CuratedPair *curatedPair(CodeId a, CodeId b) const;
    // Checks what can only be checked once everything is loaded (related codes exist, ...).
    void finish();
    // Adds an entry made in code (the benchmarks' synthetic catalogs); false when its code is
    // taken already.
    bool addEntry(Entry entry, const QString &fileName = {});

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(CodeId id) const;
    qsizetype indexOf(CodeId id) const { return m_index.value(id, -1); }
    const QList<CatalogProblem> &problems() const { return m_problems; }
    void addProblem(const CatalogProblem &problem);
    // Team notes (overlays): false when the catalog has no such code.
    bool addTeamNote(CodeId id, const TeamNote &note);
    // Replaces the notes on `id` that came from `file` (a file name) with `notes`.
    void replaceTeamNotes(CodeId id, const QString &file, const QList<TeamNote> &notes);

    // RFC 3398 mappings: SIP response -> Q.850 cause (§8.2.6.1), and Q.850 cause -> SIP (§7.2.4.1).
    QList<MappingRow> causesForSip(int sipCode) const;
    QList<MappingRow> sipForCause(int cause) const;
    QList<MappingRow> deviationsForCause(int cause) const;
    QList<MappingRow> deviationsForSip(int sipCode) const;
    const QList<MappingRow> &sipToQ850() const { return m_sipToQ850; }
    const QList<MappingRow> &q850ToSip() const { return m_q850ToSip; }

private:
    std::optional<QJsonObject> parseObject(const QByteArray &json, const QString &fileName);
    void report(const QString &file, const QString &entry, const QString &field,
                const QString &message, int line = 0);

    QList<Entry> m_entries;
    QHash<CodeId, qsizetype> m_index;
    QList<CatalogProblem> m_problems;
    QList<MappingRow> m_sipToQ850;
    QList<MappingRow> m_q850ToSip;
    QList<MappingRow> m_deviations;
    QList<CuratedPair> m_curated;
};
