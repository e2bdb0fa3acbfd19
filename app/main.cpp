#include "appearance.h"
#include "cli/cli.h"
#include "databasefile.h"
#include "domain/errors.h"
#include "language.h"
#include "window.h"
#include "windowoptions.h"
#include "workspace.h"

#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QTextStream>
#include <QWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <csignal>
#include <memory>

Q_IMPORT_QML_PLUGIN(PanelistPlugin)
Q_IMPORT_QML_PLUGIN(Panelist_CorePlugin)
Q_IMPORT_QML_PLUGIN(Panelist_AppPlugin)

int main(int argc, char *argv[])
{
    // Past a file-size limit (ulimit -f) a write then fails with EFBIG, which every writer
    // reports and recovers from, instead of the signal killing the app mid-write.
    ::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication::setOrganizationName(QStringLiteral("Panelist"));
    QCoreApplication::setApplicationName(QStringLiteral("panelist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PANELIST_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::Invocation invocation = cli::Invocation::parse(arguments);
    if (invocation.needsFonts()) {
        // Fonts come with the GUI application; the offscreen platform needs no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Starting it without a desktop session would add a line about XDG_RUNTIME_DIR to
        // the command's one line of output.
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context,
                                             const QString &message) {
            if (previous && !message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
                previous(type, context, message);
        });
        QGuiApplication app(argc, argv);
        Language::installForSystem(app);
        return invocation.run();
    }
    if (!invocation.opensWindow()) {
        QCoreApplication app(argc, argv);
        Language::installForSystem(app);
        return invocation.run();
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Panelist"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.panelist.Panelist"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/panelist.png")));
    // The window speaks the language chosen in Settings (the system's by default) and
    // wears the theme chosen there.
    Language language(Language::builtIn());
    Language::setInstance(&language);
    Appearance appearance({});
    Appearance::setInstance(&appearance);
    const WindowOptions options{invocation.windowSize(), invocation.theme(), invocation.section()};
    options.applyBeforeLoad(appearance);
    Window::setUpStyle();

    auto engine = std::make_unique<QQmlApplicationEngine>();
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Window> window;
    try {
        workspace =
            std::make_unique<Workspace>(Database::resolveLocation(invocation.databaseOption()));
        window = std::make_unique<Window>(*workspace);
    } catch (const PanelistError &error) {
        QTextStream(stderr) << QStringLiteral("panelist: ") << error.message() << Qt::endl;
        return Window::loadStartupError(*engine, error.message()) ? app.exec() : 1;
    }
    if (!window->load(*engine))
        return 1;
    options.applyAfterLoad(*engine, *window);
    // Settings opened another database or moved this one: the window closes, and once
    // everything is closed Panelist starts again on the new file.
    // Closing the window (not quitting) writes what is pending first, as a person's close.
    QObject::connect(
        &window->databaseFile(), &DatabaseFile::restartRequested, &app,
        [&engine] {
            if (auto *shown = qobject_cast<QWindow *>(engine->rootObjects().value(0)))
                shown->close();
            else
                QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    const int status = app.exec();
    const DatabaseFile::AfterQuit afterQuit = window->databaseFile().afterQuit();
    // The window's QML goes first, so no binding runs over objects already gone; then
    // the objects and the database connections.
    engine.reset();
    window.reset();
    workspace.reset();
    const QString said = DatabaseFile::finishAfterQuit(
        afterQuit, QCoreApplication::applicationFilePath(), arguments);
    if (!said.isEmpty())
        QTextStream(stderr) << QStringLiteral("panelist: ") << said << Qt::endl;
    return status;
}
