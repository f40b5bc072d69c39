#pragma once

#include "entry.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

// Finds and ranks catalog entries for what a user types: codes, code prefixes, classes ("4xx"),
// family forms ("cause 17", "warning 399"), words of the reason phrase, header names, RFC numbers
// and the prose, case- and accent-insensitive, by word prefix, forgiving one typo in long words.
// Matching runs over an index built once per catalog and language, never over raw text.
class SearchEngine final {
public:
    // Why an entry matched, best first. The order is the ranking.
    enum class Tier : quint8 { ExactCode, CodePrefix, CodeClass, Reason, HeaderOrRfc, Prose };

    struct Hit {
        qsizetype index = 0; // into the entries the index was built from
        Tier tier = Tier::Prose;
        bool fuzzy = false;  // matched only by forgiving a typo
        bool phrase = false; // the words together matched one name ("min-expires" -> Min-Expires)
    };

    // Indexes `entries` in English and, when `translated` is true, in the current language too.
    void build(const QList<Entry> &entries, bool translated = true);
    qsizetype size() const { return static_cast<qsizetype>(m_codes.size()); }

    // Hits ranked: tier, then exact before forgiven, then catalog order (family, code).
    // An empty query returns every entry in catalog order.
    QList<Hit> search(QStringView query) const;

    // Lower case without accents: "Occupé" -> "occupe".
    static QString fold(QStringView text);
    // Folded words; runs of CJK characters become overlapping pairs of characters.
    static QStringList tokenize(QStringView text);
    // True when a and b differ by at most one insertion, deletion, substitution or swap.
    static bool withinOneEdit(QStringView a, QStringView b);

private:
    struct Posting {
        quint32 entry;
        Tier tier;
    };
    struct Term {
        QString text;
        std::vector<Posting> postings;
    };
    struct Code {
        CodeId id;
        QString text; // "486"
    };
    struct WordHit {
        Tier tier;
        bool fuzzy;
    };

    void matchWord(const QString &word, std::vector<WordHit> &best) const;
    void matchNumber(const QString &number, std::optional<Family> family,
                     std::vector<WordHit> &best) const;

    std::vector<Term> m_terms; // sorted by text
    std::vector<Code> m_codes; // catalog order
};
