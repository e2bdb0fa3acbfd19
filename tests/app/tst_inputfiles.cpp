#include "bank/bankimportjob.h"
#include "formats/bankjson.h"
#include "storage/bankrepository.h"
#include "storage/database.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using testsupport::sampleQuestion;
using testsupport::writeFile;

// Files that are not what an import expects never hang Panelist nor grow its memory:
// a named pipe, a link to /dev/zero, a folder, a file past the size limit (also one that
// claims no size and never ends) are refused at once with a message naming the file, and
// a UTF-16 file is called UTF-16 with what to do. Through `panelist bank import`,
// `panelist plan import` and the window's background import job.
class InputFilesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    QByteArray m_bank; // a valid bank file, UTF-8

    static constexpr int kPromptlyMs = 5000; // a shared machine; a real answer takes ~50 ms

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Makes the input `kind` under `name`; false (with the reason in `skip`) when this
    // system cannot make it.
    bool make(const QString &kind, const QString &name, QString &skip)
    {
        const QString file = path(name);
        QFile::remove(file);
        QDir(file).removeRecursively();
        const QByteArray native = QFile::encodeName(file);
        if (kind == QLatin1String("fifo"))
            return ::mkfifo(native.constData(), 0600) == 0;
        if (kind == QLatin1String("zero"))
            return QFile::link(QStringLiteral("/dev/zero"), file);
        if (kind == QLatin1String("endless")) {
            // A regular file that says it is empty and never ends when read.
            if (!QFileInfo::exists(QStringLiteral("/proc/self/pagemap"))) {
                skip = QStringLiteral("no /proc/self/pagemap here");
                return false;
            }
            return QFile::link(QStringLiteral("/proc/self/pagemap"), file);
        }
        if (kind == QLatin1String("folder"))
            return QDir().mkpath(file);
        if (kind == QLatin1String("huge")) {
            QFile huge(file);
            return huge.open(QIODevice::WriteOnly) && huge.resize(65LL * 1024 * 1024);
        }
        QStringEncoder::Encoding encoding = QStringEncoder::Utf16LE;
        bool bom = true;
        if (kind == QLatin1String("utf16be"))
            encoding = QStringEncoder::Utf16BE;
        else if (kind == QLatin1String("utf16 no bom"))
            bom = false;
        QStringEncoder encoder(encoding, bom ? QStringEncoder::Flag::WriteBom
                                             : QStringEncoder::Flag::Default);
        const QByteArray wide = encoder.encode(QString::fromUtf8(m_bank));
        writeFile(file, wide);
        return true;
    }

    // A reader still blocked opening a named pipe (the old behaviour) is let go, so a
    // failing run ends instead of hanging.
    static void releaseReaders(const QString &file)
    {
        const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    }

    static void addInputRows()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("named pipe") << "fifo"
                                    << "pipe.json" << QStringList{"it is a named pipe (FIFO)"};
        QTest::newRow("link to /dev/zero") << "zero"
                                           << "zero.json" << QStringList{"it is a device"};
        QTest::newRow("folder") << "folder"
                                << "folder.json" << QStringList{"it is a folder"};
        QTest::newRow("65 MB") << "huge"
                               << "huge.json" << QStringList{"65 MB", "too large", "64 MB"};
        QTest::newRow("claims no size, never ends")
            << "endless"
            << "endless.json" << QStringList{"more than 64 MB", "too large"};
        QTest::newRow("UTF-16 LE with BOM")
            << "utf16"
            << "wide.json" << QStringList{"UTF-16", "save it as UTF-8"};
        QTest::newRow("UTF-16 BE with BOM")
            << "utf16be"
            << "widebe.json" << QStringList{"UTF-16", "save it as UTF-8"};
        QTest::newRow("UTF-16 without BOM")
            << "utf16 no bom"
            << "widenobom.json" << QStringList{"UTF-16", "save it as UTF-8"};
    }

    void checkMessage(const QString &message, const QString &name, const QStringList &words)
    {
        QVERIFY2(message.contains(name), qPrintable(message));
        for (const QString &word : words)
            QVERIFY2(message.contains(word), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("binary")), qPrintable(message));
    }

    void command(const QString &what)
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QStringList, words);
        QString skip;
        if (!make(kind, name, skip)) {
            if (!skip.isEmpty())
                QSKIP(qPrintable(skip));
            QFAIL("could not make the input");
        }
        clirunner::Options options;
        options.database = m_database;
        options.timeoutMs = 20000;
        options.memoryLimitBytes = 2LL * 1024 * 1024 * 1024; // a runaway read stops here
        QElapsedTimer clock;
        clock.start();
        const clirunner::Result run =
            clirunner::run({what, QStringLiteral("import"), path(name)}, options);
        releaseReaders(path(name));
        QVERIFY2(run.finished, "the import hung");
        QVERIFY2(run.elapsedMs < kPromptlyMs, qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(run.exitCode, 1);
        const QList<QByteArray> lines = clirunner::lines(run.err);
        QVERIFY2(lines.size() == 1, run.err.constData());
        checkMessage(QString::fromUtf8(lines.first()), path(name), words);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = path(QStringLiteral("inputs.sqlite"));
        BankDocument document;
        document.categories = {{0, QStringLiteral("Internals"), 0}};
        document.questions << sampleQuestion(1) << sampleQuestion(2);
        m_bank = bankjson::write(document);
        // The same file in UTF-8 imports: the refusals below are about the file only.
        writeFile(path(QStringLiteral("good.json")), m_bank);
        clirunner::Options options;
        options.database = m_database;
        const clirunner::Result good = clirunner::run(
            {QStringLiteral("bank"), QStringLiteral("import"), path(QStringLiteral("good.json"))},
            options);
        QVERIFY2(good.exitCode == 0, good.err.constData());
        // A runaway read in this process (the job) stops at 3 GB instead of the machine.
        struct rlimit memory = {};
        ::getrlimit(RLIMIT_AS, &memory);
        memory.rlim_cur = std::min<rlim_t>(memory.rlim_max, rlim_t(3) << 30);
        ::setrlimit(RLIMIT_AS, &memory);
    }

    void bankImport_data() { addInputRows(); }
    void bankImport() { command(QStringLiteral("bank")); }

    void planImport_data() { addInputRows(); }
    void planImport() { command(QStringLiteral("plan")); }

    void importJob_data() { addInputRows(); }
    void importJob()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QStringList, words);
        QString skip;
        if (!make(kind, name, skip)) {
            if (!skip.isEmpty())
                QSKIP(qPrintable(skip));
            QFAIL("could not make the input");
        }
        BankImportJob job(m_database);
        QVERIFY(job.start(QUrl::fromLocalFile(path(name))));
        const bool ended = QTest::qWaitFor([&] { return !job.running(); }, kPromptlyMs);
        if (!ended) {
            releaseReaders(path(name));
            job.cancel();
        }
        QVERIFY2(ended, "the import job hung");
        QVERIFY(!job.succeeded());
        checkMessage(job.summary(), path(name), words);
    }
};

QTEST_MAIN(InputFilesTest)
#include "tst_inputfiles.moc"
