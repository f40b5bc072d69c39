#include "catalog.h"
#include "commandline.h"
#include "firstframeprobe.h"
#include "lazyiconstyle.h"
#include "localization.h"
#include "mainwindow.h"
#include "overlays.h"
#include "singleinstance.h"
#include "terminationsignals.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QScopeGuard>
#include <QTextStream>
#include <QThreadPool>

#include <cstdio>
#include <future>
#include <memory>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#endif

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("SIP Codes"));
    QCoreApplication::setApplicationName(QStringLiteral("sipcodes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPCODES_VERSION));
}

// The desktop matches the window to its .desktop file (and so to the installed icon) by this id.
void describeDesktopIdentity() {
    QGuiApplication::setDesktopFileName(QStringLiteral(SIPCODES_APP_ID));
}

// Decoding the icon's images loads Qt's image format plugins: done after the first frame.
void setApplicationIcon() {
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/sipcodes-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
}

#if defined(Q_OS_LINUX)
// Qt's first use of a font initialises fontconfig: its configuration files and font caches are
// read from disk. fontconfig is already loaded (Qt's xcb platform needs it), so this does that on
// Qt's global thread pool while the application object starts; Qt then finds it done. (The pool,
// not a thread of its own: its threads stay for the first frame, see Catalog::preload().)
std::future<void> warmFontConfiguration() {
    using Init = int (*)();
    const auto init = reinterpret_cast<Init>(dlsym(RTLD_DEFAULT, "FcInit"));
    if (!init)
        return {};
    auto task = std::make_shared<std::packaged_task<void()>>([init] { init(); });
    std::future<void> done = task->get_future();
    QThreadPool::globalInstance()->start([task] { (*task)(); });
    return done;
}
#endif

} // namespace

int main(int argc, char *argv[]) {
    Catalog::preload(); // read while the application object starts
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Decide before any application object exists: printing must work without a display.
    const CommandRequest firstPass = CommandLine::parse(arguments);
    const bool headless = firstPass.action != CommandRequest::Action::Window;

    std::unique_ptr<QCoreApplication> app;
    if (headless) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
#if defined(Q_OS_LINUX)
        const std::future<void> fonts = warmFontConfiguration();
#endif
        app = std::make_unique<QApplication>(argc, argv);
#if defined(Q_OS_LINUX)
        if (fonts.valid())
            fonts.wait();
#endif
    }
    // Destroyed before the application object: the catalog thread is done before that goes.
    const auto catalogRead = qScopeGuard([] { Catalog::finishPreload(); });
    describeApplication();

    QString language = CommandLine::languageArgument(arguments);
    if (!Localization::available().contains(language))
        language = headless ? Localization::systemLanguage() : QString();
    if (!language.isEmpty())
        Localization::setLanguage(language);

    // Parse again now that translators are installed, so messages and help come translated.
    const CommandRequest request = CommandLine::parse(arguments);
    // Team overlays from --catalog load with the built-in catalog, on its first use.
    Overlays::setExtraFiles(request.catalogFiles);
    if (headless) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(request, out, err);
    }

    // A logout's or `kill`'s SIGTERM, or Ctrl+C in a terminal, quits as File > Quit does, so the
    // recent codes still waiting for the user's pause are written. Caught from here on; a request
    // that comes before the window exists is handled when the event loop starts.
    TerminationSignals terminationSignals;

    // Only the window is single-instance: a later `sipcodes 486` shows 486 in the running window
    // and exits, so a desktop shortcut bound to `sipcodes` summons it. Printing never gets here.
    SingleInstance instance;
    // The running window may have another working folder: a trace file goes by its full path.
    QStringList forwarded = arguments.mid(1);
    if (!request.traceFile.isEmpty())
        forwarded.replace(forwarded.indexOf(request.traceFile),
                          QFileInfo(request.traceFile).absoluteFilePath());
    if (instance.start(forwarded) == SingleInstance::Role::Secondary)
        return 0;
    describeDesktopIdentity();
    QApplication::setStyle(new LazyIconStyle);

    // A broken team overlay is reported here too, not only in the window.
    for (const CatalogProblem &problem : Catalog::builtin().problems())
        std::fprintf(
            stderr, "%s\n",
            qPrintable(CommandLine::tr("sipcodes: catalog problem: %1").arg(problem.toString())));
    MainWindow window(request.language);
    QObject::connect(&window, &MainWindow::firstFrameShown, &window, setApplicationIcon);
    QObject::connect(&terminationSignals, &TerminationSignals::received, &window,
                     &MainWindow::quit);
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window,
                     [&window, &arguments](const QStringList &received) {
                         const CommandRequest later =
                             CommandLine::parse(arguments.mid(0, 1) + received);
                         if (later.action != CommandRequest::Action::Window)
                             return;
                         if (!later.traceFile.isEmpty())
                             window.openDecoder(later.traceFile);
                         window.handleRequest(later.codes, later.compare);
                     });
    if (!request.traceFile.isEmpty())
        window.openDecoder(request.traceFile);
    else if (request.compare && request.codes.size() == 2)
        window.openComparison(request.codes.at(0), request.codes.at(1));
    else if (!request.codes.isEmpty())
        window.showCode(request.codes.constFirst());
    if (FirstFrameProbe::requested()) // the start-up benchmark
        FirstFrameProbe::install(&window);
    window.showAtStart();
    return QApplication::exec();
}
