// The floor of the start-up benchmark: the barest Qt Widgets window, a QLabel the size of SIP
// Codes' main window. It reports its first painted frame exactly as FirstFrameProbe does for SIP
// Codes (written out here so that the floor links nothing of ours).
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QTimer>

#include <cstdio>

namespace {

qint64 peakResidentKib() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    return 0;
}

class FloorProbe final : public QObject {
    Q_OBJECT

public:
    explicit FloorProbe(QLabel *label)
        : QObject(label)
        , m_label(label) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_label && event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, this, &FloorProbe::report);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report() {
        std::printf("first-frame peak-rss-kib=%lld rows=0 detail-chars=%lld\n",
                    static_cast<long long>(peakResidentKib()),
                    static_cast<long long>(m_label->text().size()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    QLabel *m_label;
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("SIP Codes"));
    label.resize(1280, 800);
    if (qEnvironmentVariableIsSet("SIPCODES_BENCH_FIRST_FRAME"))
        label.installEventFilter(new FloorProbe(&label));
    label.show();
    return QApplication::exec();
}

#include "startup_floor.moc"
