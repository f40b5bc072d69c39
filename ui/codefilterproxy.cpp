#include "codefilterproxy.h"

#include "codelistmodel.h"

#include <algorithm>
#include <numeric>

CodeFilterProxy::CodeFilterProxy(CodeListModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source) {
    setSourceModel(source);
    connect(source, &QAbstractItemModel::dataChanged, this, &CodeFilterProxy::onSourceDataChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &CodeFilterProxy::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        applyQuery();
        relist(false);
        endResetModel();
    });
    applyQuery();
    relist(false);
}

void CodeFilterProxy::setQuery(const QString &query) {
    if (query == m_query)
        return;
    m_query = query;
    applyQuery();
    relist();
}

void CodeFilterProxy::setClassFilter(int codeClass) {
    if (codeClass == m_classFilter)
        return;
    m_classFilter = codeClass;
    relist();
}

void CodeFilterProxy::setFamilyFilter(std::optional<Family> family) {
    if (family == m_familyFilter)
        return;
    m_familyFilter = family;
    relist();
}

void CodeFilterProxy::rebuildIndex() {
    // With a query the list is ranked again in the new language now; without one nothing shown
    // depends on the index, which buildIndex() or the next query rebuilds.
    m_indexed = false;
    applyQuery();
    relist();
}

void CodeFilterProxy::buildIndex() {
    if (m_indexed)
        return;
    m_engine.build(m_source->catalog().entries());
    m_indexed = true;
}

void CodeFilterProxy::applyQuery() {
    m_ranked.clear();
    if (m_query.isEmpty() && !m_indexed) {
        // What the engine answers to an empty query: everything, in catalog order.
        m_ranked.resize(static_cast<size_t>(m_source->rowCount()));
        std::iota(m_ranked.begin(), m_ranked.end(), 0);
    } else {
        buildIndex();
        const QList<SearchEngine::Hit> hits = m_engine.search(m_query);
        m_ranked.reserve(static_cast<size_t>(hits.size()));
        for (const SearchEngine::Hit &hit : hits)
            m_ranked.push_back(static_cast<int>(hit.index));
    }
    if (m_query.trimmed().isEmpty())
        std::stable_partition(m_ranked.begin(), m_ranked.end(),
                              [this](int row) { return m_source->isPinned(row); });
}

bool CodeFilterProxy::accepts(int sourceRow) const {
    const Entry &entry = m_source->entryAt(sourceRow);
    if (m_familyFilter && entry.id.family != *m_familyFilter)
        return false;
    if (m_classFilter != 0 &&
        (entry.id.family != Family::Sip || entry.codeClass() != m_classFilter))
        return false;
    return true;
}

void CodeFilterProxy::pinnedChanged() {
    // Pinned codes lead only the unsearched list; a query ranks by relevance alone.
    if (m_query.trimmed().isEmpty()) {
        applyQuery();
        relist();
    }
}

void CodeFilterProxy::relist(bool announce) {
    // A layout change, as QSortFilterProxyModel announces a new sort or filter: views keep their
    // header and whatever of their selection is still listed.
    QModelIndexList before;
    std::vector<std::pair<int, int>> sources; // source row and column of each persistent index
    if (announce) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        before = persistentIndexList();
        sources.reserve(static_cast<size_t>(before.size()));
        for (const QModelIndex &index : std::as_const(before))
            sources.emplace_back(m_rows[static_cast<size_t>(index.row())], index.column());
    }

    m_rows.clear();
    m_rows.reserve(m_ranked.size());
    for (const int row : m_ranked)
        if (accepts(row))
            m_rows.push_back(row);
    m_proxyRow.assign(static_cast<size_t>(m_source->rowCount()), -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyRow[static_cast<size_t>(m_rows[i])] = static_cast<int>(i);

    if (announce) {
        QModelIndexList after;
        after.reserve(before.size());
        for (const auto &[row, column] : sources) {
            const int proxyRow = m_proxyRow[static_cast<size_t>(row)];
            after.append(proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, column));
        }
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
}

void CodeFilterProxy::onSourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles) {
    int first = -1;
    int last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = m_proxyRow[static_cast<size_t>(row)];
        if (proxyRow < 0)
            continue;
        first = first < 0 ? proxyRow : std::min(first, proxyRow);
        last = std::max(last, proxyRow);
    }
    if (first >= 0)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

QModelIndex CodeFilterProxy::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CodeFilterProxy::parent(const QModelIndex &) const {
    return {};
}

int CodeFilterProxy::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CodeFilterProxy::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_source->columnCount();
}

bool CodeFilterProxy::hasChildren(const QModelIndex &parent) const {
    return !parent.isValid() && !m_rows.empty();
}

Qt::ItemFlags CodeFilterProxy::flags(const QModelIndex &index) const {
    // What the read-only table answers for every cell, without mapping to it: views ask for
    // every cell they lay out or paint.
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QModelIndex CodeFilterProxy::mapToSource(const QModelIndex &proxyIndex) const {
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_source->index(m_rows[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CodeFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const {
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int row = m_proxyRow[static_cast<size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}
