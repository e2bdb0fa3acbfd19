// The pseudo-locale: the real window under a pseudo-translator built from what lupdate
// extracts from today's sources (every message comes back as ⟦message⟧), on data of its own
// marked the same way (⟦…⟧ around every line a person typed: questions, plans, candidates,
// notes, names). Every page and dialog is opened and every visible text walked: a text with
// anything left once the marked parts are taken out — beyond digits, punctuation, key names
// and the locale's month and day names — was never translated, and fails with its page and
// the objectName path to it. The PDF summary and the debrief packet are read back with
// pdftotext and checked line by line the same way.
#include "interviews/comparemodel.h"
#include "sampledata.h"
#include "storage/candidaterepository.h"
#include "storage/sql.h"
#include "support/catalogue.h"
#include "support/guiharness.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QProcess>
#include <QQuickItem>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The columns that hold what a person wrote (names, texts, notes); keys, dates and stored
// words (levels, statuses, …) are left alone.
const QStringList kPersonColumns = {
    QStringLiteral("title"),
    QStringLiteral("prompt"),
    QStringLiteral("reference_answer"),
    QStringLiteral("anchor_junior"),
    QStringLiteral("anchor_middle"),
    QStringLiteral("anchor_senior"),
    QStringLiteral("text"),
    QStringLiteral("tag"),
    QStringLiteral("name"),
    QStringLiteral("role"),
    QStringLiteral("candidate"),
    QStringLiteral("interviewer"),
    QStringLiteral("plan_name"),
    QStringLiteral("note"),
    QStringLiteral("plan_note"),
    QStringLiteral("notes"),
    QStringLiteral("category"),
    QStringLiteral("summary"),
    QStringLiteral("takeaways"),
    QStringLiteral("pros"),
    QStringLiteral("cons"),
    QStringLiteral("email"),
    QStringLiteral("reason"),
    QStringLiteral("evidence"),
    QStringLiteral("comment"),
    QStringLiteral("description"),
};

// ⟦…⟧ around each non-empty line, after a note's "[mm:ss] " stamp.
QString marked(const QString &value)
{
    static const QRegularExpression stamped(
        QStringLiteral("^(\\[\\d+:\\d{2}(?::\\d{2})?\\]\\s*)?(.*)$"));
    QStringList lines = value.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch match = stamped.match(line);
        line = match.captured(1) + PseudoTranslator::open() + match.captured(2) +
               PseudoTranslator::close();
    }
    return lines.join(QLatin1Char('\n'));
}

// What is left of `text` once every ⟦…⟧ (nested too) is taken out.
QString unmarked(QString text)
{
    static const QRegularExpression innermost(QStringLiteral("⟦[^⟦⟧]*⟧"));
    for (;;) {
        const QString before = text;
        text.replace(innermost, QStringLiteral(" "));
        if (text == before)
            return text;
    }
}

// Words that need no translation: key names, and the locale's month and day names (dates
// are the locale's business, not the catalogue's).
const QSet<QString> &neutralWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *key : {"Ctrl",   "Shift", "Alt",       "Esc",   "Enter", "Return", "Tab",
                                "Delete", "Del",   "Backspace", "Space", "PgUp",  "PgDown", "Home",
                                "End",    "Up",    "Down",      "Left",  "Right", "Meta",   "A4"})
            set.insert(QString::fromLatin1(key));
        for (int f = 1; f <= 12; ++f)
            set.insert(QStringLiteral("F%1").arg(f));
        for (QChar c = QLatin1Char('A'); c <= QLatin1Char('Z'); c = QChar(c.unicode() + 1))
            set.insert(QString(c));
        const QLocale locale;
        for (int m = 1; m <= 12; ++m)
            for (auto format : {QLocale::LongFormat, QLocale::ShortFormat, QLocale::NarrowFormat}) {
                set.insert(locale.monthName(m, format));
                set.insert(locale.standaloneMonthName(m, format));
            }
        for (int d = 1; d <= 7; ++d)
            for (auto format : {QLocale::LongFormat, QLocale::ShortFormat, QLocale::NarrowFormat}) {
                set.insert(locale.dayName(d, format));
                set.insert(locale.standaloneDayName(d, format));
            }
        set.insert(locale.amText());
        set.insert(locale.pmText());
        return set;
    }();
    return words;
}

// The words of `text` that nobody translated ("" when it is all translated or data).
QString untranslated(const QString &text)
{
    QString rest = unmarked(text);
    // Rich text: the tags and entities are not what shows.
    static const QRegularExpression head(QStringLiteral("<head>.*</head>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>|&[a-zA-Z#0-9]+;"));
    if (rest.contains(QLatin1Char('<'))) {
        rest.replace(head, QStringLiteral(" "));
        rest.replace(tags, QStringLiteral(" "));
    }
    static const QRegularExpression word(QStringLiteral("\\p{L}[\\p{L}\\p{M}'’]*"));
    QStringList left;
    for (auto it = word.globalMatch(rest); it.hasNext();) {
        const QString found = it.next().captured();
        if (!neutralWords().contains(found))
            left << found;
    }
    return left.join(QLatin1Char(' '));
}

// The objectNames from the window down to `item` (the type where it has none).
QString pathOf(QQuickItem *item)
{
    QStringList parts;
    for (QQuickItem *at = item; at; at = at->parentItem()) {
        if (!at->objectName().isEmpty())
            parts.prepend(at->objectName());
    }
    QString type = QString::fromLatin1(item->metaObject()->className());
    type = type.section(QStringLiteral("_QML"), 0, 0);
    return parts.join(QLatin1Char('/')) + QStringLiteral(" (") + type + QLatin1Char(')');
}

} // namespace

class PseudoLocaleTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PseudoTranslator> m_translator;
    std::unique_ptr<GuiHarness> m_app;
    sampledata::Added m_demo;
    qint64 m_liveId = 0;

    QSqlDatabase db() { return m_app->workspace().database().connection(); }

    // Every person's text in the database, marked.
    void markData()
    {
        QSqlDatabase connection = db();
        QSqlQuery tables = sql::exec(
            connection,
            QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'question_search%' AND sql NOT LIKE 'CREATE VIRTUAL%'"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        // One transaction: thousands of rows, one write to the disk.
        sql::exec(connection, QStringLiteral("BEGIN IMMEDIATE"));
        for (const QString &table : names) {
            QSqlQuery columns =
                sql::exec(connection, QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (columns.next()) {
                const QString column = columns.value(1).toString();
                if (!kPersonColumns.contains(column) || table == QLatin1String("settings"))
                    continue;
                QSqlQuery rows = sql::exec(
                    connection,
                    QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %1 <> ''").arg(column, table));
                QList<QPair<qint64, QString>> values;
                while (rows.next())
                    values.append({rows.value(0).toLongLong(), rows.value(1).toString()});
                for (const auto &[rowid, value] : values)
                    sql::exec(
                        connection,
                        QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(table, column),
                        {marked(value), rowid});
            }
        }
        sql::exec(connection, QStringLiteral("COMMIT"));
    }

    // Every visible text of the window that is not translated, as "path: text [words]".
    QStringList offenders()
    {
        QStringList found;
        QList<QQuickItem *> pending{m_app->window()->contentItem()};
        while (!pending.isEmpty()) {
            QQuickItem *item = pending.takeFirst();
            if (!item->isVisible() || item->opacity() == 0)
                continue;
            pending.append(item->childItems());
            if (!item->inherits("QQuickText") && !item->inherits("QQuickTextInput") &&
                !item->inherits("QQuickTextEdit"))
                continue;
            if (item->property("echoMode").toInt() == 2) // a password
                continue;
            // What an editable field holds is the person's (its placeholder is a text of
            // its own, checked); a read-only one shows what the app says.
            if ((item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) &&
                !item->property("readOnly").toBool())
                continue;
            const QString text = item->property("text").toString();
            const QString words = untranslated(text);
            if (!words.isEmpty())
                found << QStringLiteral("%1: “%2” [%3]").arg(pathOf(item), text.left(120), words);
        }
        found.removeDuplicates();
        return found;
    }

    void check(const char *page)
    {
        QTest::qWait(100); // bindings, loaders, lists laid out
        const QStringList bad = offenders();
        QVERIFY2(bad.isEmpty(),
                 qPrintable(QStringLiteral("untranslated on %1:\n  %2")
                                .arg(QString::fromLatin1(page), bad.join(QStringLiteral("\n  ")))));
    }

    // The open popup named `name` (several may share the name; one is open), or nullptr.
    QObject *openNamed(const char *name) const
    {
        for (QObject *popup : m_app->window()->findChildren<QObject *>(QLatin1String(name)))
            if (popup->property("opened").toBool())
                return popup;
        return nullptr;
    }
    QObject *opened(const char *name)
    {
        QObject *popup = nullptr;
        [&] {
            QTRY_VERIFY2((popup = openNamed(name)), name);
        }();
        return popup;
    }
    void closePopup(QObject *popup)
    {
        if (!popup)
            return;
        QVERIFY(QMetaObject::invokeMethod(popup, "close"));
        if (!QTest::qWaitFor([&] { return !popup->property("visible").toBool(); }, 2000))
            m_app->key(Qt::Key_Escape);
        QTRY_VERIFY2(!popup->property("visible").toBool(), popup->metaObject()->className());
        // The exit transition over, so the next dialog opens on a settled window.
        QTest::qWait(300);
    }
    void section(int index)
    {
        m_app->find("sections")->setProperty("currentIndex", index);
        QTest::qWait(50);
    }
    QObject *dialogs() { return m_app->findObject("dialogsHost"); }

    // The PDF at `file` as text, every line of it checked.
    QStringList pdfOffenders(const QString &file)
    {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                         file, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
            return {QStringLiteral("pdftotext failed on %1").arg(file)};
        // A marked text may run over lines: the marks are taken out of the whole first.
        const QString text = unmarked(QString::fromUtf8(pdftotext.readAllStandardOutput()));
        QStringList found;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            // A marked text cut over two lines: its halves keep one mark each.
            QString rest = line;
            rest.remove(QRegularExpression(QStringLiteral("^[^⟦⟧]*⟧|⟦[^⟦⟧]*$")));
            const QString words = untranslated(rest);
            if (!words.isEmpty())
                found << QStringLiteral("“%1” [%2]").arg(line.trimmed(), words);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        // The catalogue as lupdate finds it in today's sources (tst_translations checks
        // that the committed one matches).
        const QString lupdate =
            QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate + QStringLiteral(" is not installed")));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.ts"));
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(PANELIST_SOURCE_DIR));
        process.start(lupdate,
                      {QStringLiteral("-silent"), QStringLiteral("-extensions"),
                       QStringLiteral("cpp,h,qml"), QStringLiteral("app"), QStringLiteral("models"),
                       QStringLiteral("qml"), QStringLiteral("-ts"), fresh});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        m_translator =
            std::make_unique<PseudoTranslator>(catalogue::sources(catalogue::read(fresh)));
        QCoreApplication::installTranslator(m_translator.get());

        m_app = std::make_unique<GuiHarness>();
        m_demo = sampledata::add(m_app->workspace());
        QVERIFY(m_demo.interviews.size() == 5);
        markData();
        // What the window's models read before the marks went on, read again.
        m_app->bank().reload();
        m_app->plans().reload();
        m_app->interviews().reload();
        m_app->candidates().reload();
        m_app->debriefs().reload();
        // The person at the keyboard, named the same way.
        m_app->interviews().setDefaultInterviewer(marked(QStringLiteral("Pseudo Interviewer")));
        QVERIFY(m_app->start());
        m_app->window()->resize(1280, 800);
    }

    void cleanupTestCase()
    {
        m_app.reset();
        QCoreApplication::removeTranslator(m_translator.get());
        // Qt Quick Dialogs' own QML (the fallback file dialog) asks under its own contexts.
        QStringList missing;
        for (const QString &lookup : m_translator->missing())
            if (!lookup.startsWith(QLatin1String("FileDialog")) &&
                !lookup.startsWith(QLatin1String("FolderDialog")))
                missing << lookup;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("looked up under a context lupdate does not know:\n") +
                            missing.join(QLatin1Char('\n'))));
    }

    void bank()
    {
        section(0);
        QTRY_VERIFY(m_app->find("questionList")->property("count").toInt() > 0);
        check("the bank");
    }

    void questionEditor()
    {
        section(0);
        m_app->find("searchField")->forceActiveFocus();
        m_app->key(Qt::Key_Return);
        QTRY_VERIFY(m_app->find("editorPage") && m_app->find("editorPage")->isVisible());
        check("the question editor");
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(m_app->find("bankPage")->isVisible());
    }

    void categories()
    {
        section(0);
        QQuickItem *page = m_app->find("bankPage");
        QQuickItem *button = nullptr;
        for (QQuickItem *candidate : page->findChildren<QQuickItem *>()) {
            if (candidate->inherits("QQuickToolButton") &&
                candidate->property("text").toString().contains(QStringLiteral("Categories"))) {
                button = candidate;
                break;
            }
        }
        QVERIFY(button);
        QMetaObject::invokeMethod(button, "clicked");
        QObject *dialog = opened("categoriesDialog");
        check("the categories dialog");
        closePopup(dialog);
    }

    void exportSaveDialog()
    {
        section(0);
        QMetaObject::invokeMethod(dialogs(), "openExport");
        QObject *dialog = opened("saveFileDialog");
        check("the bank's save dialog");
        closePopup(dialog);
    }

    void importProgress()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{ not json");
        out.close();
        QVERIFY(m_app->bank().importJob()->start(QUrl::fromLocalFile(file)));
        QMetaObject::invokeMethod(dialogs(), "openImportProgress");
        QObject *dialog = opened("importProgress");
        QTRY_VERIFY(!m_app->bank().importJob()->property("running").toBool());
        check("the import's progress");
        closePopup(dialog);
    }

    void plans()
    {
        section(1);
        QTRY_VERIFY(m_app->find("plansPage")->isVisible());
        check("the plans");
    }

    void planEditor()
    {
        section(1);
        QMetaObject::invokeMethod(m_app->find("plansPage"), "openRequested",
                                  Q_ARG(int, int(m_demo.planId)));
        QTRY_VERIFY(m_app->find("planEditorPage") && m_app->find("planEditorPage")->isVisible());
        check("the plan editor");
        QMetaObject::invokeMethod(m_app->find("planEditorPage"), "done");
        QTRY_VERIFY(m_app->find("plansPage")->isVisible());
    }

    void startInterviewDialog()
    {
        section(1);
        QMetaObject::invokeMethod(dialogs(), "openStart", Q_ARG(int, int(m_demo.planId)),
                                  Q_ARG(QString, marked(QStringLiteral("Sample plan"))),
                                  Q_ARG(QString, marked(QStringLiteral("Role"))));
        QObject *dialog = opened("startInterviewDialog");
        check("the start interview dialog");
        closePopup(dialog);
    }

    void liveInterview()
    {
        m_liveId =
            m_app->interviews().start(int(m_demo.planId), marked(QStringLiteral("Live Person")),
                                      marked(QStringLiteral("Live role")),
                                      marked(QStringLiteral("Pseudo Interviewer")), QString());
        QVERIFY(m_liveId > 0);
        section(2);
        QTRY_VERIFY(m_app->find("livePage") && m_app->find("livePage")->isVisible());
        check("the live interview");
    }

    void cheatSheet()
    {
        QMetaObject::invokeMethod(dialogs(), "openShortcuts");
        QObject *sheet = opened("cheatSheet");
        check("the keyboard shortcuts");
        closePopup(sheet);
    }

    void finishDialog()
    {
        QMetaObject::invokeMethod(dialogs(), "openFinish");
        QObject *dialog = opened("finishDialog");
        check("the finish dialog");
        closePopup(dialog);
    }

    void candidates()
    {
        section(3);
        m_app->find("historyStack")->setProperty("view", 0);
        QTRY_VERIFY(m_app->find("candidatesPage") && m_app->find("candidatesPage")->isVisible());
        QTRY_VERIFY(m_app->candidates().candidates()->rowCount() > 0);
        check("the candidates");
    }

    void interviewsAndRecord()
    {
        section(3);
        m_app->find("historyStack")->setProperty("view", 1);
        QTRY_VERIFY(m_app->find("historyPage") && m_app->find("historyPage")->isVisible());
        check("the interviews");
        QMetaObject::invokeMethod(m_app->find("historyPage"), "showInterview",
                                  Q_ARG(int, int(m_demo.interviews.last().id)));
        QTest::qWait(200);
        check("an interview's record");
    }

    void pdfPreview()
    {
        section(3);
        m_app->find("historyStack")->setProperty("view", 1);
        QTRY_VERIFY(m_app->find("historyPage") && m_app->find("historyPage")->isVisible());
        QMetaObject::invokeMethod(m_app->find("historyPage"), "previewRequested",
                                  Q_ARG(int, int(m_demo.interviews.last().id)));
        QTRY_VERIFY(m_app->find("pdfPreviewPage") && m_app->find("pdfPreviewPage")->isVisible());
        QTest::qWait(300);
        check("the PDF preview");
        QMetaObject::invokeMethod(m_app->find("pdfPreviewPage"), "done");
        QTRY_VERIFY(m_app->find("historyPage")->isVisible());
    }

    void compare()
    {
        section(3);
        QMetaObject::invokeMethod(m_app->find("historyPage"), "compareRequested",
                                  Q_ARG(int, int(m_demo.planId)));
        QTRY_VERIFY(m_app->find("comparePage") && m_app->find("comparePage")->isVisible());
        QTRY_VERIFY(m_app->interviews().compare()->count() > 0);
        check("the comparison");
        QMetaObject::invokeMethod(m_app->find("comparePage"), "done");
        QTRY_VERIFY(m_app->find("historyPage")->isVisible());
    }

    void debrief()
    {
        const qint64 candidate =
            CandidateRepository(m_app->workspace().database()).list({}).first().candidate.id;
        bool ok = false;
        QMetaObject::invokeMethod(dialogs(), "openDebrief", Q_RETURN_ARG(bool, ok),
                                  Q_ARG(int, int(candidate)));
        QVERIFY(ok);
        QObject *dialog = opened("debriefDialog");
        check("the debrief");
        closePopup(dialog);
    }

    void settings()
    {
        // Settings is a page in place of the section.
        QMetaObject::invokeMethod(dialogs(), "openSettings");
        QTRY_VERIFY(m_app->find("settingsPage") && m_app->find("settingsPage")->isVisible());
        // The database's path is a file name, not a message.
        QQuickItem *path = m_app->find("databasePath");
        QVERIFY(path);
        const QString location = path->property("text").toString();
        path->setProperty("text", marked(QStringLiteral("path")));
        check("the settings");
        path->setProperty("text", location);
        QMetaObject::invokeMethod(m_app->window(), "closeSettings", Q_ARG(bool, true));
        QTRY_VERIFY(!m_app->find("settingsPage")->isVisible());
    }

    void conflicts()
    {
        QMetaObject::invokeMethod(dialogs(), "openConflicts");
        QObject *dialog = opened("conflictsDialog");
        check("the conflicts");
        closePopup(dialog);
    }

    void welcomeAndAbout()
    {
        QMetaObject::invokeMethod(dialogs(), "openWelcome");
        QObject *welcome = opened("welcomeDialog");
        check("the welcome");
        closePopup(welcome);
        QMetaObject::invokeMethod(dialogs(), "openAbout");
        QObject *about = opened("aboutDialog");
        // The database's path is a file name, not a message.
        m_app->find("aboutDatabase")->setProperty("text", marked(QStringLiteral("path")));
        check("about Panelist");
        closePopup(about);
    }

    void helpMenu()
    {
        QMetaObject::invokeMethod(m_app->find("helpButton"), "clicked");
        QObject *menu = opened("helpMenu");
        check("the help menu");
        closePopup(menu);
    }

    void pdfs()
    {
        const QString summary = m_dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY(m_app->interviews().exportPdf(int(m_demo.interviews.last().id),
                                              QUrl::fromLocalFile(summary)));
        QStringList bad = pdfOffenders(summary);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("untranslated in the PDF summary:\n  ") +
                                           bad.join(QStringLiteral("\n  "))));

        const qint64 candidate =
            CandidateRepository(m_app->workspace().database()).list({}).first().candidate.id;
        DebriefDesk &desk = m_app->debriefs();
        QVERIFY(desk.open(int(candidate)));
        const QString packet = m_dir.filePath(QStringLiteral("packet.pdf"));
        QVERIFY(desk.exportPdf(QUrl::fromLocalFile(packet)));
        bad = pdfOffenders(packet);
        QVERIFY2(bad.isEmpty(),
                 qPrintable(QStringLiteral("untranslated in the debrief packet:\n  ") +
                            bad.join(QStringLiteral("\n  "))));
    }

    // Numbers shown to people follow the locale ("3,5" in German); the CSV, a file format,
    // keeps "3.5".
    void germanNumbers()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QRegularExpression german(QStringLiteral("\\d,\\d"));
        const QRegularExpression english(QStringLiteral("\\d\\.\\d"));
        CompareModel &compare = *m_app->interviews().compare();
        compare.setPlan(int(m_demo.planId));
        QStringList cells;
        for (int row = 0; row < compare.rowCount(); ++row)
            for (int column = CompareModel::OverallColumn; column < compare.columnCount(); ++column)
                cells << compare.index(row, column).data(Qt::DisplayRole).toString();
        const QString shown = cells.join(QLatin1Char(' '));
        const QString csv = compare.csv();

        const QString summary = m_dir.filePath(QStringLiteral("german.pdf"));
        const bool exported = m_app->interviews().exportPdf(int(m_demo.interviews.last().id),
                                                            QUrl::fromLocalFile(summary));
        QLocale::setDefault(before);

        QVERIFY2(shown.contains(german), qPrintable(shown));
        QVERIFY2(!shown.contains(english), qPrintable(shown));
        // A German number in the CSV would be a quoted "3,5".
        QVERIFY2(!csv.contains(QRegularExpression(QStringLiteral("\"\\d+,\\d\""))) &&
                     csv.contains(QRegularExpression(QStringLiteral(",\\d\\.\\d,"))),
                 qPrintable(csv));
        QVERIFY(exported);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {summary, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        // The category averages and the overall score: "3,5".
        QVERIFY2(text.contains(german), qPrintable(text.left(2000)));
    }
};

QTEST_MAIN(PseudoLocaleTest)
#include "tst_pseudolocale.moc"
