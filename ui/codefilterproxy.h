#pragma once

#include "codeid.h"
#include "searchengine.h"

#include <QAbstractProxyModel>

#include <optional>
#include <vector>

class CodeListModel;

// Filters and ranks the code list for the search box and the class/family filters. The
// matching itself is SearchEngine's; this proxy lists the source rows in the order of one
// search's ranking, through the filters. It maps rows itself rather than through
// QSortFilterProxyModel, whose sort asks lessThan() about freshly made source indexes
// O(n log n) times per keystroke although the ranking is already in order (43 ms at 100,000
// codes); relisting is O(n).
class CodeFilterProxy final : public QAbstractProxyModel {
    Q_OBJECT

public:
    explicit CodeFilterProxy(CodeListModel *source, QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // 0 = every class; 1..6 = SIP 1xx..6xx (other families are hidden then).
    void setClassFilter(int codeClass);
    void setFamilyFilter(std::optional<Family> family);
    // Re-indexes in the current language (after a language switch): now when there is a query,
    // else on buildIndex() or the next query.
    void rebuildIndex();
    // Re-sorts after the pinned codes changed: with an empty search they come first.
    void pinnedChanged();
    // Builds the search index if it is not built yet. Until then the list shows every code in
    // catalog order, which needs no index; the first query builds it if this has not run.
    void buildIndex();
    bool isIndexed() const { return m_indexed; }
    // The search index over the source's catalog in the current language, built if need be.
    const SearchEngine &engine() {
        buildIndex();
        return m_engine;
    }

    using QObject::parent;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    void applyQuery();
    void relist(bool announce = true);
    bool accepts(int sourceRow) const;
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);

    CodeListModel *m_source;
    SearchEngine m_engine;
    bool m_indexed = false;
    QString m_query;
    std::vector<int> m_ranked;   // source rows that match the query, best first
    std::vector<int> m_rows;     // proxy row -> source row: m_ranked through the filters
    std::vector<int> m_proxyRow; // source row -> proxy row, -1 when not listed
    int m_classFilter = 0;
    std::optional<Family> m_familyFilter;
};
