#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

// The three kinds of code the catalog holds. The order is the order they are listed in.
enum class Family : quint8 { Sip, Q850, Warning };

// Identifies one catalog entry: "486" (SIP), "q850:17", "warning:399".
struct CodeId {
    Family family = Family::Sip;
    int code = 0;

    // Accepts "486", "sip:486", "q850:17", "Q.850:17", "warning:399"; nullopt for anything else.
    static std::optional<CodeId> parse(QStringView text);
    QString toString() const;

    static QString familyKey(Family family); // "sip", "q850", "warning"
    static std::optional<Family> familyFromKey(QStringView key);

    friend bool operator==(const CodeId &, const CodeId &) = default;
    friend auto operator<=>(const CodeId &, const CodeId &) = default;
};

inline size_t qHash(const CodeId &id, size_t seed = 0) noexcept {
    return qHashMulti(seed, static_cast<int>(id.family), id.code);
}
