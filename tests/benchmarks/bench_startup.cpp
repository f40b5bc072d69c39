#include "benchmarkreport.h"
#include "catalog.h"
#include "formatter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

namespace {

struct Run {
    double milliseconds = 0;
    double peakKib = 0;
    int rows = 0;
    qint64 detailChars = 0;
};

struct Samples {
    std::vector<double> milliseconds;
    std::vector<double> peakKib;
};

double quantile(std::vector<double> values, double q) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double position = q * static_cast<double>(values.size() - 1);
    const auto below = static_cast<size_t>(position);
    const size_t above = std::min(below + 1, values.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return values[below] + (values[above] - values[below]) * fraction;
}

QString spread(const std::vector<double> &values, double scale, const QString &unit) {
    return QStringLiteral("median of %1, IQR %2-%3 %4")
        .arg(values.size())
        .arg(quantile(values, 0.25) * scale, 0, 'f', 1)
        .arg(quantile(values, 0.75) * scale, 0, 'f', 1)
        .arg(unit);
}

} // namespace

// Start-up against a floor: a bare QLabel window (startup_floor) and SIP Codes are started
// alternately, many times, each told by SIPCODES_BENCH_FIRST_FRAME to report its first painted
// frame and quit. Time runs from just before the process is started to the line that reports the
// frame; memory is the peak resident set the process reports (VmHWM). Both run on the same Qt
// platform (whatever QT_QPA_PLATFORM and DISPLAY say) with empty settings and English.
class BenchStartup final : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    Samples m_floor;
    Samples m_textFloor;
    Samples m_app;
    QString m_platform;

    Run start(const QString &program, const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.setProgram(program);
        process.setArguments(arguments);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start();
        QByteArray output;
        while (!output.contains('\n') && process.waitForReadyRead(20'000))
            output += process.readAllStandardOutput();
        Run run;
        run.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!process.waitForFinished(20'000))
            process.kill();
        static const QRegularExpression line(
            QStringLiteral("first-frame peak-rss-kib=(\\d+) rows=(\\d+) detail-chars=(\\d+)"));
        const auto match = line.match(QString::fromUtf8(output));
        if (!match.hasMatch()) {
            qWarning("%s", process.readAllStandardError().constData());
            run.milliseconds = -1;
            return run;
        }
        run.peakKib = match.captured(1).toDouble();
        run.rows = match.captured(2).toInt();
        run.detailChars = match.captured(3).toLongLong();
        return run;
    }

    bool record(const QString &program, Samples *samples, bool filled,
                const QStringList &arguments = {}) {
        const Run run = start(program, arguments);
        if (run.milliseconds < 0) {
            qWarning("%s reported no first frame", qPrintable(program));
            return false;
        }
        if (filled && (run.rows == 0 || run.detailChars == 0)) {
            qWarning("%s painted its first frame with %d rows and %lld characters of detail",
                     qPrintable(program), run.rows, static_cast<long long>(run.detailChars));
            return false;
        }
        if (samples) {
            samples->milliseconds.push_back(run.milliseconds);
            samples->peakKib.push_back(run.peakKib);
        }
        return true;
    }

private slots:
    void initTestCase() {
        const QString floor = QStringLiteral(STARTUP_FLOOR_BINARY);
        const QString app = QStringLiteral(SIPCODES_BINARY);
        QVERIFY2(QFileInfo::exists(floor) && QFileInfo::exists(app),
                 "build startup_floor and sipcodes first");
        QVERIFY(m_home.isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("SIPCODES_BENCH_FIRST_FRAME"), QStringLiteral("1"));
        for (const char *variable :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            const QString path = m_home.filePath(QString::fromLatin1(variable));
            QVERIFY(QDir().mkpath(path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            m_environment.insert(QString::fromLatin1(variable), path);
        }
        m_environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        m_environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_platform = m_environment.value(QStringLiteral("QT_QPA_PLATFORM"));
        if (m_platform.isEmpty())
            m_platform = m_environment.contains(QStringLiteral("WAYLAND_DISPLAY"))
                             ? QStringLiteral("wayland")
                             : QStringLiteral("xcb");

        // The same-text floor draws what SIP Codes' first frame shows without a stored code: the
        // list's first rows, about as many as fit at 1280x800, and the first entry.
        const QList<Entry> &entries = Catalog::builtin().entries();
        QVERIFY(!entries.isEmpty());
        QStringList rows;
        for (qsizetype i = 0; i < std::min<qsizetype>(42, entries.size()); ++i)
            rows.append(QStringLiteral("%1   %2   %3")
                            .arg(entries.at(i).id.code)
                            .arg(entries.at(i).reason, entries.at(i).classMarker()));
        QFile text(m_home.filePath(QStringLiteral("first-frame-text")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write((rows.join(u'\n') + u'\f' +
                    Formatter(Catalog::builtin()).entryHtml(entries.constFirst()))
                       .toUtf8());
        text.close();
        const QStringList textArguments = {QStringLiteral("--text"), text.fileName()};

        const bool smoke = BenchmarkReport::smoke();
        const int runs =
            smoke ? 1 : std::max(1, qEnvironmentVariableIntValue("SIPCODES_BENCH_RUNS"));
        const int count = qEnvironmentVariableIsSet("SIPCODES_BENCH_RUNS") || smoke ? runs : 30;
        // Warm the page cache and the font caches; these runs are not counted.
        for (int i = 0; i < (smoke ? 1 : 3); ++i) {
            QVERIFY(record(floor, nullptr, false));
            QVERIFY(record(floor, nullptr, false, textArguments));
            QVERIFY(record(app, nullptr, true));
        }
        // Alternate, in ABBA order so that drift in the machine's load falls on all alike.
        for (int i = 0; i < count; ++i) {
            if (i % 2 == 0) {
                QVERIFY(record(floor, &m_floor, false));
                QVERIFY(record(floor, &m_textFloor, false, textArguments));
                QVERIFY(record(app, &m_app, true));
            } else {
                QVERIFY(record(app, &m_app, true));
                QVERIFY(record(floor, &m_textFloor, false, textArguments));
                QVERIFY(record(floor, &m_floor, false));
            }
        }
    }

    void startup_data() {
        QTest::addColumn<QString>("figure");
        for (const char *figure :
             {"time floor", "time sipcodes", "time same-text floor",
              "time sipcodes against the same text", "peak-rss floor", "peak-rss sipcodes"})
            QTest::newRow(figure) << QString::fromLatin1(figure);
    }
    void startup() {
        QFETCH(QString, figure);
        const double floorMs = quantile(m_floor.milliseconds, 0.5);
        const double floorKib = quantile(m_floor.peakKib, 0.5);
        const QString where = QStringLiteral("; ") + m_platform;
        if (figure.contains(u"same text")) {
            // For information: what SIP Codes takes beyond drawing the same text in bare labels.
            const double textMs = quantile(m_textFloor.milliseconds, 0.5);
            BenchmarkReport::declare(
                {QStringLiteral("startup.first-frame sipcodes vs same-text floor"),
                 QStringLiteral("ms"), 1,
                 Budget::none(QStringLiteral("(for information)"))
                     .against(textMs, QStringLiteral("same-text")),
                 QStringLiteral("the same-text floor: %1 ms").arg(textMs, 0, 'f', 1) + where});
            QTest::setBenchmarkResult(quantile(m_app.milliseconds, 0.5),
                                      QTest::WalltimeMilliseconds);
        } else if (figure.contains(u"same-text")) {
            BenchmarkReport::declare(
                {QStringLiteral("startup.first-frame same-text floor (2 QLabels)"),
                 QStringLiteral("ms"), 1,
                 Budget::none(QStringLiteral("(for information)"))
                     .against(floorMs, QStringLiteral("floor")),
                 QStringLiteral("the first frame's rows and entry in two bare QLabels; ") +
                     spread(m_textFloor.milliseconds, 1, QStringLiteral("ms")) + where});
            QTest::setBenchmarkResult(quantile(m_textFloor.milliseconds, 0.5),
                                      QTest::WalltimeMilliseconds);
        } else if (figure.startsWith(u"time")) {
            const bool isFloor = figure.endsWith(u"floor");
            const Samples &samples = isFloor ? m_floor : m_app;
            const Budget budget =
                isFloor ? Budget::none(QStringLiteral("(the floor)"))
                              .against(floorMs, QStringLiteral("floor"))
                        : Budget::atMost(floorMs * 1.25, QStringLiteral("<= 1.25x floor"))
                              .against(floorMs, QStringLiteral("floor"));
            BenchmarkReport::declare(
                {QStringLiteral("startup.first-frame %1")
                     .arg(isFloor ? QStringLiteral("floor (QLabel)") : QStringLiteral("sipcodes")),
                 QStringLiteral("ms"), 1, budget,
                 spread(samples.milliseconds, 1, QStringLiteral("ms")) + where});
            QTest::setBenchmarkResult(quantile(samples.milliseconds, 0.5),
                                      QTest::WalltimeMilliseconds);
        } else {
            const bool isFloor = figure.endsWith(u"floor");
            const Samples &samples = isFloor ? m_floor : m_app;
            const double kib = quantile(samples.peakKib, 0.5);
            const double floorMib = floorKib / 1024;
            const Budget budget =
                isFloor ? Budget::none(QStringLiteral("(the floor)"))
                              .against(floorMib, QStringLiteral("floor"))
                        : Budget::atMost(floorMib + 12, QStringLiteral("<= floor + 12 MiB"))
                              .against(floorMib, QStringLiteral("floor"));
            QString note = spread(samples.peakKib, 1.0 / 1024, QStringLiteral("MiB")) + where;
            if (!isFloor)
                note = QStringLiteral("+%1 MiB over the floor; ")
                           .arg((kib - floorKib) / 1024, 0, 'f', 1) +
                       note;
            BenchmarkReport::declare(
                {QStringLiteral("startup.peak-rss %1")
                     .arg(isFloor ? QStringLiteral("floor (QLabel)") : QStringLiteral("sipcodes")),
                 QStringLiteral("MiB"), 1.0 / 1048576, budget, note});
            QTest::setBenchmarkResult(kib * 1024, QTest::BytesAllocated);
        }
    }
};

SIPCODES_BENCHMARK_MAIN(BenchStartup, QCoreApplication, 1)
#include "bench_startup.moc"
