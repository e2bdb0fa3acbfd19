#include "domain/vocabulary.h"
#include "interviews/agendamodel.h"
#include "interviews/checklistmodel.h"
#include "interviews/interviewlistmodel.h"
#include "interviews/liveinterview.h"
#include "storage/interviewstart.h"
#include "storage/notewriter.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using testsupport::sampleQuestion;

// The live call as QML drives it: LiveInterview on an injected clock, its agenda and
// checklists and the interviews list under QAbstractItemModelTester, every action
// checked against the database, and NoteWriter committing notes on its own thread.
class LiveModelsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_workspace;
    QString m_path;
    Database *m_db = nullptr;
    BankRepository *m_bank = nullptr;
    PlanRepository *m_plans = nullptr;
    InterviewRepository *m_interviews = nullptr;
    std::unique_ptr<NoteWriter> m_notes;
    qint64 m_plan = 0;
    QDateTime m_now; // the clock LiveInterview reads

    static const QDateTime &t0()
    {
        static const QDateTime time(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
        return time;
    }
    void setClock(int seconds) { m_now = t0().addSecs(seconds); }

    std::unique_ptr<LiveInterview> newLive()
    {
        return std::make_unique<LiveInterview>(*m_interviews, *m_notes, nullptr,
                                               [this] { return m_now; });
    }

    qint64 start(const QString &candidate = QStringLiteral("Ada Lovelace"))
    {
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.role = QStringLiteral("Senior Python developer");
        details.startedAt = t0();
        return interviewstart::fromPlan(*m_interviews, *m_plans, *m_bank, m_plan, details);
    }

    QVariant column(const QString &column, qint64 itemId)
    {
        return sql::scalar(
            m_db->connection(),
            QStringLiteral("SELECT %1 FROM interview_items WHERE id = ?").arg(column), {itemId});
    }

    QVariant interviewColumn(const QString &column, qint64 id)
    {
        return sql::scalar(m_db->connection(),
                           QStringLiteral("SELECT %1 FROM interviews WHERE id = ?").arg(column),
                           {id});
    }

    // The state of an agenda row (the role gives the enum), as its stored key.
    static QString state(const AgendaModel &agenda, int row)
    {
        const int value = agenda.data(agenda.index(row), AgendaModel::StateRole).toInt();
        return vocabulary::key(static_cast<vocabulary::ItemState>(value));
    }
    static QStringList states(const AgendaModel &agenda)
    {
        QStringList result;
        for (int row = 0; row < agenda.rowCount(); ++row)
            result << state(agenda, row);
        return result;
    }
    static int seconds(const AgendaModel &agenda, int row)
    {
        return agenda.data(agenda.index(row), AgendaModel::SecondsRole).toInt();
    }
    static bool checked(const ChecklistModel &model, int row)
    {
        return model.data(model.index(row), ChecklistModel::CheckedRole).toBool();
    }

private slots:
    void init()
    {
        m_notes.reset();
        m_workspace = std::make_unique<TestWorkspace>();
        m_path = m_workspace->location();
        m_db = &m_workspace->database();
        m_bank = &m_workspace->bank();
        m_plans = &m_workspace->plans();
        m_interviews = &m_workspace->interviews();
        m_notes = std::make_unique<NoteWriter>(m_path);
        // Four questions of 6, 7, 8 and 9 minutes, each with two follow-ups and three
        // criteria.
        m_plan = m_plans->create(QStringLiteral("Backend"), QStringLiteral("Python developer"),
                                 vocabulary::Level::Senior, 30);
        for (int n = 1; n <= 4; ++n)
            m_plans->addItem(m_plan, m_bank->addQuestion(sampleQuestion(n)));
        setClock(0);
    }

    void cleanup() { m_notes.reset(); }

    void failedNoteCommitsAreKeptAndRetried()
    {
        const qint64 id = start();
        std::unique_ptr<LiveInterview> live = newLive();
        QVERIFY(live->load(id));
        const qint64 item = m_interviews->interview(id)->items.first().id;
        // A disk that refuses writes, as a full or failing one would: every notes update
        // aborts while the settings say so.
        sql::exec(m_db->connection(),
                  QStringLiteral("INSERT INTO settings VALUES ('refuse', '1')"));
        sql::exec(m_db->connection(), QStringLiteral(R"(
            CREATE TRIGGER refuse_notes BEFORE UPDATE OF notes ON interview_items
            WHEN (SELECT value FROM settings WHERE key = 'refuse') = '1'
            BEGIN SELECT RAISE(ABORT, 'the disk refused the write'); END)"));

        live->setNotes(QStringLiteral("[00:05] first"));
        live->setNotes(QStringLiteral("[00:05] first\n[00:09] second"));
        // The live view says the notes are not reaching the disk; typing goes on.
        QTRY_VERIFY(live->error().contains(QStringLiteral("the disk refused the write")));
        QCOMPARE(column(QStringLiteral("notes"), item).toString(), QString());
        live->setNotes(QStringLiteral("[00:05] first\n[00:09] second\n[00:12] third"));
        QVERIFY(!m_notes->flush(800)); // still refused: not durable yet

        // The disk recovers: the newest text lands on the next retry, the message goes.
        sql::exec(m_db->connection(),
                  QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'refuse'"));
        QVERIFY(m_notes->flush(5000));
        QCOMPARE(column(QStringLiteral("notes"), item).toString(),
                 QStringLiteral("[00:05] first\n[00:09] second\n[00:12] third"));
        QTRY_COMPARE(live->error(), QString());
    }

    void wholeInterview()
    {
        const qint64 id = start();
        std::unique_ptr<LiveInterview> live = newLive();
        AgendaModel &agenda = *live->agenda();
        ChecklistModel &followUps = *live->followUps();
        ChecklistModel &criteria = *live->criteria();
        InterviewListModel list(*m_interviews);
        QAbstractItemModelTester agendaTester(
            &agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester followUpsTester(
            &followUps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester criteriaTester(
            &criteria, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(&list,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(!live->active());
        QCOMPARE(agenda.rowCount(), 0);
        QVERIFY(!live->load(9999));
        QVERIFY(live->load(id));
        QVERIFY(live->active());
        QCOMPARE(live->interviewId(), int(id));
        QCOMPARE(live->candidate(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(live->planName(), QStringLiteral("Backend"));
        QCOMPARE(live->count(), 4);
        QCOMPARE(agenda.rowCount(), 4);
        QCOMPARE(agenda.property("count").toInt(), 4);
        QCOMPARE(live->currentIndex(), 0);
        QCOMPARE(live->title(), sampleQuestion(1).title);
        QCOMPARE(live->budgetMinutes(), 6);
        // The vocabulary reaches QML as enums with labels.
        const vocabulary::Level level = sampleQuestion(1).level;
        QCOMPARE(live->level(), int(level));
        QCOMPARE(live->levelLabel(), vocabulary::label(level));
        const vocabulary::Kind kind = sampleQuestion(1).kind;
        QCOMPARE(live->kind(), int(kind));
        QCOMPARE(live->kindLabel(), vocabulary::label(kind));
        QCOMPARE(live->status(), int(vocabulary::InterviewStatus::Live));
        QCOMPARE(live->recommendation(), int(vocabulary::Recommendation::None));
        QCOMPARE(live->recommendationLabel(), QString());
        QVERIFY(live->editable());
        QCOMPARE(agenda.data(agenda.index(0), AgendaModel::StateLabelRole).toString(),
                 QStringLiteral("Current"));
        QCOMPARE(agenda.data(agenda.index(1), AgendaModel::StateLabelRole).toString(),
                 QStringLiteral("Not reached"));
        QCOMPARE(live->anchors().size(), 4);
        QCOMPARE(live->anchors().at(3), sampleQuestion(1).anchorSenior);
        QCOMPARE(followUps.rowCount(), 2);
        QCOMPARE(criteria.rowCount(), 3);
        QCOMPARE(states(agenda), (QStringList{"current", "pending", "pending", "pending"}));
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.data(list.index(0), InterviewListModel::StatusRole).toInt(),
                 int(vocabulary::InterviewStatus::Live));
        QCOMPARE(list.data(list.index(0), InterviewListModel::StatusLabelRole).toString(),
                 QStringLiteral("Live"));

        const Interview &value = live->interview();
        const qint64 first = value.items.at(0).id;
        const qint64 second = value.items.at(1).id;

        // The clock.
        setClock(90);
        QCOMPARE(live->elapsedSeconds(), 90);
        QCOMPARE(live->elapsedText(), QStringLiteral("01:30"));
        QCOMPARE(live->currentSeconds(), 90);
        QCOMPARE(live->stamp(), QStringLiteral("[01:30] "));
        QCOMPARE(live->paceText(), QStringLiteral("On time"));

        // Score: the same score again clears it.
        QSignalSpy record(live.get(), &LiveInterview::recordChanged);
        live->setScore(3);
        QCOMPARE(live->score(), 3);
        QCOMPARE(column(QStringLiteral("score"), first).toInt(), 3);
        QCOMPARE(agenda.data(agenda.index(0), AgendaModel::ScoreRole).toInt(), 3);
        live->setScore(3);
        QCOMPARE(live->score(), 0);
        QVERIFY(column(QStringLiteral("score"), first).isNull());
        live->setScore(9); // out of range: ignored
        QCOMPARE(live->score(), 0);
        live->setScore(4);
        QCOMPARE(column(QStringLiteral("score"), first).toInt(), 4);
        QCOMPARE(record.count(), 3);

        // Criteria and follow-ups, as changed rows rather than resets.
        QSignalSpy criteriaReset(&criteria, &QAbstractItemModel::modelReset);
        QSignalSpy criteriaChanged(&criteria, &QAbstractItemModel::dataChanged);
        live->toggleCriterion(1);
        QVERIFY(checked(criteria, 1));
        QVERIFY(!checked(criteria, 0));
        QCOMPARE(criteriaChanged.count(), 1);
        QCOMPARE(criteriaChanged.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(sql::scalar(m_db->connection(),
                             QStringLiteral("SELECT met FROM interview_item_criteria "
                                            "WHERE item_id = ? AND position = 1"),
                             {first})
                     .toInt(),
                 1);
        live->toggleCriterion(1);
        QVERIFY(!checked(criteria, 1));
        live->toggleCriterion(0);
        live->toggleCriterion(2);
        live->toggleCriterion(3); // no such criterion
        QVERIFY(checked(criteria, 0));
        QVERIFY(checked(criteria, 2));
        QCOMPARE(criteriaReset.count(), 0);

        QSignalSpy followUpsReset(&followUps, &QAbstractItemModel::modelReset);
        QSignalSpy followUpsInserted(&followUps, &QAbstractItemModel::rowsInserted);
        live->toggleFollowUp(0);
        QVERIFY(checked(followUps, 0));
        QCOMPARE(sql::scalar(m_db->connection(),
                             QStringLiteral("SELECT asked FROM interview_item_follow_ups "
                                            "WHERE item_id = ? AND position = 0"),
                             {first})
                     .toInt(),
                 1);
        live->addFollowUp(QStringLiteral("  What about PyPy?  "));
        live->addFollowUp(QStringLiteral("   ")); // nothing to add
        QCOMPARE(followUps.rowCount(), 3);
        QCOMPARE(followUps.property("count").toInt(), 3);
        QCOMPARE(followUpsInserted.count(), 1);
        QCOMPARE(followUpsReset.count(), 0);
        const QModelIndex added = followUps.index(2);
        QCOMPARE(followUps.data(added, ChecklistModel::TextRole).toString(),
                 QStringLiteral("What about PyPy?"));
        QVERIFY(followUps.data(added, ChecklistModel::AdHocRole).toBool());
        QVERIFY(followUps.data(added, ChecklistModel::CheckedRole).toBool());
        QCOMPARE(sql::scalar(m_db->connection(),
                             QStringLiteral("SELECT text || '/' || ad_hoc || '/' || asked FROM "
                                            "interview_item_follow_ups WHERE item_id = ? AND "
                                            "position = 2"),
                             {first})
                     .toString(),
                 QStringLiteral("What about PyPy?/1/1"));

        // Flags.
        live->toggleFlagStrong();
        QVERIFY(live->flagStrong());
        QVERIFY(agenda.data(agenda.index(0), AgendaModel::FlagStrongRole).toBool());
        live->toggleFlagConcern();
        live->toggleFlagConcern();
        QVERIFY(!live->flagConcern());
        QCOMPARE(column(QStringLiteral("flag_strong"), first).toInt(), 1);
        QCOMPARE(column(QStringLiteral("flag_concern"), first).toInt(), 0);

        // Notes go through the writer and land once flushed.
        const QString notes = live->stamp() + QStringLiteral("Knows open addressing");
        live->setNotes(notes);
        QCOMPARE(live->notes(), notes);
        QVERIFY(m_notes->flush());
        QCOMPARE(column(QStringLiteral("notes"), first).toString(), notes);
        QVERIFY(live->error().isEmpty());

        // Next: the time is booked and the checklists show the next question.
        QSignalSpy current(live.get(), &LiveInterview::currentChanged);
        setClock(300);
        live->next();
        QCOMPARE(current.count(), 1);
        QCOMPARE(live->currentIndex(), 1);
        QCOMPARE(live->title(), sampleQuestion(2).title);
        QCOMPARE(states(agenda), (QStringList{"done", "current", "pending", "pending"}));
        QCOMPARE(seconds(agenda, 0), 300);
        QCOMPARE(seconds(agenda, 1), 0);
        QCOMPARE(followUps.rowCount(), 2);
        QVERIFY(!checked(criteria, 0));
        QVERIFY(live->notes().isEmpty());
        QCOMPARE(live->score(), 0);
        QCOMPARE(interviewColumn(QStringLiteral("current_item"), id).toInt(), 1);
        QCOMPARE(interviewColumn(QStringLiteral("current_since"), id).toInt(), 300);
        QCOMPARE(column(QStringLiteral("seconds_spent"), first).toInt(), 300);
        QCOMPARE(column(QStringLiteral("state"), first).toString(), QStringLiteral("done"));
        // 6 minutes planned for the first, 5 spent: a minute ahead.
        QCOMPARE(live->paceSeconds(), 60);
        QCOMPARE(live->paceText(), QStringLiteral("1 min ahead"));

        // Previous from an untouched question leaves it pending.
        setClock(320);
        live->previous();
        QCOMPARE(live->currentIndex(), 0);
        QCOMPARE(live->score(), 4); // the first question's record is back
        QCOMPARE(states(agenda), (QStringList{"current", "pending", "pending", "pending"}));
        QCOMPARE(seconds(agenda, 1), 20);
        live->previous(); // nothing before the first
        QCOMPARE(live->currentIndex(), 0);

        // goTo forward marks the one left done; skip marks it skipped.
        setClock(340);
        live->goTo(2);
        QCOMPARE(live->currentIndex(), 2);
        QCOMPARE(states(agenda), (QStringList{"done", "pending", "current", "pending"}));
        live->goTo(17); // no such question
        QCOMPARE(live->currentIndex(), 2);
        setClock(400);
        live->skip();
        QCOMPARE(live->currentIndex(), 3);
        QCOMPARE(states(agenda), (QStringList{"done", "pending", "skipped", "current"}));
        QCOMPARE(column(QStringLiteral("state"), value.items.at(2).id).toString(),
                 QStringLiteral("skipped"));
        // Skipping the last one goes back to the pending question before it.
        setClock(420);
        live->skip();
        QCOMPARE(live->currentIndex(), 1);
        QCOMPARE(states(agenda), (QStringList{"done", "current", "skipped", "skipped"}));
        QCOMPARE(seconds(agenda, 1), 20);

        // Pause: every clock stands still.
        setClock(480);
        QCOMPARE(live->elapsedSeconds(), 480);
        QCOMPARE(live->currentSeconds(), 80);
        QSignalSpy progress(live.get(), &LiveInterview::progressChanged);
        live->pause();
        QVERIFY(live->paused());
        QCOMPARE(progress.count(), 1);
        QVERIFY(interviewColumn(QStringLiteral("paused_at"), id)
                    .toString()
                    .startsWith(QStringLiteral("2024-03-01T10:08:00")));
        setClock(600);
        QCOMPARE(live->elapsedSeconds(), 480);
        QCOMPARE(live->currentSeconds(), 80);
        QCOMPARE(live->stamp(), QStringLiteral("[08:00] "));
        live->togglePause();
        QVERIFY(!live->paused());
        QCOMPARE(interviewColumn(QStringLiteral("paused_seconds"), id).toInt(), 120);
        QVERIFY(interviewColumn(QStringLiteral("paused_at"), id).isNull());
        setClock(630);
        QCOMPARE(live->elapsedSeconds(), 510);
        QCOMPARE(live->currentSeconds(), 110);

        // Finish needs a recommendation and a summary.
        QSignalSpy errors(live.get(), &LiveInterview::errorChanged);
        QVERIFY(!live->finish(QString(), QStringLiteral("Strong on internals.")));
        QVERIFY(!live->error().isEmpty());
        QVERIFY(!live->finish(QStringLiteral("maybe"), QStringLiteral("Strong on internals.")));
        QVERIFY(!live->finish(QStringLiteral("yes"), QStringLiteral("   ")));
        QVERIFY(live->error().contains(QStringLiteral("summary")));
        // The same from QML, with the enum: None and values the enum lacks are refused.
        QVERIFY(!live->finish(int(vocabulary::Recommendation::None), QStringLiteral("Fine.")));
        QVERIFY(!live->finish(99, QStringLiteral("Fine.")));
        // What the finish dialog asks before it finishes.
        QCOMPARE(live->checkFinish(int(vocabulary::Recommendation::None), QStringLiteral("x")),
                 int(LiveInterview::NeedsRecommendation));
        QCOMPARE(live->checkFinish(-1, QStringLiteral("x")),
                 int(LiveInterview::NeedsRecommendation));
        QCOMPARE(live->checkFinish(int(vocabulary::Recommendation::No), QStringLiteral(" \n ")),
                 int(LiveInterview::NeedsSummary));
        QCOMPARE(live->checkFinish(int(vocabulary::Recommendation::No), QStringLiteral("x")),
                 int(LiveInterview::FinishReady));
        QVERIFY(!LiveInterview::finishCheckText(LiveInterview::NeedsRecommendation).isEmpty());
        QVERIFY(LiveInterview::finishCheckText(LiveInterview::NeedsSummary).contains("summary"));
        QCOMPARE(LiveInterview::finishCheckText(LiveInterview::FinishReady), QString());
        QVERIFY(errors.count() >= 2);
        QVERIFY(!live->finished());
        QCOMPARE(interviewColumn(QStringLiteral("status"), id).toString(), QStringLiteral("live"));

        live->setNotes(QStringLiteral("[10:30] Good on threads"));
        QVERIFY(live->finish(QStringLiteral("yes"), QStringLiteral(" Strong on internals. ")));
        QVERIFY(live->finished());
        QVERIFY(!live->editable());
        QVERIFY(live->error().isEmpty());
        QCOMPARE(live->recommendation(), int(vocabulary::Recommendation::Yes));
        QCOMPARE(live->recommendationLabel(), QStringLiteral("Yes"));
        QCOMPARE(live->status(), int(vocabulary::InterviewStatus::Finished));
        QCOMPARE(live->statusLabel(), QStringLiteral("Finished"));
        QCOMPARE(live->summary(), QStringLiteral("Strong on internals."));
        QCOMPARE(live->paceText(), QString());
        QCOMPARE(live->skipHint(), QString());
        QCOMPARE(interviewColumn(QStringLiteral("status"), id).toString(),
                 QStringLiteral("finished"));
        QCOMPARE(interviewColumn(QStringLiteral("recommendation"), id).toString(),
                 QStringLiteral("yes"));
        QVERIFY(interviewColumn(QStringLiteral("ended_at"), id)
                    .toString()
                    .startsWith(QStringLiteral("2024-03-01T10:10:30")));
        // Finishing flushed the notes typed just before.
        QCOMPARE(column(QStringLiteral("notes"), second).toString(),
                 QStringLiteral("[10:30] Good on threads"));
        QCOMPARE(states(agenda), (QStringList{"done", "done", "skipped", "skipped"}));
        QCOMPARE(seconds(agenda, 1), 110);
        setClock(5000);
        QCOMPARE(live->elapsedSeconds(), 510); // the clock stopped at the end
        QCOMPARE(live->currentSeconds(), 110);

        list.refresh();
        QCOMPARE(list.rowCount(), 1);
        const QModelIndex row = list.index(0);
        QCOMPARE(list.data(row, InterviewListModel::StatusRole).toInt(),
                 int(vocabulary::InterviewStatus::Finished));
        QCOMPARE(list.data(row, InterviewListModel::RecommendationRole).toInt(),
                 int(vocabulary::Recommendation::Yes));
        QCOMPARE(list.data(row, InterviewListModel::RecommendationLabelRole).toString(),
                 QStringLiteral("Yes"));
        QCOMPARE(list.data(row, InterviewListModel::CandidateRole).toString(),
                 QStringLiteral("Ada Lovelace"));
        QCOMPARE(list.data(row, InterviewListModel::IdRole).toLongLong(), id);
        QVERIFY(!list.data(row, InterviewListModel::AmendedRole).toBool());
        QVERIFY(!list.data(row, InterviewListModel::StartedRole).toString().isEmpty());

        // Reopen: editable again, marked amended, its clock held at the call's length.
        setClock(6000);
        live->reopen();
        QVERIFY(!live->finished());
        QVERIFY(live->amended());
        QVERIFY(live->paused());
        QCOMPARE(live->elapsedSeconds(), 510);
        QCOMPARE(interviewColumn(QStringLiteral("amended"), id).toInt(), 1);
        QCOMPARE(interviewColumn(QStringLiteral("status"), id).toString(), QStringLiteral("live"));
        QCOMPARE(state(agenda, 1), QStringLiteral("current"));
        live->setScore(2);
        QCOMPARE(column(QStringLiteral("score"), second).toInt(), 2);
        live->resume();
        setClock(6030);
        QCOMPARE(live->elapsedSeconds(), 540);
        QVERIFY(live->finish(int(vocabulary::Recommendation::StrongYes),
                             QStringLiteral("Better than I wrote.")));
        list.refresh();
        QVERIFY(list.data(list.index(0), InterviewListModel::AmendedRole).toBool());
        QCOMPARE(list.data(list.index(0), InterviewListModel::RecommendationRole).toInt(),
                 int(vocabulary::Recommendation::StrongYes));

        // Close shows nothing.
        live->close();
        QVERIFY(!live->active());
        QCOMPARE(agenda.rowCount(), 0);
    }

    void reloadShowsWhatWasStored()
    {
        const qint64 id = start();
        {
            std::unique_ptr<LiveInterview> live = newLive();
            QVERIFY(live->load(id));
            setClock(200);
            live->setScore(2);
            live->toggleCriterion(0);
            live->setNotes(QStringLiteral("[03:20] typed just before the crash"));
            live->next();
        }
        // A new LiveInterview (a restart) sees everything, the notes included.
        std::unique_ptr<LiveInterview> live = newLive();
        QVERIFY(live->load(id));
        QCOMPARE(live->currentIndex(), 1);
        setClock(260);
        QCOMPARE(live->currentSeconds(), 60);
        live->goTo(0);
        QCOMPARE(live->score(), 2);
        QVERIFY(checked(*live->criteria(), 0));
        QCOMPARE(live->notes(), QStringLiteral("[03:20] typed just before the crash"));
        QCOMPARE(live->agenda()->data(live->agenda()->index(0), AgendaModel::SecondsRole).toInt(),
                 200);

        // Loading again at once (as after a failed write) shows the notes just typed, not
        // the older text still on its way to the disk.
        live->setNotes(QStringLiteral("[03:20] typed just before the crash\n[04:20] and this"));
        QVERIFY(live->load(id));
        QCOMPARE(live->notes(),
                 QStringLiteral("[03:20] typed just before the crash\n[04:20] and this"));
    }

    // A skipped question keeps its mark while it is shown again, across a restart on it,
    // through Finish and Reopen; only what is recorded on it makes it asked.
    void skippedMarkSurvivesRestartOnIt()
    {
        const qint64 id = start();
        auto current = [](const AgendaModel &agenda, int row) {
            return agenda.data(agenda.index(row), AgendaModel::CurrentRole).toBool();
        };
        {
            std::unique_ptr<LiveInterview> live = newLive();
            QVERIFY(live->load(id));
            live->skip();
            QCOMPARE(live->currentIndex(), 1);
            live->goTo(0); // back to the skipped one: the restart happens while on it
            QCOMPARE(states(*live->agenda()),
                     (QStringList{"skipped", "pending", "pending", "pending"}));
            QVERIFY(current(*live->agenda(), 0));
            QVERIFY(!current(*live->agenda(), 1));
        }
        std::unique_ptr<LiveInterview> live = newLive();
        QVERIFY(live->load(id));
        QCOMPARE(live->currentIndex(), 0);
        QVERIFY(current(*live->agenda(), 0));
        live->next();
        QCOMPARE(states(*live->agenda()),
                 (QStringList{"skipped", "current", "pending", "pending"}));
        QCOMPARE(live->openQuestionsText().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Skipped: 1. %1").arg(sampleQuestion(1).title));

        // Finished while on it with nothing recorded: still skipped, in the record too;
        // reopened: still skipped, and current again.
        live->goTo(0);
        QVERIFY(live->finish(int(vocabulary::Recommendation::Yes), QStringLiteral("Fine")));
        QCOMPARE(state(*live->agenda(), 0), QStringLiteral("skipped"));
        QVERIFY(!current(*live->agenda(), 0));
        QCOMPARE(column(QStringLiteral("state"),
                        sql::scalar(m_db->connection(),
                                    QStringLiteral("SELECT id FROM interview_items WHERE "
                                                   "interview_id = ? AND position = 0"),
                                    {id})
                            .toLongLong())
                     .toString(),
                 QStringLiteral("skipped"));
        live->reopen();
        QCOMPARE(state(*live->agenda(), 0), QStringLiteral("skipped"));
        QVERIFY(current(*live->agenda(), 0));

        // A score given on it makes it asked: left, it is done.
        live->setScore(3);
        QVERIFY(!live->openQuestionsText().contains(QStringLiteral("Skipped")));
        live->next();
        QCOMPARE(state(*live->agenda(), 0), QStringLiteral("done"));
    }

    void behindSuggestsWhatToSkip()
    {
        const qint64 id = start();
        std::unique_ptr<LiveInterview> live = newLive();
        QVERIFY(live->load(id));
        setClock(6 * 60 + 30); // 30 s past the first question's 6 minutes
        QCOMPARE(live->paceSeconds(), -30);
        QCOMPARE(live->skipHint(), QString()); // under a minute: no advice
        setClock(10 * 60);                     // four minutes behind
        QCOMPARE(live->paceText(), QStringLiteral("4 min behind"));
        QCOMPARE(
            live->skipHint(),
            QStringLiteral("To catch up, consider skipping: 4. %1").arg(sampleQuestion(4).title));
        setClock(60 * 60); // far behind: skipping everything left would not win it back
        QVERIFY2(live->skipHint().startsWith(QStringLiteral("Even skipping all that is left")),
                 qPrintable(live->skipHint()));
        // The agenda shows the overrun once the clock is read (a tick, or here a pause).
        const QModelIndex firstRow = live->agenda()->index(0);
        QVERIFY(!live->agenda()->data(firstRow, AgendaModel::OverBudgetRole).toBool());
        live->pause();
        QVERIFY(live->agenda()->data(firstRow, AgendaModel::OverBudgetRole).toBool());
        QVERIFY(
            !live->agenda()->data(live->agenda()->index(1), AgendaModel::OverBudgetRole).toBool());
    }

    void agendaTicksOnlyTheRunningRow()
    {
        const qint64 id = start();
        std::unique_ptr<LiveInterview> live = newLive();
        AgendaModel &agenda = *live->agenda();
        QAbstractItemModelTester tester(&agenda,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(live->load(id));
        setClock(30);
        live->next(); // the second question runs
        setClock(40);

        QSignalSpy tick(live.get(), &LiveInterview::tick);
        QSignalSpy changed(&agenda, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&agenda, &QAbstractItemModel::modelReset);
        setClock(45);
        QVERIFY(tick.wait(3000)); // the real one-second timer, reading the injected clock
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(seconds(agenda, 1), 15);
        QCOMPARE(reset.count(), 0);

        // A tick with the clock standing still changes nothing.
        changed.clear();
        QVERIFY(tick.wait(3000));
        QCOMPARE(changed.count(), 0);

        // While paused the timer stops.
        live->pause();
        tick.clear();
        changed.clear();
        setClock(100);
        QVERIFY(!tick.wait(1500));
        QCOMPARE(changed.count(), 0);
    }

    void noteWriterKeepsTheNewestText()
    {
        const qint64 id = start();
        const Interview interview = *m_interviews->interview(id);
        const qint64 a = interview.items.at(0).id;
        const qint64 b = interview.items.at(1).id;
        QCOMPARE(m_notes->durableSequence(), 0);
        QVERIFY(m_notes->flush()); // nothing handed over: durable at once

        QString text;
        qint64 last = 0;
        for (int i = 0; i < 500; ++i) {
            text += QStringLiteral("[00:%1] word %2\n").arg(i % 60, 2, 10, QLatin1Char('0')).arg(i);
            last = m_notes->write(a, text);
            if (i % 50 == 0)
                last = m_notes->write(b, QStringLiteral("b %1").arg(i));
        }
        QVERIFY(last >= 500);
        QVERIFY(m_notes->flush());
        QCOMPARE(m_notes->durableSequence(), last);
        QCOMPARE(column(QStringLiteral("notes"), a).toString(), text);
        QCOMPARE(column(QStringLiteral("notes"), b).toString(), QStringLiteral("b 450"));

        // The writer's destructor commits what is still pending.
        m_notes->write(b, QStringLiteral("written on the way out"));
        m_notes.reset();
        QCOMPARE(column(QStringLiteral("notes"), b).toString(),
                 QStringLiteral("written on the way out"));
        // Each commit touches the interview, so it counts as the one last worked on.
        QCOMPARE(m_interviews->liveInterviewId(), id);
    }

    // Which key starts a stamped line of notes, and the stamp, are LiveInterview's: the
    // notes editor only inserts what it is told.
    void notesStampTheirLines()
    {
        const qint64 id = start();
        std::unique_ptr<LiveInterview> live = newLive();
        const int none = Qt::NoModifier;
        QCOMPARE(live->stampForKey(Qt::Key_C, none, QStringLiteral("C")).text, QString());
        QVERIFY(live->load(id));
        setClock(75);

        // The first character typed into empty notes comes after a stamp, and is still
        // typed itself; Shift for a capital is plain typing.
        NoteStamp stamp = live->stampForKey(Qt::Key_C, none, QStringLiteral("c"));
        QCOMPARE(stamp.text, QStringLiteral("[01:15] "));
        QVERIFY(!stamp.replacesKey);
        stamp = live->stampForKey(Qt::Key_C, Qt::ShiftModifier, QStringLiteral("C"));
        QCOMPARE(stamp.text, QStringLiteral("[01:15] "));
        QVERIFY(!stamp.replacesKey);
        // A space, a key without text, a shortcut: nothing.
        QCOMPARE(live->stampForKey(Qt::Key_Space, none, QStringLiteral(" ")).text, QString());
        QCOMPARE(live->stampForKey(Qt::Key_Left, none, QString()).text, QString());
        QCOMPARE(live->stampForKey(Qt::Key_C, Qt::ControlModifier, QStringLiteral("\x03")).text,
                 QString());
        QCOMPARE(live->stampForKey(Qt::Key_C, Qt::AltModifier, QStringLiteral("c")).text,
                 QString());

        // Enter (Shift+Enter and the keypad's too) starts a new stamped line instead of a
        // bare line break; Ctrl+Enter and Alt+Enter do not.
        for (const auto &[key, modifiers] :
             {std::pair{Qt::Key_Return, none}, std::pair{Qt::Key_Return, int(Qt::ShiftModifier)},
              std::pair{Qt::Key_Enter, int(Qt::KeypadModifier)}}) {
            stamp = live->stampForKey(key, modifiers, QStringLiteral("\r"));
            QCOMPARE(stamp.text, QStringLiteral("\n[01:15] "));
            QVERIFY(stamp.replacesKey);
        }
        for (int modifiers : {int(Qt::ControlModifier), int(Qt::AltModifier)}) {
            stamp = live->stampForKey(Qt::Key_Return, modifiers, QStringLiteral("\r"));
            QCOMPARE(stamp.text, QString());
            QVERIFY(!stamp.replacesKey);
        }

        // Once the notes hold text, a character is only typed.
        live->setNotes(QStringLiteral("[01:15] c"));
        QCOMPARE(live->stampForKey(Qt::Key_X, none, QStringLiteral("x")).text, QString());
        // Past an hour the stamp says so.
        setClock(3725);
        QCOMPARE(live->stampForKey(Qt::Key_Return, none, QStringLiteral("\r")).text,
                 QStringLiteral("\n[1:02:05] "));
        // Each question has its own notes: the next one's first character is stamped.
        live->next();
        QCOMPARE(live->stampForKey(Qt::Key_X, none, QStringLiteral("x")).text,
                 QStringLiteral("[1:02:05] "));

        // Finished: the notes are read-only and nothing is stamped.
        QVERIFY(live->finish(int(vocabulary::Recommendation::No), QStringLiteral("Summary")));
        stamp = live->stampForKey(Qt::Key_Return, none, QStringLiteral("\r"));
        QCOMPARE(stamp.text, QString());
        QVERIFY(!stamp.replacesKey);
        QCOMPARE(live->stampForKey(Qt::Key_X, none, QStringLiteral("x")).text, QString());
    }

    // The texts and states the live view shows come formatted and decided: the clocks
    // (right past an hour), the over-budget mark and the pace's colour.
    void clockTextsAndPace()
    {
        const qint64 id = start();
        std::unique_ptr<LiveInterview> live = newLive();
        AgendaModel &agenda = *live->agenda();
        QCOMPARE(live->pace(), LiveInterview::OnTime);
        QVERIFY(!live->currentOverBudget());
        QVERIFY(live->load(id));
        QCOMPARE(live->currentText(), QStringLiteral("00:00"));
        QCOMPARE(agenda.data(agenda.index(0), AgendaModel::TimeTextRole).toString(),
                 QStringLiteral("00:00 / 6 min"));

        // The first question has 6 minutes.
        setClock(6 * 60);
        QCOMPARE(live->currentText(), QStringLiteral("06:00"));
        QVERIFY(!live->currentOverBudget());
        setClock(6 * 60 + 59); // 59 s behind: still on time
        QVERIFY(live->currentOverBudget());
        QCOMPARE(live->paceSeconds(), -59);
        QCOMPARE(live->pace(), LiveInterview::OnTime);
        setClock(7 * 60); // a minute behind
        QCOMPARE(live->pace(), LiveInterview::Behind);

        // Past an hour every clock shows the hours.
        setClock(3600 + 65);
        QCOMPARE(live->currentText(), QStringLiteral("1:01:05"));
        QCOMPARE(live->elapsedText(), QStringLiteral("1:01:05"));
        live->pause(); // reads the clock into the agenda, as a tick does
        QCOMPARE(agenda.data(agenda.index(0), AgendaModel::TimeTextRole).toString(),
                 QStringLiteral("1:01:05 / 6 min"));
        QVERIFY(agenda.data(agenda.index(0), AgendaModel::OverBudgetRole).toBool());
        QCOMPARE(agenda.data(agenda.index(1), AgendaModel::TimeTextRole).toString(),
                 QStringLiteral("00:00 / 7 min"));

        // Ahead: the first question done in 4:59 of its 6 minutes is 61 s won.
        const qint64 other = start(QStringLiteral("Bo Chen"));
        std::unique_ptr<LiveInterview> second = newLive();
        setClock(0);
        QVERIFY(second->load(other));
        setClock(5 * 60 - 1);
        second->next();
        QCOMPARE(second->paceSeconds(), 61);
        QCOMPARE(second->pace(), LiveInterview::Ahead);
        QCOMPARE(second->paceText(), QStringLiteral("1 min ahead"));
        QCOMPARE(second->currentText(), QStringLiteral("00:00"));
        // Finished, there is no pace.
        QVERIFY(second->finish(int(vocabulary::Recommendation::Yes), QStringLiteral("Good")));
        QCOMPARE(second->pace(), LiveInterview::OnTime);
    }

    // Every key of the live view goes through LiveInterview::handleKey, which does what
    // the table (LiveKeys) says when the interview allows it.
    void keysDoWhatTheTableSays()
    {
        const qint64 id = start();
        std::unique_ptr<LiveInterview> live = newLive();
        const int ctrl = Qt::ControlModifier;
        const int shift = Qt::ShiftModifier;
        const int alt = Qt::AltModifier;
        // Nothing open: only the sheet.
        QCOMPARE(live->handleKey(Qt::Key_F1, 0), int(LiveKeys::CheatSheet));
        QCOMPARE(live->handleKey(Qt::Key_Right, ctrl), int(LiveKeys::NoAction));
        QCOMPARE(live->handleKey(Qt::Key_3, ctrl), int(LiveKeys::NoAction));
        QVERIFY(live->load(id));

        QCOMPARE(live->handleKey(Qt::Key_3, ctrl), int(LiveKeys::Score));
        QCOMPARE(live->score(), 3);
        QCOMPARE(live->handleKey(Qt::Key_3, ctrl), int(LiveKeys::Score)); // again clears
        QCOMPARE(live->score(), 0);
        QCOMPARE(live->handleKey(Qt::Key_5, ctrl), int(LiveKeys::NoAction));
        // Shift turns digits into symbols on most layouts; both count.
        QCOMPARE(live->handleKey(Qt::Key_Exclam, ctrl | shift), int(LiveKeys::FlagStrong));
        QVERIFY(live->flagStrong());
        QCOMPARE(live->handleKey(Qt::Key_2, ctrl | shift), int(LiveKeys::FlagConcern));
        QVERIFY(live->flagConcern());
        QCOMPARE(live->handleKey(Qt::Key_2, alt), int(LiveKeys::Criterion));
        QVERIFY(checked(*live->criteria(), 1));
        QVERIFY(!checked(*live->criteria(), 0));
        QCOMPARE(live->handleKey(Qt::Key_At, alt | shift), int(LiveKeys::FollowUp));
        QVERIFY(checked(*live->followUps(), 1));
        QCOMPARE(live->handleKey(Qt::Key_9, alt), int(LiveKeys::Criterion)); // no such one
        // What only the view can do is left to it, while there is something to record.
        QCOMPARE(live->handleKey(Qt::Key_A, ctrl | shift), int(LiveKeys::AddFollowUp));
        QCOMPARE(live->handleKey(Qt::Key_E, ctrl), int(LiveKeys::Finish));
        QVERIFY(!live->finished());
        QCOMPARE(live->handleKey(Qt::Key_R, ctrl), int(LiveKeys::NoAction)); // not finished
        // Enter is the notes', the sections the window's.
        QCOMPARE(live->handleKey(Qt::Key_Return, 0), int(LiveKeys::NoAction));
        QCOMPARE(live->handleKey(Qt::Key_PageDown, ctrl), int(LiveKeys::NoAction));
        // Plain typing and other combinations are not the view's.
        QCOMPARE(live->handleKey(Qt::Key_A, 0), int(LiveKeys::NoAction));
        QCOMPARE(live->handleKey(Qt::Key_Right, ctrl | alt), int(LiveKeys::NoAction));
        QCOMPARE(live->handleKey(Qt::Key_1, ctrl | alt), int(LiveKeys::NoAction));

        QCOMPARE(live->handleKey(Qt::Key_P, ctrl), int(LiveKeys::Pause));
        QVERIFY(live->paused());
        QCOMPARE(live->handleKey(Qt::Key_P, ctrl), int(LiveKeys::Pause));
        QVERIFY(!live->paused());
        QCOMPARE(live->handleKey(Qt::Key_Right, ctrl), int(LiveKeys::Next));
        QCOMPARE(live->currentIndex(), 1);
        QCOMPARE(live->handleKey(Qt::Key_S, ctrl | shift), int(LiveKeys::Skip));
        QCOMPARE(live->currentIndex(), 2);
        QCOMPARE(state(*live->agenda(), 1), QStringLiteral("skipped"));
        QCOMPARE(live->handleKey(Qt::Key_Left, ctrl), int(LiveKeys::Previous));
        QCOMPARE(live->currentIndex(), 1);

        // Finished: read-only; Ctrl+R reopens it.
        QVERIFY(live->finish(int(vocabulary::Recommendation::Yes), QStringLiteral("Good")));
        QCOMPARE(live->handleKey(Qt::Key_E, ctrl), int(LiveKeys::NoAction));
        QCOMPARE(live->handleKey(Qt::Key_A, ctrl | shift), int(LiveKeys::NoAction));
        live->handleKey(Qt::Key_4, ctrl);
        QCOMPARE(live->score(), 0);
        QCOMPARE(live->handleKey(Qt::Key_R, ctrl), int(LiveKeys::Reopen));
        QVERIFY(!live->finished());
        QVERIFY(live->amended());
        QCOMPARE(live->handleKey(Qt::Key_F1, 0), int(LiveKeys::CheatSheet));
    }

    void interviewListFollowsTheRepository()
    {
        InterviewListModel list(*m_interviews);
        QAbstractItemModelTester tester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list.rowCount(), 0);
        QSignalSpy count(&list, &InterviewListModel::countChanged);
        const qint64 first = start(QStringLiteral("First"));
        // Both start at t0: the newer one comes first.
        const qint64 second = start(QStringLiteral("Second"));
        list.refresh();
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(count.count(), 1);
        QCOMPARE(list.data(list.index(0), InterviewListModel::IdRole).toLongLong(), second);
        QCOMPARE(list.data(list.index(1), InterviewListModel::IdRole).toLongLong(), first);
        QCOMPARE(list.data(list.index(0), Qt::DisplayRole).toString(), QStringLiteral("Second"));
        QCOMPARE(list.data(list.index(0), InterviewListModel::PlanNameRole).toString(),
                 QStringLiteral("Backend"));
        QCOMPARE(list.data(list.index(0), InterviewListModel::RoleRole).toString(),
                 QStringLiteral("Senior Python developer"));
        QCOMPARE(list.data(list.index(0), InterviewListModel::RecommendationRole).toInt(),
                 int(vocabulary::Recommendation::None));
        const QHash<int, QByteArray> roles = list.roleNames();
        for (const char *name :
             {"interviewId", "candidate", "role", "planName", "status", "statusLabel", "started",
              "recommendation", "recommendationLabel", "amended"})
            QVERIFY2(roles.values().contains(name), name);
        m_interviews->remove(first);
        list.refresh();
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(count.count(), 2);
    }
};

QTEST_GUILESS_MAIN(LiveModelsTest)
#include "tst_livemodels.moc"
