#include "syntheticcatalog.h"

#include <QRandomGenerator>
#include <QStringList>

namespace {

// Codes far above every real family's range, so they never collide with real ones.
constexpr int kFirstCode = 1000;

class Varier {
public:
    Varier(qsizetype vocabulary, quint32 seed)
        : m_vocabulary(std::max<qsizetype>(vocabulary, 16))
        , m_random(seed) {}

    // Every `stride`-th word (from `offset`) replaced; always a fresh string.
    QString text(const QString &english, int stride, int offset) {
        if (english.isEmpty())
            return {};
        QStringList words = english.split(u' ');
        for (qsizetype w = offset % stride; w < words.size(); w += stride)
            words[w] = next();
        return words.join(u' ');
    }

private:
    QString next() {
        return SyntheticCatalog::word(
            static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(m_vocabulary))));
    }

    qsizetype m_vocabulary;
    QRandomGenerator m_random;
};

} // namespace

QString SyntheticCatalog::word(qsizetype n) {
    static const char *const syllables[] = {"ka", "lo", "ri", "me", "ta", "no", "vi",
                                            "se", "du", "pa", "ro", "ne", "zi", "fo",
                                            "ga", "hu", "je", "qi", "wa", "xo"};
    constexpr qsizetype count = std::size(syllables);
    QString result;
    qsizetype rest = n + count; // at least two syllables
    while (rest > 0) {
        result += QLatin1StringView(syllables[rest % count]);
        rest /= count;
    }
    return result;
}

QList<Entry> SyntheticCatalog::entries(qsizetype count) {
    const QList<Entry> &real = Catalog::builtin().entries();
    Varier vary(count / 10, 7);
    QList<Entry> result;
    result.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Entry &model = real.at(i % real.size());
        const int stride = 5;
        const int offset = static_cast<int>(i % stride);
        Entry entry;
        entry.id = CodeId{Family::Sip, kFirstCode + static_cast<int>(i)};
        entry.reason = vary.text(model.reason, 3, offset);
        entry.status = model.status;
        entry.statusNote = vary.text(model.statusNote, stride, offset);
        entry.references = model.references;
        entry.summary = vary.text(model.summary, stride, offset);
        entry.description = vary.text(model.description, stride, offset);
        entry.seenWhen = vary.text(model.seenWhen, stride, offset);
        for (const QString &step : model.howToFix)
            entry.howToFix.append(vary.text(step, stride, offset));
        entry.senders = model.senders;
        entry.sentBy = vary.text(model.sentBy, stride, offset);
        for (const HeaderNote &header : model.headers)
            entry.headers.append(HeaderNote{QString(header.name.constData(), header.name.size()),
                                            vary.text(header.note, stride, offset)});
        entry.retry = model.retry;
        entry.retryNote = vary.text(model.retryNote, stride, offset);
        for (qsizetype r = 0; r < model.related.size(); ++r)
            entry.related.append(
                RelatedCode{CodeId{Family::Sip, kFirstCode + static_cast<int>((i + r + 1) % count)},
                            vary.text(model.related.at(r).note, stride, offset)});
        entry.origin = Origin::Local;
        result.append(std::move(entry));
    }
    return result;
}

Catalog SyntheticCatalog::catalog(qsizetype count) {
    Catalog catalog;
    for (Entry &entry : entries(count))
        catalog.addEntry(std::move(entry));
    return catalog;
}
