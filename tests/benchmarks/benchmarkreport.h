#pragma once

#include <QHash>
#include <QString>

class QObject;

// What a figure must stay within, in the unit it is printed in.
struct Budget {
    enum class Kind : quint8 { None, AtMost, AtLeast };

    Kind kind = Kind::None;
    double limit = 0;
    QString text;         // "<= 1 ms", "<= 1.25x floor", "(part of start-up)"
    double reference = 0; // when set, the ratio is printed against it ("1.14x floor")
    QString referenceName;

    static Budget none(const QString &text);
    static Budget atMost(double limit, const QString &text);
    static Budget atLeast(double limit, const QString &text);
    Budget against(double referenceValue, const QString &name) const;
    bool holds(double value) const;
};

// How the result of one benchmark function and data row is named and printed.
struct FigureSpec {
    QString name;     // "search.keystroke real \"bu\""
    QString unit;     // as printed: "ms", "MiB", "B/entry"
    double scale = 1; // printed value = measured value x scale
    Budget budget;
    QString note; // printed after the verdict: how it was measured
};

// Runs a Qt Test benchmark object and prints one line per figure - name, value, budget, ratio,
// PASS/FAIL - instead of Qt Test's log. QBENCHMARK does the measuring (so -median, -iterations
// and -callgrind keep working); its results are read back from Qt Test's XML log, because Qt Test
// does not hand them to the test. Each benchmark function names its figure and budget with
// declare() before it measures.
//
// --smoke runs every benchmark once (-iterations 1) and enforces no budget: that is how CTest runs
// them in a normal build. Options that choose Qt Test's own output (-o, -txt, -callgrind, ...)
// bypass the table.
class BenchmarkReport final {
public:
    static int exec(QObject *test, int argc, char **argv, int defaultMedian = 5);
    // For the running benchmark function and data row.
    static void declare(const FigureSpec &spec);
    static bool smoke();

private:
    static BenchmarkReport &instance();

    QHash<QString, FigureSpec> m_specs; // by "function/tag"
    bool m_smoke = false;
};

#define SIPCODES_BENCHMARK_MAIN(TestObject, Application, median)                                   \
    int main(int argc, char *argv[]) {                                                             \
        Application app(argc, argv);                                                               \
        TestObject test;                                                                           \
        return BenchmarkReport::exec(&test, argc, argv, median);                                   \
    }
