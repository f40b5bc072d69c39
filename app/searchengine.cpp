#include "searchengine.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace {

using Tier = SearchEngine::Tier;

constexpr qsizetype kFuzzyMinLength = 5;

bool isCjk(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF)     // Hiragana, Katakana
           || (c >= 0x3400 && c <= 0x4DBF)  // CJK extension A
           || (c >= 0x4E00 && c <= 0x9FFF)  // CJK unified ideographs
           || (c >= 0xF900 && c <= 0xFAFF)  // compatibility ideographs
           || (c >= 0xFF66 && c <= 0xFF9F); // half-width Katakana
}

bool isWordChar(char32_t c) {
    return QChar::isLetterOrNumber(c);
}

bool isDigits(QStringView s) {
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

// Lower case without accents, by Unicode's rules: decompose (NFKD), drop the accents of
// alphabetic scripts, recompose, fold case: "Éé" -> "ee". Marks on CJK characters (the voicing
// marks of kana) are part of the letter and stay.
QString foldExactly(QStringView text) {
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    QChar previous;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing && previous.unicode() < 0x2E80)
            continue;
        result.append(c);
        previous = c;
    }
    return result.normalized(QString::NormalizationForm_C).toCaseFolded();
}

bool isJamo(char16_t c) {
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F) ||
           (c >= 0xD7B0 && c <= 0xD7FF);
}

// U+FFFF is a noncharacter: never the fold of anything.
constexpr char16_t kNoShortcut = 0xFFFF;

// The fold of one character of the BMP on its own, when folding a text one character at a time
// gives what foldExactly() gives for the whole text: the character folds to exactly one
// character, and neither it, its decomposition's first character nor its fold can combine with
// a neighbour (combining marks, Hangul jamo). kNoShortcut otherwise. Each is worked out by
// foldExactly() the first time it is seen: French, German and Spanish prose, folded whole, was most
// of a language switch.
char16_t foldedChar(char16_t c) {
    static std::atomic<char16_t> table[0x10000]; // 0: not worked out yet
    char16_t folded = table[c].load(std::memory_order_relaxed);
    if (folded != 0)
        return folded;
    folded = kNoShortcut;
    const QChar character(c);
    if (!character.isSurrogate() && !character.isMark() && !isJamo(c) &&
        !QString(character).normalized(QString::NormalizationForm_KD).front().isMark()) {
        const QString alone = foldExactly(QStringView(&character, 1));
        if (alone.size() == 1 && !alone.front().isMark() && !isJamo(alone.front().unicode()) &&
            alone.front().unicode() != 0)
            folded = alone.front().unicode();
    }
    table[c].store(folded, std::memory_order_relaxed);
    return folded;
}

// Hashing and comparing terms by view, so that a token is looked up without a copy.
struct TermHash {
    using is_transparent = void;
    size_t operator()(QStringView text) const noexcept {
        return std::hash<std::u16string_view>()(
            std::u16string_view(text.utf16(), static_cast<size_t>(text.size())));
    }
};

struct TermEqual {
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
};

// Calls `onToken` with each token of already folded text, as views into it: the runs of letters and
// digits, and overlapping pairs of CJK characters (every CJK character this treats as such is one
// UTF-16 unit, so a pair is two neighbouring units). Nothing is copied.
template <typename OnToken> void forEachToken(QStringView folded, OnToken &&onToken) {
    qsizetype wordStart = -1;
    qsizetype cjkStart = -1;
    const auto flushWord = [&](qsizetype end) {
        if (wordStart >= 0)
            onToken(folded.sliced(wordStart, end - wordStart));
        wordStart = -1;
    };
    const auto flushCjk = [&](qsizetype end) {
        if (cjkStart < 0)
            return;
        if (end - cjkStart == 1)
            onToken(folded.sliced(cjkStart, 1));
        for (qsizetype i = cjkStart; i + 1 < end; ++i)
            onToken(folded.sliced(i, 2));
        cjkStart = -1;
    };
    const qsizetype size = folded.size();
    for (qsizetype i = 0; i < size;) {
        const qsizetype start = i;
        char32_t c = folded[i++].unicode();
        if (QChar::isHighSurrogate(c) && i < size && folded[i].isLowSurrogate())
            c = QChar::surrogateToUcs4(static_cast<char16_t>(c), folded[i++].unicode());
        if (isCjk(c)) {
            flushWord(start);
            if (cjkStart < 0)
                cjkStart = start;
        } else if (isWordChar(c)) {
            flushCjk(start);
            if (wordStart < 0)
                wordStart = start;
        } else {
            flushWord(start);
            flushCjk(start);
        }
    }
    flushWord(size);
    flushCjk(size);
}

} // namespace

QString SearchEngine::fold(QStringView text) {
    // Character by character through foldedChar(); ASCII needs only lower-casing. Any character
    // that may combine with its neighbours sends the whole text down the exact path.
    QString result(text.size(), Qt::Uninitialized);
    QChar *out = result.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            *out++ = (u >= u'A' && u <= u'Z') ? QChar(u + (u'a' - u'A')) : c;
            continue;
        }
        const char16_t folded = foldedChar(u);
        if (folded == kNoShortcut)
            return foldExactly(text);
        *out++ = QChar(folded);
    }
    return result;
}

QStringList SearchEngine::tokenize(QStringView text) {
    const QString folded = fold(text);
    QStringList tokens;
    forEachToken(folded, [&tokens](QStringView token) { tokens.append(token.toString()); });
    return tokens;
}

bool SearchEngine::withinOneEdit(QStringView a, QStringView b) {
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (std::abs(la - lb) > 1)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a[i] == b[i])
        ++i;
    if (i == la && i == lb)
        return true;
    if (la == lb) {
        // One substitution, or two neighbours swapped.
        if (a.mid(i + 1) == b.mid(i + 1))
            return true;
        return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2);
    }
    if (la > lb)
        return a.mid(i + 1) == b.mid(i);
    return a.mid(i) == b.mid(i + 1);
}

void SearchEngine::build(const QList<Entry> &entries, bool translated) {
    // Entries are indexed in order, so a term's postings grow in entry order and a repeat of the
    // term within one entry can only be the last posting. The dictionary hashes with the
    // standard library: Qt 6.4's qHash(QString) (its AES path) was the costliest symbol of the
    // build in wall time, though cheap in instructions.
    std::unordered_map<QString, std::vector<Posting>, TermHash, TermEqual> terms;
    m_codes.clear();
    m_codes.reserve(static_cast<size_t>(entries.size()));

    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        const auto index = static_cast<quint32>(i);
        m_codes.push_back(Code{entry.id, QString::number(entry.id.code)});

        const auto add = [&](const QString &text, Tier tier) {
            const QString folded = fold(text);
            forEachToken(folded, [&](QStringView token) {
                // Look up without copying; only a new term is copied into the dictionary.
                auto it = terms.find(token);
                if (it == terms.end())
                    it = terms.emplace(token.toString(), std::vector<Posting>()).first;
                std::vector<Posting> &postings = it->second;
                if (postings.empty() || postings.back().entry != index)
                    postings.push_back(Posting{index, tier});
                else if (tier < postings.back().tier)
                    postings.back().tier = tier;
            });
        };
        const auto addProse = [&](const QString &english, const QString &local) {
            add(english, Tier::Prose);
            if (translated && local != english)
                add(local, Tier::Prose);
        };

        add(entry.reason, Tier::Reason);
        if (translated)
            add(entry.reasonGloss(), Tier::Reason);
        for (const HeaderNote &header : entry.headers) {
            add(header.name, Tier::HeaderOrRfc);
            // "Min-Expires" is also the single term "minexpires", so "min-expires" finds it as a
            // phrase.
            add(tokenize(header.name).join(QString()), Tier::HeaderOrRfc);
        }
        for (const Reference &reference : entry.references)
            if (reference.rfc > 0)
                add(QString::number(reference.rfc), Tier::HeaderOrRfc);

        addProse(entry.summary, entry.summaryText());
        addProse(entry.description, entry.descriptionText());
        addProse(entry.seenWhen, entry.seenWhenText());
        addProse(entry.sentBy, entry.sentByText());
        addProse(entry.retryNote, entry.retryNoteText());
        addProse(entry.statusNote, entry.statusNoteText());
        const QStringList steps = entry.howToFixText();
        for (qsizetype s = 0; s < entry.howToFix.size(); ++s)
            addProse(entry.howToFix.at(s), steps.value(s));
        for (const HeaderNote &header : entry.headers)
            addProse(header.note, entry.headerNoteText(header));
        for (const RelatedCode &related : entry.related)
            addProse(related.note, entry.relatedNoteText(related));
        if (entry.status != Status::Current)
            addProse(Entry::statusKey(entry.status), entry.statusLabel());
        for (const TeamNote &note : entry.teamNotes) // a team's notes are searchable too
            add(note.text, Tier::Prose);
    }

    m_terms.clear();
    m_terms.reserve(static_cast<size_t>(terms.size()));
    for (auto &[text, postings] : terms) {
        postings.shrink_to_fit();
        m_terms.push_back(Term{text, std::move(postings)});
    }
    std::sort(m_terms.begin(), m_terms.end(),
              [](const Term &a, const Term &b) { return a.text < b.text; });
}

void SearchEngine::matchNumber(const QString &number, std::optional<Family> family,
                               std::vector<WordHit> &best) const {
    const auto improve = [&best](size_t i, Tier tier) {
        if (tier < best[i].tier || (tier == best[i].tier && best[i].fuzzy))
            best[i] = WordHit{tier, false};
    };
    for (size_t i = 0; i < m_codes.size(); ++i) {
        const Code &code = m_codes[i];
        if (family && code.id.family != *family)
            continue;
        if (code.text == number)
            improve(i, Tier::ExactCode);
        else if (code.text.startsWith(number))
            improve(i, Tier::CodePrefix);
    }
    if (family)
        return;
    // Numbers also name RFCs and appear in prose ("cause=34"): whole-token matches only.
    const auto it = std::lower_bound(m_terms.begin(), m_terms.end(), number,
                                     [](const Term &t, const QString &n) { return t.text < n; });
    if (it != m_terms.end() && it->text == number)
        for (const Posting &p : it->postings)
            improve(p.entry, p.tier);
}

void SearchEngine::matchWord(const QString &word, std::vector<WordHit> &best) const {
    const auto improve = [&best](size_t i, Tier tier, bool fuzzy) {
        WordHit &b = best[i];
        if (tier < b.tier || (tier == b.tier && b.fuzzy && !fuzzy))
            b = WordHit{tier, fuzzy};
    };
    auto it = std::lower_bound(m_terms.begin(), m_terms.end(), word,
                               [](const Term &t, const QString &w) { return t.text < w; });
    for (; it != m_terms.end() && it->text.startsWith(word); ++it)
        for (const Posting &p : it->postings)
            improve(p.entry, p.tier, false);

    if (word.size() < kFuzzyMinLength)
        return;
    // Forgive one typo: the word is one edit away from the start of a term.
    const QStringView w(word);
    for (const Term &term : m_terms) {
        const qsizetype len = term.text.size();
        if (len < w.size() - 1)
            continue;
        const QStringView t(term.text);
        bool close = false;
        for (qsizetype n = w.size() - 1; n <= std::min(len, w.size() + 1) && !close; ++n)
            close = withinOneEdit(w, t.left(n));
        if (!close)
            continue;
        for (const Posting &p : term.postings)
            improve(p.entry, p.tier, true);
    }
}

QList<SearchEngine::Hit> SearchEngine::search(QStringView query) const {
    QList<Hit> hits;
    const QString folded = fold(query).simplified();
    if (folded.isEmpty()) {
        hits.reserve(size());
        for (qsizetype i = 0; i < size(); ++i)
            hits.append(Hit{i, Tier::Prose, false});
        return hits;
    }

    // Whole-query forms: "4xx", "cause 17", "q.850 17", "q850:17", "warning 399", "sip 486".
    static const QRegularExpression classForm(QStringLiteral("^([1-6])xx$"));
    static const QRegularExpression familyForm(
        QStringLiteral("^(sip|q\\.?850|cause|warning|warn)\\s*[:=]?\\s*(?:cause\\s*)?(\\d{1,3})$"));
    if (const auto m = classForm.match(folded); m.hasMatch()) {
        const int codeClass = m.captured(1).toInt();
        for (qsizetype i = 0; i < size(); ++i) {
            const Code &code = m_codes[static_cast<size_t>(i)];
            if (code.id.family == Family::Sip && code.id.code / 100 == codeClass)
                hits.append(Hit{i, Tier::CodeClass, false});
        }
        return hits;
    }

    std::vector<std::vector<WordHit>> perWord;
    std::vector<bool> phraseHit(m_codes.size(), false);
    const auto newWord = [&] {
        perWord.emplace_back(m_codes.size(), WordHit{Tier::Prose, false});
        return &perWord.back();
    };
    // Each word starts as "no match", one step past the weakest tier.
    const auto run = [&](auto &&fill) {
        std::vector<WordHit> *best = newWord();
        for (auto &b : *best)
            b.tier = static_cast<Tier>(static_cast<int>(Tier::Prose) + 1);
        fill(*best);
    };

    if (const auto m = familyForm.match(folded); m.hasMatch()) {
        const auto family = CodeId::familyFromKey(m.captured(1));
        run([&](std::vector<WordHit> &best) { matchNumber(m.captured(2), family, best); });
    } else {
        QStringList words = tokenize(folded);
        // "rfc 4028" and "rfc4028" both mean the number.
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (words[i].startsWith(u"rfc") && isDigits(QStringView(words[i]).mid(3)))
                words[i] = words[i].mid(3);
            else if (words[i] == u"rfc" && i + 1 < words.size() && isDigits(words[i + 1]))
                words.removeAt(i--);
        }
        if (words.size() > 1) {
            // The words written together may name one header: keep that as a phrase match.
            const QString joined = words.join(QString());
            auto it = std::lower_bound(m_terms.begin(), m_terms.end(), joined,
                                       [](const Term &t, const QString &w) { return t.text < w; });
            for (; it != m_terms.end() && it->text.startsWith(joined); ++it)
                for (const Posting &p : it->postings)
                    if (p.tier == Tier::HeaderOrRfc)
                        phraseHit[p.entry] = true;
        }
        for (const QString &word : std::as_const(words)) {
            if (isDigits(word))
                run([&](std::vector<WordHit> &best) { matchNumber(word, std::nullopt, best); });
            else
                run([&](std::vector<WordHit> &best) { matchWord(word, best); });
        }
    }

    const auto noMatch = static_cast<Tier>(static_cast<int>(Tier::Prose) + 1);
    for (size_t i = 0; i < m_codes.size(); ++i) {
        Tier tier = Tier::ExactCode;
        bool fuzzy = false;
        bool all = true;
        for (const auto &word : perWord) {
            if (word[i].tier == noMatch) {
                all = false;
                break;
            }
            tier = std::max(tier, word[i].tier);
            fuzzy = fuzzy || word[i].fuzzy;
        }
        if (all && !perWord.empty())
            hits.append(Hit{static_cast<qsizetype>(i), tier, fuzzy, false});
    }
    for (Hit &hit : hits)
        hit.phrase = phraseHit[static_cast<size_t>(hit.index)];

    // Rank: tier, then phrase matches, then exact before forgiven; ties stay in catalog order.
    // The hits are in catalog order and the key has few values, so a stable counting pass
    // ranks them in linear time (a comparison sort was a third of a keystroke at 100,000 codes).
    constexpr int kTiers = static_cast<int>(Tier::Prose) + 1;
    const auto key = [](const Hit &hit) {
        return static_cast<int>(hit.tier) * 4 + (hit.phrase ? 0 : 2) + (hit.fuzzy ? 1 : 0);
    };
    std::array<qsizetype, kTiers * 4 + 1> start{};
    for (const Hit &hit : std::as_const(hits))
        ++start[static_cast<size_t>(key(hit)) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    QList<Hit> ranked(hits.size());
    for (const Hit &hit : std::as_const(hits))
        ranked[start[static_cast<size_t>(key(hit))]++] = hit;
    return ranked;
}
