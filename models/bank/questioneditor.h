#pragma once

#include "bank/textlistmodel.h"
#include "domain/question.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class BankRepository;
class Database;
class SettingsStore;

// The state of the question editor: one question's fields, their validation, and
// the draft that keeps unsaved edits safe. Every edit marks the editor dirty and is
// written as a draft shortly after (and at once on flushDraft()), so a crash loses
// nothing; save() writes the question itself in one transaction.
class QuestionEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by QuestionBank.editor")

    Q_PROPERTY(int questionId READ questionIdForQml NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY changed)
    Q_PROPERTY(QString prompt READ prompt WRITE setPrompt NOTIFY changed)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY changed)
    Q_PROPERTY(QString level READ level WRITE setLevel NOTIFY changed)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY changed)
    Q_PROPERTY(QString tags READ tags WRITE setTags NOTIFY changed)
    Q_PROPERTY(QString referenceAnswer READ referenceAnswer WRITE setReferenceAnswer NOTIFY changed)
    Q_PROPERTY(QString anchorJunior READ anchorJunior WRITE setAnchorJunior NOTIFY changed)
    Q_PROPERTY(QString anchorMiddle READ anchorMiddle WRITE setAnchorMiddle NOTIFY changed)
    Q_PROPERTY(QString anchorSenior READ anchorSenior WRITE setAnchorSenior NOTIFY changed)
    Q_PROPERTY(bool archived READ archived NOTIFY loaded)
    Q_PROPERTY(TextListModel *followUps READ followUps CONSTANT)
    Q_PROPERTY(TextListModel *criteria READ criteria CONSTANT)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    // What is wrong with each field (empty when nothing is), limits::* included.
    Q_PROPERTY(QString titleError READ titleError NOTIFY changed)
    Q_PROPERTY(QString categoryError READ categoryError NOTIFY changed)
    Q_PROPERTY(QString minutesError READ minutesError NOTIFY changed)
    Q_PROPERTY(QString tagsError READ tagsError NOTIFY changed)
    Q_PROPERTY(QString promptError READ promptError NOTIFY changed)
    Q_PROPERTY(QString referenceAnswerError READ referenceAnswerError NOTIFY changed)
    Q_PROPERTY(QString anchorJuniorError READ anchorJuniorError NOTIFY changed)
    Q_PROPERTY(QString anchorMiddleError READ anchorMiddleError NOTIFY changed)
    Q_PROPERTY(QString anchorSeniorError READ anchorSeniorError NOTIFY changed)
    Q_PROPERTY(QString followUpsError READ followUpsError NOTIFY changed)
    Q_PROPERTY(QString criteriaError READ criteriaError NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)
    Q_PROPERTY(bool hasDraft READ hasDraft NOTIFY draftChanged)
    Q_PROPERTY(QString draftTitle READ draftTitle NOTIFY draftChanged)

public:
    static constexpr int kDraftDelayMs = 300;

    QuestionEditor(BankRepository &repository, SettingsStore &settings, QObject *parent = nullptr);
    // The database's team side, so a save over a teammate's edit pulled meanwhile keeps
    // both (LocalSync::saveQuestionEdit). Without it a save simply updates.
    void setDatabase(Database *database) { m_database = database; }
    ~QuestionEditor() override;

    // Loading: an existing question, a blank one, or a copy of one. Each replaces the
    // current edit; the UI asks before calling them when dirty is true.
    Q_INVOKABLE bool open(qint64 id);
    Q_INVOKABLE void openNew(const QString &category = {});
    Q_INVOKABLE bool openCopy(qint64 id);
    // Validates and writes; returns the saved id, or 0 with saveError set.
    Q_INVOKABLE qint64 save();
    // Drops the edits and the draft.
    Q_INVOKABLE void discard();
    // True when `position` in Markdown `text` lies inside a fenced code block (``` or
    // ~~~), where Tab indents instead of moving to the next field.
    Q_INVOKABLE static bool inCodeBlock(const QString &text, int position);

    // Drafts left by a session that ended without saving.
    Q_INVOKABLE bool restoreDraft();
    Q_INVOKABLE void discardDraft();
    Q_INVOKABLE void flushDraft();

    qint64 questionId() const { return m_question.id; }
    int questionIdForQml() const { return static_cast<int>(m_question.id); }
    bool isNew() const { return m_question.id == 0; }
    QString title() const { return m_question.title; }
    QString prompt() const { return m_question.prompt; }
    QString category() const { return m_question.category; }
    // The level and kind as their keys ("senior", "coding").
    QString level() const { return vocabulary::key(m_question.level); }
    QString kind() const { return vocabulary::key(m_question.kind); }
    int minutes() const { return m_question.minutes; }
    QString tags() const { return m_question.tags.join(QStringLiteral(", ")); }
    QString referenceAnswer() const { return m_question.referenceAnswer; }
    QString anchorJunior() const { return m_question.anchorJunior; }
    QString anchorMiddle() const { return m_question.anchorMiddle; }
    QString anchorSenior() const { return m_question.anchorSenior; }
    bool archived() const { return m_question.archived; }
    TextListModel *followUps() { return &m_followUps; }
    TextListModel *criteria() { return &m_criteria; }
    bool dirty() const { return m_dirty; }
    QString saveError() const { return m_saveError; }
    bool hasDraft() const;
    QString draftTitle() const;

    QString titleError() const;
    QString categoryError() const;
    QString minutesError() const;
    QString tagsError() const;
    QString promptError() const;
    QString referenceAnswerError() const;
    QString anchorJuniorError() const;
    QString anchorMiddleError() const;
    QString anchorSeniorError() const;
    QString followUpsError() const;
    QString criteriaError() const;
    // Every field within its rules and limits: only then does save() write.
    bool valid() const;

    void setTitle(const QString &value) { edit(m_question.title, value); }
    void setPrompt(const QString &value) { edit(m_question.prompt, value); }
    void setCategory(const QString &value) { edit(m_question.category, value); }
    // A key the vocabulary does not know changes nothing.
    void setLevel(const QString &value);
    void setKind(const QString &value);
    void setMinutes(int value);
    void setTags(const QString &value);
    void setReferenceAnswer(const QString &value) { edit(m_question.referenceAnswer, value); }
    void setAnchorJunior(const QString &value) { edit(m_question.anchorJunior, value); }
    void setAnchorMiddle(const QString &value) { edit(m_question.anchorMiddle, value); }
    void setAnchorSenior(const QString &value) { edit(m_question.anchorSenior, value); }

    // The question as the fields describe it now.
    Question current() const;

signals:
    void loaded();
    void changed();
    void dirtyChanged();
    void saveErrorChanged();
    void draftChanged();
    void saved(qint64 id);
    // The save met a teammate's edit of the question pulled while it was open: theirs is
    // current, this edit is kept as a conflict to resolve.
    void keptAsConflict(const QString &title);

private:
    // `message` ("The title is %L1 characters long; shorten it to %L2 or fewer.") filled in.
    static QString tooLong(const QString &message, qsizetype length, int limit);
    void load(const Question &question, bool dirty);
    void edit(QString &field, const QString &value);
    template<typename Enum> void edit(Enum &field, std::optional<Enum> value);
    void markDirty();
    void setSaveError(const QString &message);
    void writeDraft();

    BankRepository &m_repository;
    SettingsStore &m_settings;
    Question m_question;
    Question m_opened; // as stored when it was opened or last saved
    Database *m_database = nullptr;
    TextListModel m_followUps;
    TextListModel m_criteria;
    bool m_dirty = false;
    bool m_loading = false;
    QString m_saveError;
    // saveError is the refusal of an invalid question: it goes once the fields are fixed.
    bool m_refusedInvalid = false;
    QTimer m_draftTimer;
};
