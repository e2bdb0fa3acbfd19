#include "storage/interviewstart.h"
#include "storage/sql.h"
#include "support/guiharness.h"

#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

// After the call, through the real window: find an interview in the history, read its
// record, preview its PDF summary, compare the plan's candidates, and delete it — with
// the database checked after each step.
class HistoryWorkflowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;
    qint64 m_planId = 0;

    int count(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(m_app->workspace().database().connection(), statement, values).toInt();
    }

    // A finished interview of `candidate` from the first shipped plan, scored 3 throughout.
    qint64 finishedInterview(const QString &candidate)
    {
        Workspace &workspace = m_app->workspace();
        InterviewRepository::StartDetails details;
        details.candidate = candidate;
        details.interviewer = QStringLiteral("Test Interviewer");
        details.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const qint64 id = interviewstart::fromPlan(workspace.interviews(), workspace.plans(),
                                                   workspace.bank(), m_planId, details);
        Interview interview = *workspace.interviews().interview(id);
        for (const InterviewItem &item : interview.items) {
            workspace.interviews().setScore(item.id, 3);
            workspace.interviews().setNotes(item.id,
                                            QStringLiteral("[01:00] Note for ") + candidate);
        }
        interview.finish(vocabulary::Recommendation::Yes, QStringLiteral("Good"),
                         details.startedAt.addSecs(1800));
        workspace.interviews().saveProgress(interview);
        return id;
    }

    bool settle(int depth)
    {
        QQuickItem *stack = m_app->find("historyStack");
        return QTest::qWaitFor([&] {
            return stack->property("depth").toInt() == depth && !stack->property("busy").toBool();
        });
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        m_planId = m_app->workspace().plans().plans().first().id;
        finishedInterview(QStringLiteral("Katherine Johnson"));
        finishedInterview(QStringLiteral("Dorothy Vaughan"));
        m_app->interviews().interviews()->refresh();
    }

    void findsAnInterviewBySearch()
    {
        m_app->key(Qt::Key_4, Qt::ControlModifier);
        // The section opens on the candidates; Ctrl+Shift+I shows every interview.
        QTRY_VERIFY(m_app->find("candidatesPage") && m_app->find("candidatesPage")->isVisible());
        m_app->key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_app->find("historyPage") && m_app->find("historyPage")->isVisible());
        QTRY_VERIFY(m_app->find("historySearch")->hasActiveFocus());
        QCOMPARE(m_app->find("historyList")->property("count").toInt(), 2);
        m_app->type(QStringLiteral("kath"));
        QTRY_COMPARE(m_app->find("historyList")->property("count").toInt(), 1);
        QTRY_COMPARE(m_app->interviews().record()->candidate(),
                     QStringLiteral("Katherine Johnson"));
        m_app->key(Qt::Key_Return); // into the list
    }

    // The in-memory files of PDF previews this process holds that still have content.
    static int openPreviews()
    {
        int count = 0;
        for (int fd = 0; fd < 4096; ++fd) {
            char target[256] = {};
            const QByteArray link = "/proc/self/fd/" + QByteArray::number(fd);
            struct stat info = {};
            if (::readlink(link.constData(), target, sizeof target - 1) > 0 &&
                QByteArray(target).contains("memfd:panelist-preview") && ::fstat(fd, &info) == 0 &&
                info.st_size > 0)
                ++count;
        }
        return count;
    }

    // Page images of the PDF view that have rendered.
    static int readyPageImages(QQuickItem *item)
    {
        int ready = item->inherits("QQuickPdfPageImage") && item->property("status").toInt() == 1;
        for (QQuickItem *child : item->childItems())
            ready += readyPageImages(child);
        return ready;
    }

    void previewsThePdfSummary()
    {
        m_app->key(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(settle(2));
        QQuickItem *preview = m_app->find("pdfPreviewPage");
        QVERIFY(preview);
        // The preview is a real PDF with pages, shown by QtPdf.
        QTRY_VERIFY(preview->property("interviewId").toInt() > 0);
        QTRY_VERIFY(preview->property("message").toString().isEmpty());
        QObject *document = nullptr;
        for (QObject *child : preview->findChildren<QObject *>()) {
            if (child->inherits("QQuickPdfDocument"))
                document = child;
        }
        QVERIFY(document);
        QTRY_VERIFY(document->property("pageCount").toInt() >= 1);
        QVERIFY(
            document->property("title").toString().contains(QStringLiteral("Katherine Johnson")));
        // The view renders its pages from the preview in memory: the first page image
        // (a delegate, so found among the visual children) gets ready.
        QTRY_VERIFY_WITH_TIMEOUT(readyPageImages(preview) > 0, 10000);
        QVERIFY(openPreviews() > 0);
        m_app->key(Qt::Key_Escape);
        QVERIFY(settle(1));
        QCOMPARE(openPreviews(), 0); // leaving it let the preview's memory go
    }

    void deletesTheInterviewAfterAsking()
    {
        const qint64 id = m_app->interviews().record()->interviewId();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM interviews WHERE id = ?"), {id}), 1);
        m_app->find("historyList")->forceActiveFocus();
        m_app->key(Qt::Key_Delete);
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app->findObject("removeDialog")) &&
                    dialog->property("opened").toBool());
        // Nothing goes before the confirmation.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM interviews WHERE id = ?"), {id}), 1);
        m_app->click(m_app->find("confirmRemoveButton"));
        QTRY_COMPARE(count(QStringLiteral("SELECT COUNT(*) FROM interviews WHERE id = ?"), {id}),
                     0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM interview_items WHERE interview_id = ?"),
                  {id}),
            0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM interviews")), 1);
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(HistoryWorkflowTest)
#include "tst_historyworkflow.moc"
