#include "codefilterproxy.h"

#include "codelistmodel.h"

#include <numeric>

CodeFilterProxy::CodeFilterProxy(CodeListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source) {
    setSourceModel(source);
    setDynamicSortFilter(false);
    applyQuery();
    sort(0);
}

void CodeFilterProxy::setQuery(const QString &query) {
    if (query == m_query)
        return;
    m_query = query;
    applyQuery();
    invalidate();
    sort(0);
}

void CodeFilterProxy::setClassFilter(int codeClass) {
    if (codeClass == m_classFilter)
        return;
    m_classFilter = codeClass;
    invalidateFilter();
}

void CodeFilterProxy::setFamilyFilter(std::optional<Family> family) {
    if (family == m_familyFilter)
        return;
    m_familyFilter = family;
    invalidateFilter();
}

void CodeFilterProxy::rebuildIndex() {
    // With a query the list is ranked again in the new language now; without one nothing shown
    // depends on the index, which buildIndex() or the next query rebuilds.
    m_indexed = false;
    applyQuery();
    invalidate();
    sort(0);
}

void CodeFilterProxy::buildIndex() {
    if (m_indexed)
        return;
    m_engine.build(m_source->catalog().entries());
    m_indexed = true;
}

void CodeFilterProxy::applyQuery() {
    m_rank.assign(static_cast<size_t>(m_source->rowCount()), -1);
    if (m_query.isEmpty() && !m_indexed) {
        // What the engine answers to an empty query: everything, in catalog order.
        std::iota(m_rank.begin(), m_rank.end(), 0);
        return;
    }
    buildIndex();
    const QList<SearchEngine::Hit> hits = m_engine.search(m_query);
    for (qsizetype i = 0; i < hits.size(); ++i)
        m_rank[static_cast<size_t>(hits.at(i).index)] = static_cast<int>(i);
}

bool CodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (sourceParent.isValid() || sourceRow < 0 || static_cast<size_t>(sourceRow) >= m_rank.size())
        return false;
    if (m_rank[static_cast<size_t>(sourceRow)] < 0)
        return false;
    const Entry &entry = m_source->entryAt(sourceRow);
    if (m_familyFilter && entry.id.family != *m_familyFilter)
        return false;
    if (m_classFilter != 0 &&
        (entry.id.family != Family::Sip || entry.codeClass() != m_classFilter))
        return false;
    return true;
}

bool CodeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    return m_rank[static_cast<size_t>(left.row())] < m_rank[static_cast<size_t>(right.row())];
}
