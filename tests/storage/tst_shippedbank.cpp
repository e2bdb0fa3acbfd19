#include "storage/shippedbank.h"
#include "storage/sql.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The bank that ships with the app: its content rules and its upgrade path.
class ShippedBankTest : public QObject
{
    Q_OBJECT

    BankDocument m_bank;

    static QStringList words(QString text)
    {
        static const QRegularExpression fenced(QStringLiteral("```.*?```"),
                                               QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression inlineCode(QStringLiteral("`[^`]*`"));
        static const QRegularExpression word(QStringLiteral("[a-z0-9']+"));
        text = text.toLower()
                   .replace(fenced, QStringLiteral(" "))
                   .replace(inlineCode, QStringLiteral(" "));
        QStringList result;
        for (auto it = word.globalMatch(text); it.hasNext();)
            result << it.next().captured();
        return result;
    }

private slots:
    void initTestCase() { m_bank = shippedbank::load(); }

    void everyQuestionIsComplete()
    {
        QVERIFY(m_bank.bankVersion >= 1);
        // The build reads the version from the same file; a stale build would skip upgrades.
        QCOMPARE(shippedbank::shippedVersion(), m_bank.bankVersion);
        QVERIFY2(m_bank.questions.size() >= 100,
                 qPrintable(QString::number(m_bank.questions.size())));
        QVERIFY(m_bank.categories.size() >= 12 && m_bank.categories.size() <= 14);
        static const QRegularExpression tagPattern(QStringLiteral("^[a-z0-9][a-z0-9.+-]*$"));
        const QHash<QString, QString> kindOfCategory = {
            {QStringLiteral("Coding"), QStringLiteral("coding")},
            {QStringLiteral("Behavioural"), QStringLiteral("behavioural")},
            {QStringLiteral("Situational"), QStringLiteral("situational")},
            {QStringLiteral("Discussion"), QStringLiteral("discussion")}};
        QSet<QString> titles, usedCategories;
        for (const Question &q : std::as_const(m_bank.questions)) {
            const QByteArray where = q.title.toUtf8();
            QVERIFY2(!titles.contains(q.title.toLower()), where);
            titles.insert(q.title.toLower());
            usedCategories.insert(q.category);
            QVERIFY2(q.prompt.size() >= 20, where);
            QVERIFY2(q.referenceAnswer.size() >= 80, where);
            QVERIFY2(q.followUps.size() >= 2, where);
            QVERIFY2(q.criteria.size() >= 3, where);
            QVERIFY2(!q.anchorJunior.isEmpty() && !q.anchorMiddle.isEmpty() &&
                         !q.anchorSenior.isEmpty(),
                     where);
            QVERIFY2(q.minutes >= 2 && q.minutes <= 30, where);
            QVERIFY2(!q.tags.isEmpty(), where);
            for (const QString &tag : q.tags)
                QVERIFY2(tagPattern.match(tag).hasMatch(),
                         qPrintable(q.title + QStringLiteral(": ") + tag));
            QCOMPARE(
                vocabulary::key(q.kind),
                kindOfCategory.value(q.category, vocabulary::key(vocabulary::Kind::Technical)));
            QVERIFY2(!q.archived, where);
            // Follow-ups render as Markdown: a bare __dunder__ or *args would turn bold.
            static const QRegularExpression codeSpan(QStringLiteral("`[^`]*`"));
            static const QRegularExpression bare(QStringLiteral("__\\w+__|(?<![\\w*])\\*\\w"));
            for (QString followUp : q.followUps)
                QVERIFY2(!followUp.remove(codeSpan).contains(bare), qPrintable(followUp));
            if (q.kind == vocabulary::Kind::Coding)
                QVERIFY2(q.prompt.contains(QStringLiteral("```")) ||
                             q.referenceAnswer.contains(QStringLiteral("```")),
                         where);
        }
        for (const Category &category : std::as_const(m_bank.categories))
            QVERIFY2(usedCategories.contains(category.name), qPrintable(category.name));
        QCOMPARE(usedCategories.size(), m_bank.categories.size());
    }

    void writtenInOwnWords()
    {
        const QDir seeds(QStringLiteral(PANELIST_SOURCE_DIR "/../shared/seeds"));
        const QStringList files = seeds.entryList({QStringLiteral("*.txt")}, QDir::Files);
        if (files.isEmpty())
            QSKIP("the seed documents are not beside this checkout");
        constexpr int kRun = 8;
        QSet<QString> seedRuns;
        for (const QString &name : files) {
            QFile file(seeds.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList w = words(QString::fromUtf8(file.readAll()));
            for (int i = 0; i + kRun <= w.size(); ++i)
                seedRuns.insert(w.mid(i, kRun).join(QLatin1Char(' ')));
        }
        for (const Question &q : std::as_const(m_bank.questions)) {
            const QStringList texts = QStringList{q.title,        q.prompt,       q.referenceAnswer,
                                                  q.anchorJunior, q.anchorMiddle, q.anchorSenior} +
                                      q.followUps + q.criteria;
            for (const QString &text : texts) {
                const QStringList w = words(text);
                for (int i = 0; i + kRun <= w.size(); ++i) {
                    const QString run = w.mid(i, kRun).join(QLatin1Char(' '));
                    QVERIFY2(!seedRuns.contains(run),
                             qPrintable(q.title + QStringLiteral(": ") + run));
                }
            }
        }
    }

    void firstRunInstallsEverything()
    {
        TestWorkspace workspace;
        BankRepository &bank = workspace.bank();
        const shippedbank::Result result = shippedbank::install(bank, m_bank);
        QCOMPARE(result.added, m_bank.questions.size());
        QCOMPARE(bank.questionCount(), m_bank.questions.size());
        QCOMPARE(shippedbank::installedVersion(bank), m_bank.bankVersion);
        QVERIFY(shippedbank::install(bank, m_bank).skipped);
        // Installed questions are not user edits.
        QCOMPARE(sql::scalar(workspace.connection(),
                             QStringLiteral("SELECT SUM(user_edited) FROM questions"))
                     .toInt(),
                 0);
    }

    void upgradeAddsNewAndKeepsUserChanges()
    {
        QVERIFY(m_bank.questions.size() >= 10);
        BankDocument older = m_bank;
        older.bankVersion = 1;
        older.questions = m_bank.questions.mid(0, m_bank.questions.size() - 5);
        BankDocument newer = m_bank;
        newer.bankVersion = 2;
        newer.questions[2].prompt += QStringLiteral("\n\nA clarified sentence in release 2.");
        newer.questions[3].prompt += QStringLiteral("\n\nRelease 2 also reworded this one.");

        TestWorkspace workspace;
        BankRepository &bank = workspace.bank();
        shippedbank::install(bank, older);

        Question edited = *bank.questionByUuid(m_bank.questions[3].uuid);
        edited.title = QStringLiteral("My own wording");
        bank.updateQuestion(edited);
        const QString deletedUuid = m_bank.questions[4].uuid;
        bank.removeQuestion(bank.questionByUuid(deletedUuid)->id);

        const shippedbank::Result result = shippedbank::install(bank, newer);
        QCOMPARE(result.added, 5);
        QCOMPARE(result.updated, 1);
        QCOMPARE(bank.questionCount(), m_bank.questions.size() - 1);
        QCOMPARE(bank.questionByUuid(m_bank.questions[3].uuid)->title,
                 QStringLiteral("My own wording"));
        QVERIFY(!bank.questionByUuid(m_bank.questions[3].uuid)
                     ->prompt.contains(QStringLiteral("Release 2")));
        QVERIFY(!bank.questionByUuid(deletedUuid));
        QVERIFY(bank.questionByUuid(m_bank.questions[2].uuid)
                    ->prompt.endsWith(QStringLiteral("release 2.")));
        QVERIFY(bank.questionByUuid(m_bank.questions.last().uuid));
        QCOMPARE(shippedbank::installedVersion(bank), 2);
    }
};

QTEST_GUILESS_MAIN(ShippedBankTest)
#include "tst_shippedbank.moc"
