#include "overlays.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

QStringList &extra() {
    static QStringList files;
    return files;
}

int lineAt(const QByteArray &data, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    return static_cast<int>(std::count(data.constBegin(), data.constBegin() + offset, '\n')) + 1;
}

std::optional<CodeId> codeOf(const QJsonValue &value) {
    if (value.isString())
        return CodeId::parse(value.toString().trimmed());
    if (value.isDouble() && value.toDouble() == value.toInt())
        return CodeId::parse(QString::number(value.toInt()));
    return std::nullopt;
}

} // namespace

QString Overlays::folder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/overlays");
}

QString Overlays::notesFile() {
    return folder() + QStringLiteral("/notes.json");
}

void Overlays::setExtraFiles(const QStringList &paths) {
    extra() = paths;
}

QStringList Overlays::extraFiles() {
    return extra();
}

void Overlays::loadAll(Catalog &catalog) {
    const QDir dir(folder());
    if (dir.exists()) {
        const QStringList names =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names)
            loadFile(catalog, dir.filePath(name));
    }
    for (const QString &path : extra())
        loadFile(catalog, path);
}

void Overlays::loadFile(Catalog &catalog, const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalog.addProblem({path, 0, {}, {}, tr("cannot be read: %1").arg(file.errorString())});
        return;
    }
    if (file.size() > kMaxFileSize) {
        catalog.addProblem(
            {path,
             0,
             {},
             {},
             tr("is larger than %1 MiB and was not read").arg(kMaxFileSize / (1024 * 1024))});
        return;
    }
    load(catalog, file.readAll(), path);
}

void Overlays::load(Catalog &catalog, const QByteArray &json, const QString &path) {
    const QString file = QFileInfo(path).fileName();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        catalog.addProblem({path,
                            lineAt(json, error.offset),
                            {},
                            {},
                            tr("not valid JSON: %1").arg(error.errorString())});
        return;
    }
    if (!document.isObject()) {
        catalog.addProblem(
            {path, 0, {}, {}, tr("the top level must be an object with \"notes\" or \"entries\"")});
        return;
    }
    const QJsonObject root = document.object();
    const bool hasEntries = root.contains(u"entries");
    const bool hasNotes = root.contains(u"notes");
    if (!hasEntries && !hasNotes) {
        catalog.addProblem({path, 0, {}, {}, tr("has neither \"notes\" nor \"entries\"")});
        return;
    }
    // Entries first, so that the same file can add a vendor code and notes on it.
    if (hasEntries)
        catalog.loadDocument(json, path, Origin::Local);
    if (!hasNotes)
        return;
    const QJsonValue notesValue = root.value(u"notes");
    if (!notesValue.isArray()) {
        catalog.addProblem({path, 0, {}, QStringLiteral("notes"), tr("must be an array")});
        return;
    }
    const QJsonArray notes = notesValue.toArray();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        //: Names a note by its position in an overlay file
        const QString position = tr("note #%1").arg(i + 1);
        if (!notes.at(i).isObject()) {
            catalog.addProblem({path, 0, position, {}, tr("must be an object")});
            continue;
        }
        const QJsonObject note = notes.at(i).toObject();
        const auto id = codeOf(note.value(u"code"));
        if (!id) {
            catalog.addProblem({path, 0, position, QStringLiteral("code"),
                                tr("must be a code such as 486, q850:17 or warning:399")});
            continue;
        }
        const QJsonValue text = note.value(u"text");
        if (!text.isString() || text.toString().trimmed().isEmpty()) {
            catalog.addProblem({path, 0, id->toString(), QStringLiteral("text"),
                                text.isString() ? tr("is empty") : tr("must be a string")});
            continue;
        }
        if (!catalog.addTeamNote(*id, {text.toString().trimmed(), file}))
            catalog.addProblem({path, 0, id->toString(), QStringLiteral("code"),
                                tr("is not in the catalog; add an entry for it first")});
    }
}

QString Overlays::savedNote(CodeId id) {
    QFile file(notesFile());
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileSize)
        return {};
    const QJsonArray notes =
        QJsonDocument::fromJson(file.readAll()).object().value(u"notes").toArray();
    for (const QJsonValue &note : notes)
        if (codeOf(note.toObject().value(u"code")) == id)
            return note.toObject().value(u"text").toString();
    return {};
}

bool Overlays::saveNote(CodeId id, const QString &text, QString *error,
                        const std::function<void()> &beforeCommit) {
    const QString path = notesFile();
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonObject root;
    if (QFile existing(path); existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(path, existing.errorString()));
        if (existing.size() > kMaxFileSize)
            return fail(tr("%1 is larger than %2 MiB; nothing was changed.")
                            .arg(path)
                            .arg(kMaxFileSize / (1024 * 1024)));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(existing.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return fail(tr("%1 is not valid JSON (%2), so it was left as it is. Fix or move it, "
                           "then save the note again.")
                            .arg(path, parseError.errorString()));
        root = document.object();
        if (root.contains(u"notes") && !root.value(u"notes").isArray())
            return fail(
                tr("In %1, \"notes\" is not an array, so the file was left as it is.").arg(path));
    }
    QJsonArray notes;
    for (const QJsonValue &note : root.value(u"notes").toArray())
        if (codeOf(note.toObject().value(u"code")) != id)
            notes.append(note);
    if (!text.trimmed().isEmpty())
        notes.append(QJsonObject{{QStringLiteral("code"), id.toString()},
                                 {QStringLiteral("text"), text.trimmed()}});
    root.insert(u"notes", notes);

    if (!QDir().mkpath(folder()))
        return fail(tr("Cannot create the folder %1.").arg(folder()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (beforeCommit)
        beforeCommit();
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}
