#include "domain/errors.h"
#include "formats/bankjson.h"
#include "formats/bankmarkdown.h"
#include "storage/bankfiles.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using testsupport::sampleQuestion;

// Sizes that a quadratic reader, writer or import would not finish under ctest's
// timeout. The assertions are on behaviour (counts); the times are printed.
class ImportScaleTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void report(const char *what, const QElapsedTimer &timer)
    {
        qInfo("%s: %lld ms", what, static_cast<long long>(timer.elapsed()));
    }

private slots:
    void markdownOfAHundredThousandHeadings()
    {
        QByteArray markdown;
        for (int i = 0; i < 100000; ++i)
            markdown += "## Category " + QByteArray::number(i) + '\n';
        QElapsedTimer timer;
        timer.start();
        const BankDocument document = bankmarkdown::read(markdown, QStringLiteral("big.md"));
        report("100,000 category headings read", timer);
        QCOMPARE(document.categories.size(), 100000);
        QCOMPARE(document.categories.last().name, QStringLiteral("Category 99999"));
        QCOMPARE(document.categories.last().position, 99999);

        timer.restart();
        const QByteArray written = bankmarkdown::write(document);
        report("100,000 categories written", timer);
        QCOMPARE(written.count("\n## "), 100000);
    }

    void markdownOfTwentyThousandQuestions()
    {
        BankDocument document;
        for (int i = 0; i < 20000; ++i)
            document.questions << sampleQuestion(i, QStringLiteral("Category %1").arg(i % 5000));
        QElapsedTimer timer;
        timer.start();
        const QByteArray markdown = bankmarkdown::write(document);
        report("20,000 questions in 5,000 categories written", timer);
        timer.restart();
        const BankDocument read = bankmarkdown::read(markdown, QStringLiteral("big.md"));
        report("20,000 questions read", timer);
        QCOMPARE(read.questions.size(), 20000);
        QCOMPARE(read.categories.size(), 5000);
    }

    // Long texts of structure: fence after fence, heading after heading.
    void markdownOfLongTexts()
    {
        Question q = sampleQuestion(1);
        QString prompt;
        for (int i = 0; i < 2000; ++i)
            prompt += QStringLiteral("```\n## %1\n").arg(i % 10); // code, heading, code, ...
        q.prompt = prompt.trimmed();
        QVERIFY(q.prompt.size() <= 20000);
        BankDocument document;
        document.questions = {q};
        QElapsedTimer timer;
        timer.start();
        const QByteArray markdown = bankmarkdown::write(document);
        const BankDocument read = bankmarkdown::read(markdown, QStringLiteral("long.md"));
        report("a prompt of 4,000 structure lines written and read", timer);
        QCOMPARE(read.questions.size(), 1);
        QCOMPARE(read.questions.first().prompt, q.prompt);

        // A hand-written file with a million lines in one prompt is read, then refused
        // for its length, not by a timeout.
        QByteArray huge = "## C\n\n### Q\n\n- uuid: 3b0c5d1e-2f4a-4b6c-8d7e-9f0a1b2c3d4e\n"
                          "- level: senior\n- kind: technical\n- minutes: 5\n\n#### Prompt\n\n";
        for (int i = 0; i < 1000000; ++i)
            huge += "~~~\n";
        timer.restart();
        QString message;
        try {
            bankmarkdown::read(huge, QStringLiteral("huge.md"));
        } catch (const PanelistError &error) {
            message = error.message();
        }
        report("a prompt of a million fence lines read and refused", timer);
        QVERIFY2(message.contains(QLatin1String("the limit is 20,000")), qPrintable(message));
    }

    void fourThousandCategoriesImport()
    {
        BankDocument document;
        for (int i = 0; i < 4000; ++i)
            document.categories << Category{0, QStringLiteral("Category %1").arg(i), i};
        // Questions in every hundredth category, the last one included.
        for (int i = 7; i < 4000; i += 100)
            document.questions << sampleQuestion(i, QStringLiteral("Category %1").arg(i));
        document.questions << sampleQuestion(3999, QStringLiteral("Category 3999"));
        const QString file = m_dir.filePath(QStringLiteral("wide.json"));
        testsupport::writeFile(file, bankjson::write(document));
        TestWorkspace workspace;
        BankRepository &bank = workspace.bank();
        bank.addQuestion(sampleQuestion(99999, QStringLiteral("category 7"))); // a case variant
        QElapsedTimer timer;
        timer.start();
        const BankRepository::ImportResult result = bankfiles::importFile(bank, file);
        report("4,000 categories with 41 questions imported", timer);
        QCOMPARE(result.added, 41);
        // "Category 7" is the category the bank already had, in any letter case.
        QCOMPARE(bank.categories().size(), 4000);
        QCOMPARE(bank.questionByUuid(sampleQuestion(7).uuid)->category,
                 QStringLiteral("category 7"));
        QCOMPARE(bank.questionByUuid(sampleQuestion(3999).uuid)->category,
                 QStringLiteral("Category 3999"));
        QCOMPARE(bank.categories().last().name, QStringLiteral("Category 3999"));
    }

    void cancelWhileCategoriesAreWritten()
    {
        QList<Category> categories;
        for (int i = 0; i < 4000; ++i)
            categories << Category{0, QStringLiteral("Category %1").arg(i), i};
        TestWorkspace workspace;
        BankRepository &bank = workspace.bank();
        bank.addQuestion(sampleQuestion(1));
        int asked = 0;
        int progressCalls = 0;
        QString message;
        try {
            bank.importQuestions(
                categories, {sampleQuestion(2)},
                [&](int, int) {
                    ++progressCalls;
                    return true;
                },
                [&] { return ++asked == 10; });
        } catch (const PanelistError &error) {
            message = error.message();
        }
        QVERIFY2(message.contains(QLatin1String("cancelled")), qPrintable(message));
        QCOMPARE(asked, 10);
        QCOMPARE(progressCalls, 0);
        QCOMPARE(bank.categories().size(), 1);
        QCOMPARE(bank.questionCount(true), 1);
    }
};

QTEST_GUILESS_MAIN(ImportScaleTest)
#include "tst_importscale.moc"
