#include "navigationhistory.h"

#include <QTest>

namespace {
// A script of steps: "v486" visits 486, "v486/600" visits the pair, "<" goes back, ">" forward.
// After every step the shown place (or "-" when a step hits an end) is recorded.
QString run(const QStringList &steps, qsizetype limit = 100) {
    NavigationHistory history(limit);
    QStringList shown;
    for (const QString &step : steps) {
        std::optional<ShownPlace> place;
        if (step.startsWith(u'v')) {
            const QStringList ids = step.mid(1).split(u'/');
            const CodeId a = *CodeId::parse(ids.constFirst());
            history.visit(ids.size() == 2 ? ShownPlace::pair(a, *CodeId::parse(ids.at(1)))
                                          : ShownPlace::code(a));
            place = history.current();
        } else if (step == u"<") {
            place = history.back();
        } else if (step == u">") {
            place = history.forward();
        }
        shown.append(place ? place->toString() : QStringLiteral("-"));
    }
    return shown.join(u' ');
}
} // namespace

class TestNavigationHistory final : public QObject {
    Q_OBJECT

private slots:
    void steps_data() {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<qsizetype>("limit");
        QTest::addColumn<QString>("shown");

        QTest::newRow("empty ends") << QStringList{"<", ">"} << qsizetype(100) << "- -";
        QTest::newRow("back and forward") << QStringList{"v486", "v600", "<", "<", ">", ">", ">"}
                                          << qsizetype(100) << "486 600 486 - 600 - -";
        QTest::newRow("same place twice is one step")
            << QStringList{"v486", "v486", "<"} << qsizetype(100) << "486 486 -";
        QTest::newRow("visit drops forward") << QStringList{"v486", "v600", "<", "v603", ">", "<"}
                                             << qsizetype(100) << "486 600 486 603 - 486";
        QTest::newRow("codes and comparisons")
            << QStringList{"v486", "v486/600", "vq850:17", "<", "<"} << qsizetype(100)
            << "486 486 vs 600 q850:17 486 vs 600 486";
        QTest::newRow("pair order matters") << QStringList{"v486/600", "v600/486", "<"}
                                            << qsizetype(100) << "486 vs 600 600 vs 486 486 vs 600";
        QTest::newRow("limit drops the oldest")
            << QStringList{"v401", "v403", "v404", "<", "<", "<"} << qsizetype(2)
            << "401 403 404 403 - -";
    }

    void steps() {
        QFETCH(QStringList, steps);
        QFETCH(qsizetype, limit);
        QFETCH(QString, shown);
        QCOMPARE(run(steps, limit), shown);
    }

    void canGoFlags() {
        NavigationHistory history;
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        history.visit(ShownPlace::code({Family::Sip, 486}));
        history.visit(ShownPlace::code({Family::Sip, 600}));
        QVERIFY(history.canGoBack());
        QVERIFY(!history.canGoForward());
        history.back();
        QVERIFY(!history.canGoBack());
        QVERIFY(history.canGoForward());
        history.clear();
        QCOMPARE(history.size(), 0);
        QVERIFY(!history.current());
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
