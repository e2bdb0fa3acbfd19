#include "domain/limits.h"
#include "storage/shippedbank.h"
#include "storage/sql.h"
#include "support/guiharness.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTest>

// The stated limits through the real window: a pasted megabyte stops at the field's
// limit instead of freezing the window, a value over a limit (from a draft or an older
// bank) is marked next to its field and cannot be saved, and search, plan and interview
// fields take no more than their limits.
class LimitsWorkflowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    int questionCount()
    {
        return sql::scalar(m_app->workspace().database().connection(),
                           QStringLiteral("SELECT COUNT(*) FROM questions"))
            .toInt();
    }

    bool settle(const char *stackName, int depth)
    {
        QQuickItem *stack = m_app->find(stackName);
        return QTest::qWaitFor([&] {
            return stack->property("depth").toInt() == depth && !stack->property("busy").toBool();
        });
    }

    // Pastes `text` with Ctrl+V into whatever has focus; returns how long the paste and
    // everything it set off took on the UI thread, in milliseconds.
    qint64 paste(const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        QElapsedTimer timer;
        timer.start();
        m_app->key(Qt::Key_V, Qt::ControlModifier);
        QCoreApplication::processEvents();
        return timer.elapsed();
    }

    static QString megabyte() { return QString(1024 * 1024, QLatin1Char('x')); }

    QString textOf(const char *objectName)
    {
        QQuickItem *item = m_app->find(objectName);
        return item ? item->property("text").toString() : QStringLiteral("<missing>");
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        QGuiApplication::clipboard()->setText(QStringLiteral("probe"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("probe"));
    }

    void aPastedMegabyteStopsAtTheTitleLimit()
    {
        m_app->key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(settle("stack", 2));
        QTRY_VERIFY(m_app->find("titleField")->hasActiveFocus());
        const qint64 ms = paste(megabyte());
        qInfo("pasting 1 MB into the title took %lld ms", ms);
        QCOMPARE(textOf("titleField").size(), limits::kTitle);
        QCOMPARE(m_app->bank().editor()->title().size(), limits::kTitle);
        QVERIFY(m_app->bank().editor()->titleError().isEmpty()); // exactly at the limit
        // Typing on is refused, not cut later.
        m_app->type(QStringLiteral("yz"));
        QCOMPARE(m_app->bank().editor()->title(), QString(limits::kTitle, QLatin1Char('x')));
    }

    void aPastedMegabyteStopsAtThePromptLimit()
    {
        m_app->find("promptFieldArea")->forceActiveFocus();
        paste(megabyte());
        QCOMPARE(textOf("promptFieldArea").size(), limits::kLongText);
        QCOMPARE(m_app->bank().editor()->prompt().size(), limits::kLongText);
        QVERIFY(m_app->bank().editor()->promptError().isEmpty());
        // The preview follows, a moment later.
        QTRY_VERIFY(textOf("promptFieldPreview").contains(QLatin1String("xxxxxxxx")));

        m_app->find("referenceFieldArea")->forceActiveFocus();
        const qint64 ms = paste(megabyte());
        qInfo("pasting 1 MB into the reference answer took %lld ms", ms);
        QCOMPARE(m_app->bank().editor()->referenceAnswer().size(), limits::kLongText);
        m_app->find("anchorJuniorArea")->forceActiveFocus();
        paste(megabyte());
        QCOMPARE(m_app->bank().editor()->anchorJunior().size(), limits::kLongText);
    }

    void valuesOverALimitAreMarkedAndNotSaved()
    {
        QuestionEditor *editor = m_app->bank().editor();
        editor->setCategory(QStringLiteral("Internals"));
        editor->criteria()->append(QStringLiteral("Names it"));
        QTRY_VERIFY(m_app->find("saveButton")->property("enabled").toBool());

        // As a draft or an older bank could hold them: one over each limit.
        editor->setTitle(QString(limits::kTitle + 1, QLatin1Char('t')));
        editor->setAnchorSenior(QString(limits::kLongText + 1, QLatin1Char('s')));
        editor->followUps()->append(QString(limits::kListText + 1, QLatin1Char('f')));
        QTRY_VERIFY(m_app->find("titleError")->isVisible());
        QVERIFY(textOf("titleError").contains(QString::number(limits::kTitle)));
        QTRY_VERIFY(m_app->find("anchorSeniorError")->isVisible());
        QVERIFY(m_app->find("followUpEditorError")->isVisible());
        QVERIFY(textOf("followUpEditorError").contains(QLatin1String("Follow-up 1")));
        QVERIFY(!m_app->find("saveButton")->property("enabled").toBool());

        m_app->find("titleField")->forceActiveFocus();
        m_app->key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor->saveError().isEmpty());
        const int shipped = int(shippedbank::load().questions.size());
        QCOMPARE(questionCount(), shipped); // the shipped bank, nothing more

        // Fixed, it saves.
        editor->setTitle(QStringLiteral("Within the limits"));
        editor->setAnchorSenior(QStringLiteral("Fine"));
        editor->followUps()->setText(0, QStringLiteral("Why?"));
        QTRY_VERIFY(m_app->find("saveButton")->property("enabled").toBool());
        m_app->key(Qt::Key_S, Qt::ControlModifier);
        QVERIFY(settle("stack", 1));
        QCOMPARE(questionCount(), shipped + 1);
    }

    void listsStopAtTheirCount()
    {
        QVERIFY(QMetaObject::invokeMethod(m_app->find("bankPage"), "editRequested",
                                          Q_ARG(int, int(m_app->bank().questions()->idAt(0)))));
        QVERIFY(settle("stack", 2));
        TextListModel *followUps = m_app->bank().editor()->followUps();
        while (followUps->rowCount() < limits::kFollowUps)
            followUps->append(QStringLiteral("More?"));
        QTRY_VERIFY(!m_app->find("followUpEditorAdd")->property("enabled").toBool());
        followUps->remove(0);
        QTRY_VERIFY(m_app->find("followUpEditorAdd")->property("enabled").toBool());
        m_app->bank().editor()->discard();
        QVERIFY(QMetaObject::invokeMethod(m_app->find("editorPage"), "leave"));
        QVERIFY(settle("stack", 1));
    }

    void aPastedSearchStopsAtTheQueryLimit()
    {
        m_app->key(Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("searchField")->hasActiveFocus());
        QString words;
        while (words.size() < 100 * 1024)
            words += QStringLiteral("memory leak GIL async ");
        const qint64 ms = paste(words);
        qInfo("pasting 100 KB into the search took %lld ms", ms);
        QCOMPARE(textOf("searchField").size(), limits::kQueryLength);
        QCOMPARE(m_app->bank().questions()->query().size(), limits::kQueryLength);
        m_app->key(Qt::Key_Escape);
    }

    void planAndInterviewFieldsStopAtTheirLimits()
    {
        m_app->key(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("plansPage") && m_app->find("plansPage")->isVisible());
        m_app->key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("planNameField") && m_app->find("planNameField")->hasActiveFocus());
        paste(megabyte());
        QCOMPARE(textOf("planNameField").size(), limits::kTitle);
        m_app->find("planRoleField")->forceActiveFocus();
        paste(megabyte());
        QCOMPARE(textOf("planRoleField").size(), limits::kShortText);
        m_app->key(Qt::Key_Return);
        QVERIFY(settle("planStack", 2));
        QTRY_VERIFY(!m_app->findObject("newPlanDialog")->property("visible").toBool());
        QTRY_VERIFY(m_app->find("pickerSearch")->hasActiveFocus());
        QCOMPARE(m_app->plans().editor()->name().size(), limits::kTitle);
        QCOMPARE(m_app->find("planName")->property("maximumLength").toInt(), limits::kTitle);
        QCOMPARE(m_app->find("planRole")->property("maximumLength").toInt(), limits::kShortText);
        m_app->key(Qt::Key_Escape);
        QVERIFY(settle("planStack", 1));

        QTRY_VERIFY(m_app->find("planList")->property("count").toInt() > 0);
        m_app->find("planList")->forceActiveFocus();
        m_app->key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("candidateField") &&
                    m_app->find("candidateField")->hasActiveFocus());
        paste(megabyte());
        QCOMPARE(textOf("candidateField").size(), limits::kShortText);
        m_app->find("interviewerField")->forceActiveFocus();
        paste(megabyte());
        QCOMPARE(textOf("interviewerField").size(), limits::kShortText);
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!m_app->findObject("startInterviewDialog")->property("visible").toBool());

        m_app->click(m_app->find("settingsButton"));
        QTRY_VERIFY(m_app->find("defaultInterviewerField") &&
                    m_app->find("defaultInterviewerField")->hasActiveFocus());
        paste(megabyte());
        QCOMPARE(textOf("defaultInterviewerField").size(), limits::kShortText);
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(LimitsWorkflowTest)
#include "tst_limitsworkflow.moc"
