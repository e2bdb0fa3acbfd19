#include "bank/questionbank.h"
#include "interviews/comparemodel.h"
#include "interviews/interviewdesk.h"
#include "support/clirunner.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using testsupport::readFile;
using testsupport::writeFile;

namespace {

// Every file in `folder`, hidden ones too: a temporary file left behind shows here.
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

// While alive, this process may write files only up to `bytes` and a write past that
// fails with EFBIG (SIGXFSZ ignored) — a real short write, as on a nearly full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit limit = {bytes, m_saved.rlim_max};
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    struct rlimit m_saved = {};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

// Exports that cannot be written whole (a file-size limit, a full disk) fail loudly and
// leave the old file byte for byte as it was, with no temporary file behind — through
// the real binary for every export command, and in process for the window's exports
// (bank, PDF, comparison CSV). Every export is created owner-only (0600).
class ShortWriteTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestWorkspace m_ws; // open only while a test works on it in this process
    qint64 m_demoPlan = 0;
    qint64 m_bigPlan = 0;
    qint64 m_interview = 0;

    // 36 KB: room for SQLite's 32 KB shared-memory file, less than any export below.
    static constexpr int kLimitBlocks = 36;

    clirunner::Result panelist(const QStringList &arguments, int limitBlocks = 0)
    {
        clirunner::Options options;
        options.database = m_ws.location();
        options.fileSizeLimitBlocks = limitBlocks;
        return clirunner::run(arguments, options);
    }

    QString out(const QString &name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

    QStringList exportCommand(const QString &kind, const QString &path) const
    {
        if (kind == QLatin1String("bank"))
            return {QStringLiteral("bank"), QStringLiteral("export"), path};
        if (kind == QLatin1String("plan"))
            return {QStringLiteral("plan"), QStringLiteral("export"), QString::number(m_bigPlan),
                    path};
        return {QStringLiteral("interview"), QStringLiteral("export-pdf"),
                QString::number(m_interview), path};
    }

private slots:
    void cleanup() { m_ws.close(); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
        m_ws.close();
        const clirunner::Result demo = panelist({QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());

        // A plan of 40 questions, so its file is well past the limit.
        const QString bankFile = m_dir.filePath(QStringLiteral("whole-bank.json"));
        QCOMPARE(panelist({QStringLiteral("bank"), QStringLiteral("export"), bankFile}).exitCode,
                 0);
        const QJsonArray questions =
            QJsonDocument::fromJson(readFile(bankFile)).object().value("questions").toArray();
        QVERIFY(questions.size() >= 40);
        QJsonArray items;
        QJsonArray used;
        for (int i = 0; i < 40; ++i) {
            const QJsonObject question = questions.at(i).toObject();
            used.append(question);
            items.append(QJsonObject{{"question", question.value("uuid")}, {"minutes", 5}});
        }
        const QJsonObject plan{{"uuid", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {"name", "Forty questions"},
                               {"level", "senior"},
                               {"targetMinutes", 200},
                               {"items", items}};
        const QString planFile = m_dir.filePath(QStringLiteral("forty.json"));
        writeFile(planFile, QJsonDocument(QJsonObject{{"format", "panelist-plan"},
                                                      {"version", 1},
                                                      {"plan", plan},
                                                      {"questions", used}})
                                .toJson());
        const clirunner::Result imported =
            panelist({QStringLiteral("plan"), QStringLiteral("import"), planFile});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());

        const QJsonArray plans =
            QJsonDocument::fromJson(
                panelist({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")})
                    .out)
                .array();
        for (const QJsonValue &row : plans) {
            const QString name = row.toObject().value("name").toString();
            if (name == QLatin1String("Forty questions"))
                m_bigPlan = row.toObject().value("id").toInteger();
            if (name.startsWith(QLatin1String("Sample plan")))
                m_demoPlan = row.toObject().value("id").toInteger();
        }
        const QJsonArray interviews =
            QJsonDocument::fromJson(panelist({QStringLiteral("interview"), QStringLiteral("list"),
                                              QStringLiteral("--json")})
                                        .out)
                .array();
        QCOMPARE(interviews.size(), 5); // demo: five candidates
        m_interview = interviews.at(0).toObject().value("id").toInteger();
        QVERIFY(m_bigPlan > 0 && m_demoPlan > 0 && m_interview > 0);
    }

    void commandKeepsTheOldFileOnAShortWrite_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("oldFile");
        QTest::newRow("bank export JSON") << "bank"
                                          << "bank.json" << true;
        QTest::newRow("bank export Markdown") << "bank"
                                              << "bank.md" << true;
        QTest::newRow("plan export") << "plan"
                                     << "plan.json" << true;
        QTest::newRow("interview export-pdf") << "pdf"
                                              << "summary.pdf" << true;
        QTest::newRow("bank export, no old file") << "bank"
                                                  << "new-bank.json" << false;
        QTest::newRow("export-pdf, no old file") << "pdf"
                                                 << "new-summary.pdf" << false;
    }

    void commandKeepsTheOldFileOnAShortWrite()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(bool, oldFile);
        const QString folder = m_dir.filePath(QStringLiteral("short-") + name);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QLatin1Char('/') + name;

        // Without the limit the export is larger than the limit, so the limit bites.
        const QString probe = m_dir.filePath(QStringLiteral("probe-") + name);
        const clirunner::Result whole = panelist(exportCommand(kind, probe));
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        QVERIFY2(QFileInfo(probe).size() > kLimitBlocks * 1024,
                 qPrintable(QStringLiteral("%1 bytes").arg(QFileInfo(probe).size())));

        const QByteArray old = "The good old export of " + name.toUtf8() + ", kept.\n";
        if (oldFile)
            writeFile(path, old);
        const clirunner::Result run = panelist(exportCommand(kind, path), kLimitBlocks);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.isEmpty(), run.out.constData()); // no claim of success
        const QList<QByteArray> lines = clirunner::lines(run.err);
        QVERIFY2(lines.size() == 1, run.err.constData());
        const QString message = QString::fromUtf8(lines.first());
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("file too large for this system's limit")),
                 qPrintable(message));
        if (oldFile) {
            QCOMPARE(readFile(path), old);
            QCOMPARE(entries(folder), QStringList{name});
        } else {
            QCOMPARE(entries(folder), QStringList());
        }
    }

    // Exports hold candidate data: owner only, also when an existing file is replaced.
    void commandExportsAreOwnerOnly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("bank JSON") << "bank"
                                   << "mode.json" << QByteArray("{");
        QTest::newRow("bank Markdown") << "bank"
                                       << "mode.md" << QByteArray("<!--");
        QTest::newRow("plan") << "plan"
                              << "mode-plan.json" << QByteArray("{");
        QTest::newRow("pdf") << "pdf"
                             << "mode.pdf" << QByteArray("%PDF");
    }

    void commandExportsAreOwnerOnly()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        const QString path = out(name);
        QFile::remove(path);
        QCOMPARE(panelist(exportCommand(kind, path)).exitCode, 0);
        QCOMPARE(modeOf(path), 0600);
        // Replacing a world-readable file leaves an owner-only one.
        writeFile(path, "old");
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(path), 0644);
        QCOMPARE(panelist(exportCommand(kind, path)).exitCode, 0);
        QVERIFY(readFile(path).startsWith(start));
        QCOMPARE(modeOf(path), 0600);
    }

    // A link is kept and its target replaced; a folder, a named pipe or a device in the
    // way is refused at once and left as it was.
    void exportGoesOnlyToFiles()
    {
        const QString target = out(QStringLiteral("target.json"));
        const QString link = out(QStringLiteral("link.json"));
        writeFile(target, "old");
        QVERIFY(QFile::link(target, link));
        QCOMPARE(panelist(exportCommand(QStringLiteral("bank"), link)).exitCode, 0);
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(readFile(target).startsWith("{"));
        QCOMPARE(modeOf(target), 0600);

        const QString folder = out(QStringLiteral("folder.json"));
        QVERIFY(QDir().mkpath(folder));
        const QString pipe = out(QStringLiteral("pipe.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        const QString device = out(QStringLiteral("null.json"));
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), device));
        for (const auto &[path, kind] : {std::pair{folder, QStringLiteral("a folder")},
                                         std::pair{pipe, QStringLiteral("a named pipe")},
                                         std::pair{device, QStringLiteral("a device")}}) {
            clirunner::Options options;
            options.database = m_ws.location();
            options.timeoutMs = 10000;
            const clirunner::Result run = clirunner::run(exportCommand("bank", path), options);
            QVERIFY2(run.finished, qPrintable(path));
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(path.toUtf8()) && run.err.contains(kind.toUtf8()),
                     run.err.constData());
        }
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QFileInfo(pipe).exists() && !QFileInfo(pipe).isFile());
        QVERIFY(QFileInfo(device).isSymLink());
        QCOMPARE(QFileInfo(QStringLiteral("/dev/null")).isFile(), false);
    }

    // The window's exports: QuestionBank (bank), InterviewDesk (PDF), CompareModel (CSV)
    // under a real file-size limit of this process. Each says why in the message the
    // window shows, and leaves the old file as it was.
    void windowExportsKeepTheOldFileOnAShortWrite()
    {
        m_ws.open();
        QuestionBank questionBank(m_ws.bank(), m_ws.settings(), m_ws.location());
        InterviewDesk desk(m_ws.interviews(), m_ws.plans(), m_ws.bank(), m_ws.settings(),
                           m_ws.location());
        CompareModel &compare = *desk.compare();
        compare.setPlan(int(m_demoPlan));
        QCOMPARE(compare.rowCount(), 5);
        const QByteArray csv = compare.csv().toUtf8();

        const QString folder = m_dir.filePath(QStringLiteral("window"));
        QVERIFY(QDir().mkpath(folder));
        const QString bankPath = folder + QStringLiteral("/bank.json");
        const QString pdfPath = folder + QStringLiteral("/summary.pdf");
        const QString csvPath = folder + QStringLiteral("/table.csv");
        const QByteArray old = "old, whole and good\n";
        for (const QString &path : {bankPath, pdfPath, csvPath})
            writeFile(path, old);

        bool bankWritten = true, pdfWritten = true, csvWritten = true;
        {
            // Smaller than the CSV, which is the smallest of the three.
            const rlim_t limit = rlim_t(csv.size() / 2);
            QVERIFY(limit > rlim_t(old.size()));
            FileSizeLimit fileSizeLimit(limit);
            QVERIFY(fileSizeLimit.ok());
            bankWritten = questionBank.exportTo(QUrl::fromLocalFile(bankPath));
            pdfWritten = desk.exportPdf(int(m_interview), QUrl::fromLocalFile(pdfPath));
            csvWritten = compare.exportCsv(QUrl::fromLocalFile(csvPath));
        }
        QVERIFY(!bankWritten);
        QVERIFY(!pdfWritten);
        QVERIFY(!csvWritten);
        const QString reason = QStringLiteral("file too large for this system's limit");
        for (const auto &[message, path] :
             {std::pair{questionBank.message(), bankPath}, std::pair{desk.error(), pdfPath},
              std::pair{compare.error(), csvPath}}) {
            QVERIFY2(message.contains(path) && message.contains(reason), qPrintable(message));
            QCOMPARE(readFile(path), old);
        }
        QCOMPARE(entries(folder),
                 (QStringList{QStringLiteral("bank.json"), QStringLiteral("summary.pdf"),
                              QStringLiteral("table.csv")}));

        // Without the limit all three are written, owner only.
        QVERIFY2(questionBank.exportTo(QUrl::fromLocalFile(bankPath)),
                 qPrintable(questionBank.message()));
        QVERIFY2(desk.exportPdf(int(m_interview), QUrl::fromLocalFile(pdfPath)),
                 qPrintable(desk.error()));
        QVERIFY2(compare.exportCsv(QUrl::fromLocalFile(csvPath)), qPrintable(compare.error()));
        QVERIFY(readFile(bankPath).startsWith("{"));
        QVERIFY(readFile(pdfPath).startsWith("%PDF"));
        QCOMPARE(readFile(csvPath), csv);
        for (const QString &path : {bankPath, pdfPath, csvPath})
            QCOMPARE(modeOf(path), 0600);
    }

    // A real full disk: a 64 KB tmpfs (needs root; skipped otherwise).
    void fullDiskKeepsTheOldFile()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs for a full disk needs root");
        const QString mountPoint = m_dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0,
                    "size=64k,mode=0700") != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: %1")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno)))));
        struct Unmount
        {
            QByteArray point;
            ~Unmount() { ::umount2(point.constData(), MNT_DETACH); }
        } unmount{QFile::encodeName(mountPoint)};

        const QString path = mountPoint + QStringLiteral("/bank.json");
        const QByteArray old(1000, 'x');
        writeFile(path, old);
        const clirunner::Result run =
            panelist({QStringLiteral("bank"), QStringLiteral("export"), path});
        QCOMPARE(run.exitCode, 1);
        const QList<QByteArray> lines = clirunner::lines(run.err);
        QVERIFY2(lines.size() == 1, run.err.constData());
        const QString message = QString::fromUtf8(lines.first());
        QVERIFY2(message.contains(path) && message.contains(QStringLiteral("disk is full")),
                 qPrintable(message));
        QCOMPARE(readFile(path), old);
        QCOMPARE(entries(mountPoint), QStringList{QStringLiteral("bank.json")});

        // The comparison's CSV on the same disk, filled to the last block.
        m_ws.open();
        CompareModel compare(m_ws.interviews());
        compare.setPlan(int(m_demoPlan));
        const QString csvPath = mountPoint + QStringLiteral("/table.csv");
        writeFile(csvPath, "old table\n");
        QFile filler(mountPoint + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
        filler.close();
        QVERIFY(!compare.exportCsv(QUrl::fromLocalFile(csvPath)));
        QVERIFY2(compare.error().contains(csvPath) &&
                     compare.error().contains(QStringLiteral("disk is full")),
                 qPrintable(compare.error()));
        QCOMPARE(readFile(csvPath), QByteArray("old table\n"));
        QCOMPARE(entries(mountPoint),
                 (QStringList{QStringLiteral("bank.json"), QStringLiteral("filler"),
                              QStringLiteral("table.csv")}));
    }
};

QTEST_MAIN(ShortWriteTest)
#include "tst_shortwrite.moc"
