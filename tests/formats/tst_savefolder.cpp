#include "formats/textfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Where the save dialogs start: a folder that exists out of the box. The documents
// folder is made when missing; when it cannot be (a file in its place) the home folder
// is used. Export and Save PDF failed with "Cannot write /root/Documents/…" before.
class SaveFolderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QByteArray m_oldHome;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_oldHome = qgetenv("HOME");
        // No user-dirs.dirs: the documents folder is $HOME/Documents.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    }

    void documentsMadeWhenMissing()
    {
        const QString home = m_home.filePath(QStringLiteral("a"));
        QVERIFY(QDir().mkpath(home));
        qputenv("HOME", QFile::encodeName(home));
        const QString documents = home + QStringLiteral("/Documents");
        QVERIFY(!QFileInfo::exists(documents));
        QCOMPARE(textfile::defaultFolder(), documents);
        QVERIFY(QFileInfo(documents).isDir());
        // A file can be written there at once.
        textfile::write(documents + QStringLiteral("/bank.json"), "{}");
        QVERIFY(QFileInfo::exists(documents + QStringLiteral("/bank.json")));
        // Asked again, the same folder.
        QCOMPARE(textfile::defaultFolder(), documents);
    }

    void homeWhenDocumentsCannotBeMade()
    {
        const QString home = m_home.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(home));
        qputenv("HOME", QFile::encodeName(home));
        QFile blocker(home + QStringLiteral("/Documents"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QCOMPARE(textfile::defaultFolder(), home);
        QVERIFY(QFileInfo(textfile::defaultFolder()).isDir());
    }

    void cleanupTestCase() { qputenv("HOME", m_oldHome); }
};

QTEST_GUILESS_MAIN(SaveFolderTest)
#include "tst_savefolder.moc"
