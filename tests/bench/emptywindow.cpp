#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QUrl>

// Starts the way app/main.cpp does (Material unless a style is forced, a QML engine
// loading a qmlcachegen-compiled window) minus the database, the bank and the UI, so
// the benchmark can tell what the app adds to Qt's own start-up.
int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/PanelistBench/EmptyWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
