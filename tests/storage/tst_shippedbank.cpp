#include "formats/bankjson.h"
#include "storage/shippedbank.h"
#include "storage/sql.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    // The bank as release 1 shipped it, kept as test data to upgrade from.
    static BankDocument releaseOne()
    {
        const QString path = QStringLiteral(PANELIST_TEST_DATA "/python-senior-v1.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return bankjson::read(file.readAll(), path);
    }

    // Lower case without spaces, '&' or '-': "OOP & patterns" and "oop-patterns" match.
    static QString folded(const QString &name)
    {
        static const QRegularExpression ignored(QStringLiteral("[\\s&-]"));
        return name.toLower().remove(ignored);
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

    // Tags are for finding a topic across categories: a small shared vocabulary, each
    // tag on at least two questions, none repeating a category or a kind, one spelling.
    void tagsAreAVocabulary()
    {
        QHash<QString, int> uses;
        for (const Question &q : std::as_const(m_bank.questions))
            for (const QString &tag : q.tags)
                ++uses[tag];
        QVERIFY2(uses.size() <= 100, qPrintable(QString::number(uses.size())));
        QSet<QString> reserved;
        for (const Category &category : std::as_const(m_bank.categories))
            reserved.insert(folded(category.name));
        for (const char *kind : {"technical", "coding", "behavioural", "situational", "discussion"})
            reserved.insert(QString::fromLatin1(kind));
        // American -ize/-ization endings; "size" and the like are not that suffix.
        static const QRegularExpression american(
            QStringLiteral("(?<!s)(iz|yz)(e|es|ed|er|ers|ing|ation|ations)(?=$|-)"));
        for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
            const QByteArray tag = it.key().toUtf8();
            QVERIFY2(it.value() >= 2, tag);
            QVERIFY2(!reserved.contains(folded(it.key())), tag);
            QVERIFY2(!american.match(it.key()).hasMatch(), tag);
        }
    }

    // An anchor says how a level answers, not that it says more ("Also covers...").
    void anchorsDescribeJudgement()
    {
        static const QRegularExpression more(QStringLiteral("^\\s*(Also|Adds)\\b"));
        for (const Question &q : std::as_const(m_bank.questions)) {
            for (const QString &anchor : {q.anchorJunior, q.anchorMiddle, q.anchorSenior})
                QVERIFY2(!more.match(anchor).hasMatch(),
                         qPrintable(q.title + QStringLiteral(": ") + anchor));
        }
    }

    // Code in the Markdown fields sits in backticks: a bare `__del__` renders as an
    // underlined "del" and `f()` reads as prose. Outside code spans no dunder name and no
    // call with empty parentheses is left.
    void codeIsMarkedInMarkdown()
    {
        static const QRegularExpression fenced(QStringLiteral("```.*?```"),
                                               QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression inlineCode(QStringLiteral("`[^`]*`"));
        static const QRegularExpression bareCode(QStringLiteral("__\\w+__|\\w\\(\\)"));
        int checked = 0;
        for (const Question &q : std::as_const(m_bank.questions)) {
            QStringList texts = {q.prompt, q.referenceAnswer, q.anchorJunior, q.anchorMiddle,
                                 q.anchorSenior};
            texts << q.followUps << q.criteria;
            for (QString text : std::as_const(texts)) {
                text.replace(fenced, QStringLiteral(" ")).replace(inlineCode, QStringLiteral(" "));
                const QRegularExpressionMatch bare = bareCode.match(text);
                QVERIFY2(!bare.hasMatch(),
                         qPrintable(q.title + QStringLiteral(": ") + bare.captured() +
                                    QStringLiteral(" outside backticks")));
                ++checked;
            }
        }
        QVERIFY(checked > 1000);
    }

    // Minutes fit what is asked: the main ask takes 2 to 8 minutes (up to 12 for writing
    // code), each follow-up about 2; two to four follow-ups per question.
    void minutesFitTheFollowUps()
    {
        for (const Question &q : std::as_const(m_bank.questions)) {
            const QByteArray where = q.title.toUtf8() + ": " + QByteArray::number(q.minutes) +
                                     " min, " + QByteArray::number(q.followUps.size()) +
                                     " follow-ups";
            QVERIFY2(q.followUps.size() >= 2 && q.followUps.size() <= 4, where);
            const int asked = 2 * static_cast<int>(q.followUps.size());
            const int longestMainAsk = q.kind == vocabulary::Kind::Coding ? 12 : 8;
            QVERIFY2(q.minutes >= asked + 2 && q.minutes <= asked + longestMainAsk, where);
        }
    }

    // The plan templates name shipped questions by uuid; a merged-away one would vanish
    // from a template without a word.
    void templatesUseShippedQuestions()
    {
        QFile file(QStringLiteral(PANELIST_SOURCE_DIR "/resources/plans/templates.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSet<QString> shipped;
        for (const Question &q : std::as_const(m_bank.questions))
            shipped.insert(q.uuid);
        int items = 0;
        const QJsonArray plans = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("plans"))
                                     .toArray();
        for (const QJsonValue &plan : plans) {
            for (const QJsonValue &item :
                 plan.toObject().value(QStringLiteral("items")).toArray()) {
                const QString uuid = item.toObject().value(QStringLiteral("question")).toString();
                QVERIFY2(shipped.contains(uuid), qPrintable(uuid));
                ++items;
            }
        }
        QVERIFY(items >= 15);
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

    // A database that holds release 1, with the user's edits and a deletion, upgraded to
    // the bank this build ships through the same install path as at start-up.
    void upgradeFromReleaseOne()
    {
        const BankDocument old = releaseOne();
        QCOMPARE(old.bankVersion, 1);
        QVERIFY(m_bank.bankVersion > old.bankVersion);
        QHash<QString, Question> oldByUuid, newByUuid;
        for (const Question &q : old.questions)
            oldByUuid.insert(q.uuid, q);
        for (const Question &q : std::as_const(m_bank.questions))
            newByUuid.insert(q.uuid, q);
        QStringList retired, reworded;
        for (const Question &q : old.questions) {
            if (!newByUuid.contains(q.uuid))
                retired << q.uuid;
            else if (!q.sameContent(newByUuid.value(q.uuid)))
                reworded << q.uuid;
        }
        QVERIFY2(retired.size() >= 3, qPrintable(retired.join(QLatin1Char(' '))));
        QVERIFY(reworded.size() >= 3);

        TestWorkspace workspace;
        BankRepository &bank = workspace.bank();
        PlanRepository &plans = workspace.plans();
        QCOMPARE(shippedbank::install(bank, old).added, old.questions.size());

        // The user edits a question release 2 rewords and one release 2 merged away,
        // deletes another reworded one, and plans with a merged-away one left untouched.
        Question edited = *bank.questionByUuid(reworded.at(0));
        edited.title = QStringLiteral("My own wording");
        edited.followUps << QStringLiteral("What would you measure first?");
        bank.updateQuestion(edited);
        const QString deleted = reworded.at(1);
        bank.removeQuestion(bank.questionByUuid(deleted)->id);
        Question editedRetired = *bank.questionByUuid(retired.at(0));
        editedRetired.anchorSenior = QStringLiteral("Whatever I decide a senior says.");
        bank.updateQuestion(editedRetired);
        const QString planned = retired.at(1);
        const qint64 plan = plans.create(QStringLiteral("Loop"), {}, vocabulary::Level::Senior, 60);
        plans.addItem(plan, bank.questionByUuid(planned)->id);
        const QString dropped = retired.at(2);

        const shippedbank::Result result = shippedbank::install(bank, m_bank);
        int added = 0;
        for (const Question &q : std::as_const(m_bank.questions))
            added += oldByUuid.contains(q.uuid) ? 0 : 1;
        QCOMPARE(result.added, added);
        QCOMPARE(result.updated, reworded.size() - 2);
        QCOMPARE(result.archived, 1);
        QCOMPARE(result.removed, static_cast<int>(retired.size()) - 2);

        // Untouched questions now read as release 2 ships them.
        for (const Question &shipped : std::as_const(m_bank.questions)) {
            if (shipped.uuid == edited.uuid || shipped.uuid == deleted)
                continue;
            const std::optional<Question> now = bank.questionByUuid(shipped.uuid);
            QVERIFY2(now && now->sameContent(shipped), qPrintable(shipped.title));
        }
        // The user's edits and deletion stand exactly as they left them.
        QVERIFY(bank.questionByUuid(edited.uuid)->sameContent(edited));
        QVERIFY(!bank.questionByUuid(deleted));
        QVERIFY(bank.questionByUuid(editedRetired.uuid)->sameContent(editedRetired));
        // A merged-away question still in a plan is archived, unchanged, and the plan keeps it;
        // one nobody used or touched is gone.
        Question archived = *bank.questionByUuid(planned);
        QVERIFY(archived.archived);
        archived.archived = false;
        QVERIFY(archived.sameContent(oldByUuid.value(planned)));
        QCOMPARE(plans.plan(plan)->items.size(), 1);
        QCOMPARE(plans.plan(plan)->items.at(0).questionUuid, planned);
        QVERIFY(!bank.questionByUuid(dropped));
        QCOMPARE(bank.questionCount(true), m_bank.questions.size() - 1 + 2);
        QCOMPARE(shippedbank::installedVersion(bank), m_bank.bankVersion);

        // Nothing changes on the next start, and a later bank does not revive what left.
        QVERIFY(shippedbank::install(bank, m_bank).skipped);
        BankDocument later = m_bank;
        later.bankVersion = m_bank.bankVersion + 1;
        const shippedbank::Result again = shippedbank::install(bank, later);
        QCOMPARE(again.added + again.updated + again.removed + again.archived, 0);
        QVERIFY(!bank.questionByUuid(dropped));
        QVERIFY(!bank.questionByUuid(deleted));
    }
};

QTEST_GUILESS_MAIN(ShippedBankTest)
#include "tst_shippedbank.moc"
