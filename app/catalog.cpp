#include "catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>

namespace {

int lineOfOffset(const QByteArray &data, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    return static_cast<int>(std::count(data.constBegin(), data.constBegin() + offset, '\n')) + 1;
}

std::optional<Status> statusFromKey(const QString &key) {
    for (const Status s :
         {Status::Current, Status::Deprecated, Status::Removed, Status::NonStandard})
        if (Entry::statusKey(s) == key)
            return s;
    return std::nullopt;
}

std::optional<Role> roleFromKey(const QString &key) {
    for (const Role r : {Role::Uas, Role::Uac, Role::Proxy, Role::Registrar, Role::Redirect,
                         Role::B2bua, Role::Gateway, Role::Client})
        if (Entry::roleKey(r) == key)
            return r;
    return std::nullopt;
}

std::optional<RetryPolicy> retryFromKey(const QString &key) {
    for (const RetryPolicy p : {RetryPolicy::None, RetryPolicy::Redirect, RetryPolicy::Modify,
                                RetryPolicy::Later, RetryPolicy::Elsewhere, RetryPolicy::No})
        if (Entry::retryKey(p) == key)
            return p;
    return std::nullopt;
}

bool inFamilyRange(Family family, int code) {
    switch (family) {
    case Family::Sip:
        return code >= 100 && code <= 699;
    case Family::Q850:
        return code >= 1 && code <= 127;
    case Family::Warning:
        return code >= 300 && code <= 399;
    }
    return false;
}

// Reads the fields of one entry, reporting each problem through `problem(field, message)`.
class EntryReader {
public:
    EntryReader(const QJsonObject &object, std::function<void(QString, QString)> problem)
        : m_object(object)
        , m_problem(std::move(problem)) {}

    QString text(const QString &field, bool required = true) {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                m_problem(field, Catalog::tr("is missing"));
            return {};
        }
        if (!value.isString()) {
            m_problem(field, Catalog::tr("must be a string"));
            return {};
        }
        const QString result = value.toString().trimmed();
        if (result.isEmpty() && required)
            m_problem(field, Catalog::tr("is empty"));
        return result;
    }

    QJsonArray array(const QString &field, bool required = true) {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                m_problem(field, Catalog::tr("is missing"));
            return {};
        }
        if (!value.isArray()) {
            m_problem(field, Catalog::tr("must be an array"));
            return {};
        }
        return value.toArray();
    }

    void problem(const QString &field, const QString &message) { m_problem(field, message); }

private:
    QJsonObject m_object;
    std::function<void(QString, QString)> m_problem;
};

} // namespace

QString MappingRow::translationKey() const {
    const auto number = [](int n) {
        return n > 0 ? QString::number(n) : QStringLiteral("none");
    };
    QString key = towardsSip
                      ? QStringLiteral("cause %1 to sip %2").arg(number(cause), number(sipCode))
                      : QStringLiteral("sip %1 to cause %2").arg(number(sipCode), number(cause));
    if (!implementation.isEmpty())
        key = implementation + u' ' + key;
    return key;
}

QString MappingRow::noteText() const {
    if (note.isEmpty())
        return note;
    const QByteArray source = note.toUtf8();
    const QByteArray key = translationKey().toUtf8();
    return QCoreApplication::translate("mapping", source.constData(), key.constData());
}

QString CatalogProblem::toString() const {
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (!entry.isEmpty() && !field.isEmpty())
        //: A problem in catalog data: %1 file, %2 entry (code), %3 field name, %4 what is wrong
        return Catalog::tr("%1: entry %2, field \"%3\": %4").arg(where, entry, field, message);
    if (!entry.isEmpty())
        return Catalog::tr("%1: entry %2: %3").arg(where, entry, message);
    if (!field.isEmpty())
        return Catalog::tr("%1: field \"%2\": %3").arg(where, field, message);
    return Catalog::tr("%1: %2").arg(where, message);
}

namespace {

// The files of the built-in catalog, in the order they are read.
constexpr std::array<const char *, 3> entryFiles = {"sip.json", "q850.json", "warning.json"};
constexpr const char *mappingsFile = "mappings.json";
constexpr const char *comparisonsFile = "comparisons.json";

} // namespace

Catalog Catalog::loadSourceFiles(const QString &folder) {
    Catalog c;
    // Loads one file with `load(bytes, path)`, or reports that it cannot be read.
    const auto read = [&c, &folder](const char *name, auto load) {
        QFile file(QDir(folder).filePath(QLatin1StringView(name)));
        if (file.open(QIODevice::ReadOnly))
            load(file.readAll(), file.fileName());
        else
            c.report(file.fileName(), {}, {}, tr("cannot be read: %1").arg(file.errorString()));
    };
    for (const char *name : entryFiles)
        read(name, [&c](const QByteArray &bytes, const QString &path) {
            c.loadDocument(bytes, path, Origin::Builtin);
        });
    read(mappingsFile,
         [&c](const QByteArray &bytes, const QString &path) { c.loadMappings(bytes, path); });
    read(comparisonsFile,
         [&c](const QByteArray &bytes, const QString &path) { c.loadComparisons(bytes, path); });
    c.finish();
    return c;
}

void Catalog::report(const QString &file, const QString &entry, const QString &field,
                     const QString &message, int line) {
    m_problems.append(CatalogProblem{file, line, entry, field, message});
}

bool Catalog::loadDocument(const QByteArray &json, const QString &fileName, Origin origin) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        report(fileName, {}, {}, tr("not valid JSON: %1").arg(error.errorString()),
               lineOfOffset(json, error.offset));
        return false;
    }
    if (!document.isObject()) {
        report(fileName, {}, {},
               tr("the top level must be an object with \"family\" and \"entries\""));
        return false;
    }
    const QJsonObject root = document.object();
    const auto family = CodeId::familyFromKey(root.value(u"family").toString());
    if (!family) {
        report(fileName, {}, QStringLiteral("family"),
               tr("must be one of \"sip\", \"q850\", \"warning\""));
        return false;
    }
    const QJsonValue entriesValue = root.value(u"entries");
    if (!entriesValue.isArray()) {
        report(fileName, {}, QStringLiteral("entries"), tr("must be an array"));
        return false;
    }

    const QJsonArray entries = entriesValue.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue value = entries.at(i);
        // Only said when there is a problem: loading translates nothing (see preload()).
        const auto position = [i] {
            //: Names an entry by its position when it has no usable code
            return tr("#%1").arg(i + 1);
        };
        if (!value.isObject()) {
            report(fileName, position(), {}, tr("must be an object"));
            continue;
        }
        const QJsonObject object = value.toObject();
        const QJsonValue codeValue = object.value(u"code");
        const double number = codeValue.toDouble(-1);
        // Range first: converting a double outside int's range is undefined (found by fuzzing).
        const bool whole = codeValue.isDouble() && number >= 0 && number <= 999 &&
                           number == static_cast<int>(number);
        const int code = whole ? static_cast<int>(number) : -1;
        if (!whole || !inFamilyRange(*family, code)) {
            report(fileName, position(), QStringLiteral("code"),
                   tr("must be a whole number in the range of its family"));
            continue;
        }

        Entry entry;
        entry.id = CodeId{*family, code};
        entry.origin = origin;
        const QString name = entry.id.toString();
        EntryReader read(object, [&](const QString &field, const QString &message) {
            report(fileName, name, field, message);
        });

        // A team's overlay entry needs only a reason and a summary; built-in ones need it all.
        const bool strict = origin == Origin::Builtin;
        entry.originFile = origin == Origin::Local ? QFileInfo(fileName).fileName() : QString();
        entry.reason = read.text(QStringLiteral("reason"));
        const QString statusKey = read.text(QStringLiteral("status"), strict);
        if (const auto status = statusFromKey(statusKey))
            entry.status = *status;
        else if (!statusKey.isEmpty())
            read.problem(QStringLiteral("status"), tr("unknown status \"%1\"").arg(statusKey));
        entry.statusNote = read.text(QStringLiteral("statusNote"), entry.status != Status::Current);

        static const QRegularExpression sectionPattern(QStringLiteral("^[0-9A-Z]+(\\.[0-9]+)*$"));
        const QJsonArray references = read.array(QStringLiteral("references"), strict);
        if (references.isEmpty() && !object.value(u"references").isUndefined())
            read.problem(QStringLiteral("references"), tr("needs at least one reference"));
        for (const QJsonValue &ref : references) {
            const QJsonObject r = ref.toObject();
            Reference reference;
            reference.rfc = r.value(u"rfc").toInt(0);
            reference.document = r.value(u"doc").toString().trimmed();
            reference.section = r.value(u"section").toString().trimmed();
            if (reference.rfc <= 0 && reference.document.isEmpty()) {
                read.problem(QStringLiteral("references"),
                             tr("each reference needs an \"rfc\" number or a \"doc\" name"));
                continue;
            }
            if (reference.rfc > 0 && !reference.section.isEmpty() &&
                !sectionPattern.match(reference.section).hasMatch()) {
                read.problem(QStringLiteral("references"),
                             tr("RFC %1 has a malformed section \"%2\"")
                                 .arg(reference.rfc)
                                 .arg(reference.section));
                continue;
            }
            entry.references.append(reference);
        }

        entry.summary = read.text(QStringLiteral("summary"));
        entry.description = read.text(QStringLiteral("description"), strict);
        entry.seenWhen = read.text(QStringLiteral("seenWhen"), strict);
        const QJsonArray steps = read.array(QStringLiteral("howToFix"), strict);
        for (const QJsonValue &step : steps) {
            const QString text = step.toString().trimmed();
            if (text.isEmpty())
                read.problem(QStringLiteral("howToFix"), tr("every step must be non-empty text"));
            else
                entry.howToFix.append(text);
        }
        if (entry.howToFix.isEmpty() && !steps.isEmpty())
            read.problem(QStringLiteral("howToFix"), tr("needs at least one step"));

        for (const QJsonValue &sender : read.array(QStringLiteral("senders"), strict)) {
            if (const auto role = roleFromKey(sender.toString()))
                entry.senders.append(*role);
            else
                read.problem(QStringLiteral("senders"),
                             tr("unknown sender \"%1\"").arg(sender.toString()));
        }
        entry.sentBy = read.text(QStringLiteral("sentBy"), strict);

        for (const QJsonValue &header : read.array(QStringLiteral("headers"), false)) {
            const QJsonObject h = header.toObject();
            HeaderNote note{h.value(u"name").toString().trimmed(),
                            h.value(u"note").toString().trimmed()};
            if (note.name.isEmpty() || note.note.isEmpty())
                read.problem(QStringLiteral("headers"),
                             tr("every header needs a \"name\" and a \"note\""));
            else
                entry.headers.append(note);
        }

        const QString retryKey = read.text(QStringLiteral("retry"), strict);
        if (const auto retry = retryFromKey(retryKey))
            entry.retry = *retry;
        else if (!retryKey.isEmpty())
            read.problem(QStringLiteral("retry"), tr("unknown retry policy \"%1\"").arg(retryKey));
        entry.retryNote = read.text(QStringLiteral("retryNote"), strict);

        for (const QJsonValue &rel : read.array(QStringLiteral("related"), false)) {
            const QJsonObject r = rel.toObject();
            const QJsonValue target = r.value(u"code");
            std::optional<CodeId> id;
            if (target.isDouble())
                id = CodeId{*family, target.toInt()};
            else if (target.isString())
                id = CodeId::parse(target.toString());
            const QString note = r.value(u"note").toString().trimmed();
            if (!id || note.isEmpty()) {
                read.problem(QStringLiteral("related"),
                             tr("every related code needs a valid \"code\" and a \"note\""));
                continue;
            }
            entry.related.append(RelatedCode{*id, note});
        }

        addEntry(std::move(entry), fileName);
    }
    return true;
}

bool Catalog::addEntry(Entry entry, const QString &fileName) {
    if (m_index.contains(entry.id)) {
        report(fileName, entry.id.toString(), QStringLiteral("code"),
               tr("appears more than once; the first one is kept"));
        return false;
    }
    m_index.insert(entry.id, m_entries.size());
    m_entries.append(std::move(entry));
    return true;
}

std::optional<QJsonObject> Catalog::parseObject(const QByteArray &json, const QString &fileName) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        report(fileName, {}, {}, tr("not valid JSON: %1").arg(error.errorString()),
               lineOfOffset(json, error.offset));
        return std::nullopt;
    }
    return document.object();
}

bool Catalog::loadMappings(const QByteArray &json, const QString &fileName) {
    const std::optional<QJsonObject> parsed = parseObject(json, fileName);
    if (!parsed)
        return false;
    const QJsonObject &root = *parsed;
    const auto readRows = [&](const QString &key, bool towardsSip, QList<MappingRow> &into) {
        const QJsonArray rows = root.value(key).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            MappingRow mapping;
            // null on the far side: the RFC gives no fixed counterpart (its note says why).
            mapping.sipCode = row.value(u"code").toInt(0);
            mapping.cause = row.value(u"cause").toInt(0);
            mapping.note = row.value(u"note").toString().trimmed();
            mapping.implementation = row.value(u"implementation").toString().trimmed();
            mapping.towardsSip = towardsSip;
            if (const QString direction = row.value(u"direction").toString(); !direction.isEmpty())
                mapping.towardsSip = direction == u"q850ToSip";
            const bool sipOk =
                inFamilyRange(Family::Sip, mapping.sipCode) ||
                (mapping.towardsSip && mapping.sipCode == 0 && !mapping.note.isEmpty());
            const bool causeOk =
                inFamilyRange(Family::Q850, mapping.cause) ||
                (!mapping.towardsSip && mapping.cause == 0 && !mapping.note.isEmpty());
            if (!sipOk || !causeOk) {
                report(fileName, tr("%1 #%2").arg(key).arg(i + 1), {},
                       tr("needs a SIP \"code\" and a Q.850 \"cause\""));
                continue;
            }
            into.append(mapping);
        }
    };
    readRows(QStringLiteral("sipToQ850"), false, m_sipToQ850);
    readRows(QStringLiteral("q850ToSip"), true, m_q850ToSip);
    readRows(QStringLiteral("deviations"), false, m_deviations);
    return true;
}

QString CuratedPair::text(const QString &english, const char *field) const {
    if (english.isEmpty())
        return english;
    const QByteArray context = "compare:" + QByteArray::number(a) + '-' + QByteArray::number(b);
    const QByteArray source = english.toUtf8();
    return QCoreApplication::translate(context.constData(), source.constData(), field);
}

bool Catalog::loadComparisons(const QByteArray &json, const QString &fileName) {
    const std::optional<QJsonObject> parsed = parseObject(json, fileName);
    if (!parsed)
        return false;
    const QJsonArray pairs = parsed->value(u"pairs").toArray();
    for (const QJsonValue &value : pairs) {
        const QJsonObject o = value.toObject();
        CuratedPair pair;
        pair.a = o.value(u"a").toInt();
        pair.b = o.value(u"b").toInt();
        const QString name = QStringLiteral("%1/%2").arg(pair.a).arg(pair.b);
        EntryReader read(o, [&](const QString &field, const QString &message) {
            report(fileName, name, field, message);
        });
        pair.note = read.text(QStringLiteral("note"));
        pair.implementer = read.text(QStringLiteral("implementer"));
        pair.troubleshooter = read.text(QStringLiteral("troubleshooter"));
        if (pair.a >= pair.b || !inFamilyRange(Family::Sip, pair.a) ||
            !inFamilyRange(Family::Sip, pair.b)) {
            read.problem(QStringLiteral("a"), tr("needs two SIP codes with \"a\" below \"b\""));
            continue;
        }
        m_curated.append(pair);
    }
    return true;
}

const CuratedPair *Catalog::curatedPair(CodeId a, CodeId b) const {
    if (a.family != Family::Sip || b.family != Family::Sip)
        return nullptr;
    const int low = std::min(a.code, b.code);
    const int high = std::max(a.code, b.code);
    for (const CuratedPair &pair : m_curated)
        if (pair.a == low && pair.b == high)
            return &pair;
    return nullptr;
}

void Catalog::finish() {
    // Keep entries ordered by family, then code, so every list reads the same way.
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.id < b.id; });
    m_index.clear();
    m_index.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries.at(i).id, i);

    for (const Entry &entry : std::as_const(m_entries)) {
        for (const RelatedCode &related : entry.related) {
            if (!m_index.contains(related.id))
                report(QString(), entry.id.toString(), QStringLiteral("related"),
                       tr("refers to %1, which is not in the catalog").arg(related.id.toString()));
        }
    }
    const auto checkRows = [&](const QList<MappingRow> &rows) {
        for (const MappingRow &row : rows) {
            if ((row.sipCode != 0 && !m_index.contains(CodeId{Family::Sip, row.sipCode})) ||
                (row.cause != 0 && !m_index.contains(CodeId{Family::Q850, row.cause})))
                report(QStringLiteral("mappings.json"), row.translationKey(), {},
                       tr("maps a code that is not in the catalog"));
        }
    };
    checkRows(m_sipToQ850);
    checkRows(m_q850ToSip);
    checkRows(m_deviations);
    for (const CuratedPair &pair : std::as_const(m_curated))
        if (!m_index.contains(CodeId{Family::Sip, pair.a}) ||
            !m_index.contains(CodeId{Family::Sip, pair.b}))
            report(QStringLiteral("comparisons.json"),
                   QStringLiteral("%1/%2").arg(pair.a).arg(pair.b), {},
                   tr("compares a code that is not in the catalog"));
}

const Entry *Catalog::find(CodeId id) const {
    const qsizetype i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_entries.at(i);
}

namespace {
QList<MappingRow> filterRows(const QList<MappingRow> &rows, auto predicate) {
    QList<MappingRow> result;
    for (const MappingRow &row : rows)
        if (predicate(row))
            result.append(row);
    return result;
}
} // namespace

QList<MappingRow> Catalog::causesForSip(int sipCode) const {
    return filterRows(m_sipToQ850, [sipCode](const MappingRow &r) { return r.sipCode == sipCode; });
}

QList<MappingRow> Catalog::sipForCause(int cause) const {
    return filterRows(m_q850ToSip, [cause](const MappingRow &r) { return r.cause == cause; });
}

QList<MappingRow> Catalog::deviationsForCause(int cause) const {
    return filterRows(m_deviations,
                      [cause](const MappingRow &r) { return r.towardsSip && r.cause == cause; });
}

QList<MappingRow> Catalog::deviationsForSip(int sipCode) const {
    return filterRows(m_deviations, [sipCode](const MappingRow &r) {
        return !r.towardsSip && r.sipCode == sipCode;
    });
}

void Catalog::addProblem(const CatalogProblem &problem) {
    m_problems.append(problem);
}

bool Catalog::addTeamNote(CodeId id, const TeamNote &note) {
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    m_entries[index].teamNotes.append(note);
    return true;
}

void Catalog::replaceTeamNotes(CodeId id, const QString &file, const QList<TeamNote> &notes) {
    const qsizetype index = indexOf(id);
    if (index < 0)
        return;
    QList<TeamNote> &list = m_entries[index].teamNotes;
    list.removeIf([&file](const TeamNote &note) { return note.file == file; });
    list.append(notes);
}
