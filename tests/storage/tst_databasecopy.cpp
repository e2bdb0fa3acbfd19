// Moving the database (Settings → Database → Move it…), the storage half: the copy made
// with VACUUM INTO into a temporary file beside the target, checked and then named; and
// every way it can fail leaves the source and the target folder as they were.
#include "domain/errors.h"
#include "storage/databasecopy.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using testsupport::sampleQuestion;

namespace {

QStringList entries(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                               QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// The message of the PanelistError `run` throws; empty when it throws none.
template<typename F> QString errorOf(F run)
{
    try {
        run();
    } catch (const PanelistError &error) {
        return error.message();
    }
    return {};
}

} // namespace

class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PanelistTest"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void copiesIntoAFolderAndReadsBack()
    {
        TestWorkspace workspace;
        const qint64 id = workspace.bank().addQuestion(sampleQuestion(1));
        workspace.bank().addQuestion(sampleQuestion(2));
        const QString before = testsupport::readFile(workspace.location());
        QTemporaryDir target;
        const QString copied = DatabaseCopy::copyTo(workspace.database(), target.path());
        QCOMPARE(copied, QDir(target.path()).filePath(QStringLiteral("panelist.sqlite")));
        // Only the database itself: no temporary file left beside it.
        QCOMPARE(entries(target.path()), QStringList{QStringLiteral("panelist.sqlite")});
        QCOMPARE(modeOf(copied), 0600);
        // The source is only read.
        QCOMPARE(testsupport::readFile(workspace.location()), before);

        Database moved(copied);
        QCOMPARE(moved.schemaVersion(), Database::kSchemaVersion);
        BankRepository bank(moved);
        QCOMPARE(bank.question(id)->title, sampleQuestion(1).title);
        QCOMPARE(bank.questionCount(), workspace.bank().questionCount());
    }

    void copiesToAFileName()
    {
        TestWorkspace workspace;
        workspace.bank().addQuestion(sampleQuestion(1));
        QTemporaryDir target;
        const QString file = QDir(target.path()).filePath(QStringLiteral("elsewhere.db"));
        QCOMPARE(DatabaseCopy::copyTo(workspace.database(), file), file);
        Database moved(file);
        QCOMPARE(BankRepository(moved).questionCount(), workspace.bank().questionCount());
    }

    void refusesAnExistingFile()
    {
        TestWorkspace workspace;
        QTemporaryDir target;
        const QString file = QDir(target.path()).filePath(QStringLiteral("panelist.sqlite"));
        testsupport::writeFile(file, QByteArrayLiteral("someone else's"));
        const QString message =
            errorOf([&] { DatabaseCopy::copyTo(workspace.database(), target.path()); });
        QVERIFY2(message.contains(file) && message.contains(QStringLiteral("already exists")),
                 qPrintable(message));
        QCOMPARE(testsupport::readFile(file), QByteArrayLiteral("someone else's"));
        QCOMPARE(entries(target.path()), QStringList{QStringLiteral("panelist.sqlite")});
    }

    void refusesItself()
    {
        TestWorkspace workspace;
        const QString message =
            errorOf([&] { DatabaseCopy::copyTo(workspace.database(), workspace.location()); });
        QVERIFY2(message.contains(QStringLiteral("already at")), qPrintable(message));
    }

    void refusesAMissingFolder()
    {
        TestWorkspace workspace;
        QTemporaryDir target;
        const QString file = target.filePath(QStringLiteral("no/such/folder/panelist.sqlite"));
        const QString message = errorOf([&] { DatabaseCopy::copyTo(workspace.database(), file); });
        QVERIFY2(message.contains(QStringLiteral("does not exist")), qPrintable(message));
        QVERIFY(entries(target.path()).isEmpty());
    }

    // As a user, a folder without write permission; as root (who writes anywhere), a
    // read-only file system mounted for the test.
    void refusesAnUnwritableFolder()
    {
        TestWorkspace workspace;
        QTemporaryDir target;
        QString folder = target.path();
        struct Unmount
        {
            QByteArray point;
            ~Unmount()
            {
                if (!point.isEmpty())
                    ::umount2(point.constData(), MNT_DETACH);
            }
        } unmount;
        if (::geteuid() == 0) {
            folder = target.filePath(QStringLiteral("readonly"));
            QVERIFY(QDir().mkpath(folder));
            if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_RDONLY,
                        "size=1m") != 0)
                QSKIP(qPrintable(QStringLiteral("cannot mount a read-only tmpfs here: %1")
                                     .arg(QString::fromLocal8Bit(strerror(errno)))));
            unmount.point = QFile::encodeName(folder);
        } else {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        const QString message =
            errorOf([&] { DatabaseCopy::copyTo(workspace.database(), folder); });
        QFile::setPermissions(target.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner);
        QVERIFY2(message.contains(folder) && message.contains(QStringLiteral("not writable")),
                 qPrintable(message));
        QVERIFY(entries(folder).isEmpty());
    }

    // A disk that fills up during the copy: past a file-size limit every write fails with
    // EFBIG, as on a nearly full disk (tst_shortwrite's technique).
    void aFullDiskLeavesNothing()
    {
        TestWorkspace workspace;
        for (int i = 1; i <= 40; ++i)
            workspace.bank().addQuestion(sampleQuestion(i));
        workspace.database().compact();
        const qint64 size = QFileInfo(workspace.location()).size();
        QVERIFY(size > 64 * 1024);
        const QString before = testsupport::readFile(workspace.location());
        QTemporaryDir target;
        QString message;
        {
            struct rlimit saved = {};
            ::getrlimit(RLIMIT_FSIZE, &saved);
            const auto handler = std::signal(SIGXFSZ, SIG_IGN);
            const struct rlimit limit = {rlim_t(size / 2), saved.rlim_max};
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
            message = errorOf([&] { DatabaseCopy::copyTo(workspace.database(), target.path()); });
            ::setrlimit(RLIMIT_FSIZE, &saved);
            std::signal(SIGXFSZ, handler);
        }
        QVERIFY2(message.contains(QStringLiteral("Nothing was changed")), qPrintable(message));
        QVERIFY2(entries(target.path()).isEmpty(), qPrintable(entries(target.path()).join(u' ')));
        QCOMPARE(testsupport::readFile(workspace.location()), before);
        // And the source still works.
        workspace.bank().addQuestion(sampleQuestion(41));
    }

    // What decides whether the old file may go after the restart: the same rows in every
    // table, and not merely the same number of them.
    void comparesContents()
    {
        TestWorkspace workspace;
        const qint64 id = workspace.bank().addQuestion(sampleQuestion(1));
        QTemporaryDir target;
        const QString copied = DatabaseCopy::copyTo(workspace.database(), target.path());
        workspace.close();
        QVERIFY(DatabaseCopy::sameContents(workspace.location(), copied));
        workspace.open();
        Question changed = *workspace.bank().question(id);
        changed.title += QStringLiteral(" (edited after the copy)");
        workspace.bank().updateQuestion(changed);
        workspace.close();
        QVERIFY(!DatabaseCopy::sameContents(workspace.location(), copied));
        QVERIFY(!DatabaseCopy::sameContents(workspace.location(),
                                            target.filePath(QStringLiteral("missing.sqlite"))));
        workspace.open();
    }

    void removesTheOldFiles()
    {
        TestWorkspace workspace;
        const QString location = workspace.location();
        workspace.close();
        testsupport::writeFile(location + QStringLiteral("-wal"), QByteArray());
        QVERIFY(DatabaseCopy::removeFiles(location));
        QVERIFY(!QFileInfo::exists(location));
        QVERIFY(!QFileInfo::exists(location + QStringLiteral("-wal")));
    }

    // --database, then PANELIST_DATABASE, then the location stored by Settings, then the
    // default.
    void resolvesTheStoredLocation()
    {
        qunsetenv("PANELIST_DATABASE");
        Database::storeLocation(QString());
        QCOMPARE(Database::resolveLocation(QString()), Database::defaultLocation());
        Database::storeLocation(QStringLiteral("/tmp/chosen.sqlite"));
        QCOMPARE(QSettings().value(QStringLiteral("database/location")).toString(),
                 QStringLiteral("/tmp/chosen.sqlite"));
        QCOMPARE(Database::resolveLocation(QString()), QStringLiteral("/tmp/chosen.sqlite"));
        QCOMPARE(Database::resolveLocation(QStringLiteral("/tmp/option.sqlite")),
                 QStringLiteral("/tmp/option.sqlite"));
        qputenv("PANELIST_DATABASE", "/tmp/environment.sqlite");
        QCOMPARE(Database::resolveLocation(QString()), QStringLiteral("/tmp/environment.sqlite"));
        qunsetenv("PANELIST_DATABASE");
        Database::storeLocation(QString());
        QCOMPARE(Database::resolveLocation(QString()), Database::defaultLocation());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
