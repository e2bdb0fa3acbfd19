#include "formats/textfile.h"
#include "storage/interviewstart.h"
#include "support/guiharness.h"
#include "support/layoutcheck.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// The three save dialogs (bank export, Save PDF, the comparison's CSV) through the real
// window on a platform without a file dialog of its own (offscreen, like Xvfb or a
// minimal desktop): Panelist's own dialog shows instead of Qt Quick's fallback, which
// labelled its button "Open", kept it disabled, lost the typed name on a folder change
// and ignored a typed path. Each dialog opens in the documents folder of a temporary
// HOME, says "Save", lists the folders and only the files of its type, keeps the typed
// name across folders, goes to a typed path, writes a real file, asks before replacing
// one, lies inside the window at 1024x700 and gives the keyboard back after Cancel.
class SaveDialogTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_documents;
    std::unique_ptr<GuiHarness> m_app;
    int m_interviewId = 0;
    qint64 m_planId = 0;

    QQuickItem *item(const char *name, QObject *in) const
    {
        return in->findChild<QQuickItem *>(QLatin1String(name));
    }
    QString text(const char *name, QObject *in) const
    {
        QQuickItem *found = item(name, in);
        return found ? found->property("text").toString() : QStringLiteral("<no %1>").arg(name);
    }
    QString focused() const
    {
        // In the list, the keyboard is on its current entry.
        QQuickItem *focus = m_app->window()->activeFocusItem();
        if (focus && focus->objectName() == QLatin1String("saveEntry"))
            return QStringLiteral("saveList");
        return focus ? focus->objectName() : QString();
    }
    // The open save dialog (each caller has its own), or nullptr.
    QObject *openDialog() const
    {
        for (QObject *dialog :
             m_app->window()->findChildren<QObject *>(QStringLiteral("saveFileDialog"))) {
            if (dialog->property("opened").toBool())
                return dialog;
        }
        return nullptr;
    }
    QObject *waitOpen()
    {
        QObject *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = openDialog()));
        }();
        return dialog;
    }
    // A visible button of the window showing `label`.
    QQuickItem *button(const QString &label) const
    {
        QList<QQuickItem *> pending{m_app->window()->contentItem()};
        while (!pending.isEmpty()) {
            QQuickItem *candidate = pending.takeFirst();
            if (!candidate->isVisible())
                continue;
            if (candidate->inherits("QQuickAbstractButton") &&
                candidate->property("text").toString() == label)
                return candidate;
            pending.append(candidate->childItems());
        }
        return nullptr;
    }
    // The names the dialog lists, in order; folders end in "/".
    QStringList listed(QObject *dialog) const
    {
        QQuickItem *list = item("saveList", dialog);
        QList<QQuickItem *> entries;
        for (QQuickItem *entry :
             list->property("contentItem").value<QQuickItem *>()->childItems()) {
            if (entry->objectName() == QLatin1String("saveEntry") && entry->isVisible())
                entries.append(entry);
        }
        std::sort(entries.begin(), entries.end(),
                  [](QQuickItem *a, QQuickItem *b) { return a->y() < b->y(); });
        QStringList names;
        for (QQuickItem *entry : entries)
            names.append(entry->property("fileName").toString() +
                         (entry->property("fileIsDir").toBool() ? QStringLiteral("/") : QString()));
        return names;
    }
    void selectAllAndType(const QString &typed)
    {
        m_app->key(Qt::Key_A, Qt::ControlModifier);
        m_app->type(typed);
    }

    // Opens the dialog of `row` from where a person would.
    void open(const QByteArray &row)
    {
        if (row == "bank") {
            m_app->find("sections")->setProperty("currentIndex", 0);
            QTRY_VERIFY(button(QStringLiteral("Export…")));
            m_app->click(button(QStringLiteral("Export…")));
        } else {
            m_app->find("sections")->setProperty("currentIndex", 3);
            QQuickItem *stack = nullptr;
            QTRY_VERIFY((stack = m_app->find("historyStack")) && stack->isVisible());
            if (stack->property("depth").toInt() == 1) { // no preview or comparison on top
                m_app->key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier); // the interviews
                QTRY_VERIFY(m_app->find("historyPage") && m_app->find("historyPage")->isVisible());
            }
            if (row == "pdf") {
                QQuickItem *preview = m_app->find("pdfPreviewPage");
                if (!preview || !preview->isVisible()) {
                    QMetaObject::invokeMethod(m_app->find("historyPage"), "previewRequested",
                                              Q_ARG(int, m_interviewId));
                    QTRY_VERIFY(stack->property("depth").toInt() == 2 &&
                                !stack->property("busy").toBool());
                    QTRY_VERIFY((preview = m_app->find("pdfPreviewPage")) &&
                                preview->property("interviewId").toInt() == m_interviewId);
                }
                m_app->key(Qt::Key_S, Qt::ControlModifier);
            } else {
                QQuickItem *compare = m_app->find("comparePage");
                if (!compare || !compare->isVisible()) {
                    QMetaObject::invokeMethod(m_app->find("historyPage"), "compareRequested",
                                              Q_ARG(int, int(m_planId)));
                    QTRY_VERIFY(stack->property("depth").toInt() == 2 &&
                                !stack->property("busy").toBool());
                    QTRY_VERIFY(m_app->find("compareTable")->property("rows").toInt() > 0);
                }
                QTRY_VERIFY(button(QStringLiteral("Export CSV…")));
                m_app->click(button(QStringLiteral("Export CSV…")));
            }
        }
    }
    // Leaves the history's inner page for the next row.
    void back()
    {
        QQuickItem *stack = m_app->find("historyStack");
        if (stack && stack->property("depth").toInt() > 1) {
            for (const char *page : {"pdfPreviewPage", "comparePage"}) {
                if (QQuickItem *shown = m_app->find(page); shown && shown->isVisible())
                    QMetaObject::invokeMethod(shown, "done");
            }
            QTRY_VERIFY(stack->property("depth").toInt() == 1 && !stack->property("busy").toBool());
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        m_documents = m_home.filePath(QStringLiteral("Documents"));
        QDir home(m_home.path());
        for (const char *folder :
             {"Documents/sub", "Documents/zfolder", "Documents/.secret", "target"})
            QVERIFY(home.mkpath(QLatin1String(folder)));
        for (const char *file : {"existing.json", "existing.md", "existing.pdf", "existing.csv",
                                 "other.txt", ".hidden.json", ".hidden.pdf", ".hidden.csv"})
            testsupport::writeFile(m_documents + QLatin1Char('/') + QLatin1String(file), "old");
        QCOMPARE(textfile::defaultFolder(), m_documents);

        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        m_app->window()->resize(QSize(1024, 700));
        QTRY_COMPARE(m_app->window()->size(), QSize(1024, 700));
        QTest::qWait(50); // the new size laid out

        // A finished interview: its PDF to save, and a row to compare.
        Workspace &workspace = m_app->workspace();
        m_planId = workspace.plans().plans().first().id;
        InterviewRepository::StartDetails details;
        details.candidate = QStringLiteral("Grace Hopper");
        details.interviewer = QStringLiteral("Test Interviewer");
        details.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        m_interviewId = int(interviewstart::fromPlan(workspace.interviews(), workspace.plans(),
                                                     workspace.bank(), m_planId, details));
        Interview interview = *workspace.interviews().interview(m_interviewId);
        for (const InterviewItem &entry : interview.items)
            workspace.interviews().setScore(entry.id, 3);
        interview.finish(vocabulary::Recommendation::Yes, QStringLiteral("Good"),
                         details.startedAt.addSecs(1800));
        workspace.interviews().saveProgress(interview);
        m_app->interviews().interviews()->refresh();
    }

    void savesWhereAsked_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("suggested");
        QTest::addColumn<QString>("typedPath"); // (e): typed in the name field
        QTest::newRow("bank") << "json"
                              << "panelist-bank-" << QString();
        QTest::newRow("pdf") << "pdf"
                             << ""
                             << "~/target/saved";
        QTest::newRow("csv") << "csv"
                             << "panelist-comparison-" << QString();
    }
    void savesWhereAsked()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, suggested);
        QFETCH(QString, typedPath);
        const QByteArray row = QTest::currentDataTag();
        back();

        open(row);
        QObject *dialog = waitOpen();
        QVERIFY(dialog);

        // (h) Centred and wholly inside the window at 1024x700, over a dim layer.
        QQuickItem *box = dialog->property("background").value<QQuickItem *>()->parentItem();
        QTRY_VERIFY(box->height() > 0);
        const QRectF rect(box->mapToScene(QPointF(0, 0)), box->size());
        const QRectF window(0, 0, 1024, 700);
        QVERIFY2(window.contains(rect), qPrintable(layoutcheck::describe(box, rect)));
        QVERIFY(std::abs(rect.center().x() - window.center().x()) <= 2);
        QVERIFY(std::abs(rect.center().y() - window.center().y()) <= 2);
        QVERIFY(dialog->property("modal").toBool());
        const QStringList outside = layoutcheck::popupsOutside(m_app->window());
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));

        // (a) The documents folder; (b) a Save button, enabled with the suggested name
        // focused and selected up to its suffix.
        QCOMPARE(text("savePath", dialog), m_documents);
        QCOMPARE(text("saveButton", dialog), QStringLiteral("Save"));
        QVERIFY(item("saveButton", dialog)->isEnabled());
        QTRY_COMPARE(focused(), QStringLiteral("saveName"));
        const QString name = text("saveName", dialog);
        QVERIFY2(name.startsWith(suggested) && name.endsWith(QLatin1Char('.') + suffix),
                 qPrintable(name));
        QCOMPARE(item("saveName", dialog)->property("selectedText").toString(),
                 name.left(name.size() - suffix.size() - 1));

        // (c) Folders first, then only the files of the type; nothing hidden.
        const QStringList expected{QStringLiteral("sub/"), QStringLiteral("zfolder/"),
                                   QStringLiteral("existing.") + suffix};
        QTRY_COMPARE(listed(dialog), expected);
        if (row == "bank") {
            // Another type swaps the name's suffix and the files listed.
            m_app->key(Qt::Key_Tab);
            QCOMPARE(focused(), QStringLiteral("saveFilter"));
            m_app->key(Qt::Key_Down);
            QTRY_COMPARE(text("saveName", dialog), name.chopped(4) + QStringLiteral("md"));
            QTRY_COMPARE(listed(dialog).last(), QStringLiteral("existing.md"));
            m_app->key(Qt::Key_Up);
            QTRY_COMPARE(text("saveName", dialog), name);
            m_app->key(Qt::Key_Backtab);
        }

        // Tab goes name → type → Save → Cancel → folder → Up → list → name.
        QCOMPARE(focused(), QStringLiteral("saveName"));
        const QStringList order{QStringLiteral("saveFilter"), QStringLiteral("saveButton"),
                                QStringLiteral("saveCancel"), QStringLiteral("savePath"),
                                QStringLiteral("saveUp"),     QStringLiteral("saveList"),
                                QStringLiteral("saveName")};
        for (const QString &next : order) {
            m_app->key(Qt::Key_Tab);
            QCOMPARE(focused(), next);
        }

        // (d) The typed name stays when the folder changes: into "sub" from the list
        // with Enter, and back with Up.
        m_app->key(Qt::Key_A, Qt::ControlModifier);
        m_app->type(QStringLiteral("typed-name"));
        QCOMPARE(text("saveName", dialog), QStringLiteral("typed-name"));
        item("saveList", dialog)->forceActiveFocus();
        item("saveList", dialog)->setProperty("currentIndex", 0);
        m_app->key(Qt::Key_Return);
        QTRY_COMPARE(text("savePath", dialog), m_documents + QStringLiteral("/sub"));
        QTRY_COMPARE(listed(dialog), QStringList());
        QCOMPARE(text("saveName", dialog), QStringLiteral("typed-name"));
        m_app->click(item("saveUp", dialog));
        QTRY_COMPARE(text("savePath", dialog), m_documents);
        QCOMPARE(text("saveName", dialog), QStringLiteral("typed-name"));

        // A folder typed that does not exist is said, and the list stays.
        item("savePath", dialog)->forceActiveFocus();
        selectAllAndType(m_home.filePath(QStringLiteral("nowhere")));
        m_app->key(Qt::Key_Return);
        QTRY_VERIFY(item("saveProblem", dialog)->isVisible());
        QVERIFY2(text("saveProblem", dialog).contains(m_home.filePath(QStringLiteral("nowhere"))) &&
                     text("saveProblem", dialog).contains(QStringLiteral("does not exist")),
                 qPrintable(text("saveProblem", dialog)));
        QCOMPARE(dialog->property("folderPath").toString(), m_documents);
        QTRY_COMPARE(listed(dialog), expected);
        m_app->key(Qt::Key_Escape); // drops the half-typed path, keeps the dialog
        QCOMPARE(text("savePath", dialog), m_documents);
        QVERIFY(dialog->property("opened").toBool());

        // (e) A full path in the name: a missing folder is said; one that exists is
        // gone to, and the file saved there, the suffix added when missing.
        item("saveName", dialog)->forceActiveFocus();
        selectAllAndType(m_home.filePath(QStringLiteral("missing/x.")) + suffix);
        m_app->key(Qt::Key_Return);
        QTRY_VERIFY(
            text("saveProblem", dialog).contains(m_home.filePath(QStringLiteral("missing"))));
        QVERIFY(dialog->property("opened").toBool());
        selectAllAndType(typedPath.isEmpty() ? m_home.filePath(QStringLiteral("target/saved"))
                                             : typedPath);
        m_app->key(Qt::Key_Return);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        const QString saved = m_home.filePath(QStringLiteral("target/saved.")) + suffix;
        QCOMPARE(dialog->property("folderPath").toString(),
                 m_home.filePath(QStringLiteral("target")));

        // (f) A real file where asked.
        QTRY_VERIFY(QFileInfo::exists(saved));
        const QByteArray data = testsupport::readFile(saved);
        if (suffix == QLatin1String("json")) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(data, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(document.object().contains(QStringLiteral("questions")));
        } else if (suffix == QLatin1String("pdf")) {
            QVERIFY(data.startsWith("%PDF"));
        } else {
            QVERIFY2(data.startsWith("Candidate,") || data.startsWith("\xEF\xBB\xBF"
                                                                      "Candidate,"),
                     data.left(80).constData());
            QVERIFY(data.contains("Grace Hopper"));
        }

        // (g) An existing file is replaced only when confirmed.
        const QString existing = m_documents + QStringLiteral("/existing.") + suffix;
        testsupport::writeFile(existing, "old");
        open(row);
        dialog = waitOpen();
        QVERIFY(dialog);
        QCOMPARE(text("savePath", dialog), m_documents);
        QTRY_COMPARE(focused(), QStringLiteral("saveName"));
        selectAllAndType(QStringLiteral("existing"));
        m_app->key(Qt::Key_Return);
        QObject *replace = dialog->findChild<QObject *>(QStringLiteral("saveReplaceDialog"));
        QTRY_VERIFY(replace->property("opened").toBool());
        QCOMPARE(replace->property("title").toString(),
                 QStringLiteral("Replace existing.%1?").arg(suffix));
        QCOMPARE(focused(), QStringLiteral("replaceCancel"));
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!replace->property("visible").toBool());
        QVERIFY(dialog->property("opened").toBool());
        QTRY_COMPARE(focused(), QStringLiteral("saveName"));
        QCOMPARE(testsupport::readFile(existing), QByteArray("old"));
        m_app->key(Qt::Key_Return);
        QTRY_VERIFY(replace->property("opened").toBool());
        m_app->click(item("replaceButton", replace));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTRY_VERIFY(testsupport::readFile(existing) != QByteArray("old"));
        QVERIFY(testsupport::readFile(existing).size() > 20);

        // (i) Cancel gives the keyboard back to where it was.
        QQuickItem *before = m_app->window()->activeFocusItem();
        open(row);
        dialog = waitOpen();
        QVERIFY(dialog);
        QTRY_COMPARE(focused(), QStringLiteral("saveName"));
        QQuickItem *from = nullptr;
        for (QObject *at = dialog->parent(); at && !from; at = at->parent()) {
            if (at->metaObject()->indexOfProperty("returnTo") >= 0)
                from = at->property("returnTo").value<QQuickItem *>();
        }
        QVERIFY(from);
        QVERIFY(from == before || from->inherits("QQuickAbstractButton"));
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTRY_COMPARE(m_app->window()->activeFocusItem(), from);
        back();
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(SaveDialogTest)
#include "tst_savedialog.moc"
