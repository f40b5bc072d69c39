#include "catalog.h"
#include "codefilterproxy.h"
#include "comparisonview.h"
#include "localization.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

class TestMainWindow final : public QObject {
    Q_OBJECT

    static QString firstRow(QTreeView *list) {
        return list->model()->index(0, 0).data().toString();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SIP Codes Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void searchFocusedAtStart() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window) || QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QVERIFY(search);
        QTRY_VERIFY(search->hasFocus());
    }

    void indexesSearchAfterTheFirstFrame() {
        MainWindow window(QStringLiteral("en"));
        auto *proxy = window.findChild<CodeFilterProxy *>();
        QVERIFY(proxy);
        QVERIFY(!proxy->isIndexed()); // not needed for the first frame
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(proxy->isIndexed());
    }

    void typingFiltersTheListAndFillsTheDetail_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("detailTitle");
        QTest::newRow("busy") << "busy"
                              << "486"
                              << "486 Busy Here";
        QTest::newRow("min-expires") << "min-expires"
                                     << "423"
                                     << "423 Interval Too Brief";
        QTest::newRow("forbiden") << "forbiden"
                                  << "403"
                                  << "403 Forbidden";
        QTest::newRow("cause 34") << "cause 34"
                                  << "q850:34"
                                  << "Q.850 cause 34";
    }

    void typingFiltersTheListAndFillsTheDetail() {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        QFETCH(QString, detailTitle);
        MainWindow window(QStringLiteral("en"));
        window.show();
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        auto *list = window.findChild<QTreeView *>(QStringLiteral("codeList"));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        QTest::keyClicks(search, typed);
        QCOMPARE(firstRow(list), first);
        QVERIFY2(detail->toPlainText().startsWith(detailTitle),
                 qPrintable(detail->toPlainText().left(80)));
        if (typed == u"busy") {
            QStringList ids;
            for (int row = 0; row < 2; ++row)
                ids.append(list->model()->index(row, 0).data().toString());
            QCOMPARE(ids, (QStringList{"486", "600"}));
        }
    }

    void downMovesIntoTheListAndEnterKeepsTheCode() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        auto *list = window.findChild<QTreeView *>(QStringLiteral("codeList"));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        QTest::keyClicks(search, QStringLiteral("48"));
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(detail->toPlainText().startsWith(u"481 Call/Transaction Does Not Exist"));
        QCOMPARE(window.currentCode()->code, 481);
    }

    void classFilterNarrows() {
        MainWindow window(QStringLiteral("en"));
        auto *classes = window.findChild<QComboBox *>(QStringLiteral("classFilter"));
        auto *list = window.findChild<QTreeView *>(QStringLiteral("codeList"));
        classes->setCurrentIndex(6);
        QCOMPARE(firstRow(list), QStringLiteral("600"));
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QVERIFY(list->model()->index(row, 0).data().toString().startsWith(u'6'));
    }

    void relatedLinksNavigate() {
        MainWindow window(QStringLiteral("en"));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        window.showCode(CodeId{Family::Sip, 486});
        QVERIFY(detail->toHtml().contains(u"sipcodes:600"));
        emit detail->anchorClicked(QUrl(QStringLiteral("sipcodes:600")));
        QCOMPARE(window.currentCode()->code, 600);
        QVERIFY(detail->toPlainText().startsWith(u"600 Busy Everywhere"));
        emit detail->anchorClicked(QUrl(QStringLiteral("sipcodes:q850:17")));
        QCOMPARE(window.currentCode()->family, Family::Q850);
    }

    void compareFlow() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        window.showCode(CodeId{Family::Sip, 486});
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_D));
        QVERIFY(window.isComparing());
        ComparisonView *view = window.comparisonView();
        QVERIFY(view);
        auto *browser = view->findChild<QTextBrowser *>(QStringLiteral("comparisonBrowser"));
        auto *sideB = view->findChild<QLineEdit *>(QStringLiteral("compareSideB"));
        QTRY_VERIFY(sideB->hasFocus());

        // Pick the second side with the same search as the list.
        sideB->clear();
        QTest::keyClicks(sideB, QStringLiteral("busy everywhere"));
        QTest::keyClick(sideB, Qt::Key_Return);
        QCOMPARE(view->pair().second.code, 600);
        QVERIFY(browser->toPlainText().contains(u"Key differences"));
        QVERIFY(browser->toPlainText().contains(u"speaks for every location"));

        // Swap, then change the first side in place, then walk back.
        view->findChild<QToolButton *>(QStringLiteral("swapButton"))->click();
        QCOMPARE(view->pair().first.code, 600);
        QCOMPARE(view->pair().second.code, 486);
        auto *sideA = view->findChild<QLineEdit *>(QStringLiteral("compareSideA"));
        sideA->setText(QStringLiteral("603"));
        QTest::keyClick(sideA, Qt::Key_Return);
        QCOMPARE(view->pair().first.code, 603);
        view->findChild<QToolButton *>(QStringLiteral("compareBack"))->click();
        QCOMPARE(view->pair().first.code, 600);
        view->findChild<QToolButton *>(QStringLiteral("compareForward"))->click();
        QCOMPARE(view->pair().first.code, 603);

        // Esc goes back to the detail view.
        QTest::keyClick(browser, Qt::Key_Escape);
        QVERIFY(!window.isComparing());
        QVERIFY(window.findChild<QTextBrowser *>(QStringLiteral("detailView"))->isVisible());
    }

    void commandLineComparisonOpensTheView() {
        MainWindow window(QStringLiteral("en"));
        window.showComparison(CodeId{Family::Sip, 401}, CodeId{Family::Sip, 407});
        QVERIFY(window.isComparing());
        QVERIFY(window.comparisonView()->html().contains(u"Proxy-Authenticate"));
    }

    void switchesLanguageLive() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        window.showCode(CodeId{Family::Sip, 486});
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        const QString englishPlaceholder = search->placeholderText();
        QVERIFY(detail->toPlainText().contains(u"How to fix it"));
        QVERIFY(count->text().endsWith(u" codes"));

        // View > Language > Français, as a user would pick it.
        auto *french = window.findChild<QAction *>(QStringLiteral("language_fr"));
        QVERIFY(french);
        french->trigger();
        QTRY_VERIFY(search->placeholderText() != englishPlaceholder);
        QVERIFY(detail->toPlainText().contains(u"Comment résoudre"));
        QVERIFY(!detail->toPlainText().contains(u"How to fix it"));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Fichier"));
        QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(),
                 QStringLiteral("fr"));

        // French search in the window.
        search->clear();
        search->setText(QStringLiteral("occupé")); // QTest types ASCII only
        QCOMPARE(firstRow(window.findChild<QTreeView *>(QStringLiteral("codeList"))),
                 QStringLiteral("486"));

        window.findChild<QAction *>(QStringLiteral("language_ja"))->trigger();
        QTRY_VERIFY(detail->toPlainText().contains(u"対処方法"));
        window.findChild<QAction *>(QStringLiteral("language_en"))->trigger();
        QTRY_COMPARE(search->placeholderText(), englishPlaceholder);
        QVERIFY(detail->toPlainText().contains(u"How to fix it"));
        QSettings().remove(QStringLiteral("view/language"));
    }

    void reindexesAfterALanguageSwitch() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *proxy = window.findChild<CodeFilterProxy *>();
        QTRY_VERIFY(proxy->isIndexed());

        // With the search box empty the switch's frame needs no index; it is rebuilt after.
        window.setLanguage(QStringLiteral("fr"));
        QTRY_COMPARE(window.findChild<QLineEdit *>(QStringLiteral("searchBox"))->accessibleName(),
                     QStringLiteral("Rechercher"));
        QTRY_VERIFY(proxy->isIndexed());
        window.findChild<QLineEdit *>(QStringLiteral("searchBox"))
            ->setText(QStringLiteral("occupé"));
        QCOMPARE(firstRow(window.findChild<QTreeView *>(QStringLiteral("codeList"))),
                 QStringLiteral("486"));
        window.setLanguage(QStringLiteral("en"));
        QSettings().remove(QStringLiteral("view/language"));
    }

    void remembersLastCodeAndSplitter() {
        {
            MainWindow window(QStringLiteral("en"));
            window.show();
            window.showCode(CodeId{Family::Sip, 503});
            window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({300, 900});
            window.close();
        }
        MainWindow again(QStringLiteral("en"));
        again.show();
        QCOMPARE(again.currentCode()->code, 503);
        QVERIFY(again.findChild<QTextBrowser *>(QStringLiteral("detailView"))
                    ->toPlainText()
                    .startsWith(u"503"));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().constFirst(),
                 300);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
