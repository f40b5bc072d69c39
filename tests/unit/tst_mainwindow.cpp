#include "catalog.h"
#include "codefilterproxy.h"
#include "comparisonview.h"
#include "lazyiconstyle.h"
#include "localization.h"
#include "mainwindow.h"
#include "singlelinedelegate.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

class TestMainWindow final : public QObject {
    Q_OBJECT

    static QString firstRow(QTreeView *list) {
        return list->model()->index(0, 0).data().toString();
    }

    // The recent codes as the settings file on disk holds them, as the next start reads them (a
    // QSettings object in this process also sees values not yet written).
    static QString recentOnDisk() {
        QFile file(QSettings().fileName());
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.startsWith("recent="))
                return QString::fromUtf8(line.mid(7)).trimmed();
        return {};
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

    void finishesStartUpAfterTheFirstFrame() {
        // The clear button and the Go menu's icons come from the icon theme, which the first frame
        // does not need: they are there once it is painted, and firstFrameShown() says so once.
        MainWindow window(QStringLiteral("en"));
        QSignalSpy shown(&window, &MainWindow::firstFrameShown);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        auto *back = window.findChild<QAction *>(QStringLiteral("backAction"));
        QVERIFY(search && back);
        QVERIFY(!search->isClearButtonEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(search->isClearButtonEnabled());
        QVERIFY(!back->icon().isNull());
        window.repaint();
        QTest::qWait(20);
        QCOMPARE(shown.count(), 1);
    }

    void codeListLooksAsWithQtsDelegate() {
        // The list's cells are laid out once each (SingleLineDelegate), and look exactly as Qt's
        // own delegate draws them: selection, focus, dimmed deprecated codes, class swatches.
        MainWindow window(QStringLiteral("en"));
        window.resize(900, 700);
        window.showCode(CodeId{Family::Sip, 202}); // a deprecated code, selected
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QTreeView *>(QStringLiteral("codeList"));
        QVERIFY(list);
        QVERIFY(qobject_cast<SingleLineDelegate *>(list->itemDelegate()));
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QStyleOptionViewItem option;
        option.initFrom(list);
        option.widget = list;
        option.showDecorationSelected = true;
        option.text = QStringLiteral("Accepted");
        QVERIFY(SingleLineDelegate::handles(option));

        const QImage fast = list->viewport()->grab().toImage();
        QStyledItemDelegate qtDelegate;
        QAbstractItemDelegate *ours = list->itemDelegate();
        list->setItemDelegate(&qtDelegate);
        const QImage reference = list->viewport()->grab().toImage();
        list->setItemDelegate(ours);
        QVERIFY(!fast.isNull());
        QCOMPARE(fast.size(), reference.size());
        QVERIFY(fast == reference);
    }

    void entryUsesThreeFacesAndKeepsItsGlyphs() {
        // Every font the shown entry uses is one more to load and rasterise before the first
        // frame (#7): text, bold text and the title, nothing else. Its lines keep
        // their shaped glyphs, so drawing them does not shape them again.
        MainWindow window(QStringLiteral("en"));
        window.showCode(CodeId{Family::Sip, 486});
        const QTextDocument *document =
            window.findChild<QTextBrowser *>(QStringLiteral("detailView"))->document();
        QSet<QString> faces;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            QVERIFY(block.layout()->cacheEnabled());
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QFont font = it.fragment().charFormat().font();
                faces.insert(QStringLiteral("%1 %2pt weight %3%4")
                                 .arg(font.family())
                                 .arg(font.pointSizeF())
                                 .arg(font.weight())
                                 .arg(font.italic() ? QStringLiteral(" italic") : QString()));
            }
        }
        QVERIFY2(faces.size() == 3,
                 qPrintable(QStringList(faces.values()).join(QStringLiteral("; "))));
    }

    void menuBarExtensionIconIsLoadedWhenDrawn() {
        LazyIconStyle style;
        const QIcon extension = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QVERIFY(!extension.isNull());
        const QImage drawn = extension.pixmap(QSize(16, 16)).toImage();
        QVERIFY(!drawn.isNull());
        bool visible = false; // the real icon, not a blank stand-in
        for (int y = 0; y < drawn.height() && !visible; ++y)
            for (int x = 0; x < drawn.width() && !visible; ++x)
                visible = qAlpha(drawn.pixel(x, y)) > 0;
        QVERIFY(visible);
        QCOMPARE(extension.actualSize(QSize(16, 16)),
                 style.baseStyle()
                     ->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)
                     .actualSize(QSize(16, 16)));
        // Every other icon is the base style's own.
        QVERIFY(!style.standardIcon(QStyle::SP_ArrowBack).isNull());
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
        window.showCode(CodeId{Family::Sip, 503}); // where the last session ended
        window.openComparison(CodeId{Family::Sip, 401}, CodeId{Family::Sip, 407});
        QVERIFY(window.isComparing());
        QVERIFY(window.comparisonView()->html().contains(u"Proxy-Authenticate"));
        // The list is on side A, not on the code the last session ended on, and closing the
        // comparison shows side A.
        QCOMPARE(window.currentCode()->code, 401);
        const auto *list = window.findChild<QTreeView *>(QStringLiteral("codeList"));
        QCOMPARE(list->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("401"));
        window.comparisonView()->findChild<QToolButton *>(QStringLiteral("compareClose"))->click();
        QVERIFY(!window.isComparing());
        QVERIFY(window.findChild<QTextBrowser *>(QStringLiteral("detailView"))
                    ->toPlainText()
                    .startsWith(u"401 Unauthorized"));
    }

    void laterStartShowsItsRequestAndComesForward() {
        MainWindow window(QStringLiteral("en"));
        window.showMinimized();
        window.handleRequest({CodeId{Family::Sip, 486}}, false);
        QVERIFY(window.isVisible());
        QVERIFY(!window.isMinimized());
        QCOMPARE(window.currentCode()->code, 486);
        QVERIFY(window.windowTitle().startsWith(u"486 Busy Here"));

        window.handleRequest({CodeId{Family::Sip, 480}, CodeId{Family::Sip, 600}}, true);
        QVERIFY(window.isComparing());
        QVERIFY(window.windowTitle().startsWith(u"480 vs 600"));
        QCOMPARE(window.currentCode()->code, 480);

        window.handleRequest({CodeId{Family::Q850, 17}}, false);
        QVERIFY(!window.isComparing());
        QCOMPARE(window.currentCode()->family, Family::Q850);
        window.handleRequest({}, false); // `sipcodes` alone: only comes forward
        QCOMPARE(window.currentCode()->code, 17);
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

    void altLeftAndAltRightWalkCodesAndComparisons() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        auto *back = window.findChild<QAction *>(QStringLiteral("backAction"));
        auto *forward = window.findChild<QAction *>(QStringLiteral("forwardAction"));
        window.showCode(CodeId{Family::Sip, 486});
        window.showComparison(CodeId{Family::Sip, 486}, CodeId{Family::Sip, 600});
        window.showCode(CodeId{Family::Q850, 17});
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());

        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(window.isComparing());
        QCOMPARE(window.comparisonView()->pair().second.code, 600);
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(!window.isComparing());
        QCOMPARE(window.currentCode()->code, 486);
        QVERIFY(detail->toPlainText().startsWith(u"486 Busy Here"));
        QVERIFY(forward->isEnabled());

        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QVERIFY(window.isComparing());
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(*window.currentCode(), (CodeId{Family::Q850, 17}));
        QVERIFY(!forward->isEnabled());

        // Going back from the search box works too, and showing a new code drops the forward part.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(window.isComparing());
        window.showCode(CodeId{Family::Sip, 503});
        QVERIFY(!forward->isEnabled());
        QVERIFY(window.goBack());
        QVERIFY(window.isComparing());
    }

    void copiesForTickets() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QClipboard *clipboard = QGuiApplication::clipboard();
        window.showCode(CodeId{Family::Sip, 486});

        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(clipboard->text().startsWith(u"## 486 Busy Here"),
                 qPrintable(clipboard->text().left(40)));
        window.findChild<QAction *>(QStringLiteral("copyTextAction"))->trigger();
        QVERIFY(clipboard->text().startsWith(u"486 Busy Here"));
        window.findChild<QAction *>(QStringLiteral("copyWiresharkAction"))->trigger();
        QCOMPARE(clipboard->text(), QStringLiteral("sip.Status-Code == 486"));
        window.findChild<QAction *>(QStringLiteral("copySngrepAction"))->trigger();
        QCOMPARE(clipboard->text(), QStringLiteral("^SIP/2\\.0 486 "));

        window.showComparison(CodeId{Family::Sip, 486}, CodeId{Family::Sip, 600});
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(clipboard->text().contains(u"486"));
        QVERIFY(clipboard->text().contains(u"600"));
        QVERIFY(clipboard->text().contains(u"Key differences"));
        window.findChild<QAction *>(QStringLiteral("copyWiresharkAction"))->trigger();
        QCOMPARE(clipboard->text(),
                 QStringLiteral("(sip.Status-Code == 486) || (sip.Status-Code == 600)"));
    }

    void zoomIsRememberedAndAppliesToEveryPanel() {
        QSettings().remove(QStringLiteral("view/zoom"));
        qreal base = 0;
        {
            MainWindow window(QStringLiteral("en"));
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
            base = detail->font().pointSizeF();
            QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
            QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(window.zoom(), 2);
            QCOMPARE(detail->font().pointSizeF(), base + 2);
            QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(detail->font().pointSizeF(), base + 1);
            window.showComparison(CodeId{Family::Sip, 486}, CodeId{Family::Sip, 600});
            QCOMPARE(window.comparisonView()
                         ->findChild<QTextBrowser *>(QStringLiteral("comparisonBrowser"))
                         ->font()
                         .pointSizeF(),
                     base + 1);
        }
        QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 1);
        MainWindow again(QStringLiteral("en"));
        again.show();
        again.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&again));
        auto *detail = again.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        QCOMPARE(detail->font().pointSizeF(), base + 1);
        QTest::keyClick(&again, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(detail->font().pointSizeF(), base);
        // Written once the user pauses (DeferredSettings), as the recent codes are.
        QTRY_COMPARE_WITH_TIMEOUT(QSettings().value(QStringLiteral("view/zoom")).toInt(), 0, 5000);
    }

    void f6CyclesThePanes() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        auto *list = window.findChild<QTreeView *>(QStringLiteral("codeList"));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(detail->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(detail->hasFocus());

        // In a comparison the third pane is the comparison's text.
        window.showComparison(CodeId{Family::Sip, 486}, CodeId{Family::Sip, 600});
        list->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(window.comparisonView()
                        ->findChild<QTextBrowser *>(QStringLiteral("comparisonBrowser"))
                        ->hasFocus());
    }

    void f1ListsEveryShortcut() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
        auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTable"));
        QHash<QString, QString> rows;
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            rows.insert(table->topLevelItem(i)->text(1), table->topLevelItem(i)->text(0));
        QCOMPARE(rows.value(QStringLiteral("Copy as Markdown")), QStringLiteral("Ctrl+Shift+C"));
        QVERIFY(rows.value(QStringLiteral("Back")).startsWith(u"Alt+Left"));
        QVERIFY(rows.value(QStringLiteral("Search")).contains(u"Ctrl+K"));
        QVERIFY(rows.value(QStringLiteral("Zoom In")).contains(u"Ctrl+="));
        QCOMPARE(rows.value(QStringLiteral("Next Pane")), QStringLiteral("F6"));
        QCOMPARE(rows.value(QStringLiteral("Decode a Trace")), QStringLiteral("Ctrl+Shift+V"));
        QVERIFY(rows.contains(QStringLiteral("Open the selected code")));
        // Every action of the window that has a key is listed.
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty() || action->text().isEmpty())
                continue;
            QString text = action->text().remove(u'&');
            if (text.endsWith(u'…'))
                text.chop(1);
            QVERIFY2(rows.contains(text), qPrintable(text));
        }
        dialog->close();
    }

    void pinnedCodesComeFirstAndAreRemembered() {
        QSettings().remove(QStringLiteral("view/pinned"));
        {
            MainWindow window(QStringLiteral("en"));
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *list = window.findChild<QTreeView *>(QStringLiteral("codeList"));
            window.showCode(CodeId{Family::Sip, 486});
            QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
            QVERIFY(window.isPinned(CodeId{Family::Sip, 486}));
            window.showCode(CodeId{Family::Q850, 17});
            window.findChild<QAction *>(QStringLiteral("pinAction"))->trigger();
            QCOMPARE(firstRow(list), QStringLiteral("★ 486"));
            QCOMPARE(list->model()->index(1, 0).data().toString(), QStringLiteral("★ q850:17"));
            QCOMPARE(list->model()->index(0, 1).data(Qt::AccessibleTextRole).toString(),
                     QStringLiteral("486 Busy Here, client error, pinned"));
            QCOMPARE(*window.currentCode(), (CodeId{Family::Q850, 17}));
            QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("★ q850:17"));
            // A search ranks by relevance only.
            QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchBox")),
                             QStringLiteral("600"));
            QCOMPARE(firstRow(list), QStringLiteral("600"));
            window.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("view/pinned")).toStringList(),
                 (QStringList{"486", "q850:17"}));
        MainWindow again(QStringLiteral("en"));
        QVERIFY(again.isPinned(CodeId{Family::Q850, 17}));
        again.showCode(CodeId{Family::Sip, 486});
        again.findChild<QAction *>(QStringLiteral("pinAction"))->trigger();
        QVERIFY(!again.isPinned(CodeId{Family::Sip, 486}));
        QCOMPARE(firstRow(again.findChild<QTreeView *>(QStringLiteral("codeList"))),
                 QStringLiteral("★ q850:17"));
        QSettings().remove(QStringLiteral("view/pinned"));
    }

    void recentCodesAreRemembered() {
        QSettings().remove(QStringLiteral("view/recent"));
        {
            MainWindow window(QStringLiteral("en"));
            for (int code : {401, 403, 404, 486})
                window.showCode(CodeId{Family::Sip, code});
            window.showCode(CodeId{Family::Sip, 403});
            QCOMPARE(window.recentCodes().mid(0, 4), (QList<CodeId>{{Family::Sip, 403},
                                                                    {Family::Sip, 486},
                                                                    {Family::Sip, 404},
                                                                    {Family::Sip, 401}}));
            window.close(); // the next window opens on 403, the last code shown
        }
        MainWindow again(QStringLiteral("en"));
        QCOMPARE(again.recentCodes().constFirst(), (CodeId{Family::Sip, 403}));
        auto *menu = again.findChild<QMenu *>(QStringLiteral("recentMenu"));
        emit menu->aboutToShow();
        QVERIFY(menu->actions().size() >= 4);
        QCOMPARE(menu->actions().constFirst()->text(), QStringLiteral("403 Forbidden"));
        menu->actions().at(1)->trigger();
        QCOMPARE(again.currentCode()->code, 486);
        QVERIFY(again.recentCodes().size() <= 10);
    }

    // Each code shown goes to the recent codes, and typing changes the shown code at every
    // letter: the disk is written once the user pauses, not within the keystroke (a synchronous,
    // synced settings write there cost 1.5 to 2 ms of a 9 ms keystroke in bench_ui).
    void recentCodesReachTheDiskWhenTheUserPauses() {
        QSettings().remove(QStringLiteral("view/recent"));
        QSettings().sync();
        {
            MainWindow window(QStringLiteral("en"));
            window.showCode(CodeId{Family::Sip, 486});
            QVERIFY2(!recentOnDisk().contains(QStringLiteral("486")), qPrintable(recentOnDisk()));
            QTRY_VERIFY_WITH_TIMEOUT(recentOnDisk().startsWith(QStringLiteral("486")), 5000);

            window.showCode(CodeId{Family::Sip, 404});
            QVERIFY(!recentOnDisk().startsWith(QStringLiteral("404")));
        } // destroyed without being closed, before the pause was over: still written
        QVERIFY2(recentOnDisk().startsWith(QStringLiteral("404, 486")), qPrintable(recentOnDisk()));
        MainWindow again(QStringLiteral("en")); // opens on the last code closed, then these
        const QList<CodeId> recent = again.recentCodes();
        QCOMPARE(recent.mid(recent.indexOf(CodeId{Family::Sip, 404}), 2),
                 (QList<CodeId>{{Family::Sip, 404}, {Family::Sip, 486}}));
    }

    void alwaysOnTopShowsInTheTitle() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        window.showCode(CodeId{Family::Sip, 486});
        auto *onTop = window.findChild<QAction *>(QStringLiteral("alwaysOnTopAction"));
        QVERIFY(!onTop->isChecked());
        onTop->trigger();
        QVERIFY(window.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        QCOMPARE(window.windowTitle(), QStringLiteral("486 Busy Here – SIP Codes (on top)"));
        window.showCode(CodeId{Family::Sip, 600});
        QCOMPARE(window.windowTitle(), QStringLiteral("600 Busy Everywhere – SIP Codes (on top)"));
        onTop->trigger();
        QVERIFY(!window.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        QCOMPARE(window.windowTitle(), QStringLiteral("600 Busy Everywhere – SIP Codes"));
        QVERIFY(!QSettings().value(QStringLiteral("window/alwaysOnTop")).toBool());
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
