#include "capturefilters.h"

#include <QRegularExpression>
#include <QTest>

namespace {
QList<CodeId> ids(const QString &text) {
    QList<CodeId> result;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts))
        result.append(*CodeId::parse(part));
    return result;
}
} // namespace

class TestCaptureFilters final : public QObject {
    Q_OBJECT

private slots:
    void wireshark_data() {
        QTest::addColumn<QString>("codes");
        QTest::addColumn<QString>("filter");
        QTest::newRow("sip") << "486"
                             << "sip.Status-Code == 486";
        QTest::newRow("q850") << "q850:17"
                              << R"r(sip.Reason matches "Q.850.*cause *= *17([^0-9]|$)")r";
        QTest::newRow("warning") << "warning:399"
                                 << R"r(sip.Warning matches "(^|,) *399 ")r";
        QTest::newRow("pair") << "486 600"
                              << "(sip.Status-Code == 486) || (sip.Status-Code == 600)";
        QTest::newRow("same code twice") << "486 486"
                                         << "sip.Status-Code == 486";
    }

    void wireshark() {
        QFETCH(QString, codes);
        QFETCH(QString, filter);
        QCOMPARE(CaptureFilters::wireshark(ids(codes)), filter);
    }

    void sngrep_data() {
        QTest::addColumn<QString>("codes");
        QTest::addColumn<QString>("expression");
        QTest::newRow("sip") << "486"
                             << R"r(^SIP/2\.0 486 )r";
        QTest::newRow("q850") << "q850:1"
                              << R"r(Reason: *Q\.850.*cause *= *1([^0-9]|$))r";
        QTest::newRow("warning") << "warning:399"
                                 << R"r(Warning: *([^,]*, *)*399 )r";
        QTest::newRow("pair") << "486 q850:17"
                              << R"r((^SIP/2\.0 486 )|(Reason: *Q\.850.*cause *= *17([^0-9]|$)))r";
    }

    void sngrep() {
        QFETCH(QString, codes);
        QFETCH(QString, expression);
        QCOMPARE(CaptureFilters::sngrep(ids(codes)), expression);
    }

    // The sngrep expressions are regular expressions: check them against real header lines.
    void sngrepMatches_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("matches");
        QTest::newRow("status") << "486"
                                << "SIP/2.0 486 Busy Here" << true;
        QTest::newRow("other status") << "486"
                                      << "SIP/2.0 487 Request Terminated" << false;
        QTest::newRow("cause") << "q850:17"
                               << R"r(Reason: Q.850;cause=17;text="User busy")r" << true;
        QTest::newRow("cause at the end") << "q850:1"
                                          << "Reason: Q.850 ; cause = 1" << true;
        QTest::newRow("longer cause") << "q850:1"
                                      << "Reason: Q.850;cause=16" << false;
        QTest::newRow("sip reason") << "q850:17"
                                    << "Reason: SIP;cause=17" << false;
        QTest::newRow("warning") << "warning:399"
                                 << R"r(Warning: 399 proxy.example "Oops")r" << true;
        QTest::newRow("second warning")
            << "warning:399"
            << R"r(Warning: 307 a.example "x", 399 b.example "y")r" << true;
        QTest::newRow("other warning") << "warning:399"
                                       << R"r(Warning: 370 a "x")r" << false;
    }

    void sngrepMatches() {
        QFETCH(QString, code);
        QFETCH(QString, line);
        QFETCH(bool, matches);
        const QRegularExpression re(CaptureFilters::sngrep(ids(code)));
        QVERIFY2(re.isValid(), qPrintable(re.errorString()));
        QCOMPARE(re.match(line).hasMatch(), matches);
    }
};

QTEST_GUILESS_MAIN(TestCaptureFilters)
#include "tst_capturefilters.moc"
