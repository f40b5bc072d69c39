#pragma once

#include "codeid.h"
#include "searchengine.h"

#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

class CodeListModel;

// Filters and ranks the code list for the search box and the class/family filters. The
// matching itself is SearchEngine's; this proxy only keeps each row's rank from one search.
class CodeFilterProxy final : public QSortFilterProxyModel {
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
    // Builds the search index if it is not built yet. Until then the list shows every code in
    // catalog order, which needs no index; the first query builds it if this has not run.
    void buildIndex();
    bool isIndexed() const { return m_indexed; }
    // The search index over the source's catalog in the current language, built if need be.
    const SearchEngine &engine() {
        buildIndex();
        return m_engine;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void applyQuery();

    CodeListModel *m_source;
    SearchEngine m_engine;
    bool m_indexed = false;
    QString m_query;
    std::vector<int> m_rank; // per source row: position in the ranking, -1 when it does not match
    int m_classFilter = 0;
    std::optional<Family> m_familyFilter;
};
