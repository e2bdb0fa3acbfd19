#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using testsupport::sampleQuestion;

// `panelist interview export-pdf ID OUT.pdf` on an interview in a real database, with no
// display: the PDF it writes read back through pdftotext and pdfinfo, and its refusals.
class PdfCommandTest : public QObject
{
    Q_OBJECT

    TestWorkspace m_ws;
    qint64 m_id = 0;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForFinished(60000))
            qFatal("%s did not finish", qPrintable(program));
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The binary on the workspace's database, without a display.
    Run panelist(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PANELIST_DATABASE"), m_ws.location());
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI needs no display
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return run(QStringLiteral(PANELIST_BINARY), arguments, env);
    }

    static QString info(const QString &pdf, const QString &key)
    {
        const Run result = run(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                      QRegularExpression::MultilineOption);
        return line.match(result.out).captured(1).trimmed();
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdfinfo"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP("pdftotext or pdfinfo is missing (./panelist.sh installs them)");
        }
        Plan plan;
        plan.name = QStringLiteral("CLI plan");
        QList<Question> questions;
        for (int i = 1; i <= 3; ++i) {
            PlanItem planItem;
            planItem.minutes = 5;
            plan.items << planItem;
            questions << sampleQuestion(i);
        }
        InterviewRepository::StartDetails details;
        details.candidate = QStringLiteral("Кандидат Cli");
        details.interviewer = QStringLiteral("Panel Lead");
        InterviewRepository &interviews = m_ws.interviews();
        m_id = interviews.start(plan, questions, details);
        const Interview started = *interviews.interview(m_id);
        interviews.setScore(started.items.at(0).id, 3);
        interviews.setCriterionMet(started.items.at(0).id, 1, true);
        interviews.setNotes(started.items.at(0).id, QStringLiteral("[00:05] Заметка из базы"));
        m_ws.settings().setValue(QStringLiteral("pdf_page_size"), QStringLiteral("Letter"));
        m_ws.close(); // the command has the file to itself
    }

    void writesTheInterviewOnTheChosenPageSize()
    {
        const QString pdf = m_ws.path(QStringLiteral("cli.pdf"));
        const Run result = panelist({QStringLiteral("interview"), QStringLiteral("export-pdf"),
                                     QString::number(m_id), pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(pdf));
        QVERIFY2(info(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")),
                 qPrintable(info(pdf, QStringLiteral("Page size"))));
        QCOMPARE(info(pdf, QStringLiteral("Author")), QStringLiteral("Panel Lead"));
        const QString content =
            run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out.simplified();
        qsizetype from = 0;
        for (const QString &expected :
             {QStringLiteral("Кандидат Cli"), QStringLiteral("Sample question 1"),
              QStringLiteral("Score 3 of 4 — Middle"), QStringLiteral("Explains the mechanism."),
              QStringLiteral("Заметка из базы"), QStringLiteral("Sample question 2")}) {
            const qsizetype at = content.indexOf(expected, from);
            QVERIFY2(at >= 0, qPrintable(expected + QStringLiteral(" is missing or out of order")));
            from = at + expected.size();
        }
    }

    void refusalsSayWhyAndWriteNothing()
    {
        const QString none = m_ws.path(QStringLiteral("none.pdf"));
        Run result = panelist({QStringLiteral("interview"), QStringLiteral("export-pdf"),
                               QStringLiteral("999"), none});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.trimmed(), QStringLiteral("panelist: no interview with id 999"));
        QVERIFY(!QFileInfo::exists(none));

        const QString unwritable = m_ws.path(QStringLiteral("missing-dir/out.pdf"));
        result = panelist({QStringLiteral("interview"), QStringLiteral("export-pdf"),
                           QString::number(m_id), unwritable});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.contains(unwritable), qPrintable(result.err));

        result = panelist({QStringLiteral("interview"), QStringLiteral("export-pdf")});
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(PdfCommandTest)
#include "tst_pdfcommand.moc"
