#include "common/safetext.h"
#include "offlinenetwork.h"
#include "support/guiharness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickTextDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextDocument>
#include <sys/inotify.h>
#include <unistd.h>

// Offline means offline: a bank file whose texts try to load images from a web server
// and from local files is imported, and every page that shows those texts is opened
// through the real window — bank list and detail, editor with its live preview, plans,
// plan editor, start dialog, live interview, history record, comparison, PDF preview
// and export. A web server on 127.0.0.1 counts every connection, inotify counts every
// open of a local probe file, and each page's text items are checked for markup that
// names a resource. All must stay at zero.
class OfflineTest : public QObject
{
    Q_OBJECT

    // Counts every connection; answers none of them.
    QTcpServer m_server;
    int m_connections = 0;
    QStringList m_requests;

    QTemporaryDir m_dir;
    QString m_probe; // a local file the bank points at
    int m_inotify = -1;

    std::unique_ptr<GuiHarness> m_app;
    QList<qint64> m_questions;
    qint64 m_planId = 0;
    qint64 m_interviewId = 0;
    int m_hostileTextsSeen = 0;
    int m_probeOpens = 0;

    QString url(const QString &name) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(name);
    }
    QString probeUrl() const { return QUrl::fromLocalFile(m_probe).toString(); }
    // Every form a text can take to reach out: Markdown image, <img> over HTTP and from
    // a file, a Markdown link, a raw link, HTML formatting.
    QString hostile(const QString &name) const
    {
        return QStringLiteral("![%1](%2) <img src=\"%3\"> <img src=\"%4\"> "
                              "<img src=\"file:///etc/passwd\"> [%1](%5) <b>bold</b>")
            .arg(name, url(name), url(QStringLiteral("raw.png")), probeUrl(),
                 url(QStringLiteral("link")));
    }
    QString hostileTitle(const QString &name) const
    {
        return QStringLiteral("<img src=\"%1\"><img src=\"%2\"><b>%3</b>")
            .arg(url(name), probeUrl(), name);
    }

    QString writeBank()
    {
        QJsonArray questions;
        for (int n = 1; n <= 2; ++n) {
            const QString tag = QStringLiteral("q%1").arg(n);
            QJsonObject q;
            q[QStringLiteral("uuid")] =
                QStringLiteral("0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c0%1").arg(n);
            q[QStringLiteral("title")] = hostileTitle(tag + "-title");
            q[QStringLiteral("prompt")] =
                QString(hostile(tag + "-prompt") +
                        QStringLiteral("\n\n```python\ndef f():\n    return 1\n```"
                                       "\n\n- a **list**\n- `code`\n"));
            q[QStringLiteral("category")] = QStringLiteral("<img src=\"%1\">Hostile %2")
                                                .arg(url(QStringLiteral("category")))
                                                .arg(n);
            q[QStringLiteral("level")] = QStringLiteral("senior");
            q[QStringLiteral("kind")] = QStringLiteral("technical");
            q[QStringLiteral("minutes")] = 5;
            q[QStringLiteral("tags")] = QJsonArray{
                QStringLiteral("<img src=\"http://127.0.0.1:%1/t\">").arg(m_server.serverPort())};
            q[QStringLiteral("referenceAnswer")] = hostile(tag + "-reference");
            q[QStringLiteral("followUps")] =
                QJsonArray{hostile(tag + "-followup1"), hostile(tag + "-followup2")};
            q[QStringLiteral("criteria")] =
                QJsonArray{hostile(tag + "-criterion1"), hostile(tag + "-criterion2")};
            q[QStringLiteral("anchors")] =
                QJsonObject{{QStringLiteral("junior"), hostile(tag + "-junior")},
                            {QStringLiteral("middle"), hostile(tag + "-middle")},
                            {QStringLiteral("senior"), hostile(tag + "-senior")}};
            questions.append(q);
        }
        const QJsonObject bank{{QStringLiteral("format"), QStringLiteral("panelist-bank")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("questions"), questions}};
        const QString path = m_dir.filePath(QStringLiteral("hostile.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(bank).toJson());
        return path;
    }

    // Opens of the probe file since the watch began.
    int probeOpens()
    {
        int opens = 0;
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t n = read(m_inotify, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                if (event->len > 0 && QLatin1String(event->name) == QLatin1String("probe.png"))
                    ++opens;
                at += ssize_t(sizeof(inotify_event)) + event->len;
            }
        }
        return opens;
    }

    // Every visible text item shows its text in a form that loads nothing: plain, or
    // rich text without a tag that names a resource. Counts those showing hostile text.
    void verifyTextItems(const char *page)
    {
        QTest::qWait(150); // images, were any named, would be requested by now
        const QString port = QStringLiteral(":%1").arg(m_server.serverPort());
        QList<QQuickItem *> pending{m_app->window()->contentItem()};
        int hostileHere = 0;
        while (!pending.isEmpty()) {
            QQuickItem *item = pending.takeFirst();
            if (!item->isVisible())
                continue;
            pending.append(item->childItems());
            if (!item->inherits("QQuickText") && !item->inherits("QQuickTextEdit"))
                continue;
            const QString text = item->property("text").toString();
            const int format = item->property("textFormat").toInt();
            enum { Plain = 0, Rich = 1, Auto = 2, Markdown = 3, Styled = 4 };
            if (text.contains(port) || text.contains(QLatin1String("hostile"), Qt::CaseInsensitive))
                ++hostileHere;
            QVERIFY2(format != Markdown, qPrintable(QStringLiteral("%1: Markdown view: %2")
                                                        .arg(QLatin1String(page), text.left(200))));
            const bool markup =
                format == Rich || format == Styled || (format == Auto && Qt::mightBeRichText(text));
            if (!markup)
                continue;
            for (const char *risky : {"<img", "<a ", "<link", "href=\"", "src=\""}) {
                QVERIFY2(!text.contains(QLatin1String(risky), Qt::CaseInsensitive),
                         qPrintable(
                             QStringLiteral("%1: %2 in %3")
                                 .arg(QLatin1String(page), QLatin1String(risky), text.left(300))));
            }
        }
        QVERIFY2(hostileHere > 0, page); // the page did show the bank's texts
        m_hostileTextsSeen += hostileHere;
        QVERIFY2(m_connections == 0, qPrintable(QStringLiteral("%1: %2").arg(
                                         QLatin1String(page), m_requests.join(u' '))));
        m_probeOpens += probeOpens();
        QVERIFY2(m_probeOpens == 0, page);
    }

    bool settle(const char *stackName, int depth)
    {
        QQuickItem *stack = m_app->find(stackName);
        return QTest::qWaitFor([&] {
            return stack->property("depth").toInt() == depth && !stack->property("busy").toBool();
        });
    }

    QObject *openPopup(QQuickItem *owner)
    {
        QObject *popup = owner->property("popup").value<QObject *>();
        if (popup)
            QMetaObject::invokeMethod(popup, "open");
        return popup;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests << QString::fromLatin1(socket->readAll().split('\r').first());
                    socket->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });

        QDir(m_dir.path()).mkdir(QStringLiteral("probe"));
        m_probe = m_dir.filePath(QStringLiteral("probe/probe.png"));
        QFile probe(m_probe);
        QVERIFY(probe.open(QIODevice::WriteOnly));
        probe.write(
            QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                                   "nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=="));
        probe.close();
        m_inotify = inotify_init1(IN_NONBLOCK);
        QVERIFY(m_inotify >= 0);
        QVERIFY(inotify_add_watch(m_inotify,
                                  QFile::encodeName(m_dir.filePath(QStringLiteral("probe"))),
                                  IN_OPEN | IN_ACCESS) >= 0);

        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        const QString bank = writeBank();
        QVERIFY(!bank.isEmpty());
        BankImportJob *job = m_app->bank().importJob();
        QSignalSpy finished(job, &BankImportJob::finished);
        QVERIFY(job->start(QUrl::fromLocalFile(bank)));
        QVERIFY(finished.wait(20000));
        QVERIFY2(job->succeeded(), qPrintable(job->summary()));
        for (int n = 1; n <= 2; ++n) {
            const std::optional<Question> q = m_app->workspace().bank().questionByUuid(
                QStringLiteral("0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c0%1").arg(n));
            QVERIFY(q);
            m_questions << q->id;
        }
        QCOMPARE(m_questions.size(), 2);
    }

    void bankPageShowsTheTextsInertly()
    {
        QQuickItem *bankPage = m_app->find("bankPage");
        for (const qint64 id : std::as_const(m_questions)) {
            QVERIFY(QMetaObject::invokeMethod(bankPage, "select", Q_ARG(int, int(id))));
            QTRY_COMPARE(bankPage->property("selectedId").toLongLong(), id);
            verifyTextItems("bank detail");
        }
        // The filter menus list categories and tags.
        for (const char *filter : {"categoryFilter", "tagFilter"}) {
            m_app->click(m_app->find(filter));
            QTest::qWait(100);
            verifyTextItems(filter);
            m_app->key(Qt::Key_Escape);
        }
    }

    void editorAndItsPreviewShowTheTextsInertly()
    {
        QQuickItem *bankPage = m_app->find("bankPage");
        for (const qint64 id : std::as_const(m_questions)) {
            QVERIFY(QMetaObject::invokeMethod(bankPage, "select", Q_ARG(int, int(id))));
            QTRY_COMPARE(bankPage->property("selectedId").toLongLong(), id);
            QVERIFY(QMetaObject::invokeMethod(bankPage, "editRequested", Q_ARG(int, int(id))));
            QVERIFY(settle("stack", 2));
            QTRY_VERIFY(m_app->find("promptFieldPreview") &&
                        !m_app->find("promptFieldPreview")->property("text").toString().isEmpty());
            verifyTextItems("editor");
            // The categories to choose from.
            QObject *popup = openPopup(m_app->find("categoryBox"));
            QVERIFY(popup);
            QTRY_VERIFY(popup->property("opened").toBool());
            verifyTextItems("editor categories");
            QMetaObject::invokeMethod(popup, "close");
            QTRY_VERIFY(!popup->property("visible").toBool());
            QVERIFY(QMetaObject::invokeMethod(m_app->find("editorPage"), "leave"));
            QVERIFY(settle("stack", 1));
        }
    }

    void plansShowTheTextsInertly()
    {
        Workspace &workspace = m_app->workspace();
        m_planId = workspace.plans().create(hostileTitle(QStringLiteral("plan")),
                                            hostileTitle(QStringLiteral("role")),
                                            vocabulary::Level::Senior, 30);
        for (const qint64 id : std::as_const(m_questions)) {
            const qint64 item = workspace.plans().addItem(m_planId, id);
            workspace.plans().setItemNote(item, hostileTitle(QStringLiteral("note")));
        }
        m_app->plans().reload();
        m_app->key(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("plansPage") && m_app->find("plansPage")->isVisible());
        verifyTextItems("plans");

        QQuickItem *plansPage = m_app->find("plansPage");
        QVERIFY(QMetaObject::invokeMethod(plansPage, "openRequested", Q_ARG(int, int(m_planId))));
        QVERIFY(settle("planStack", 2));
        QTRY_VERIFY(m_app->find("planItems")->property("count").toInt() == 2);
        verifyTextItems("plan editor");
        m_app->key(Qt::Key_Escape);
        QVERIFY(settle("planStack", 1));

        // The start dialog's title names the plan.
        QVERIFY(QMetaObject::invokeMethod(plansPage, "startRequested", Q_ARG(int, int(m_planId)),
                                          Q_ARG(QString, hostileTitle(QStringLiteral("plan"))),
                                          Q_ARG(QString, hostileTitle(QStringLiteral("role")))));
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app->findObject("startInterviewDialog")) &&
                    dialog->property("opened").toBool());
        verifyTextItems("start dialog");
        QMetaObject::invokeMethod(dialog, "close");
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

    void liveInterviewShowsTheTextsInertly()
    {
        InterviewDesk &desk = m_app->interviews();
        m_interviewId = desk.start(int(m_planId), hostileTitle(QStringLiteral("candidate")),
                                   hostileTitle(QStringLiteral("role")),
                                   hostileTitle(QStringLiteral("interviewer")), QString());
        QVERIFY2(m_interviewId > 0, qPrintable(desk.error()));
        m_app->key(Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("livePage") && m_app->find("livePage")->isVisible());
        LiveInterview *live = desk.live();
        for (int i = 0; i < 2; ++i) {
            live->setScore(2 + i);
            live->toggleFollowUp(0);
            live->toggleCriterion(0);
            live->addFollowUp(hostileTitle(QStringLiteral("adhoc")));
            live->setNotes(hostileTitle(QStringLiteral("notes")));
            QTRY_VERIFY(!m_app->find("livePrompt")->property("text").toString().isEmpty());
            verifyTextItems("live");
            if (i == 0)
                live->next();
        }
        m_app->key(Qt::Key_E, Qt::ControlModifier);
        QObject *finish = nullptr;
        QTRY_VERIFY((finish = m_app->findObject("finishDialog")) &&
                    finish->property("opened").toBool());
        verifyTextItems("finish dialog");
        QMetaObject::invokeMethod(finish, "close");
        QVERIFY(live->finish(QStringLiteral("yes"), hostileTitle(QStringLiteral("summary"))));
        verifyTextItems("finished");
    }

    void historyComparisonAndPdfShowTheTextsInertly()
    {
        m_app->interviews().interviews()->refresh();
        // While an interview is open Ctrl+1…4 score: choose the history's tab.
        m_app->find("sections")->setProperty("currentIndex", 3);
        m_app->find("historyStack")->setProperty("view", 1); // the interviews
        QTRY_VERIFY(m_app->find("historyPage") && m_app->find("historyPage")->isVisible());
        QTRY_COMPARE(m_app->interviews().record()->interviewId(), m_interviewId);
        verifyTextItems("history record");

        QQuickItem *history = m_app->find("historyPage");
        QObject *remove = m_app->findObject("removeDialog");
        QVERIFY(QMetaObject::invokeMethod(remove, "ask", Q_ARG(bool, true)));
        QTRY_VERIFY(remove->property("opened").toBool());
        verifyTextItems("delete dialog");
        QMetaObject::invokeMethod(remove, "close");
        QTRY_VERIFY(!remove->property("visible").toBool());

        QVERIFY(QMetaObject::invokeMethod(history, "compareRequested", Q_ARG(int, int(m_planId))));
        QVERIFY(settle("historyStack", 2));
        QTRY_VERIFY(m_app->find("compareTable")->property("rows").toInt() == 1);
        verifyTextItems("comparison");
        QVERIFY(QMetaObject::invokeMethod(m_app->find("comparePage"), "done"));
        QVERIFY(settle("historyStack", 1));

        QVERIFY(
            QMetaObject::invokeMethod(history, "previewRequested", Q_ARG(int, int(m_interviewId))));
        QVERIFY(settle("historyStack", 2));
        QQuickItem *preview = m_app->find("pdfPreviewPage");
        QTRY_VERIFY(preview->property("interviewId").toInt() > 0);
        verifyTextItems("pdf preview");
        QVERIFY(QMetaObject::invokeMethod(preview, "done"));
        QVERIFY(settle("historyStack", 1));

        const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY(m_app->interviews().exportPdf(int(m_interviewId), QUrl::fromLocalFile(pdf)));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void nothingWasLoaded()
    {
        QTest::qWait(300);
        QVERIFY(m_hostileTextsSeen > 20);
        QVERIFY2(m_connections == 0, qPrintable(m_requests.join(QStringLiteral(", "))));
        // Nothing even asked: the engine's refusing network was never called, and no
        // document of the renderer asked for a resource.
        QVERIFY2(OfflineNetworkFactory::refusedRequests() == 0,
                 qPrintable(OfflineNetworkFactory::refusedUrls().join(QStringLiteral(", "))));
        QCOMPARE(SafeText::refusedResourceRequests(), 0);
        QCOMPARE(m_probeOpens + probeOpens(), 0);
    }

    void theEngineRefusesEveryRequest()
    {
        // The second line of defence on its own: a request made through the window's
        // engine never reaches the server.
        QNetworkAccessManager *network = m_app->engine()->networkAccessManager();
        QNetworkReply *reply =
            network->get(QNetworkRequest(QUrl(url(QStringLiteral("direct.png")))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::ContentAccessDenied);
        QTest::qWait(100);
        QCOMPARE(m_connections, 0);
        QCOMPARE(OfflineNetworkFactory::refusedRequests(), 1);
        reply->deleteLater();
    }

    void cleanupTestCase()
    {
        m_app.reset();
        if (m_inotify >= 0)
            close(m_inotify);
    }
};

QTEST_MAIN(OfflineTest)
#include "tst_offline.moc"
