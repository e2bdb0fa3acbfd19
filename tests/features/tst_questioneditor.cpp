#include "bank/questioneditor.h"
#include "domain/limits.h"
#include "formats/teampayload.h"
#include "storage/localsync.h"
#include "storage/sql.h"
#include "support/testsupport.h"
#include "support/testworkspace.h"

#include <QSignalSpy>
#include <QTest>
#include <functional>

using testsupport::sampleQuestion;

// The editor behind the question form: validation as fields change, saving new,
// edited and copied questions, and the draft that outlives a crash or a quit.
class QuestionEditorTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;

    std::unique_ptr<QuestionEditor> makeEditor()
    {
        return std::make_unique<QuestionEditor>(m_ws->bank(), m_ws->settings());
    }

    // Whether the draft row is committed, seen from a connection of its own, the way
    // the next process would see it after this one died.
    bool draftOnDisk() const
    {
        Database other(m_ws->location(), Database::Role::Secondary);
        return sql::scalar(other.connection(),
                           QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = ?"),
                           {QStringLiteral("editor_draft")})
                   .toInt() == 1;
    }

    // Fills every field from `q` the way the form does, one setter at a time.
    static void fill(QuestionEditor &editor, const Question &q)
    {
        editor.setTitle(q.title);
        editor.setPrompt(q.prompt);
        editor.setCategory(q.category);
        editor.setLevel(vocabulary::key(q.level));
        editor.setKind(vocabulary::key(q.kind));
        editor.setMinutes(q.minutes);
        editor.setTags(q.tags.join(QStringLiteral(", ")));
        editor.setReferenceAnswer(q.referenceAnswer);
        editor.setAnchorJunior(q.anchorJunior);
        editor.setAnchorMiddle(q.anchorMiddle);
        editor.setAnchorSenior(q.anchorSenior);
        while (editor.followUps()->rowCount() > 0)
            editor.followUps()->remove(0);
        for (const QString &text : q.followUps)
            editor.followUps()->append(text);
        while (editor.criteria()->rowCount() > 0)
            editor.criteria()->remove(0);
        for (const QString &text : q.criteria)
            editor.criteria()->append(text);
    }

    // Edits every field of an opened question to values unlike sampleQuestion's.
    static void editEverything(QuestionEditor &editor)
    {
        editor.setTitle(QStringLiteral("Edited title"));
        editor.setPrompt(QStringLiteral("Edited prompt"));
        editor.setCategory(QStringLiteral("Edited category"));
        editor.setLevel(QStringLiteral("junior"));
        editor.setKind(QStringLiteral("coding"));
        editor.setMinutes(42);
        editor.setTags(QStringLiteral("edited, tags"));
        editor.setReferenceAnswer(QStringLiteral("Edited answer"));
        editor.setAnchorJunior(QStringLiteral("Edited junior"));
        editor.setAnchorMiddle(QStringLiteral("Edited middle"));
        editor.setAnchorSenior(QStringLiteral("Edited senior"));
        editor.followUps()->append(QStringLiteral("Edited follow-up"));
        editor.criteria()->remove(0);
    }

    static void verifyEverythingEdited(QuestionEditor &editor)
    {
        QCOMPARE(editor.title(), QStringLiteral("Edited title"));
        QCOMPARE(editor.prompt(), QStringLiteral("Edited prompt"));
        QCOMPARE(editor.category(), QStringLiteral("Edited category"));
        QCOMPARE(editor.level(), QStringLiteral("junior"));
        QCOMPARE(editor.kind(), QStringLiteral("coding"));
        QCOMPARE(editor.minutes(), 42);
        QCOMPARE(editor.tags(), QStringLiteral("edited, tags"));
        QCOMPARE(editor.referenceAnswer(), QStringLiteral("Edited answer"));
        QCOMPARE(editor.anchorJunior(), QStringLiteral("Edited junior"));
        QCOMPARE(editor.anchorMiddle(), QStringLiteral("Edited middle"));
        QCOMPARE(editor.anchorSenior(), QStringLiteral("Edited senior"));
        QStringList followUps = sampleQuestion(1).followUps;
        followUps << QStringLiteral("Edited follow-up");
        QCOMPARE(editor.followUps()->texts(), followUps);
        QCOMPARE(editor.criteria()->texts(), sampleQuestion(1).criteria.mid(1));
    }

private slots:
    void init() { m_ws = std::make_unique<TestWorkspace>(); }

    // In a team, a save over a teammate's edit of the question pulled while the editor was
    // open keeps both: theirs current, this edit a conflict, and the editor says so.
    void aSaveOverATeammatesEditKeepsBoth()
    {
        const qint64 id = m_ws->bank().addQuestion(sampleQuestion(1));
        LocalSync local(m_ws->database());
        local.link(QStringLiteral("postgresql://db.example/team"), QStringLiteral("bea"));
        const Question shared = *m_ws->bank().question(id);
        LocalSync::Change first{vocabulary::EntityKind::Question,
                                shared.uuid,
                                1,
                                false,
                                false,
                                teampayload::fromQuestion(shared),
                                1};
        local.apply({first});
        QCOMPARE(local.pendingCount(), 0);

        auto editor = makeEditor();
        editor->setDatabase(&m_ws->database());
        QVERIFY(editor->open(id));
        editor->setTitle(QStringLiteral("Bea's title"));
        Question theirs = shared;
        theirs.title = QStringLiteral("Ann's title");
        LocalSync::Change pulled{vocabulary::EntityKind::Question,
                                 shared.uuid,
                                 2,
                                 false,
                                 false,
                                 teampayload::fromQuestion(theirs),
                                 2};
        QCOMPARE(local.apply({pulled}).written, 1);

        QSignalSpy kept(editor.get(), &QuestionEditor::keptAsConflict);
        QCOMPARE(editor->save(), id);
        QCOMPARE(kept.count(), 1);
        QCOMPARE(m_ws->bank().question(id)->title, theirs.title);
        QCOMPARE(editor->title(), theirs.title); // the editor shows what is current
        QCOMPARE(local.conflictCount(), 1);
        QCOMPARE(local.conflicts().at(0).mine->value(QStringLiteral("title")).toString(),
                 QStringLiteral("Bea's title"));

        // Without the database's team side the same save would have written over it.
        auto plain = makeEditor();
        QVERIFY(plain->open(id));
        plain->setTitle(QStringLiteral("Plain save"));
        QCOMPARE(plain->save(), id);
        QCOMPARE(m_ws->bank().question(id)->title, QStringLiteral("Plain save"));
    }

    void validationFollowsTheFields()
    {
        auto editor = makeEditor();
        editor->openNew(QStringLiteral("Internals"));
        // A blank question: the title and the rubric are missing, the rest is usable.
        QVERIFY(!editor->titleError().isEmpty());
        QVERIFY(!editor->criteriaError().isEmpty());
        QVERIFY(editor->categoryError().isEmpty());
        QVERIFY(editor->minutesError().isEmpty());
        QVERIFY(!editor->valid());

        QSignalSpy changed(editor.get(), &QuestionEditor::changed);
        editor->setTitle(QStringLiteral("The GIL"));
        QVERIFY(editor->titleError().isEmpty());
        QVERIFY(changed.count() >= 1);
        editor->setTitle(QStringLiteral("   "));
        QVERIFY(!editor->titleError().isEmpty());
        editor->setTitle(QStringLiteral("The GIL"));

        for (const int bad : {0, 91, -3}) {
            editor->setMinutes(bad);
            QVERIFY2(!editor->minutesError().isEmpty(), qPrintable(QString::number(bad)));
        }
        for (const int good : {1, 90, 15}) {
            editor->setMinutes(good);
            QVERIFY2(editor->minutesError().isEmpty(), qPrintable(QString::number(good)));
        }

        // Blank criteria do not count as a rubric.
        editor->criteria()->append(QStringLiteral("   "));
        editor->criteria()->append();
        QVERIFY(!editor->criteriaError().isEmpty());
        QVERIFY(!editor->valid());
        changed.clear();
        editor->criteria()->setText(1, QStringLiteral("Names the lock"));
        QVERIFY(editor->criteriaError().isEmpty());
        QVERIFY(changed.count() >= 1); // the form re-reads the error from this signal
        QVERIFY(editor->valid());

        editor->setCategory(QStringLiteral(" "));
        QVERIFY(!editor->categoryError().isEmpty());
        QVERIFY(!editor->valid());
        editor->setCategory(QStringLiteral("Internals"));
        QVERIFY(editor->valid());

        editor->criteria()->remove(1);
        QVERIFY(!editor->criteriaError().isEmpty());
        QVERIFY(!editor->valid());
    }

    // Every stated limit (bank/fieldlimits.h): a value at the limit is fine; one over it is
    // an error naming the field, the length and the limit, and save() writes nothing.
    void everyLimitIsCheckedAndRefusesSave()
    {
        struct Limit
        {
            const char *field;
            int limit;
            std::function<void(QuestionEditor &, int)> set; // a value of that size
            std::function<QString(const QuestionEditor &)> error;
            const char *named; // a word the message must hold
        };
        const auto text = [](int n) {
            return QString(n, QLatin1Char('x'));
        };
        const auto list = [](TextListModel *model, const QStringList &texts) {
            while (model->rowCount() > 0)
                model->remove(0);
            for (const QString &t : texts)
                model->append(t);
        };
        const QList<Limit> checks = {
            {"title", limits::kTitle, [&](QuestionEditor &e, int n) { e.setTitle(text(n)); },
             &QuestionEditor::titleError, "title"},
            {"category", limits::kCategoryName,
             [&](QuestionEditor &e, int n) { e.setCategory(text(n)); },
             &QuestionEditor::categoryError, "category"},
            {"prompt", limits::kLongText, [&](QuestionEditor &e, int n) { e.setPrompt(text(n)); },
             &QuestionEditor::promptError, "prompt"},
            {"reference answer", limits::kLongText,
             [&](QuestionEditor &e, int n) { e.setReferenceAnswer(text(n)); },
             &QuestionEditor::referenceAnswerError, "reference answer"},
            {"junior anchor", limits::kLongText,
             [&](QuestionEditor &e, int n) { e.setAnchorJunior(text(n)); },
             &QuestionEditor::anchorJuniorError, "junior"},
            {"middle anchor", limits::kLongText,
             [&](QuestionEditor &e, int n) { e.setAnchorMiddle(text(n)); },
             &QuestionEditor::anchorMiddleError, "middle"},
            {"senior anchor", limits::kLongText,
             [&](QuestionEditor &e, int n) { e.setAnchorSenior(text(n)); },
             &QuestionEditor::anchorSeniorError, "senior"},
            {"one tag", limits::kTag, [&](QuestionEditor &e, int n) { e.setTags(text(n)); },
             &QuestionEditor::tagsError, "tag"},
            {"tag count", limits::kTags,
             [&](QuestionEditor &e, int n) {
                 QStringList tags;
                 for (int i = 0; i < n; ++i)
                     tags << QStringLiteral("t%1").arg(i);
                 e.setTags(tags.join(QLatin1Char(',')));
             },
             &QuestionEditor::tagsError, "tags"},
            {"follow-up text", limits::kListText,
             [&](QuestionEditor &e, int n) {
                 list(e.followUps(), {QStringLiteral("short"), text(n)});
             },
             &QuestionEditor::followUpsError, "Follow-up 2"},
            {"follow-up count", limits::kFollowUps,
             [&](QuestionEditor &e, int n) {
                 list(e.followUps(), QStringList(n, QStringLiteral("Why?")));
             },
             &QuestionEditor::followUpsError, "follow-ups"},
            {"criterion text", limits::kListText,
             [&](QuestionEditor &e, int n) { list(e.criteria(), {text(n)}); },
             &QuestionEditor::criteriaError, "Criterion 1"},
            {"criterion count", limits::kCriteria,
             [&](QuestionEditor &e, int n) {
                 list(e.criteria(), QStringList(n, QStringLiteral("Names it")));
             },
             &QuestionEditor::criteriaError, "criteria"},
        };

        auto editor = makeEditor();
        for (const Limit &check : checks) {
            const QByteArray what(check.field);
            editor->openNew();
            fill(*editor, sampleQuestion(1));
            QVERIFY2(editor->valid(), what.constData());

            check.set(*editor, check.limit);
            QVERIFY2(check.error(*editor).isEmpty(),
                     qPrintable(what + ": " + check.error(*editor)));
            QVERIFY2(editor->valid(), what.constData());

            check.set(*editor, check.limit + 1);
            const QString error = check.error(*editor);
            QVERIFY2(error.contains(QLatin1String(check.named), Qt::CaseInsensitive),
                     qPrintable(what + ": " + error));
            // Says how far over it is: the limit itself, in the locale's digits.
            QVERIFY2(error.contains(QLocale().toString(check.limit)),
                     qPrintable(what + ": " + error));
            QVERIFY2(!editor->valid(), what.constData());
            QCOMPARE(editor->save(), 0);
            QVERIFY2(!editor->saveError().isEmpty(), what.constData());
            QCOMPARE(m_ws->bank().questionCount(true), 0);

            // Back within the limit, it saves.
            check.set(*editor, check.limit);
            QVERIFY2(editor->valid(), what.constData());
        }
        QVERIFY(editor->save() > 0);
        QCOMPARE(m_ws->bank().questionCount(true), 1);
    }

    void titleLimitCountsTheSavedForm()
    {
        // Spaces around and inside a title are tidied on save; only what is kept counts.
        auto editor = makeEditor();
        fill(*editor, sampleQuestion(1));
        editor->setTitle(QStringLiteral("   ") + QString(limits::kTitle, QLatin1Char('t')) +
                         QStringLiteral("   "));
        QVERIFY(editor->titleError().isEmpty());
        editor->setTitle(QString(limits::kTitle, QLatin1Char('t')) + QStringLiteral(" u"));
        QVERIFY(!editor->titleError().isEmpty());
    }

    void textImportWouldRefuseIsNotSaved()
    {
        // What the editor saves must export and import again: a pasted control character
        // is refused with the importers' own message, and nothing is written.
        auto editor = makeEditor();
        editor->openNew();
        fill(*editor, sampleQuestion(7));
        const int before = m_ws->bank().questionCount(true);
        editor->setPrompt(QStringLiteral("Explain \x1b[31mthis"));
        QCOMPARE(editor->save(), 0);
        QVERIFY2(editor->saveError().contains(QStringLiteral("control character")),
                 qPrintable(editor->saveError()));
        QCOMPARE(m_ws->bank().questionCount(true), before);
        editor->setPrompt(QStringLiteral("Explain this"));
        QVERIFY(editor->save() > 0);
    }

    void saveNewWritesEveryField()
    {
        auto editor = makeEditor();
        editor->openNew();
        QVERIFY(editor->isNew());
        QVERIFY(!editor->dirty());
        Question wanted = sampleQuestion(1, QStringLiteral("Concurrency"));
        wanted.level = vocabulary::Level::Middle;
        wanted.kind = vocabulary::Kind::Behavioural;
        fill(*editor, wanted);
        QVERIFY(editor->dirty());
        // What a person types carelessly is tidied on save: spaces, blank rows.
        editor->setTitle(QStringLiteral("  ") + wanted.title + QStringLiteral("  "));
        editor->followUps()->append(QStringLiteral("   "));

        QSignalSpy saved(editor.get(), &QuestionEditor::saved);
        const qint64 id = editor->save();
        QVERIFY(id > 0);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toLongLong(), id);
        QVERIFY(!editor->dirty());
        QVERIFY(editor->saveError().isEmpty());
        QCOMPARE(editor->questionId(), id);
        QVERIFY(!editor->isNew());

        const std::optional<Question> stored = m_ws->bank().question(id);
        QVERIFY(stored);
        QVERIFY(!stored->uuid.isEmpty());
        wanted.uuid = stored->uuid; // the editor gives a new question its uuid
        QCOMPARE(stored->title, wanted.title);
        QCOMPARE(stored->prompt, wanted.prompt);
        QCOMPARE(stored->category, wanted.category);
        QCOMPARE(stored->level, wanted.level);
        QCOMPARE(stored->kind, wanted.kind);
        QCOMPARE(stored->minutes, wanted.minutes);
        QCOMPARE(stored->tags, wanted.tags);
        QCOMPARE(stored->followUps, wanted.followUps);
        QCOMPARE(stored->criteria, wanted.criteria);
        QCOMPARE(stored->referenceAnswer, wanted.referenceAnswer);
        QCOMPARE(stored->anchorJunior, wanted.anchorJunior);
        QCOMPARE(stored->anchorMiddle, wanted.anchorMiddle);
        QCOMPARE(stored->anchorSenior, wanted.anchorSenior);
        QVERIFY(stored->sameContent(wanted));
    }

    void tagsAreNormalized()
    {
        auto editor = makeEditor();
        editor->setTags(QStringLiteral(" GIL, threading ,, gil,  Async   IO "));
        QCOMPARE(editor->tags(), QStringLiteral("gil, threading, async io"));
    }

    void saveWhenInvalidWritesNothing()
    {
        auto editor = makeEditor();
        editor->openNew(QStringLiteral("Internals"));
        editor->setPrompt(QStringLiteral("No title yet"));
        editor->criteria()->append(QStringLiteral("A criterion"));
        QSignalSpy saved(editor.get(), &QuestionEditor::saved);
        QSignalSpy saveErrorChanged(editor.get(), &QuestionEditor::saveErrorChanged);

        QCOMPARE(editor->save(), 0);
        QVERIFY(!editor->saveError().isEmpty());
        QCOMPARE(saveErrorChanged.count(), 1);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(m_ws->bank().questionCount(true), 0);
        QVERIFY(editor->dirty()); // the edits are still there to be fixed

        // The refusal goes as soon as the fields are fixed, before the next save.
        editor->setTitle(QStringLiteral("Now titled"));
        QVERIFY(editor->saveError().isEmpty());
        QCOMPARE(saveErrorChanged.count(), 2);
        QVERIFY(editor->save() > 0);
        QVERIFY(editor->saveError().isEmpty());
        QCOMPARE(m_ws->bank().questionCount(), 1);
    }

    // Where Tab indents in the prompt: inside a fenced code block only.
    void codeBlocksForTheTabKey()
    {
        const QString text = QStringLiteral("Intro\n```python\ndef f():\n```\nafter\n~~~\nx");
        QVERIFY(!QuestionEditor::inCodeBlock(text, 3)); // "Intro"
        QVERIFY(!QuestionEditor::inCodeBlock(text, 9)); // on the fence line
        QVERIFY(QuestionEditor::inCodeBlock(text, int(text.indexOf(QStringLiteral("def")))));
        QVERIFY(QuestionEditor::inCodeBlock(text, int(text.indexOf(QStringLiteral("():")))));
        QVERIFY(!QuestionEditor::inCodeBlock(text, int(text.indexOf(QStringLiteral("after")))));
        QVERIFY(QuestionEditor::inCodeBlock(text, int(text.size()))); // in the open ~~~ block
        QVERIFY(!QuestionEditor::inCodeBlock(QString(), 0));
        QVERIFY(!QuestionEditor::inCodeBlock(text, -5));
        QVERIFY(QuestionEditor::inCodeBlock(text, 10000));
        // A ~~~ line does not close a ``` block.
        QVERIFY(QuestionEditor::inCodeBlock(QStringLiteral("```\n~~~\nx"), 8));
    }

    void editingAnExistingQuestionUpdatesIt()
    {
        const qint64 id = m_ws->bank().addQuestion(sampleQuestion(1));
        auto editor = makeEditor();
        QSignalSpy loaded(editor.get(), &QuestionEditor::loaded);
        QVERIFY(editor->open(id));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(editor->questionId(), id);
        QCOMPARE(editor->title(), sampleQuestion(1).title);
        QCOMPARE(editor->criteria()->texts(), sampleQuestion(1).criteria);
        QVERIFY(!editor->dirty()); // opening is not editing

        editor->setPrompt(QStringLiteral("A new prompt"));
        editor->setMinutes(30);
        QVERIFY(editor->dirty());
        QCOMPARE(editor->save(), id);

        const Question stored = *m_ws->bank().question(id);
        QCOMPARE(stored.prompt, QStringLiteral("A new prompt"));
        QCOMPARE(stored.minutes, 30);
        QCOMPARE(stored.uuid, sampleQuestion(1).uuid);
        QCOMPARE(stored.title, sampleQuestion(1).title);
        QCOMPARE(m_ws->bank().questionCount(), 1);
    }

    void openingAMissingQuestionFails()
    {
        auto editor = makeEditor();
        QVERIFY(!editor->open(424242));
        QVERIFY(!editor->saveError().isEmpty());
        QVERIFY(!editor->openCopy(424242));
    }

    void saveOfAQuestionDeletedMeanwhileReportsIt()
    {
        const qint64 id = m_ws->bank().addQuestion(sampleQuestion(1));
        auto editor = makeEditor();
        QVERIFY(editor->open(id));
        editor->setPrompt(QStringLiteral("Edited after the delete"));
        m_ws->bank().removeQuestion(id);
        QCOMPARE(editor->save(), 0);
        QVERIFY(!editor->saveError().isEmpty());
        QCOMPARE(m_ws->bank().questionCount(true), 0);
    }

    void copyOfATitleAtItsLimitFits()
    {
        // The title is cut to make room for " (copy)", so the copy saves.
        Question longest = sampleQuestion(2);
        longest.title = QString(limits::kTitle, QLatin1Char('t'));
        auto editor = makeEditor();
        QVERIFY(editor->openCopy(m_ws->bank().addQuestion(longest)));
        QCOMPARE(editor->title().size(), limits::kTitle);
        QVERIFY(editor->title().endsWith(QStringLiteral(" (copy)")));
        QVERIFY(editor->save() > 0);
    }

    void copyIsSavedAsANewQuestion()
    {
        Question original = sampleQuestion(1);
        original.archived = true;
        const qint64 id = m_ws->bank().addQuestion(original);
        const Question before = *m_ws->bank().question(id);

        auto editor = makeEditor();
        QVERIFY(editor->openCopy(id));
        QVERIFY(editor->isNew());
        QVERIFY(editor->dirty()); // a copy exists only once saved
        QVERIFY(!editor->archived());
        QCOMPARE(editor->title(), sampleQuestion(1).title + QStringLiteral(" (copy)"));

        const qint64 copyId = editor->save();
        QVERIFY(copyId > 0);
        QVERIFY(copyId != id);
        const Question copy = *m_ws->bank().question(copyId);
        QVERIFY(!copy.uuid.isEmpty());
        QVERIFY(copy.uuid != before.uuid);
        QCOMPARE(copy.title, sampleQuestion(1).title + QStringLiteral(" (copy)"));
        QCOMPARE(copy.prompt, before.prompt);
        QCOMPARE(copy.criteria, before.criteria);
        QVERIFY(!copy.archived);
        QVERIFY(m_ws->bank().question(id)->sameContent(before));
        QCOMPARE(m_ws->bank().questionCount(true), 2);
    }

    void reorderedListsAreSavedInOrder()
    {
        const qint64 id = m_ws->bank().addQuestion(sampleQuestion(1));
        auto editor = makeEditor();
        QVERIFY(editor->open(id));
        const QStringList criteria = sampleQuestion(1).criteria; // c0, c1, c2
        const QStringList followUps = sampleQuestion(1).followUps;

        QVERIFY(editor->criteria()->move(0, 2));
        QVERIFY(editor->followUps()->move(1, 0));
        QVERIFY(editor->dirty()); // a reorder alone is an edit
        QCOMPARE(editor->save(), id);

        const Question stored = *m_ws->bank().question(id);
        QCOMPARE(stored.criteria, (QStringList{criteria.at(1), criteria.at(2), criteria.at(0)}));
        QCOMPARE(stored.followUps, (QStringList{followUps.at(1), followUps.at(0)}));
    }

    void draftIsWrittenShortlyAfterAnEdit()
    {
        auto editor = makeEditor();
        QVERIFY(!editor->hasDraft());
        QSignalSpy draftChanged(editor.get(), &QuestionEditor::draftChanged);
        editor->setTitle(QStringLiteral("Typed, not saved"));
        // Typing does not write on every keystroke; the timer batches it.
        QVERIFY(!editor->hasDraft());
        QTRY_VERIFY(editor->hasDraft());
        QVERIFY(draftChanged.count() >= 1);
        QCOMPARE(editor->draftTitle(), QStringLiteral("Typed, not saved"));
        QVERIFY(draftOnDisk());
    }

    void flushDraftWritesAtOnce()
    {
        auto editor = makeEditor();
        editor->setTitle(QStringLiteral("Flushed"));
        editor->flushDraft();
        QVERIFY(editor->hasDraft());
        QCOMPARE(editor->draftTitle(), QStringLiteral("Flushed"));
        QVERIFY(draftOnDisk());
    }

    void nothingEditedLeavesNoDraft()
    {
        const qint64 id = m_ws->bank().addQuestion(sampleQuestion(1));
        {
            auto editor = makeEditor();
            QVERIFY(editor->open(id));
            editor->flushDraft();
        }
        QVERIFY(!draftOnDisk());
        QVERIFY(!makeEditor()->hasDraft());
    }

    void quitWithUnsavedEditsKeepsADraft()
    {
        const qint64 id = m_ws->bank().addQuestion(sampleQuestion(1));
        {
            auto editor = makeEditor();
            QVERIFY(editor->open(id));
            editEverything(*editor);
            QVERIFY(!editor->hasDraft()); // the timer has not fired yet
            // Destroyed without saving: the destructor writes the pending draft.
        }
        QVERIFY(draftOnDisk());

        auto next = makeEditor();
        QVERIFY(next->hasDraft());
        QCOMPARE(next->draftTitle(), QStringLiteral("Edited title"));
        QVERIFY(!next->dirty());
        QSignalSpy dirtyChanged(next.get(), &QuestionEditor::dirtyChanged);
        QVERIFY(next->restoreDraft());
        QCOMPARE(next->questionId(), id);
        QVERIFY(next->dirty());
        QVERIFY(dirtyChanged.count() >= 1);
        verifyEverythingEdited(*next);
        // Nothing reached the question itself before the draft is saved.
        QCOMPARE(m_ws->bank().question(id)->title, sampleQuestion(1).title);

        QCOMPARE(next->save(), id);
        QVERIFY(!next->hasDraft());
        QVERIFY(!draftOnDisk());
        QCOMPARE(m_ws->bank().question(id)->title, QStringLiteral("Edited title"));
        QCOMPARE(m_ws->bank().question(id)->minutes, 42);
    }

    void crashAfterFlushKeepsADraft()
    {
        const qint64 id = m_ws->bank().addQuestion(sampleQuestion(1));
        auto editor = makeEditor();
        QVERIFY(editor->open(id));
        editEverything(*editor);
        editor->flushDraft();
        // A crash from here on runs no destructor; what counts is what is committed.
        QVERIFY(draftOnDisk());
        editor.reset();

        auto next = makeEditor();
        QVERIFY(next->hasDraft());
        QCOMPARE(next->draftTitle(), QStringLiteral("Edited title"));
        QVERIFY(next->restoreDraft());
        QCOMPARE(next->questionId(), id);
        QVERIFY(next->dirty());
        verifyEverythingEdited(*next);
    }

    void draftOfANewQuestionRestoresAsNew()
    {
        {
            auto editor = makeEditor();
            editor->openNew(QStringLiteral("Concurrency"));
            editor->setTitle(QStringLiteral("Unsaved new question"));
            editor->criteria()->append(QStringLiteral("Only criterion"));
        }
        auto next = makeEditor();
        QVERIFY(next->restoreDraft());
        QVERIFY(next->isNew());
        QCOMPARE(next->title(), QStringLiteral("Unsaved new question"));
        QCOMPARE(next->category(), QStringLiteral("Concurrency"));
        QCOMPARE(next->criteria()->texts(), QStringList{QStringLiteral("Only criterion")});
        QVERIFY(next->save() > 0);
        QCOMPARE(m_ws->bank().questionCount(), 1);
    }

    void discardDropsEditsAndDraft()
    {
        const qint64 id = m_ws->bank().addQuestion(sampleQuestion(1));
        auto editor = makeEditor();
        QVERIFY(editor->open(id));
        editor->setTitle(QStringLiteral("Changed my mind"));
        editor->flushDraft();
        QVERIFY(editor->hasDraft());

        editor->discard();
        QVERIFY(!editor->hasDraft());
        QVERIFY(!draftOnDisk());
        QVERIFY(!editor->dirty());
        QCOMPARE(editor->questionId(), id);
        QCOMPARE(editor->title(), sampleQuestion(1).title);
        QCOMPARE(m_ws->bank().question(id)->title, sampleQuestion(1).title);
    }

    void discardBeforeTheTimerLeavesNoDraft()
    {
        auto editor = makeEditor();
        editor->setTitle(QStringLiteral("Gone"));
        editor->discard();
        QTest::qWait(QuestionEditor::kDraftDelayMs * 2);
        QVERIFY(!editor->hasDraft());
        editor.reset();
        QVERIFY(!draftOnDisk());
    }

    void discardDraftKeepsTheEdits()
    {
        auto editor = makeEditor();
        editor->setTitle(QStringLiteral("Still editing"));
        editor->flushDraft();
        editor->discardDraft();
        QVERIFY(!editor->hasDraft());
        QCOMPARE(editor->title(), QStringLiteral("Still editing"));
        QVERIFY(editor->dirty());
    }

    void draftOfADeletedQuestionRestoresAsNew()
    {
        const qint64 id = m_ws->bank().addQuestion(sampleQuestion(1));
        const QString oldUuid = sampleQuestion(1).uuid;
        {
            auto editor = makeEditor();
            QVERIFY(editor->open(id));
            editor->setTitle(QStringLiteral("Edited before the delete"));
            editor->flushDraft();
        }
        m_ws->bank().removeQuestion(id);

        auto next = makeEditor();
        QVERIFY(next->hasDraft());
        QVERIFY(next->restoreDraft());
        QCOMPARE(next->questionId(), 0);
        QVERIFY(next->isNew());
        QVERIFY(next->dirty());
        QCOMPARE(next->title(), QStringLiteral("Edited before the delete"));

        const qint64 newId = next->save();
        QVERIFY(newId > 0);
        const Question stored = *m_ws->bank().question(newId);
        QCOMPARE(stored.title, QStringLiteral("Edited before the delete"));
        QVERIFY(stored.uuid != oldUuid);
        QVERIFY(!next->hasDraft());
    }

    void restoreWithoutADraftDoesNothing()
    {
        auto editor = makeEditor();
        editor->setTitle(QStringLiteral("Current"));
        QVERIFY(!editor->restoreDraft());
        QCOMPARE(editor->title(), QStringLiteral("Current"));
    }
};

QTEST_GUILESS_MAIN(QuestionEditorTest)
#include "tst_questioneditor.moc"
