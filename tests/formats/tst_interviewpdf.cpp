#include "domain/errors.h"
#include "formats/interviewpdf.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using testsupport::readFile;
using testsupport::writeFile;

// The PDF summary, checked through the tools a reader would use: pdftotext for every
// note, score and criterion in order, qpdf --check for structure, pdfinfo for title,
// author, page size and count, pdffonts for embedding. The command that writes it from a
// database is tested in app/tst_pdfcommand.
class InterviewPdfTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshPdf() { return path(QStringLiteral("out%1.pdf").arg(++m_counter)); }

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

    static bool haveTools()
    {
        for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "qpdf"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return false;
        }
        return true;
    }

    static QString text(const QString &pdf)
    {
        const Run result = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (result.exitCode != 0)
            qWarning("pdftotext: %s", qPrintable(result.err));
        return result.out;
    }

    // Whitespace collapsed to single spaces, so wrapping does not matter.
    static QString flat(const QString &value) { return value.simplified(); }

    static QString info(const QString &pdf, const QString &key)
    {
        const Run result = run(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                      QRegularExpression::MultilineOption);
        return line.match(result.out).captured(1).trimmed();
    }

    static int pages(const QString &pdf) { return info(pdf, QStringLiteral("Pages")).toInt(); }

    // Every string of `expected` found in `haystack`, each after the one before.
    static void verifyInOrder(const QString &haystack, const QStringList &expected)
    {
        const QString flatText = flat(haystack);
        qsizetype from = 0;
        for (const QString &item : expected) {
            const qsizetype at = flatText.indexOf(flat(item), from);
            if (at < 0) {
                const bool anywhere = flatText.contains(flat(item));
                QFAIL(qPrintable(QStringLiteral("\"%1\" %2")
                                     .arg(item, anywhere ? QStringLiteral("is out of order")
                                                         : QStringLiteral("is missing"))));
            }
            from = at + flat(item).size();
        }
    }

    static InterviewItem item(int n, int noteLines = 3)
    {
        InterviewItem item;
        item.id = n + 1;
        item.position = n;
        item.title = QStringLiteral("Question number %1 about generators").arg(n + 1);
        item.category = (n % 3 == 0)   ? QStringLiteral("Python internals")
                        : (n % 3 == 1) ? QStringLiteral("Concurrency")
                                       : QStringLiteral("Testing and reliability");
        item.level = vocabulary::Level::Senior;
        item.kind = vocabulary::Kind::Technical;
        item.anchorJunior = QStringLiteral("Junior anchor %1.").arg(n + 1);
        item.anchorMiddle = QStringLiteral("Middle anchor %1 explains the mechanism.").arg(n + 1);
        item.anchorSenior = QStringLiteral("Senior anchor %1 relates it to production.").arg(n + 1);
        item.minutesBudget = 5;
        item.state = vocabulary::ItemState::Done;
        item.secondsSpent = 240 + n * 17;
        item.score = 1 + n % 4;
        item.flagStrong = n % 5 == 1;
        item.flagConcern = n % 7 == 2;
        item.criteria = {{QStringLiteral("Criterion A of question %1").arg(n + 1), true},
                         {QStringLiteral("Criterion B of question %1").arg(n + 1), false},
                         {QStringLiteral("Criterion C of question %1").arg(n + 1), n % 2 == 0}};
        item.followUps = {{QStringLiteral("Follow-up asked %1").arg(n + 1), false, true},
                          {QStringLiteral("Follow-up never asked %1").arg(n + 1), false, false},
                          {QStringLiteral("Ad-hoc follow-up %1").arg(n + 1), true, true}};
        QStringList notes;
        for (int i = 0; i < noteLines; ++i) {
            notes << QStringLiteral("[%1:%2] Note %3.%4: the candidate talked about yield.")
                         .arg(n * 5 + i / 60, 2, 10, QLatin1Char('0'))
                         .arg(i % 60, 2, 10, QLatin1Char('0'))
                         .arg(n + 1)
                         .arg(i + 1);
        }
        item.notes = notes.join(QLatin1Char('\n'));
        return item;
    }

    static Interview interview(int questions, int noteLines = 3)
    {
        Interview value;
        value.id = 1;
        value.candidate = QStringLiteral("Ada Lovelace");
        value.role = QStringLiteral("Senior Python developer");
        value.interviewer = QStringLiteral("Grace Hopper");
        value.planName = QStringLiteral("Senior Python — 60 min technical");
        value.startedAt = QDateTime(QDate(2025, 3, 12), QTime(14, 0));
        value.endedAt = value.startedAt.addSecs(52 * 60 + 10);
        value.status = vocabulary::InterviewStatus::Finished;
        value.recommendation = vocabulary::Recommendation::Yes;
        value.summary = QStringLiteral("Strong on internals, weaker on testing strategy.");
        for (int i = 0; i < questions; ++i)
            value.items << item(i, noteLines);
        return value;
    }

    // What a reader must find, in order: each question's title, score, criteria,
    // follow-ups asked and note lines.
    static QStringList expectedText(const Interview &value)
    {
        QStringList expected;
        for (const InterviewItem &item : value.items) {
            expected << item.title;
            static const QStringList levels = {QString(), QStringLiteral("No signal"),
                                               QStringLiteral("Junior"), QStringLiteral("Middle"),
                                               QStringLiteral("Senior")};
            expected
                << QStringLiteral("Score %1 of 4 — %2").arg(item.score).arg(levels.at(item.score));
            for (const InterviewCriterion &criterion : item.criteria)
                expected << criterion.text;
            for (const InterviewFollowUp &followUp : item.followUps) {
                if (followUp.asked)
                    expected << followUp.text;
            }
            for (const QString &line : item.notes.split(QLatin1Char('\n')))
                expected << line;
        }
        return expected;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // PANELIST_KEEP_PDF=1 keeps the generated files to look at.
        if (qEnvironmentVariableIsSet("PANELIST_KEEP_PDF")) {
            m_dir.setAutoRemove(false);
            qInfo("PDF files in %s", qPrintable(m_dir.path()));
        }
        if (!haveTools())
            QSKIP("pdftotext, pdfinfo, pdffonts or qpdf is missing (./panelist.sh installs them)");
    }

    void everyNoteScoreAndCriterionInOrder()
    {
        const Interview value = interview(4);
        const QString pdf = freshPdf();
        interviewpdf::write(value, pdf);
        const QString content = text(pdf);
        verifyInOrder(content,
                      {QStringLiteral("INTERVIEW SUMMARY"), value.candidate, value.role,
                       value.interviewer, QStringLiteral("12 March 2025"),
                       QStringLiteral("52:10 of 20 min planned"), value.planName,
                       QStringLiteral("Yes"), value.summary, QStringLiteral("Scores by category"),
                       QStringLiteral("Python internals"), QStringLiteral("Concurrency")});
        verifyInOrder(content, expectedText(value));
        QVERIFY(content.contains(QStringLiteral("Confidential — candidate data")));
        QVERIFY(content.contains(QStringLiteral("Page 1 of %1").arg(pages(pdf))));
        // Ad-hoc follow-ups are marked; one never asked is left out; the notes keep their
        // timestamps.
        QVERIFY(flat(content).contains(QStringLiteral("Ad-hoc follow-up 1 ad hoc")));
        QVERIFY(!content.contains(QStringLiteral("Follow-up never asked")));
        QVERIFY(content.contains(QStringLiteral("[00:01]")));
        QVERIFY(content.contains(QStringLiteral("Strong signal")));
        QVERIFY(content.contains(QStringLiteral("Concern")));
    }

    // The scorecard: each competency's rating with the suggestion and its evidence, then
    // takeaways, pros and cons, after the recommendation and before the chart.
    void scorecardShowsRatingsEvidenceAndTexts()
    {
        Interview value = interview(3);
        value.competencies = {{QStringLiteral("Python depth"), QStringLiteral("Internals"), 4},
                              {QStringLiteral("Communication"), QString(), 0}};
        value.items[0].score = 4;
        value.items[0].competencies = {0};
        value.items[1].score = 3;
        value.items[1].competencies = {0, 1};
        value.items[2].competencies = {};
        value.takeaways = QStringLiteral("Deep on the interpreter.");
        value.pros = QStringLiteral("Explains clearly.");
        value.cons = QStringLiteral("Little testing experience.");
        const QString pdf = freshPdf();
        interviewpdf::write(value, pdf);
        const QString content = text(pdf);
        verifyInOrder(content, {QStringLiteral("RECOMMENDATION"), QStringLiteral("Scorecard"),
                                QStringLiteral("Python depth: 4 — Strong yes (suggested: 3 — Yes)"),
                                QStringLiteral("Evidence: %1 (4 — Senior); %2 (3 — Middle)")
                                    .arg(value.items[0].title, value.items[1].title),
                                QStringLiteral("Communication: Not rated (suggested: 3 — Yes)"),
                                QStringLiteral("KEY TAKEAWAYS"), value.takeaways,
                                QStringLiteral("PROS"), value.pros, QStringLiteral("CONS"),
                                value.cons, QStringLiteral("Scores by category")});
        // Without competencies or texts there is no scorecard section.
        const QString plain = freshPdf();
        interviewpdf::write(interview(3), plain);
        QVERIFY(!text(plain).contains(QStringLiteral("Scorecard")));
    }

    void structureIsValid()
    {
        const QString pdf = freshPdf();
        interviewpdf::write(interview(6), pdf);
        const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void titleAuthorAndPageSize()
    {
        const Interview value = interview(2);
        const QString a4 = freshPdf();
        interviewpdf::write(value, a4);
        QCOMPARE(info(a4, QStringLiteral("Title")),
                 QStringLiteral("Interview summary — Ada Lovelace"));
        QCOMPARE(info(a4, QStringLiteral("Author")), QStringLiteral("Grace Hopper"));
        QVERIFY2(info(a4, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")),
                 qPrintable(info(a4, QStringLiteral("Page size"))));

        const QString letter = freshPdf();
        interviewpdf::Options options;
        options.pageSize = interviewpdf::PageSize::Letter;
        options.author = QStringLiteral("Someone Else");
        interviewpdf::write(value, letter, options);
        QCOMPARE(info(letter, QStringLiteral("Author")), QStringLiteral("Someone Else"));
        QVERIFY2(info(letter, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")),
                 qPrintable(info(letter, QStringLiteral("Page size"))));
        const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), letter});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void pageSizeNames()
    {
        QCOMPARE(interviewpdf::pageSizeFromName(QString()), interviewpdf::PageSize::A4);
        QCOMPARE(interviewpdf::pageSizeFromName(QStringLiteral("A4")), interviewpdf::PageSize::A4);
        QCOMPARE(interviewpdf::pageSizeFromName(QStringLiteral("letter")),
                 interviewpdf::PageSize::Letter);
        QVERIFY(!interviewpdf::pageSizeFromName(QStringLiteral("A5")));
    }

    void pageCountGrowsWithQuestions()
    {
        int previous = 0;
        int one = 0;
        for (int count = 1; count <= 30; ++count) {
            const QString pdf = path(QStringLiteral("grow%1.pdf").arg(count));
            interviewpdf::write(interview(count, 6), pdf);
            const int now = pages(pdf);
            QVERIFY2(now >= previous, qPrintable(QStringLiteral("%1 questions: %2 pages, %3 before")
                                                     .arg(count)
                                                     .arg(now)
                                                     .arg(previous)));
            if (count == 1)
                one = now;
            previous = now;
        }
        QCOMPARE(one, 1);
        QVERIFY2(previous > 4, qPrintable(QString::number(previous)));
        // Every page says which of how many it is.
        const QString content = text(path(QStringLiteral("grow30.pdf")));
        for (int page = 1; page <= previous; ++page)
            QVERIFY(content.contains(QStringLiteral("Page %1 of %2").arg(page).arg(previous)));
        QCOMPARE(content.count(QStringLiteral("Confidential — candidate data")), previous);
    }

    void longNoteBreaksAcrossPagesWithoutLosingALine()
    {
        Interview value = interview(1);
        QStringList lines;
        int length = 0;
        for (int i = 0; length < 20000; ++i) {
            const QString line = QStringLiteral("[%1:%2] Line %3 of the long note, nothing lost.")
                                     .arg(i / 60, 2, 10, QLatin1Char('0'))
                                     .arg(i % 60, 2, 10, QLatin1Char('0'))
                                     .arg(i + 1, 4, 10, QLatin1Char('0'));
            lines << line;
            length += int(line.size()) + 1;
        }
        // One paragraph too long for a line, wrapped over several.
        lines.insert(100, QStringLiteral("[01:40] ") +
                              QStringLiteral("wrapped words ").repeated(60).trimmed());
        value.items[0].notes = lines.join(QLatin1Char('\n'));
        QVERIFY(value.items[0].notes.size() >= 20000);
        const QString pdf = freshPdf();
        interviewpdf::write(value, pdf);
        QVERIFY(pages(pdf) >= 5);
        const QString content = text(pdf);
        verifyInOrder(content, lines);
        QVERIFY(content.contains(QStringLiteral("(continued)")));
        // No line drawn past the footer rule: pdftotext -layout keeps the page's lines,
        // and the footer is the last text of every page.
        const Run layout =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        const QStringList pagesText = layout.out.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        for (const QString &page : pagesText) {
            const QStringList pageLines = page.trimmed().split(QLatin1Char('\n'));
            QVERIFY2(pageLines.last().contains(QStringLiteral("Confidential")),
                     qPrintable(pageLines.last()));
        }
    }

    // A paragraph broken across pages keeps at least two of its lines on each side of the
    // break: its last line (a lone word) never stands alone at the top of a page, its
    // first never alone at the foot. A note of five wrapped lines is pushed down one line
    // at a time by short notes before it, past the foot of page 1, so it meets the break
    // at every offset; pdftotext -layout shows which lines are on which page.
    void paragraphKeepsTwoLinesEachSideOfABreak()
    {
        const QString word = QStringLiteral("lorem");
        bool split = false;
        bool below = false;
        int lineCount = 0;
        for (int before = 0; before < 120 && !below; ++before) {
            Interview value = interview(1);
            QStringList notes;
            for (int i = 0; i < before; ++i)
                notes << QStringLiteral("[00:%1] Short note %2.")
                             .arg(i % 60, 2, 10, QLatin1Char('0'))
                             .arg(i + 1);
            notes << QStringLiteral("[09:59] ") + QStringList(64, word).join(QLatin1Char(' '));
            value.items[0].notes = notes.join(QLatin1Char('\n'));
            const QString pdf = path(QStringLiteral("widow.pdf"));
            interviewpdf::write(value, pdf);
            const Run layout = run(QStringLiteral("pdftotext"),
                                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            QCOMPARE(layout.exitCode, 0);
            QList<int> perPage;
            for (const QString &page : layout.out.split(QLatin1Char('\f'), Qt::SkipEmptyParts)) {
                int lines = 0;
                for (const QString &line : page.split(QLatin1Char('\n')))
                    lines += line.contains(word) ? 1 : 0;
                perPage << lines;
            }
            QVERIFY(perPage.size() >= 1);
            const int total = std::accumulate(perPage.cbegin(), perPage.cend(), 0);
            if (lineCount == 0)
                lineCount = total;
            QCOMPARE(total, lineCount); // no line lost
            QStringList shown;
            int pagesWithIt = 0;
            for (const int lines : std::as_const(perPage)) {
                shown << QString::number(lines);
                pagesWithIt += lines > 0 ? 1 : 0;
            }
            for (const int lines : std::as_const(perPage)) {
                QVERIFY2(lines == 0 || lines >= 2,
                         qPrintable(QStringLiteral("%1 notes before it: the paragraph's lines "
                                                   "per page are %2")
                                        .arg(before)
                                        .arg(shown.join(QLatin1Char('/')))));
            }
            split = split || pagesWithIt > 1;
            below = perPage.size() > 1 && perPage.first() == 0 && split;
        }
        QCOMPARE(lineCount, 5);
        QVERIFY2(split, "the paragraph never met a page break");
        QVERIFY2(below, "the paragraph never moved past the foot of page 1");
    }

    void unicodeComesBack()
    {
        Interview value = interview(1);
        value.candidate = QStringLiteral("Zoë Ångström-Müller");
        value.items[0].notes =
            QStringLiteral("[00:10] Говорит о GIL и сборщике мусора\n"
                           "[00:20] Café, naïve façade, crème brûlée — ça marche\n"
                           "[00:30] 候选人解释了生成器和协程\n"
                           "[00:40] ジェネレーターについて説明した");
        value.items[0].criteria[0].text = QStringLiteral("Объясняет подсчёт ссылок");
        const QString pdf = freshPdf();
        interviewpdf::write(value, pdf);
        const QString content = text(pdf);
        QVERIFY(content.contains(value.candidate));
        QVERIFY(content.contains(QStringLiteral("Говорит о GIL и сборщике мусора")));
        QVERIFY(content.contains(QStringLiteral("Café, naïve façade, crème brûlée — ça marche")));
        QVERIFY(content.contains(QStringLiteral("Объясняет подсчёт ссылок")));
        // NFKC: Qt's PDF writer maps a glyph that CJK ideographs share with Kangxi radicals
        // (人 and ⼈ are one glyph in Noto CJK) to the radical; readers fold them the same way.
        QString spaceless = content.normalized(QString::NormalizationForm_KC);
        spaceless.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(spaceless.contains(QStringLiteral("候选人解释了生成器和协程")),
                 qPrintable(content));
        QVERIFY(spaceless.contains(QStringLiteral("ジェネレーターについて説明した")));
        QCOMPARE(info(pdf, QStringLiteral("Title")),
                 QStringLiteral("Interview summary — Zoë Ångström-Müller"));

        // Every font is embedded.
        const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList rows = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(rows.size() >= 2);
        for (const QString &row : rows) {
            // name type encoding emb sub uni object ID
            const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7, qPrintable(row));
            QVERIFY2(columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(row));
        }
    }

    void unscoredAndEmptyInterviews()
    {
        Interview value = interview(3);
        value.status = vocabulary::InterviewStatus::Live;
        value.recommendation = vocabulary::Recommendation::None;
        value.summary.clear();
        value.items[1].score = 0;
        value.items[2].state = vocabulary::ItemState::Skipped;
        value.items[2].score = 0;
        const QString pdf = freshPdf();
        interviewpdf::Options options;
        options.now = value.startedAt.addSecs(600);
        interviewpdf::write(value, pdf, options);
        const QString content = flat(text(pdf));
        QVERIFY(content.contains(QStringLiteral("Not scored")));
        QVERIFY(content.contains(QStringLiteral("Skipped")));
        QVERIFY(content.contains(QStringLiteral("Interview in progress")));

        // A question skipped, and one never reached, with nothing recorded: said so, with
        // no rubric of failed criteria (issue 14, item 11).
        Interview unasked = interview(3);
        for (int i : {1, 2}) {
            InterviewItem &item = unasked.items[i];
            item.state = i == 1 ? vocabulary::ItemState::Skipped : vocabulary::ItemState::Pending;
            item.score = 0;
            item.notes.clear();
            item.flagStrong = item.flagConcern = false;
            for (InterviewCriterion &criterion : item.criteria)
                criterion.met = false;
            for (InterviewFollowUp &followUp : item.followUps)
                followUp.asked = false;
        }
        const QString unaskedPdf = freshPdf();
        interviewpdf::write(unasked, unaskedPdf, options);
        const QString unaskedText = flat(text(unaskedPdf));
        QVERIFY(unaskedText.contains(QStringLiteral("Skipped")));
        QVERIFY(unaskedText.contains(QStringLiteral("Not reached")));
        QVERIFY(unaskedText.contains(QStringLiteral("Criterion B of question 1")));
        QVERIFY2(!unaskedText.contains(QStringLiteral("Criterion A of question 2")), "skipped");
        QVERIFY2(!unaskedText.contains(QStringLiteral("Criterion A of question 3")), "not reached");

        Interview empty;
        empty.candidate = QStringLiteral("Nobody");
        const QString emptyPdf = freshPdf();
        interviewpdf::write(empty, emptyPdf);
        QCOMPARE(pages(emptyPdf), 1);
        QVERIFY(text(emptyPdf).contains(QStringLiteral("This interview has no questions.")));
    }

    void failureLeavesNothingHalfWritten()
    {
        // A directory that does not exist.
        const QString missing = path(QStringLiteral("no/such/dir/out.pdf"));
        try {
            interviewpdf::write(interview(1), missing);
            QFAIL("no error");
        } catch (const PanelistError &error) {
            QVERIFY2(error.message().contains(missing), qPrintable(error.message()));
        }
        QVERIFY(!QFileInfo::exists(missing));

        // A folder that is a file: refused even for root.
        const QString blocker = path(QStringLiteral("blocker"));
        writeFile(blocker, QByteArrayLiteral("a file"));
        try {
            interviewpdf::write(interview(1), blocker + QStringLiteral("/out.pdf"));
            QFAIL("no error");
        } catch (const PanelistError &error) {
            QVERIFY2(error.message().contains(blocker), qPrintable(error.message()));
        }
        QCOMPARE(readFile(blocker), QByteArrayLiteral("a file"));

        // A read-only folder keeps its old file untouched and gets no temporary file.
        const QString folder = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString target = folder + QStringLiteral("/summary.pdf");
        writeFile(target, QByteArrayLiteral("old content"));
        QFile(folder).setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(folder).isWritable())
            QSKIP("running as root: permissions do not stop writing");
        try {
            interviewpdf::write(interview(1), target);
            QFAIL("no error");
        } catch (const PanelistError &error) {
            QVERIFY2(error.message().contains(target), qPrintable(error.message()));
        }
        QFile(folder).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ExeOwner);
        QCOMPARE(readFile(target), QByteArrayLiteral("old content"));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
};

QTEST_MAIN(InterviewPdfTest)
#include "tst_interviewpdf.moc"
