#include "window.h"
#include "workspace.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PanelistPlugin)
Q_IMPORT_QML_PLUGIN(Panelist_CorePlugin)
Q_IMPORT_QML_PLUGIN(Panelist_AppPlugin)

// Gives the QML tests in tests/qml a real QuestionBank over a temporary database.
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        Window::setUpStyle();
        m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("qml.sqlite")));
        m_window = std::make_unique<Window>(*m_workspace);
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase()
    {
        m_window.reset();
        m_workspace.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Window> m_window;
};

QUICK_TEST_MAIN_WITH_SETUP(editorqml, Setup)
#include "tst_editorqml.moc"
