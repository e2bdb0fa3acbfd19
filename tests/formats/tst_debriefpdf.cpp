#include "domain/errors.h"
#include "formats/debriefpdf.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using vocabulary::Recommendation;

// The debrief packet checked through the tools a reader would use: pdftotext finds every
// interviewer, competency, rating, recommendation, disagreement and the decision;
// qpdf --check passes; pdfinfo counts the pages (a summary page, then one per scorecard);
// pdftoppm draws the summary page, and the chart's marks are there in the interviewers'
// colours. The command that writes it from a database is tested in app/tst_debriefcli.
class DebriefPdfTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000))
            qFatal("%s did not finish", qPrintable(program));
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    static bool haveTools()
    {
        for (const char *tool : {"pdftotext", "pdfinfo", "qpdf", "pdftoppm"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return false;
        }
        return true;
    }
    static QString text(const QString &pdf)
    {
        return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out.simplified();
    }
    static int pages(const QString &pdf)
    {
        const QRegularExpression line(QStringLiteral("^Pages:\\s*(\\d+)"),
                                      QRegularExpression::MultilineOption);
        return line.match(run(QStringLiteral("pdfinfo"), {pdf}).out).captured(1).toInt();
    }

    static debrief::NamedRating rated(const QString &name, int rating, const QString &question)
    {
        return {name, DebriefRating{rating, {{question, rating}}}};
    }

    // Three interviewers, four competencies; Concurrency 2 vs 4 (a disagreement), the
    // recommendations mixed, and a decision that superseded an earlier one.
    static Debrief sample()
    {
        Debrief d;
        d.candidate.id = 7;
        d.candidate.name = QStringLiteral("Grace Hopper");
        d.candidate.role = QStringLiteral("Backend engineer");
        d.candidate.status = vocabulary::CandidateStatus::Hired;
        d.pending = 1;
        const QStringList names = {QStringLiteral("Anna Lindqvist"), QStringLiteral("Ben Okafor"),
                                   QStringLiteral("Chioma Eze")};
        const QList<QList<int>> ratings = {{3, 2, 4, 3}, {3, 4, 3, 3}, {4, 3, 4, 2}};
        const QList<Recommendation> recommendations = {Recommendation::Yes, Recommendation::No,
                                                       Recommendation::StrongYes};
        const QStringList competencies = {QStringLiteral("Python depth"),
                                          QStringLiteral("Concurrency"), QStringLiteral("Design"),
                                          QStringLiteral("Communication")};
        for (int who = 0; who < 3; ++who) {
            DebriefScorecard card;
            card.interviewId = who + 1;
            card.interviewer = names.at(who);
            card.planName = QStringLiteral("Backend loop");
            card.endedAt = QDateTime(QDate(2026, 11, 20 + who), QTime(15, 0), Qt::UTC);
            card.recommendation = recommendations.at(who);
            card.takeaways = QStringLiteral("Takeaway of %1.").arg(names.at(who));
            card.pros = QStringLiteral("Pro of %1.").arg(names.at(who));
            card.cons = QStringLiteral("Con of %1.").arg(names.at(who));
            QList<debrief::NamedRating> named;
            for (int c = 0; c < competencies.size(); ++c)
                named.append(
                    rated(competencies.at(c), ratings.at(who).at(c),
                          QStringLiteral("Evidence question %1-%2").arg(who + 1).arg(c + 1)));
            debrief::addScorecard(d, card, named);
        }
        CandidateDecision earlier;
        earlier.decision = vocabulary::Decision::Advance;
        earlier.reason = QStringLiteral("Worth a system design round.");
        earlier.decidedAt = QDateTime(QDate(2026, 11, 22), QTime(16, 0), Qt::UTC);
        CandidateDecision standing;
        standing.decision = vocabulary::Decision::Hire;
        standing.reason = QStringLiteral("Strong on design; concurrency gap is coachable.");
        standing.decidedBy = QStringLiteral("Lena Lead");
        standing.decidedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
        d.decisions = {standing, earlier};
        return d;
    }

private slots:
    void initTestCase()
    {
        if (!haveTools())
            QSKIP("pdftotext, pdfinfo, qpdf or pdftoppm is missing (./panelist.sh installs them)");
    }

    void readsBackEverything()
    {
        const Debrief d = sample();
        const QString pdf = m_dir.filePath(QStringLiteral("packet.pdf"));
        debriefpdf::write(d, pdf);
        // PANELIST_KEEP_PDF=FILE keeps a copy to look at (pdftoppm -png FILE page).
        if (const QString keep = qEnvironmentVariable("PANELIST_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, keep);
        const QString all = text(pdf);
        QVERIFY2(all.contains(QStringLiteral("DEBRIEF PACKET")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Grace Hopper")));
        QVERIFY(all.contains(QStringLiteral("Backend engineer")));
        for (const DebriefScorecard &card : d.scorecards) {
            QVERIFY2(all.count(card.interviewer) >= 3,
                     qPrintable(card.interviewer)); // panel, legend, page
            QVERIFY(all.contains(card.takeaways));
            QVERIFY(all.contains(card.pros));
            QVERIFY(all.contains(card.cons));
        }
        for (const QString &competency : d.competencies)
            QVERIFY2(all.count(competency) >= 4, qPrintable(competency)); // chart + 3 pages
        // Every rating with its evidence, on each interviewer's page.
        for (int who = 0; who < d.scorecards.size(); ++who) {
            for (int c = 0; c < d.competencies.size(); ++c) {
                const int rating = d.scorecards.at(who).ratings.at(c).rating;
                const QString line = QStringLiteral("%1 %2").arg(d.competencies.at(c)).arg(rating);
                QVERIFY2(all.contains(line), qPrintable(line));
                const QString evidence = QStringLiteral("Evidence question %1-%2 — %3")
                                             .arg(who + 1)
                                             .arg(c + 1)
                                             .arg(vocabulary::scoreLabel(rating));
                QVERIFY2(all.contains(evidence), qPrintable(evidence));
            }
        }
        // The chart's numbers and the disagreements.
        QVERIFY2(all.contains(QStringLiteral("mean 3.0 · spread 2")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Concurrency: ratings from 2 to 4 (Anna Lindqvist 2, "
                                            "Ben Okafor 4, Chioma Eze 3)")));
        QVERIFY(all.contains(QStringLiteral("Communication: ratings from 2 to 3")) == false);
        QVERIFY(all.contains(QStringLiteral("Mixed recommendations: Anna Lindqvist Yes, Ben "
                                            "Okafor No, Chioma Eze Strong yes")));
        // The decision, who and why, and the one it superseded.
        QVERIFY(all.contains(QStringLiteral("Hire")));
        QVERIFY(all.contains(QStringLiteral("Decided by Lena Lead")));
        QVERIFY(all.contains(QStringLiteral("Strong on design; concurrency gap is coachable.")));
        QVERIFY(all.contains(QStringLiteral("Earlier decisions, superseded: Advance")));
        QVERIFY(all.contains(QStringLiteral("1 interview(s) not finished")));
        QVERIFY(all.contains(QStringLiteral("Page 4 of 4")));

        const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QCOMPARE(pages(pdf), 1 + int(d.scorecards.size()));
    }

    void chartDrawsOneMarkPerInterviewer()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
        debriefpdf::write(sample(), pdf);
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        const Run draw = run(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                              QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                              QStringLiteral("1"), pdf, prefix});
        QCOMPARE(draw.exitCode, 0);
        const QStringList pngs =
            QDir(m_dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files);
        QCOMPARE(pngs.size(), 1);
        const QImage page(m_dir.filePath(pngs.first()));
        QVERIFY(!page.isNull());
        // The first three mark colours each appear on the summary page.
        for (const QColor colour :
             {QColor(0x1f, 0x4e, 0x8c), QColor(0xc0, 0x56, 0x21), QColor(0x1a, 0x7f, 0x37)}) {
            int found = 0;
            for (int y = 0; y < page.height(); ++y) {
                for (int x = 0; x < page.width(); ++x) {
                    const QColor pixel = page.pixelColor(x, y);
                    if (std::abs(pixel.red() - colour.red()) < 12 &&
                        std::abs(pixel.green() - colour.green()) < 12 &&
                        std::abs(pixel.blue() - colour.blue()) < 12)
                        ++found;
                }
            }
            QVERIFY2(found > 20, qPrintable(colour.name()));
        }
    }

    void emptyLoopSaysSo()
    {
        Debrief d;
        d.candidate.name = QStringLiteral("Nobody Yet");
        d.pending = 2;
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        debriefpdf::write(d, pdf);
        const QString all = text(pdf);
        QVERIFY(all.contains(QStringLiteral("No scorecard is in yet.")));
        QVERIFY(all.contains(QStringLiteral("No decision yet")));
        QVERIFY(all.contains(QStringLiteral("Fewer than two scorecards")));
        QCOMPARE(pages(pdf), 1);
    }

    void fullDiskKeepsTheOldFile()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("kept.pdf"));
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old packet");
        old.close();
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        {
            // While it lasts, a write past 8 KiB fails with EFBIG, as on a nearly full disk.
            struct rlimit saved = {};
            ::getrlimit(RLIMIT_FSIZE, &saved);
            const auto handler = std::signal(SIGXFSZ, SIG_IGN);
            const struct rlimit limit = {8 * 1024, saved.rlim_max};
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
            QString message;
            try {
                debriefpdf::write(sample(), pdf);
            } catch (const PanelistError &error) {
                message = error.message();
            }
            ::setrlimit(RLIMIT_FSIZE, &saved);
            std::signal(SIGXFSZ, handler);
            QVERIFY2(message.contains(pdf), qPrintable(message));
        }
        QFile kept(pdf);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("old packet"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before);
    }

    void badPathLeavesNothing()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("missing/folder/packet.pdf"));
        try {
            debriefpdf::write(sample(), pdf);
            QFAIL("writing into a missing folder succeeded");
        } catch (const PanelistError &error) {
            QVERIFY2(error.message().contains(pdf), qPrintable(error.message()));
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_MAIN(DebriefPdfTest)
#include "tst_debriefpdf.moc"
