#pragma once

#include <QObject>

class QSocketNotifier;

// Turns the signals that ask a program to end (SIGTERM from a logout or `kill`, SIGINT from
// Ctrl+C in a terminal, SIGHUP when that terminal closes) into a Qt signal, delivered by the event
// loop, so that the window can quit as File > Quit does and write what it still holds (the recent
// codes wait for the user's pause). Without it the default action kills the process at once.
//
// A second request while the first is handled ends the program as before: after the first one
// the default actions are back. Only one object may be active at a time; on systems without
// POSIX signals it does nothing.
class TerminationSignals final : public QObject {
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override; // puts the previous actions back

    // False when the signals could not be caught (another object is active, or no socket pair).
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void received(int signalNumber);

private:
    void deliver();

    QSocketNotifier *m_notifier = nullptr;
};
