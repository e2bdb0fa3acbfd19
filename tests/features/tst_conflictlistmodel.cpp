#include "common/conflictlistmodel.h"
#include "domain/limits.h"
#include "formats/teampayload.h"
#include "storage/localsync.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using testsupport::sampleQuestion;
using vocabulary::EntityKind;

// The conflicts dialog's model over a real database holding real conflicts, made through
// LocalSync's API as the sync cycle makes them: the server's version of a question
// arrives while this laptop's edit of it has not been pushed. Checked under
// QAbstractItemModelTester: the roles say what happened and show both sides field by
// field (only what differs); keep mine, take theirs and a field-by-field merge each
// resolve one conflict, with the chosen text current and queued for the server.
class ConflictListModelTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<LocalSync> m_local;

    // A question here and on the server at version 1, as after a sync.
    Question shared(int n)
    {
        Question question = sampleQuestion(n);
        question.id = m_ws->bank().addQuestion(question);
        for (const LocalSync::Pending &pending : m_local->pending())
            m_local->markPushed(pending, 1);
        return *m_ws->bank().questionByUuid(question.uuid);
    }

    // The server's version 2 of `question` (nothing: deleted there), pulled now.
    int pullTheirs(const Question &question, const std::optional<Question> &theirs)
    {
        LocalSync::Change change;
        change.kind = EntityKind::Question;
        change.uuid = question.uuid;
        change.version = 2;
        change.deleted = !theirs;
        if (theirs)
            change.payload = teampayload::fromQuestion(*theirs);
        change.seq = ++m_seq;
        return m_local->apply({change}).conflicts;
    }
    qint64 m_seq = 0;

    // This laptop's edit and the server's other edit of question `n`: one conflict.
    Question conflicting(int n, const QString &mine, const QString &theirs)
    {
        const Question base = shared(n);
        Question edited = base;
        edited.title = mine;
        edited.followUps = {QStringLiteral("Mine follows up")};
        m_ws->bank().updateQuestion(edited);
        Question server = base;
        server.title = theirs;
        server.prompt = QStringLiteral("The server's prompt");
        if (pullTheirs(base, server) != 1)
            qFatal("the pulled edit made no conflict");
        return base;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_local = std::make_unique<LocalSync>(m_ws->database());
        m_local->link(QStringLiteral("postgresql://ann@127.0.0.1:5432/team"),
                      QStringLiteral("ann"));
        m_seq = 0;
    }
    void cleanup()
    {
        m_local.reset();
        m_ws.reset();
    }

    void rolesSayWhatHappened()
    {
        const Question edited = conflicting(1, QStringLiteral("Mine"), QStringLiteral("Theirs"));
        // Edited here, deleted on the server.
        const Question gone = shared(2);
        Question goneEdited = gone;
        goneEdited.title = QStringLiteral("Edited before the deletion arrived");
        m_ws->bank().updateQuestion(goneEdited);
        QCOMPARE(pullTheirs(gone, std::nullopt), 1);

        ConflictListModel model(m_ws->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ConflictListModel::KindLabelRole).toString(),
                 QStringLiteral("Question"));
        QCOMPARE(first.data(ConflictListModel::TitleRole).toString(), QStringLiteral("Mine"));
        QCOMPARE(first.data(ConflictListModel::WhatRole).toString(),
                 QStringLiteral("Edited here and on the team's server"));
        const QString mine = first.data(ConflictListModel::MineTextRole).toString();
        const QString theirs = first.data(ConflictListModel::TheirsTextRole).toString();
        QVERIFY2(mine.contains(QStringLiteral("Title: Mine")), qPrintable(mine));
        QVERIFY2(mine.contains(QStringLiteral("Follow-ups: Mine follows up")), qPrintable(mine));
        QVERIFY2(theirs.contains(QStringLiteral("Title: Theirs")), qPrintable(theirs));
        QVERIFY2(theirs.contains(QStringLiteral("Prompt: The server's prompt")),
                 qPrintable(theirs));
        // Only what differs: the category and the minutes are the same on both sides.
        QVERIFY2(!mine.contains(QStringLiteral("Category:")), qPrintable(mine));
        QVERIFY2(!theirs.contains(QStringLiteral("Minutes:")), qPrintable(theirs));
        QVERIFY(first.data(ConflictListModel::CanMergeRole).toBool());

        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(ConflictListModel::WhatRole).toString(),
                 QStringLiteral("Edited here, deleted on the team's server"));
        QCOMPARE(second.data(ConflictListModel::TheirsTextRole).toString(),
                 QStringLiteral("Deleted on the team's server."));
        QVERIFY(!second.data(ConflictListModel::CanMergeRole).toBool());
        QVERIFY(
            model.fields(second.data(ConflictListModel::ConflictIdRole).toLongLong()).isEmpty());

        // The edit view's fields: every field of a question, both sides readable.
        const QVariantList fields =
            model.fields(first.data(ConflictListModel::ConflictIdRole).toLongLong());
        QStringList keys;
        QVariantMap title, category;
        for (const QVariant &value : fields) {
            const QVariantMap field = value.toMap();
            keys << field.value("key").toString();
            if (field.value("key") == "title")
                title = field;
            if (field.value("key") == "category")
                category = field;
        }
        for (const char *key : {"title", "prompt", "followUps", "criteria", "anchors.junior",
                                "anchors.middle", "anchors.senior", "category", "tags"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QCOMPARE(title.value("mine").toString(), QStringLiteral("Mine"));
        QCOMPARE(title.value("theirs").toString(), QStringLiteral("Theirs"));
        QVERIFY(title.value("differs").toBool());
        QVERIFY(title.value("editable").toBool());
        QCOMPARE(category.value("mine").toString(), edited.category);
        QVERIFY(!category.value("differs").toBool());
        QVERIFY(!category.value("editable").toBool());
    }

    void keepMineTakeTheirsAndMerge()
    {
        const Question one = conflicting(1, QStringLiteral("Mine 1"), QStringLiteral("Theirs 1"));
        const Question two = conflicting(2, QStringLiteral("Mine 2"), QStringLiteral("Theirs 2"));
        const Question three = conflicting(3, QStringLiteral("Mine 3"), QStringLiteral("Theirs 3"));
        // The server's version is current until resolved.
        QCOMPARE(m_ws->bank().questionByUuid(one.uuid)->title, QStringLiteral("Theirs 1"));
        QCOMPARE(m_local->pendingCount(), 0);

        ConflictListModel model(m_ws->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resolved(&model, &ConflictListModel::resolved);
        QSignalSpy count(&model, &ConflictListModel::countChanged);
        QCOMPARE(model.rowCount(), 3);
        const auto idOf = [&](int row) {
            return model.index(row).data(ConflictListModel::ConflictIdRole).toLongLong();
        };

        QVERIFY(model.keepMine(idOf(0)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(m_ws->bank().questionByUuid(one.uuid)->title, QStringLiteral("Mine 1"));
        QCOMPARE(m_local->pendingCount(), 1);
        QCOMPARE(m_local->pending().at(0).baseVersion, 2); // based on the server's

        QVERIFY(model.takeTheirs(idOf(0)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(m_ws->bank().questionByUuid(two.uuid)->title, QStringLiteral("Theirs 2"));
        QCOMPARE(m_local->pendingCount(), 1); // nothing new to push

        // A merge too long for a title is refused with the reason; the conflict stays.
        const qint64 last = idOf(0);
        QVERIFY(!model.saveMerged(
            last, {QVariantMap{{"key", "title"}, {"text", QString(limits::kTitle + 1, 'x')}}}));
        QVERIFY2(model.error().contains(QStringLiteral("Mine 3")), qPrintable(model.error()));
        QCOMPARE(model.rowCount(), 1);

        // The merge: the title edited, the follow-ups as mine, the prompt as theirs.
        QVERIFY(model.saveMerged(
            last, {QVariantMap{{"key", "title"}, {"text", "Merged three"}},
                   QVariantMap{{"key", "followUps"}, {"text", "First\n\n  Second  \n"}},
                   QVariantMap{{"key", "prompt"}, {"side", "theirs"}}}));
        QCOMPARE(model.error(), QString());
        QCOMPARE(model.rowCount(), 0);
        const Question merged = *m_ws->bank().questionByUuid(three.uuid);
        QCOMPARE(merged.title, QStringLiteral("Merged three"));
        QCOMPARE(merged.followUps,
                 QStringList({QStringLiteral("First"), QStringLiteral("Second")}));
        QCOMPARE(merged.prompt, QStringLiteral("The server's prompt"));
        QCOMPARE(m_local->pendingCount(), 2);
        QCOMPARE(m_local->conflictCount(), 0);
        QCOMPARE(resolved.count(), 3);
        QCOMPARE(count.count(), 3);
    }
};

QTEST_MAIN(ConflictListModelTest)
#include "tst_conflictlistmodel.moc"
