// The compiled form of a catalog: what the build embeds instead of the JSON, so that start-up
// reads the catalog without parsing or checking anything.
//
// Layout: the 16 bytes "SIPCODES-CATALOG", a format version, then the entries, the three mapping
// tables and the curated pairs. Numbers are little-endian; a count or a text's length is a 32-bit
// number; texts are UTF-8; enumerations are one byte. Every read is bounds-checked, so damaged data
// is reported (with the byte where it went wrong) and never read past its end.
#include "catalog.h"

#include <QtEndian>

#include <type_traits>

namespace {

constexpr char magic[] = "SIPCODES-CATALOG";
constexpr qsizetype magicSize = sizeof(magic) - 1;
constexpr quint32 formatVersion = 1;

class Writer {
public:
    void bytes(const char *data, qsizetype size) { m_out.append(data, size); }
    void u8(quint8 value) { m_out.append(static_cast<char>(value)); }
    void u32(quint32 value) {
        char buffer[4];
        qToLittleEndian(value, buffer);
        m_out.append(buffer, 4);
    }
    void i32(qint32 value) { u32(static_cast<quint32>(value)); }
    void count(qsizetype value) { u32(static_cast<quint32>(value)); }
    void text(const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        count(utf8.size());
        m_out.append(utf8);
    }
    template <typename E> void enumeration(E value) { u8(static_cast<quint8>(value)); }
    QByteArray result() const { return m_out; }

private:
    QByteArray m_out;
};

class Reader {
public:
    explicit Reader(const QByteArray &data)
        : m_data(data) {}

    bool ok() const { return m_ok; }
    qsizetype position() const { return m_failedAt >= 0 ? m_failedAt : m_pos; }
    bool atEnd() const { return m_pos == m_data.size(); }

    bool expect(const char *data, qsizetype size) {
        if (!has(size) ||
            QByteArrayView(m_data.constData() + m_pos, size) != QByteArrayView(data, size))
            return fail();
        m_pos += size;
        return true;
    }
    quint8 u8() {
        if (!has(1))
            return fail(), 0;
        return static_cast<quint8>(m_data.at(m_pos++));
    }
    quint32 u32() {
        if (!has(4))
            return fail(), 0;
        const quint32 value = qFromLittleEndian<quint32>(m_data.constData() + m_pos);
        m_pos += 4;
        return value;
    }
    qint32 i32() { return static_cast<qint32>(u32()); }
    // A count of items of at least `itemSize` bytes each: never more than the bytes left hold.
    qsizetype count(qsizetype itemSize) {
        const qsizetype start = m_pos;
        const quint32 value = u32();
        if (m_ok && static_cast<qsizetype>(value) * itemSize > m_data.size() - m_pos)
            return fail(start), 0;
        return m_ok ? static_cast<qsizetype>(value) : 0;
    }
    QString text() {
        const qsizetype size = count(1);
        if (!m_ok)
            return {};
        const QString value = QString::fromUtf8(m_data.constData() + m_pos, size);
        m_pos += size;
        return value;
    }
    // An enumeration whose last value is `last`.
    template <typename E> E enumeration(E last) {
        const qsizetype start = m_pos;
        const quint8 value = u8();
        if (m_ok && value > static_cast<std::underlying_type_t<E>>(last))
            return fail(start), E{};
        return static_cast<E>(value);
    }
    bool fail(qsizetype at = -1) {
        if (m_ok)
            m_failedAt = at >= 0 ? at : m_pos;
        m_ok = false;
        return false;
    }

private:
    bool has(qsizetype size) const { return m_ok && size <= m_data.size() - m_pos; }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    qsizetype m_failedAt = -1;
    bool m_ok = true;
};

void writeId(Writer &out, CodeId id) {
    out.enumeration(id.family);
    out.i32(id.code);
}

CodeId readId(Reader &in) {
    CodeId id;
    id.family = in.enumeration(Family::Warning);
    id.code = in.i32();
    return id;
}

void writeRows(Writer &out, const QList<MappingRow> &rows) {
    out.count(rows.size());
    for (const MappingRow &row : rows) {
        out.i32(row.sipCode);
        out.i32(row.cause);
        out.text(row.note);
        out.text(row.implementation);
        out.u8(row.towardsSip ? 1 : 0);
    }
}

QList<MappingRow> readRows(Reader &in) {
    QList<MappingRow> rows(in.count(17));
    for (MappingRow &row : rows) {
        row.sipCode = in.i32();
        row.cause = in.i32();
        row.note = in.text();
        row.implementation = in.text();
        row.towardsSip = in.u8() != 0;
    }
    return rows;
}

} // namespace

QByteArray Catalog::toBinary() const {
    Writer out;
    out.bytes(magic, magicSize);
    out.u32(formatVersion);

    out.count(m_entries.size());
    for (const Entry &e : m_entries) {
        writeId(out, e.id);
        out.text(e.reason);
        out.enumeration(e.status);
        out.text(e.statusNote);
        out.count(e.references.size());
        for (const Reference &r : e.references) {
            out.i32(r.rfc);
            out.text(r.document);
            out.text(r.section);
        }
        out.text(e.summary);
        out.text(e.description);
        out.text(e.seenWhen);
        out.count(e.howToFix.size());
        for (const QString &step : e.howToFix)
            out.text(step);
        out.count(e.senders.size());
        for (const Role role : e.senders)
            out.enumeration(role);
        out.text(e.sentBy);
        out.count(e.headers.size());
        for (const HeaderNote &h : e.headers) {
            out.text(h.name);
            out.text(h.note);
        }
        out.enumeration(e.retry);
        out.text(e.retryNote);
        out.count(e.related.size());
        for (const RelatedCode &r : e.related) {
            writeId(out, r.id);
            out.text(r.note);
        }
        out.enumeration(e.origin);
        out.text(e.originFile);
        out.count(e.teamNotes.size());
        for (const TeamNote &note : e.teamNotes) {
            out.text(note.text);
            out.text(note.file);
        }
    }

    writeRows(out, m_sipToQ850);
    writeRows(out, m_q850ToSip);
    writeRows(out, m_deviations);

    out.count(m_curated.size());
    for (const CuratedPair &pair : m_curated) {
        out.i32(pair.a);
        out.i32(pair.b);
        out.text(pair.note);
        out.text(pair.implementer);
        out.text(pair.troubleshooter);
    }
    return out.result();
}

Catalog Catalog::fromBinary(const QByteArray &data, const QString &fileName) {
    Catalog c;
    Reader in(data);
    in.expect(magic, magicSize);
    if (in.ok() && in.u32() != formatVersion)
        in.fail(magicSize);

    // The smallest entry: its code, empty texts and lists, and its enumerations.
    constexpr qsizetype smallestEntry =
        5 + 4 + 1 + 4 + 4 + 4 * 4 + 4 + 4 + 4 + 1 + 4 + 4 + 1 + 4 + 4;
    QList<Entry> entries(in.count(smallestEntry));
    for (Entry &e : entries) {
        e.id = readId(in);
        e.reason = in.text();
        e.status = in.enumeration(Status::NonStandard);
        e.statusNote = in.text();
        e.references.resize(in.count(12));
        for (Reference &r : e.references) {
            r.rfc = in.i32();
            r.document = in.text();
            r.section = in.text();
        }
        e.summary = in.text();
        e.description = in.text();
        e.seenWhen = in.text();
        e.howToFix.resize(in.count(4));
        for (QString &step : e.howToFix)
            step = in.text();
        e.senders.resize(in.count(1));
        for (Role &role : e.senders)
            role = in.enumeration(Role::Client);
        e.sentBy = in.text();
        e.headers.resize(in.count(8));
        for (HeaderNote &h : e.headers) {
            h.name = in.text();
            h.note = in.text();
        }
        e.retry = in.enumeration(RetryPolicy::No);
        e.retryNote = in.text();
        e.related.resize(in.count(9));
        for (RelatedCode &r : e.related) {
            r.id = readId(in);
            r.note = in.text();
        }
        e.origin = in.enumeration(Origin::Local);
        e.originFile = in.text();
        e.teamNotes.resize(in.count(8));
        for (TeamNote &note : e.teamNotes) {
            note.text = in.text();
            note.file = in.text();
        }
        if (!in.ok())
            break;
    }

    QList<MappingRow> sipToQ850 = readRows(in);
    QList<MappingRow> q850ToSip = readRows(in);
    QList<MappingRow> deviations = readRows(in);
    QList<CuratedPair> curated(in.count(20));
    for (CuratedPair &pair : curated) {
        pair.a = in.i32();
        pair.b = in.i32();
        pair.note = in.text();
        pair.implementer = in.text();
        pair.troubleshooter = in.text();
    }
    if (in.ok() && !in.atEnd())
        in.fail();

    if (!in.ok()) {
        c.report(fileName, {}, {},
                 //: The program's compiled-in catalog data could not be read; %1 is a byte offset
                 tr("is damaged at byte %1").arg(in.position()));
        return c;
    }
    for (Entry &e : entries)
        if (!c.addEntry(std::move(e), fileName))
            return c;
    c.m_sipToQ850 = std::move(sipToQ850);
    c.m_q850ToSip = std::move(q850ToSip);
    c.m_deviations = std::move(deviations);
    c.m_curated = std::move(curated);
    c.finish();
    return c;
}
