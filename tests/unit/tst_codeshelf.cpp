#include "codeshelf.h"

#include <QTest>

class TestCodeShelf final : public QObject {
    Q_OBJECT

private slots:
    void touch_data() {
        QTest::addColumn<QStringList>("touched");
        QTest::addColumn<qsizetype>("limit");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("newest first") << QStringList{"486", "600", "q850:17"} << qsizetype(10)
                                      << QStringList{"q850:17", "600", "486"};
        QTest::newRow("again moves to the front")
            << QStringList{"486", "600", "486"} << qsizetype(10) << QStringList{"486", "600"};
        QTest::newRow("limit") << QStringList{"401", "403", "404", "486"} << qsizetype(3)
                               << QStringList{"486", "404", "403"};
    }

    void touch() {
        QFETCH(QStringList, touched);
        QFETCH(qsizetype, limit);
        QFETCH(QStringList, kept);
        CodeShelf shelf(limit);
        for (const QString &id : touched)
            shelf.touch(*CodeId::parse(id));
        QCOMPARE(shelf.toStrings(), kept);
    }

    void toggle() {
        CodeShelf shelf;
        QVERIFY(shelf.toggle({Family::Sip, 486}));
        QVERIFY(shelf.toggle({Family::Warning, 399}));
        QVERIFY(shelf.contains({Family::Sip, 486}));
        QCOMPARE(shelf.toStrings(), (QStringList{"486", "warning:399"}));
        QVERIFY(!shelf.toggle({Family::Sip, 486}));
        QVERIFY(!shelf.contains({Family::Sip, 486}));
        QCOMPARE(shelf.toStrings(), QStringList{"warning:399"});
    }

    void fromSettings_data() {
        QTest::addColumn<QStringList>("stored");
        QTest::addColumn<QStringList>("read");
        QTest::newRow("round trip")
            << QStringList{"486", "q850:17"} << QStringList{"486", "q850:17"};
        QTest::newRow("junk and repeats skipped")
            << QStringList{"486", "nonsense", "", "sip:486", "Q.850:17"}
            << QStringList{"486", "q850:17"};
        QTest::newRow("over the limit")
            << QStringList{"401", "403", "404", "486"} << QStringList{"401", "403", "404"};
    }

    void fromSettings() {
        QFETCH(QStringList, stored);
        QFETCH(QStringList, read);
        CodeShelf shelf(3);
        shelf.setStrings(stored);
        QCOMPARE(shelf.toStrings(), read);
    }
};

QTEST_GUILESS_MAIN(TestCodeShelf)
#include "tst_codeshelf.moc"
