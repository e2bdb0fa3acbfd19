#include "interviews/candidatedesk.h"
#include "storage/candidaterepository.h"
#include "storage/interviewstart.h"
#include "storage/sql.h"
#include "support/guiharness.h"

#include <QSignalSpy>
#include <QTest>

// The Candidates page and the start dialog's candidate picker through the real window,
// by keyboard: search, filter, select, set the status, open an interview of the loop in
// the interviews view, remove a candidate after asking, ask for the debrief; start an
// interview for an existing candidate picked from the completion, and for a new one
// with an email. The database is checked after each step.
class CandidatesWorkflowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;
    qint64 m_planId = 0;
    qint64 m_dorothyInterview = 0;

    QVariant scalar(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(m_app->workspace().database().connection(), statement, values);
    }

    qint64 finishedInterview(const QString &candidate, const QString &role)
    {
        Workspace &workspace = m_app->workspace();
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.role = role;
        details.interviewer = QStringLiteral("Test Interviewer");
        details.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const qint64 id = interviewstart::fromPlan(workspace.interviews(), workspace.plans(),
                                                   workspace.bank(), m_planId, details);
        Interview interview = *workspace.interviews().interview(id);
        interview.finish(vocabulary::Recommendation::Yes, QStringLiteral("Good"),
                         details.startedAt.addSecs(1800));
        workspace.interviews().saveProgress(interview);
        return id;
    }

    QString focusName() const
    {
        QQuickItem *item = m_app->window()->activeFocusItem();
        return item ? item->objectName() : QString();
    }

    // The focused item and its ancestors, for a failure's message.
    QString focusPath() const
    {
        QStringList path;
        for (QQuickItem *item = m_app->window()->activeFocusItem(); item; item = item->parentItem())
            path << QStringLiteral("%1(%2)").arg(
                QString::fromLatin1(item->metaObject()->className()), item->objectName());
        return path.join(QStringLiteral(" < "));
    }

    QString currentName() const
    {
        return m_app->candidates().current().value(QStringLiteral("name")).toString();
    }

    int listCount() const { return m_app->find("candidateList")->property("count").toInt(); }

    void showCandidates()
    {
        m_app->key(Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("candidatesPage") && m_app->find("candidatesPage")->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("candidateSearch"));
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        m_planId = m_app->workspace().plans().plans().first().id;
        finishedInterview(QStringLiteral("Katherine Johnson"), QStringLiteral("Engineer"));
        m_dorothyInterview =
            finishedInterview(QStringLiteral("Dorothy Vaughan"), QStringLiteral("Programmer"));
        CandidateRepository(m_app->workspace().database())
            .create(QStringLiteral("Mary Jackson"), QStringLiteral("mary@example.com"),
                    QStringLiteral("Engineer"));
        m_app->candidates().reload();
        m_app->interviews().reload();
    }

    void searchesAndFilters()
    {
        showCandidates();
        QTRY_COMPARE(listCount(), 3);
        m_app->type(QStringLiteral("DOROTHY"));
        QTRY_COMPARE(listCount(), 1);
        QTRY_COMPARE(currentName(), QStringLiteral("Dorothy Vaughan"));
        QCOMPARE(m_app->find("candidateName")->property("text").toString(),
                 QStringLiteral("Dorothy Vaughan"));
        QVERIFY(m_app->find("candidateFacts")
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("1 of 1 scorecards in")));
        // The stage filter: no interviews yet is Mary alone.
        m_app->key(Qt::Key_F, Qt::ControlModifier);
        m_app->key(Qt::Key_Backspace);
        QTRY_COMPARE(listCount(), 3);
        m_app->candidates().candidates()->setStage(QStringLiteral("no_interviews"));
        QTRY_COMPARE(listCount(), 1);
        QTRY_COMPARE(currentName(), QStringLiteral("Mary Jackson"));
        m_app->candidates().candidates()->setStage({});
        m_app->candidates().candidates()->setRole(QStringLiteral("engineer"));
        QTRY_COMPARE(listCount(), 2);
        m_app->candidates().candidates()->setRole({});
        QTRY_COMPARE(listCount(), 3);
    }

    void setsTheStatusByKeyboard()
    {
        m_app->key(Qt::Key_F, Qt::ControlModifier);
        m_app->type(QStringLiteral("dorothy"));
        QTRY_COMPARE(currentName(), QStringLiteral("Dorothy Vaughan"));
        m_app->key(Qt::Key_Return); // into the list
        QTRY_VERIFY(m_app->find("candidateList")->hasActiveFocus());
        m_app->key(Qt::Key_T, Qt::ControlModifier);
        QObject *menu = nullptr;
        QTRY_VERIFY((menu = m_app->findObject("statusMenu")) && menu->property("opened").toBool());
        m_app->key(Qt::Key_Down); // Active
        m_app->key(Qt::Key_Down); // Hired
        m_app->key(Qt::Key_Return);
        QTRY_COMPARE(scalar(QStringLiteral("SELECT status FROM candidates WHERE name = ?"),
                            {QStringLiteral("Dorothy Vaughan")})
                         .toString(),
                     QStringLiteral("hired"));
        QTRY_VERIFY(m_app->find("candidateFacts")
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("Hired")));
        QTRY_VERIFY(m_app->find("candidateList")->hasActiveFocus());
        QTRY_VERIFY(!m_app->findObject("statusMenu")->property("visible").toBool());
    }

    void opensAnInterviewOfTheLoop()
    {
        m_app->key(Qt::Key_Return); // into the loop
        QTRY_VERIFY(m_app->find("loopList")->hasActiveFocus());
        m_app->key(Qt::Key_Return); // its record, in the interviews view
        QTRY_VERIFY(m_app->find("historyPage") && m_app->find("historyPage")->isVisible());
        QTRY_COMPARE(m_app->interviews().record()->interviewId(), m_dorothyInterview);
        QCOMPARE(m_app->interviews().record()->candidate(), QStringLiteral("Dorothy Vaughan"));
        QTRY_VERIFY2(m_app->find("historyList")->hasActiveFocus(), qPrintable(focusPath()));
        // Back to the candidates by their tab (tst_historyworkflow presses Ctrl+Shift+I; the
        // way back by Ctrl+Shift+C was tried by hand in the app only).
        m_app->click(m_app->find("candidatesViewTab"));
        QTRY_COMPARE(m_app->find("historyStack")->property("view").toInt(), 0);
        QTRY_VERIFY2(m_app->find("candidatesPage")->isVisible(), qPrintable(focusPath()));
        QTRY_COMPARE(focusName(), QStringLiteral("candidateSearch"));
        QCOMPARE(currentName(), QStringLiteral("Dorothy Vaughan"));
    }

    void asksForTheDebrief()
    {
        QSignalSpy debrief(&m_app->candidates(), &CandidateDesk::debriefRequested);
        m_app->key(Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(debrief.count(), 1);
        QCOMPARE(debrief.first().first().toInt(),
                 m_app->candidates().current().value(QStringLiteral("candidateId")).toInt());
        // The window answers it with the debrief of that candidate; Esc closes it.
        QTRY_VERIFY(m_app->findObject("debriefDialog") &&
                    m_app->findObject("debriefDialog")->property("visible").toBool());
        QVERIFY(m_app->find("debriefTitle")
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("Dorothy Vaughan")));
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!m_app->findObject("debriefDialog")->property("visible").toBool());
    }

    void removesACandidateAfterAsking()
    {
        m_app->key(Qt::Key_F, Qt::ControlModifier);
        m_app->type(QStringLiteral("mary"));
        QTRY_COMPARE(currentName(), QStringLiteral("Mary Jackson"));
        m_app->key(Qt::Key_Return);
        QTRY_VERIFY(m_app->find("candidateList")->hasActiveFocus());
        m_app->key(Qt::Key_Delete);
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app->findObject("removeCandidateDialog")) &&
                    dialog->property("opened").toBool());
        // Nothing goes before the confirmation.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates")).toInt(), 3);
        m_app->click(m_app->find("confirmRemoveCandidateButton"));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates")).toInt(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates WHERE name = ?"),
                        {QStringLiteral("Mary Jackson")})
                     .toInt(),
                 0);
        QTRY_COMPARE(listCount(), 0);                       // the search still says "mary"
        QTRY_VERIFY(!dialog->property("visible").toBool()); // keys reach the page again
        m_app->key(Qt::Key_F, Qt::ControlModifier);
        m_app->key(Qt::Key_Backspace);
        QTRY_COMPARE(listCount(), 2);
    }

    void startPicksAnExistingCandidate()
    {
        const qint64 katherine =
            scalar(QStringLiteral("SELECT id FROM candidates WHERE name = 'Katherine Johnson'"))
                .toLongLong();
        m_app->key(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("plansPage")->isVisible());
        m_app->find("planList")->forceActiveFocus();
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(focusName(), QStringLiteral("candidateField"));
        m_app->type(QStringLiteral("kath"));
        QQuickItem *choices = m_app->find("candidateChoices");
        QTRY_VERIFY(choices->isVisible());
        QCOMPARE(choices->property("count").toInt(), 2); // Katherine, then "New candidate"
        m_app->key(Qt::Key_Down);
        m_app->key(Qt::Key_Return); // picks her
        QTRY_COMPARE(m_app->find("candidateField")->property("text").toString(),
                     QStringLiteral("Katherine Johnson"));
        QTRY_VERIFY(m_app->find("candidateChoice")
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("there already")));
        QCOMPARE(m_app->find("roleField")->property("text").toString(), QStringLiteral("Engineer"));
        QVERIFY(!m_app->find("emailField")->isVisible());
        m_app->key(Qt::Key_Return); // starts
        QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM interviews WHERE status = "
                                           "'live'"))
                         .toInt(),
                     1);
        QCOMPARE(scalar(QStringLiteral("SELECT candidate_id FROM interviews WHERE status = "
                                       "'live'"))
                     .toLongLong(),
                 katherine);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates")).toInt(), 2);
        QTRY_VERIFY(m_app->find("livePage") && m_app->find("livePage")->isVisible());
    }

    void startMakesANewCandidate()
    {
        QTRY_VERIFY(!m_app->findObject("startInterviewDialog")->property("visible").toBool());
        m_app->key(Qt::Key_PageUp, Qt::ControlModifier); // the plans, from the live view
        QTRY_VERIFY(m_app->find("plansPage")->isVisible());
        m_app->find("planList")->forceActiveFocus();
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(focusName(), QStringLiteral("candidateField"));
        m_app->type(QStringLiteral("Rosalind Franklin"));
        QQuickItem *choices = m_app->find("candidateChoices");
        QTRY_COMPARE(choices->property("count").toInt(), 1); // only "New candidate"
        QTRY_VERIFY(m_app->find("candidateChoice")
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("A new candidate")));
        m_app->key(Qt::Key_Down);
        m_app->key(Qt::Key_Return); // "New candidate: …": on to the email
        QTRY_COMPARE(focusName(), QStringLiteral("emailField"));
        m_app->type(QStringLiteral("rosalind@example.com"));
        m_app->key(Qt::Key_Return);
        QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates")).toInt(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT email FROM candidates WHERE name = ?"),
                        {QStringLiteral("Rosalind Franklin")})
                     .toString(),
                 QStringLiteral("rosalind@example.com"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM interviews i JOIN candidates c ON "
                                       "c.id = i.candidate_id WHERE c.name = ?"),
                        {QStringLiteral("Rosalind Franklin")})
                     .toInt(),
                 1);
        // The Candidates page (the next section after the live view) has her.
        QTRY_VERIFY(m_app->find("livePage") && m_app->find("livePage")->isVisible());
        QTRY_VERIFY(!m_app->findObject("startInterviewDialog")->property("visible").toBool());
        m_app->key(Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("candidatesPage")->isVisible());
        QTRY_COMPARE(listCount(), 3);
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(CandidatesWorkflowTest)
#include "tst_candidatesworkflow.moc"
