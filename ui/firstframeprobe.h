#pragma once

#include <QObject>

class QWidget;

// The start-up benchmark's hook (tests/benchmarks): when SIPCODES_BENCH_FIRST_FRAME is set, the
// first painted frame of the main window prints one line with what it showed and the peak
// resident memory, then quits. Without the variable nothing is installed and nothing is printed.
class FirstFrameProbe final : public QObject {
    Q_OBJECT

public:
    static bool requested();
    // Watches `window`; the probe is a child of it.
    static void install(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstFrameProbe(QWidget *window);
    void report();

    QWidget *m_window;
    bool m_painted = false;
};
