#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

// A team's and its carriers' own knowledge beside the built-in catalog: notes on existing codes
// ("carrier X sends 403 when the prepaid credit is exhausted") and entries of their own (vendor
// codes). They come from every *.json in the overlay folder and from --catalog files; a broken
// file is reported with where and what, and the built-in catalog loads regardless.
class Overlays final {
    Q_DECLARE_TR_FUNCTIONS(Overlays)

public:
    // <app data>/overlays, e.g. ~/.local/share/SIP Codes/sipcodes/overlays
    static QString folder();
    // The file the detail pane's note editor writes: folder()/notes.json.
    static QString notesFile();
    // Files from --catalog; must be set before Catalog::builtin() is first used.
    static void setExtraFiles(const QStringList &paths);
    static QStringList extraFiles();
    // Larger files are reported, not read.
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

    // Every overlay: the folder's files in name order, then the --catalog files.
    static void loadAll(Catalog &catalog);
    static void loadFile(Catalog &catalog, const QString &path);
    static void load(Catalog &catalog, const QByteArray &json, const QString &path);

    // The note notes.json holds for `id`, empty when none.
    static QString savedNote(CodeId id);
    // Sets the note on `id` in notes.json (empty text removes it), written atomically: on any
    // failure the previous file stays as it was and `error` says why. `beforeCommit` runs after
    // the new content is written and before it replaces the old (tests use it to crash there).
    static bool saveNote(CodeId id, const QString &text, QString *error,
                         const std::function<void()> &beforeCommit = {});
};
