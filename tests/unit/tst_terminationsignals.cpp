#include "terminationsignals.h"

#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

// SIGTERM, SIGINT and SIGHUP reach the event loop as TerminationSignals::received; a second one
// gets the action from before (the default: the program ends), as does any after the object.
class TestTerminationSignals final : public QObject {
    Q_OBJECT

#ifdef Q_OS_UNIX
    static void (*actionOf(int signalNumber))(int) {
        struct sigaction current {};
        ::sigaction(signalNumber, nullptr, &current);
        return current.sa_handler;
    }
#endif

private slots:
    void init() {
#ifndef Q_OS_UNIX
        QSKIP("POSIX signals only");
#endif
    }

#ifdef Q_OS_UNIX
    void signalReachesTheEventLoopOnce_data() {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM (logout, kill)") << int(SIGTERM);
        QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
        QTest::newRow("SIGHUP (terminal closed)") << int(SIGHUP);
    }

    void signalReachesTheEventLoopOnce() {
        QFETCH(int, signalNumber);
        const auto before = actionOf(signalNumber);
        const auto termBefore = actionOf(SIGTERM);
        const auto intBefore = actionOf(SIGINT);
        const auto hupBefore = actionOf(SIGHUP);
        {
            TerminationSignals catcher;
            QVERIFY(catcher.isActive());
            QVERIFY(actionOf(signalNumber) != before);
            QSignalSpy spy(&catcher, &TerminationSignals::received);
            QCOMPARE(::raise(signalNumber), 0); // without the handler this ends the test
            QCOMPARE(spy.count(), 0);           // not inside the handler: in the event loop
            QTRY_COMPARE(spy.count(), 1);
            QCOMPARE(spy.at(0).at(0).toInt(), signalNumber);
            // A second request gets the action from before (in the window: the default, which
            // ends the program; here Qt Test's own handler).
            QVERIFY(actionOf(SIGTERM) == termBefore);
            QVERIFY(actionOf(SIGINT) == intBefore);
            QVERIFY(actionOf(SIGHUP) == hupBefore);
        }
        QVERIFY(actionOf(signalNumber) == before);
    }

    void previousActionsComeBack() {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        struct sigaction previous {};
        ::sigaction(SIGHUP, &ignore, &previous);
        {
            TerminationSignals catcher;
            QVERIFY(actionOf(SIGHUP) != SIG_IGN);
        }
        QVERIFY(actionOf(SIGHUP) == SIG_IGN);
        ::sigaction(SIGHUP, &previous, nullptr);
    }

    void onlyOneObjectCatches() {
        TerminationSignals first;
        TerminationSignals second;
        QVERIFY(first.isActive());
        QVERIFY(!second.isActive());
        QSignalSpy spy(&first, &TerminationSignals::received);
        QCOMPARE(::raise(SIGTERM), 0);
        QTRY_COMPARE(spy.count(), 1);
    }
#endif
};

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "tst_terminationsignals.moc"
