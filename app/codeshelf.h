#pragma once

#include "codeid.h"

#include <QList>
#include <QStringList>

// An ordered list of codes kept between sessions: the pinned favourites (in the order pinned)
// and the recently viewed codes (newest first, at most `limit`).
class CodeShelf final {
public:
    explicit CodeShelf(qsizetype limit = -1)
        : m_limit(limit) {}

    // Moves `id` to the front (recently viewed); the oldest falls off past the limit.
    void touch(CodeId id);
    // Appends `id`, or removes it when it is there already; returns whether it is there now.
    bool toggle(CodeId id);
    bool contains(CodeId id) const { return m_codes.contains(id); }
    const QList<CodeId> &codes() const { return m_codes; }
    bool isEmpty() const { return m_codes.isEmpty(); }
    void clear() { m_codes.clear(); }

    // As stored in the settings: "486", "q850:17"; unreadable and repeated items are skipped.
    QStringList toStrings() const;
    void setStrings(const QStringList &strings);

private:
    void trim();

    QList<CodeId> m_codes;
    qsizetype m_limit; // -1: no limit
};
