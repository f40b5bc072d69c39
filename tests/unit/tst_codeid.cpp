#include "codeid.h"

#include <QTest>

class TestCodeId final : public QObject {
    Q_OBJECT

private slots:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("family");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("canonical");

        QTest::newRow("sip") << "486" << true << int(Family::Sip) << 486 << "486";
        QTest::newRow("sip prefix") << "sip:603" << true << int(Family::Sip) << 603 << "603";
        QTest::newRow("spaces") << "  180 " << true << int(Family::Sip) << 180 << "180";
        QTest::newRow("q850") << "q850:17" << true << int(Family::Q850) << 17 << "q850:17";
        QTest::newRow("Q.850") << "Q.850:34" << true << int(Family::Q850) << 34 << "q850:34";
        QTest::newRow("cause") << "cause:1" << true << int(Family::Q850) << 1 << "q850:1";
        QTest::newRow("warning") << "warning:399" << true << int(Family::Warning) << 399
                                 << "warning:399";
        QTest::newRow("unregistered shape") << "999" << true << int(Family::Sip) << 999 << "999";
        QTest::newRow("two digits") << "48" << false << 0 << 0 << "";
        QTest::newRow("four digits") << "4860" << false << 0 << 0 << "";
        QTest::newRow("letters") << "abc" << false << 0 << 0 << "";
        QTest::newRow("empty") << "" << false << 0 << 0 << "";
        QTest::newRow("q850 out of range") << "q850:128" << false << 0 << 0 << "";
        QTest::newRow("warning out of range") << "warning:299" << false << 0 << 0 << "";
        QTest::newRow("unknown family") << "http:404" << false << 0 << 0 << "";
        QTest::newRow("negative") << "-486" << false << 0 << 0 << "";
    }

    void parse() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto id = CodeId::parse(text);
        QCOMPARE(id.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, family);
        QFETCH(int, code);
        QFETCH(QString, canonical);
        QCOMPARE(int(id->family), family);
        QCOMPARE(id->code, code);
        QCOMPARE(id->toString(), canonical);
        QCOMPARE(CodeId::parse(id->toString()), id);
    }
};

QTEST_GUILESS_MAIN(TestCodeId)
#include "tst_codeid.moc"
