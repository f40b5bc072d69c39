#include "navigationhistory.h"

QString ShownPlace::toString() const {
    if (!second)
        return first.toString();
    return first.toString() + QStringLiteral(" vs ") + second->toString();
}

void NavigationHistory::visit(const ShownPlace &place) {
    if (m_position >= 0 && m_places.at(m_position) == place)
        return;
    m_places.resize(m_position + 1); // drop the forward part
    m_places.append(place);
    if (m_places.size() > m_limit)
        m_places.remove(0, m_places.size() - m_limit);
    m_position = m_places.size() - 1;
}

std::optional<ShownPlace> NavigationHistory::current() const {
    if (m_position < 0)
        return std::nullopt;
    return m_places.at(m_position);
}

std::optional<ShownPlace> NavigationHistory::back() {
    if (!canGoBack())
        return std::nullopt;
    --m_position;
    return m_places.at(m_position);
}

std::optional<ShownPlace> NavigationHistory::forward() {
    if (!canGoForward())
        return std::nullopt;
    ++m_position;
    return m_places.at(m_position);
}

void NavigationHistory::clear() {
    m_places.clear();
    m_position = -1;
}
