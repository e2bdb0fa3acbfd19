#include "interviews/interviewdesk.h"
#include "storage/interviewstart.h"
#include "support/clirunner.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QDirIterator>
#include <QImage>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using testsupport::readFile;
using testsupport::sampleQuestion;
using testsupport::writeFile;

namespace {

const QString kCandidate = QStringLiteral("Quentin Zephyrmoor");

// The name as a PDF writes it in its document information: UTF-16BE in hex.
QByteArray pdfHex(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

// The in-memory files of PDF previews this process holds that still have content.
int previewsInMemory()
{
    int count = 0;
    for (int fd = 0; fd < 4096; ++fd) {
        char target[256] = {};
        const QByteArray link = "/proc/self/fd/" + QByteArray::number(fd);
        struct stat info = {};
        if (::readlink(link.constData(), target, sizeof target - 1) > 0 &&
            QByteArray(target).contains("memfd:panelist-preview") && ::fstat(fd, &info) == 0 &&
            info.st_size > 0)
            ++count;
    }
    return count;
}

} // namespace

// PDF previews never reach the disk: the summary is rendered in memory and shown from
// there, and what an earlier build left in the temporary folder (preview-N.pdf in a
// panelist-XXXXXX folder, left behind by a crash) is removed at start-up and by the
// command line's delete commands.
class PreviewsTest : public QObject
{
    Q_OBJECT

    // Both made before TMPDIR points into m_dir, so the database is not among the traces.
    QTemporaryDir m_dir;
    TestWorkspace m_ws;
    QString m_temp; // TMPDIR of this process and of the commands it runs
    qint64 m_plan = 0;

    qint64 startInterview(const QString &candidate)
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.interviewer = QStringLiteral("Ivy");
        return interviewstart::fromPlan(m_ws.interviews(), m_ws.plans(), m_ws.bank(), m_plan,
                                        details);
    }

    // A preview folder as an earlier build left it after a crash.
    QString leaveOldPreview(const QString &folder)
    {
        const QString path = m_temp + QLatin1Char('/') + folder;
        QDir().mkpath(path);
        writeFile(path + QStringLiteral("/preview-3.pdf"),
                  "%PDF-1.4\n/Title <FEFF" + pdfHex(kCandidate) + ">\n" + kCandidate.toUtf8());
        return path;
    }

    // Every file under the temporary folder that holds a PDF or the candidate's name.
    QStringList traces() const
    {
        QStringList found;
        QDirIterator it(m_temp, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QByteArray bytes = readFile(file);
            if (bytes.startsWith("%PDF") || bytes.contains(kCandidate.toUtf8()) ||
                bytes.contains(pdfHex(kCandidate)))
                found << file;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_temp = m_dir.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_temp));
        qputenv("TMPDIR", QFile::encodeName(m_temp));
        QCOMPARE(QDir::tempPath(), m_temp);

        m_plan = m_ws.plans().create(QStringLiteral("Backend"), QString(),
                                     vocabulary::Level::Senior, 30);
        for (int n = 1; n <= 3; ++n)
            m_ws.plans().addItem(m_plan, m_ws.bank().addQuestion(sampleQuestion(n)));
    }

    void startUpRemovesLeftoverPreviews()
    {
        const QString crashed = leaveOldPreview(QStringLiteral("panelist-AbC123"));
        const QString empty =
            m_temp + QStringLiteral("/panelist-Xy9876"); // killed before a preview
        QVERIFY(QDir().mkpath(empty));
        // Not ours, or not only previews: left alone.
        const QString notes = m_temp + QStringLiteral("/panelist-Notes1");
        QVERIFY(QDir().mkpath(notes));
        writeFile(notes + QStringLiteral("/preview-1.pdf"), "%PDF-1.4");
        writeFile(notes + QStringLiteral("/notes.txt"), "keep me");
        const QString other = m_temp + QStringLiteral("/panelist-old-backup");
        QVERIFY(QDir().mkpath(other));
        writeFile(other + QStringLiteral("/preview-1.pdf"), "%PDF-1.4");

        {
            InterviewDesk desk(m_ws.interviews(), m_ws.plans(), m_ws.bank(), m_ws.settings(),
                               m_ws.location());
        }
        QVERIFY(!QFileInfo::exists(crashed));
        QVERIFY(!QFileInfo::exists(empty));
        QVERIFY(QFileInfo::exists(notes + QStringLiteral("/notes.txt")));
        QVERIFY(QFileInfo::exists(notes + QStringLiteral("/preview-1.pdf")));
        QVERIFY(QFileInfo::exists(other + QStringLiteral("/preview-1.pdf")));
        QDir(notes).removeRecursively();
        QDir(other).removeRecursively();
        QCOMPARE(traces(), QStringList());
    }

    void previewStaysInMemory()
    {
        const qint64 id = startInterview(kCandidate);
        const qint64 other = startInterview(QStringLiteral("Ola Other"));
        InterviewDesk desk(m_ws.interviews(), m_ws.plans(), m_ws.bank(), m_ws.settings(),
                           m_ws.location());
        QPdfDocument document;
        QVERIFY2(desk.showPreview(&document, int(id)), qPrintable(desk.error()));
        QCOMPARE(document.status(), QPdfDocument::Status::Ready);
        QVERIFY(document.pageCount() >= 1);
        QVERIFY(
            document.metaData(QPdfDocument::MetaDataField::Title).toString().contains(kCandidate));
        // Pages render from the bytes in memory.
        const QImage page = document.render(0, QSize(300, 420));
        QVERIFY(!page.isNull());
        int inked = 0;
        for (int y = 0; y < page.height(); y += 2) {
            for (int x = 0; x < page.width(); x += 2)
                inked += page.pixelColor(x, y).lightness() < 200;
        }
        QVERIFY2(inked > 100, qPrintable(QString::number(inked))); // text and the chart
        // Nothing of it on disk: it is an anonymous file in memory.
        QCOMPARE(traces(), QStringList());
        QVERIFY(previewsInMemory() >= 1);

        // The next preview replaces it; a removal closes it.
        QVERIFY(desk.showPreview(&document, int(other)));
        QVERIFY(document.metaData(QPdfDocument::MetaDataField::Title)
                    .toString()
                    .contains(QStringLiteral("Ola Other")));
        QVERIFY(desk.showPreview(&document, int(id)));
        QCOMPARE(desk.removeCandidate(kCandidate), 1);
        QVERIFY(document.status() != QPdfDocument::Status::Ready);
        QCOMPARE(document.pageCount(), 0);
        QCOMPARE(traces(), QStringList());
        QCOMPARE(previewsInMemory(), 0);

        QVERIFY(!desk.showPreview(&document, 99999));
        QVERIFY(desk.error().contains(QStringLiteral("99999")));
        QVERIFY(!desk.showPreview(nullptr, int(other)));
        QVERIFY(!desk.error().isEmpty());
    }

    // `interview delete` and `delete-candidate` remove what an earlier build left too.
    void deleteCommandsRemoveLeftoverPreviews()
    {
        clirunner::Options options;
        options.database = m_ws.location();
        options.environment.insert(QStringLiteral("TMPDIR"), m_temp);

        const qint64 first = startInterview(kCandidate);
        startInterview(kCandidate);
        const QString crashed = leaveOldPreview(QStringLiteral("panelist-Crash1"));
        QVERIFY(!traces().isEmpty());
        const clirunner::Result one = clirunner::run(
            {QStringLiteral("interview"), QStringLiteral("delete"), QString::number(first)},
            options);
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QVERIFY(!QFileInfo::exists(crashed));

        const QString again = leaveOldPreview(QStringLiteral("panelist-Crash2"));
        const clirunner::Result all = clirunner::run(
            {QStringLiteral("interview"), QStringLiteral("delete-candidate"), kCandidate}, options);
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QVERIFY(!QFileInfo::exists(again));
        QCOMPARE(traces(), QStringList());
        QCOMPARE(m_ws.interviews().interviewsOf(kCandidate).size(), 0);
    }
};

QTEST_MAIN(PreviewsTest)
#include "tst_previews.moc"
