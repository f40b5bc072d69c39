#include "terminationsignals.h"

#include <QSocketNotifier>

#if defined(Q_OS_UNIX)
#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr std::array kSignals = {SIGTERM, SIGINT, SIGHUP};

// The handler may only call async-signal-safe functions: it writes the signal's number to a
// socket that the event loop watches. [0] is written by the handler, [1] read by the notifier.
std::array<int, 2> g_pipe = {-1, -1};
std::array<struct sigaction, kSignals.size()> g_previous{};

void onSignal(int signalNumber) {
    const auto byte = static_cast<unsigned char>(signalNumber);
    const int saved = errno;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
    errno = saved;
}

void restoreActions() {
    for (size_t i = 0; i < kSignals.size(); ++i)
        ::sigaction(kSignals[i], &g_previous[i], nullptr);
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent) {
    if (g_pipe[0] != -1) // another object is active
        return;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe.data()) != 0) {
        g_pipe = {-1, -1};
        return;
    }
    // A full socket (hundreds of signals unread) drops the byte rather than blocking the handler.
    ::fcntl(g_pipe[0], F_SETFL, ::fcntl(g_pipe[0], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::deliver);

    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (size_t i = 0; i < kSignals.size(); ++i)
        ::sigaction(kSignals[i], &action, &g_previous[i]);
}

TerminationSignals::~TerminationSignals() {
    if (!m_notifier)
        return;
    restoreActions();
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe = {-1, -1};
}

void TerminationSignals::deliver() {
    unsigned char byte = 0;
    if (::read(g_pipe[1], &byte, 1) != 1)
        return;
    // The next request is not for us: if quitting hangs, it ends the program.
    restoreActions();
    emit received(byte);
}

#else

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent) {}

TerminationSignals::~TerminationSignals() = default;

void TerminationSignals::deliver() {}

#endif
