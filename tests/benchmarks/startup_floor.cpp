// The floor of the start-up benchmark: the barest Qt Widgets window, a QLabel the size of SIP
// Codes' main window. It reports its first painted frame exactly as FirstFrameProbe does for SIP
// Codes (written out here so that the floor links nothing of ours).
//
// `startup_floor --text FILE` is the same-text floor, a figure for information only: two bare
// QLabels side by side draw the text of SIP Codes' first frame, the list's rows (plain text, left)
// and the entry (rich text, right), as FILE gives them, separated by a form feed. What SIP Codes
// takes beyond that is what its window costs, apart from the text itself.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

#include <cstdio>
#include <cstring>

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
    FloorProbe(QWidget *window, qsizetype characters)
        : QObject(window)
        , m_window(window)
        , m_characters(characters) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, this, &FloorProbe::report);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report() {
        std::printf("first-frame peak-rss-kib=%lld rows=0 detail-chars=%lld\n",
                    static_cast<long long>(peakResidentKib()),
                    static_cast<long long>(m_characters));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    QWidget *m_window;
    qsizetype m_characters;
    bool m_painted = false;
};

} // namespace

namespace {

// The same-text floor's window: the list's rows and the entry, each in a bare QLabel.
int showText(const QString &fileName) {
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "startup_floor: cannot read %s\n", qPrintable(fileName));
        return 2;
    }
    const QStringList parts = QString::fromUtf8(file.readAll()).split(u'\f');
    QWidget window;
    QLabel rows(parts.constFirst());
    rows.setTextFormat(Qt::PlainText);
    QLabel entry(parts.constLast());
    entry.setTextFormat(Qt::RichText);
    entry.setWordWrap(true);
    for (QLabel *label : {&rows, &entry})
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(&rows, 1);
    layout->addWidget(&entry, 2);
    window.resize(1280, 800);
    if (qEnvironmentVariableIsSet("SIPCODES_BENCH_FIRST_FRAME"))
        window.installEventFilter(new FloorProbe(&window, entry.text().size()));
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--text") == 0)
        return showText(QString::fromLocal8Bit(argv[2]));
    QLabel label(QStringLiteral("SIP Codes"));
    label.resize(1280, 800);
    if (qEnvironmentVariableIsSet("SIPCODES_BENCH_FIRST_FRAME"))
        label.installEventFilter(new FloorProbe(&label, label.text().size()));
    label.show();
    return QApplication::exec();
}

#include "startup_floor.moc"
