#include "benchmarkreport.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct Result {
    QString function;
    QString tag;
    QString metric;
    double value = 0;
};

struct Failure {
    QString function;
    QString tag;
    QString message;
};

QString key(const QString &function, const QString &tag) {
    return function + u'/' + tag;
}

// Qt Test's metric names, as units for a figure nobody declared.
QString unitOf(const QString &metric) {
    if (metric == u"WalltimeMilliseconds")
        return QStringLiteral("ms");
    if (metric == u"WalltimeNanoseconds")
        return QStringLiteral("ns");
    if (metric == u"BytesAllocated")
        return QStringLiteral("B");
    return metric;
}

QString number(double value) {
    if (value >= 1000 || value <= -1000)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 3);
}

void print(const QString &line) {
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

QString column(const QString &text, int width) {
    return text.leftJustified(width);
}

bool bypassesTable(const QStringList &arguments) {
    static const QStringList own = {QStringLiteral("-o"),
                                    QStringLiteral("-txt"),
                                    QStringLiteral("-xml"),
                                    QStringLiteral("-csv"),
                                    QStringLiteral("-junitxml"),
                                    QStringLiteral("-xunitxml"),
                                    QStringLiteral("-teamcity"),
                                    QStringLiteral("-tap"),
                                    QStringLiteral("-lightxml"),
                                    QStringLiteral("-help"),
                                    QStringLiteral("--help"),
                                    QStringLiteral("-functions"),
                                    QStringLiteral("-datatags"),
                                    QStringLiteral("-callgrind"),
                                    QStringLiteral("-perf"),
                                    QStringLiteral("-tickcounter"),
                                    QStringLiteral("-eventcounter"),
                                    QStringLiteral("-callgrindchild")};
    for (const QString &argument : arguments)
        if (own.contains(argument))
            return true;
    return false;
}

void readLog(const QString &path, QList<Result> &results, QList<Failure> &failures) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QXmlStreamReader xml(&file);
    QString function;
    QString incidentType;
    QString dataTag;
    QString description;
    bool inIncident = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            const auto attributes = xml.attributes();
            if (name == u"TestFunction") {
                function = attributes.value(QLatin1StringView("name")).toString();
            } else if (name == u"BenchmarkResult") {
                results.append(Result{function,
                                      attributes.value(QLatin1StringView("tag")).toString(),
                                      attributes.value(QLatin1StringView("metric")).toString(),
                                      attributes.value(QLatin1StringView("value")).toDouble()});
            } else if (name == u"Incident" || name == u"Message") {
                inIncident = true;
                incidentType = attributes.value(QLatin1StringView("type")).toString();
                dataTag.clear();
                description.clear();
            } else if (inIncident && name == u"DataTag") {
                dataTag = xml.readElementText();
            } else if (inIncident && name == u"Description") {
                description = xml.readElementText();
            }
        } else if (xml.isEndElement() && (xml.name() == u"Incident" || xml.name() == u"Message")) {
            inIncident = false;
            if (incidentType == u"fail" || incidentType == u"xpass" || incidentType == u"qfatal")
                failures.append(Failure{function, dataTag, description});
        }
    }
}

} // namespace

Budget Budget::none(const QString &text) {
    return Budget{Kind::None, 0, text, 0, {}};
}

Budget Budget::atMost(double limit, const QString &text) {
    return Budget{Kind::AtMost, limit, text, 0, {}};
}

Budget Budget::atLeast(double limit, const QString &text) {
    return Budget{Kind::AtLeast, limit, text, 0, {}};
}

Budget Budget::against(double referenceValue, const QString &name) const {
    Budget budget = *this;
    budget.reference = referenceValue;
    budget.referenceName = name;
    return budget;
}

bool Budget::holds(double value) const {
    switch (kind) {
    case Kind::None:
        return true;
    case Kind::AtMost:
        return value <= limit;
    case Kind::AtLeast:
        return value >= limit;
    }
    return true;
}

BenchmarkReport &BenchmarkReport::instance() {
    static BenchmarkReport report;
    return report;
}

bool BenchmarkReport::smoke() {
    return instance().m_smoke;
}

void BenchmarkReport::declare(const FigureSpec &spec) {
    const QString tag = QString::fromUtf8(QTest::currentDataTag());
    instance().m_specs.insert(key(QString::fromUtf8(QTest::currentTestFunction()), tag), spec);
}

int BenchmarkReport::exec(QObject *test, int argc, char **argv, int defaultMedian) {
    BenchmarkReport &report = instance();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    report.m_smoke = arguments.removeAll(QStringLiteral("--smoke")) > 0;
    if (bypassesTable(arguments))
        return QTest::qExec(test, arguments);

    QTemporaryDir scratch;
    const QString log = scratch.filePath(QStringLiteral("results.xml"));
    arguments << QStringLiteral("-o") << log + QStringLiteral(",xml");
    if (report.m_smoke && !arguments.contains(u"-iterations"))
        arguments << QStringLiteral("-iterations") << QStringLiteral("1");
    else if (!report.m_smoke && !arguments.contains(u"-median") &&
             !arguments.contains(u"-iterations"))
        arguments << QStringLiteral("-median") << QString::number(defaultMedian);
    QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (platform.isEmpty())
        platform = qEnvironmentVariableIsSet("DISPLAY") ? QStringLiteral("xcb")
                                                        : QStringLiteral("default");
    print(QStringLiteral("# %1: Qt %2, %3 build, %4%5")
              .arg(QFileInfo(arguments.constFirst()).fileName(), QString::fromLatin1(qVersion()),
                   QStringLiteral(SIPCODES_BUILD_TYPE), platform,
                   report.m_smoke ? QStringLiteral(", smoke run (no budgets)") : QString()));
    std::fflush(stdout);
    const int testResult = QTest::qExec(test, arguments);

    QList<Result> results;
    QList<Failure> failures;
    readLog(log, results, failures);

    bool missed = false;
    for (const Result &result : std::as_const(results)) {
        FigureSpec spec = report.m_specs.value(key(result.function, result.tag));
        if (spec.name.isEmpty()) {
            spec.name =
                result.tag.isEmpty() ? result.function : result.function + u' ' + result.tag;
            spec.unit = unitOf(result.metric);
            spec.budget = Budget::none(QStringLiteral("-"));
        }
        const double value = result.value * spec.scale;
        const Budget &budget = spec.budget;
        QString ratio = QStringLiteral("-");
        if (budget.reference > 0)
            ratio = QString::number(value / budget.reference, 'f', 2) + QStringLiteral("x ") +
                    budget.referenceName;
        else if (budget.kind != Budget::Kind::None && budget.limit > 0)
            ratio = QString::number(value / budget.limit, 'f', 2) + QStringLiteral("x budget");
        QString verdict = QStringLiteral("-");
        if (budget.kind != Budget::Kind::None) {
            if (report.m_smoke)
                verdict = QStringLiteral("smoke");
            else if (budget.holds(value))
                verdict = QStringLiteral("PASS");
            else {
                verdict = QStringLiteral("FAIL");
                missed = true;
            }
        }
        QString line = column(spec.name, 52) + u' ' +
                       QString(number(value) + u' ' + spec.unit).rightJustified(14) +
                       QStringLiteral("  ") + column(budget.text, 22) + u' ' + column(ratio, 18) +
                       u' ' + column(verdict, 5);
        if (!spec.note.isEmpty())
            line += QStringLiteral("  ") + spec.note;
        print(line.trimmed());
    }
    for (const Failure &failure : std::as_const(failures))
        print(QStringLiteral("FAIL  %1(%2): %3")
                  .arg(failure.function, failure.tag, failure.message.simplified()));
    std::fflush(stdout);
    if (testResult != 0 && failures.isEmpty())
        print(
            QStringLiteral("FAIL  %1 exited with %2").arg(arguments.constFirst()).arg(testResult));
    return testResult != 0 || missed ? 1 : 0;
}
