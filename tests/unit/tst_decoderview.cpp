#include "decoderview.h"
#include "findingsmodel.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTreeView>

namespace {

const QString kTrace = QStringLiteral("SIP/2.0 100 Trying\n"
                                      "Call-ID: 3848276298220188511@atlanta.example.com\n"
                                      "\n"
                                      "SIP/2.0 486 Busy Here\n"
                                      "Call-ID: 3848276298220188511@atlanta.example.com\n"
                                      "Reason: Q.850;cause=34;text=\"No circuit\"\n"
                                      "Warning: 399 sbc.example.com \"All trunks busy\"\n");

// A realistic message repeated until the text is `bytes` long: five findings per copy.
QByteArray bigTrace(qsizetype bytes, int *copies) {
    const QByteArray message = "SIP/2.0 503 Service Unavailable\r\n"
                               "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-1\r\n"
                               "Call-ID: 1-2-3@192.0.2.1\r\n"
                               "Reason: Q.850;cause=41\r\n"
                               "Warning: 399 edge \"Overloaded\"\r\n"
                               "Retry-After: 10\r\n"
                               "Content-Length: 0\r\n"
                               "\r\n"
                               "BYE sip:a@b SIP/2.0\r\n"
                               "Reason: SIP;cause=200\r\n\r\n";
    QByteArray data;
    *copies = 0;
    while (data.size() < bytes) {
        data += message;
        ++*copies;
    }
    return data;
}

} // namespace

class TestDecoderView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SIP Codes Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_decoderview"));
        QSettings().clear();
    }

    void shortcutDecodesTheClipboard() {
        QGuiApplication::clipboard()->setText(kTrace);
        MainWindow window(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.decoderView()); // created on first use only

        QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        DecoderView *decoder = window.decoderView();
        QVERIFY(decoder);
        QVERIFY(window.isDecoding());
        QCOMPARE(window.windowTitle(), QStringLiteral("Decoder – SIP Codes"));

        auto *findings = decoder->findChild<QTreeView *>(QStringLiteral("decoderFindings"));
        QCOMPARE(findings->model()->rowCount(), 4);
        QCOMPARE(findings->model()->index(2, FindingsModel::FindingColumn).data().toString(),
                 QStringLiteral("Q.850 cause 34 No circuit/channel available, text \"No "
                                "circuit\""));
        QCOMPARE(findings->model()->index(2, FindingsModel::FlagsColumn).data().toString(),
                 QStringLiteral("⚠ Mapping mismatch"));
        QCOMPARE(findings->model()->index(2, 0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Line 6, Reason: Q.850 cause 34 No circuit/channel available, "
                                "text \"No circuit\". Flagged: Mapping mismatch"));

        // One glance: the final response, its cause and warning, and what was flagged.
        auto *summary = decoder->findChild<QLabel *>(QStringLiteral("decoderSummary"));
        const QString shown = QTextDocumentFragment::fromHtml(summary->text()).toPlainText();
        QVERIFY2(shown.startsWith(QStringLiteral("Final response: 486 Busy Here (line 4).\n"
                                                 "Its Reason: Q.850 cause 34")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Its Warning: Warning 399 Miscellaneous warning, "
                                              "from sbc.example.com: \"All trunks busy\".")));
        QVERIFY(shown.contains(QStringLiteral("1 flagged as inconsistent or malformed.")));

        // The final response is selected and explained.
        QCOMPARE(findings->currentIndex().row(), 1);
        auto *explanation =
            decoder->findChild<QTextBrowser *>(QStringLiteral("decoderExplanation"));
        QVERIFY(
            explanation->toPlainText().startsWith(QStringLiteral("Status line: 486 Busy Here")));

        // Down to the Reason row: its mapping problem is explained; Enter opens its entry.
        findings->setFocus();
        QTest::keyClick(findings, Qt::Key_Down);
        QVERIFY(explanation->toPlainText().contains(
            QStringLiteral("RFC 3398 maps a 486 response to Q.850 cause 17")));
        QVERIFY(explanation->toPlainText().contains(
            QStringLiteral("It came in a 486 Busy Here response.")));
        QTest::keyClick(findings, Qt::Key_Return);
        QVERIFY(!window.isDecoding());
        QCOMPARE(window.currentCode(), CodeId::parse(u"q850:34"));

        // Coming back keeps what was pasted.
        QGuiApplication::clipboard()->setText(QStringLiteral("SIP/2.0 200 OK"));
        QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.isDecoding());
        QCOMPARE(findings->model()->rowCount(), 4);

        // Esc goes back to the detail pane.
        QTest::keyClick(findings, Qt::Key_Escape);
        QVERIFY(!window.isDecoding());
    }

    void typingDecodesAsYouGo() {
        DecoderView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *input = view.findChild<QPlainTextEdit *>(QStringLiteral("traceInput"));
        auto *summary = view.findChild<QLabel *>(QStringLiteral("decoderSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("Nothing to decode yet")));
        QTest::keyClicks(input, QStringLiteral("SIP/2.0 480 Gone Fishing"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, FindingsModel::FlagsColumn).data().toString(),
                 QStringLiteral("⚠ Non-standard phrase"));
        input->clear();
        QTest::keyClicks(input, QStringLiteral("hello"));
        QTRY_VERIFY(summary->text().contains(QStringLiteral("No status line")));
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void pastedMarkupStaysText() {
        DecoderView view;
        view.setText(QStringLiteral("SIP/2.0 486 <img src=x onerror=alert(1)>\n"
                                    "Warning: 399 <b>host</b> \"<a href='https://evil'>x</a>\""));
        auto *summary = view.findChild<QLabel *>(QStringLiteral("decoderSummary"));
        auto *explanation = view.findChild<QTextBrowser *>(QStringLiteral("decoderExplanation"));
        QVERIFY(!summary->text().contains(QStringLiteral("<img")));
        QVERIFY(!summary->text().contains(QStringLiteral("<b>host")));
        QVERIFY(summary->text().contains(QStringLiteral("&lt;img src=x")));
        // Tooltips too: Qt would render a tooltip that looks like markup.
        const QString tip =
            view.model()->index(0, 0).data(Qt::ToolTipRole).toString(); // the vendor phrase row
        QVERIFY2(tip.contains(QStringLiteral("&lt;img src=x")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<img")));
        // The literal markup is what a reader sees; no link to the page it names exists.
        auto *findings = view.findChild<QTreeView *>(QStringLiteral("decoderFindings"));
        findings->setCurrentIndex(view.model()->index(1, 0));
        QVERIFY(explanation->toPlainText().contains(
            QStringLiteral("from <b>host</b>: \"<a href='https://evil'>x</a>\"")));
        QVERIFY(!explanation->toHtml().contains(QStringLiteral("href=\"https://evil")));
        // Pasting HTML puts its text, not its markup, into the box.
        auto *input = view.findChild<QPlainTextEdit *>(QStringLiteral("traceInput"));
        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral("<p>SIP/2.0 <b>486</b> Busy Here</p>"));
        mime->setText(QStringLiteral("SIP/2.0 486 Busy Here"));
        QGuiApplication::clipboard()->setMimeData(mime);
        input->clear();
        input->paste();
        QCOMPARE(input->toPlainText(), QStringLiteral("SIP/2.0 486 Busy Here"));
    }

    void largeTextDecodesInTheBackground() {
        DecoderView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int copies = 0;
        const QByteArray data = bigTrace(3 << 20, &copies);
        QSignalSpy decoded(&view, &DecoderView::decoded);
        view.setText(QString::fromUtf8(data));
        QVERIFY(view.isBusy()); // not decoded on the UI thread
        auto *progress = view.findChild<QProgressBar *>(QStringLiteral("decoderProgress"));
        QVERIFY(progress->isVisible());
        auto *notice = view.findChild<QLabel *>(QStringLiteral("decoderNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("of pasted text")));
        QVERIFY(decoded.wait(30000));
        QVERIFY(!view.isBusy());
        QVERIFY(!progress->isVisible());
        QCOMPARE(view.model()->rowCount(), copies * 5);
        auto *input = view.findChild<QPlainTextEdit *>(QStringLiteral("traceInput"));
        QVERIFY(input->toPlainText().isEmpty()); // never loaded into the editor
    }

    void cancelKeepsWhatWasFound() {
        DecoderView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int copies = 0;
        const QByteArray data = bigTrace(40 << 20, &copies);
        QSignalSpy decoded(&view, &DecoderView::decoded);
        view.setText(QString::fromUtf8(data));
        QVERIFY(view.isBusy());
        QTest::keyClick(&view, Qt::Key_Escape); // Esc cancels a running decode
        QCOMPARE(decoded.size(), 1);
        QVERIFY(!view.isBusy());
        auto *summary = view.findChild<QLabel *>(QStringLiteral("decoderSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("Decoding cancelled")));
        QVERIFY(view.model()->rowCount() < copies * 5);
        // Nothing stale arrives later.
        const int rows = view.model()->rowCount();
        QTest::qWait(200);
        QCOMPARE(view.model()->rowCount(), rows);
    }

    void filesDecode_data() {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<bool>("shownInEditor");
        QTest::newRow("small file") << 4000 << true;
        QTest::newRow("large file") << (3 << 20) << false;
    }
    void filesDecode() {
        QFETCH(int, bytes);
        QFETCH(bool, shownInEditor);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("call.log")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        int copies = 0;
        file.write(bigTrace(bytes, &copies));
        file.close();
        DecoderView view;
        QSignalSpy decoded(&view, &DecoderView::decoded);
        view.decodeFile(file.fileName());
        if (view.isBusy())
            QVERIFY(decoded.wait(30000));
        QCOMPARE(view.model()->rowCount(), copies * 5);
        auto *input = view.findChild<QPlainTextEdit *>(QStringLiteral("traceInput"));
        QCOMPARE(!input->toPlainText().isEmpty(), shownInEditor);
    }

    void unreadableFileIsReported() {
        DecoderView view;
        QSignalSpy decoded(&view, &DecoderView::decoded);
        QTemporaryDir dir;
        view.decodeFile(dir.path()); // a folder
        QVERIFY(decoded.wait(10000));
        auto *summary = view.findChild<QLabel *>(QStringLiteral("decoderSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("is a folder")),
                 qPrintable(summary->text()));
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void openingATraceFileFromTheCommandLine() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("trace.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kTrace.toUtf8());
        file.close();
        MainWindow window(QStringLiteral("en"));
        window.openDecoder(file.fileName());
        QVERIFY(window.isDecoding());
        QCOMPARE(window.decoderView()->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestDecoderView)
#include "tst_decoderview.moc"
