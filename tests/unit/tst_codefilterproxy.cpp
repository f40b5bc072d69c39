#include "catalog.h"
#include "codefilterproxy.h"
#include "codelistmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QTest>

class TestCodeFilterProxy final : public QObject {
    Q_OBJECT

    static QStringList shown(const CodeFilterProxy &proxy, int limit = 1000) {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount() && row < limit; ++row)
            ids.append(proxy.index(row, 0).data(CodeListModel::IdRole).toString());
        return ids;
    }

private slots:
    void modelsPassTheTester() {
        CodeListModel model(Catalog::builtin());
        CodeFilterProxy proxy(&model);
        QAbstractItemModelTester sourceTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setQuery(QStringLiteral("busy"));
        proxy.setClassFilter(4);
        proxy.setQuery(QStringLiteral("4"));
        proxy.setClassFilter(0);
        proxy.setFamilyFilter(Family::Q850);
        proxy.setFamilyFilter(std::nullopt);
        proxy.setQuery(QString());
        model.retranslate();
        proxy.rebuildIndex();
    }

    void deprecatedCodesAreDimmedAndSaidInWords() {
        CodeListModel model(Catalog::builtin());
        const int accepted = model.rowOf(CodeId{Family::Sip, 202});
        const int ok = model.rowOf(CodeId{Family::Sip, 200});
        QVERIFY(accepted >= 0 && ok >= 0);
        const QModelIndex reason = model.index(accepted, CodeListModel::ReasonColumn);
        QCOMPARE(reason.data(Qt::ForegroundRole).value<QBrush>().color(),
                 QGuiApplication::palette().color(QPalette::PlaceholderText));
        QVERIFY(!reason.data(Qt::FontRole).isValid()); // no other face than the list's own
        QVERIFY(!model.index(ok, CodeListModel::ReasonColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(
            !model.index(accepted, CodeListModel::CodeColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(reason.data(Qt::ToolTipRole).toString().contains(u"(Deprecated)"));
        QCOMPARE(reason.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("202 Accepted (Deprecated), success"));
        QCOMPARE(model.index(ok, 0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("200 OK, success"));
    }

    void flagsAreTheSourceTables() {
        CodeListModel model(Catalog::builtin());
        CodeFilterProxy proxy(&model);
        proxy.setQuery(QStringLiteral("busy"));
        for (int column = 0; column < proxy.columnCount(); ++column) {
            const QModelIndex index = proxy.index(0, column);
            QCOMPARE(proxy.flags(index), model.flags(proxy.mapToSource(index)));
        }
    }

    void rowsShowCodeReasonAndClass() {
        CodeListModel model(Catalog::builtin());
        const int row = model.rowOf(CodeId{Family::Sip, 486});
        QCOMPARE(model.index(row, CodeListModel::CodeColumn).data().toString(),
                 QStringLiteral("486"));
        QCOMPARE(model.index(row, CodeListModel::ReasonColumn).data().toString(),
                 QStringLiteral("Busy Here"));
        QCOMPARE(model.index(row, CodeListModel::ClassColumn).data().toString(),
                 QStringLiteral("4xx"));
        QCOMPARE(model.index(row, 0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("486 Busy Here, client error"));
        const int cause = model.rowOf(CodeId{Family::Q850, 17});
        QCOMPARE(model.index(cause, CodeListModel::CodeColumn).data().toString(),
                 QStringLiteral("q850:17"));
    }

    void indexesOnlyWhenAskedOrQueried() {
        // Start-up shows every code before the search index exists: the same list, in catalog
        // order, that the index gives for an empty query.
        CodeListModel model(Catalog::builtin());
        CodeFilterProxy lazy(&model);
        QVERIFY(!lazy.isIndexed());
        CodeFilterProxy indexed(&model);
        indexed.buildIndex();
        QVERIFY(indexed.isIndexed());
        QCOMPARE(shown(lazy), shown(indexed));
        QCOMPARE(lazy.rowCount(), model.rowCount());

        // The first query builds it.
        lazy.setQuery(QStringLiteral("busy"));
        QVERIFY(lazy.isIndexed());
        QCOMPARE(shown(lazy, 2), (QStringList{"486", "600"}));
    }

    void filtersAndRanks_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("codeClass");
        QTest::addColumn<int>("family"); // -1: all
        QTest::addColumn<QStringList>("first");
        QTest::newRow("all") << "" << 0 << -1 << QStringList{"100", "180"};
        QTest::newRow("busy") << "busy" << 0 << -1 << QStringList{"486", "600"};
        QTest::newRow("busy in 6xx") << "busy" << 6 << -1 << QStringList{"600"};
        QTest::newRow("busy causes") << "busy" << 0 << int(Family::Q850) << QStringList{"q850:17"};
        QTest::newRow("class only") << "" << 5 << -1 << QStringList{"500", "501"};
        QTest::newRow("min-expires") << "min-expires" << 0 << -1 << QStringList{"423"};
        QTest::newRow("forbiden") << "forbiden" << 0 << -1 << QStringList{"403"};
    }

    void filtersAndRanks() {
        QFETCH(QString, query);
        QFETCH(int, codeClass);
        QFETCH(int, family);
        QFETCH(QStringList, first);
        CodeListModel model(Catalog::builtin());
        CodeFilterProxy proxy(&model);
        proxy.setQuery(query);
        proxy.setClassFilter(codeClass);
        proxy.setFamilyFilter(family < 0 ? std::nullopt : std::optional<Family>(Family(family)));
        QCOMPARE(shown(proxy, int(first.size())), first);
        if (codeClass != 0)
            for (const QString &id : shown(proxy))
                QCOMPARE(id.front().digitValue(), codeClass);
    }
};

QTEST_MAIN(TestCodeFilterProxy)
#include "tst_codefilterproxy.moc"
