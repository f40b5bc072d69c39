#include "commandline.h"
#include "firstframeprobe.h"
#include "localization.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Codes"));
    QCoreApplication::setApplicationName(QStringLiteral("sipcodes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPCODES_VERSION));
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Decide before any application object exists: printing must work without a display.
    const CommandRequest firstPass = CommandLine::parse(arguments);
    const bool headless = firstPass.action != CommandRequest::Action::Window;

    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();

    QString language = CommandLine::languageArgument(arguments);
    if (!Localization::available().contains(language))
        language = headless ? Localization::systemLanguage() : QString();
    if (!language.isEmpty())
        Localization::setLanguage(language);

    // Parse again now that translators are installed, so messages and help come translated.
    const CommandRequest request = CommandLine::parse(arguments);
    if (headless) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(request, out, err);
    }

    MainWindow window(request.language);
    if (request.compare && request.codes.size() == 2)
        window.showComparison(request.codes.at(0), request.codes.at(1));
    else if (!request.codes.isEmpty())
        window.showCode(request.codes.constFirst());
    if (FirstFrameProbe::requested()) // the start-up benchmark
        FirstFrameProbe::install(&window);
    window.show();
    return QApplication::exec();
}
