#pragma once

#include "codeid.h"

#include <QList>
#include <QString>

#include <optional>

// What the window shows: one code, or two codes compared side by side.
struct ShownPlace {
    CodeId first;
    std::optional<CodeId> second; // set for a comparison

    static ShownPlace code(CodeId id) { return {id, std::nullopt}; }
    static ShownPlace pair(CodeId a, CodeId b) { return {a, b}; }
    bool isComparison() const { return second.has_value(); }
    // "486", "486 vs 600" (for settings and test messages, not for people).
    QString toString() const;

    friend bool operator==(const ShownPlace &, const ShownPlace &) = default;
};

// Back and forward over what was shown, as in a web browser: visiting a new place drops the
// forward part; visiting the place already shown changes nothing.
class NavigationHistory final {
public:
    explicit NavigationHistory(qsizetype limit = 100)
        : m_limit(limit) {}

    void visit(const ShownPlace &place);
    std::optional<ShownPlace> current() const;
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_places.size(); }
    // Moves one step and returns the place to show, or nullopt at either end.
    std::optional<ShownPlace> back();
    std::optional<ShownPlace> forward();
    qsizetype size() const { return m_places.size(); }
    void clear();

private:
    QList<ShownPlace> m_places;
    qsizetype m_position = -1;
    qsizetype m_limit;
};
