#include "bank/questioneditor.h"

#include "domain/errors.h"
#include "domain/limits.h"
#include "formats/bankdocument.h"
#include "formats/bankjson.h"
#include "storage/bankrepository.h"
#include "storage/localsync.h"
#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <algorithm>

namespace {

const QString kDraftKey = QStringLiteral("editor_draft");

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result << item.toString();
    return result;
}

// A draft may be anything the editor held, valid or not: read it leniently.
Question fromDraft(const QJsonObject &draft)
{
    const QJsonObject o = draft.value(QStringLiteral("question")).toObject();
    const QJsonObject anchors = o.value(QStringLiteral("anchors")).toObject();
    Question q;
    q.id = draft.value(QStringLiteral("id")).toInteger();
    q.uuid = o.value(QStringLiteral("uuid")).toString();
    q.title = o.value(QStringLiteral("title")).toString();
    q.prompt = o.value(QStringLiteral("prompt")).toString();
    q.category = o.value(QStringLiteral("category")).toString();
    // A level or kind the draft lacks (or misspells) keeps a new question's default.
    q.level = vocabulary::parseLevel(o.value(QStringLiteral("level")).toString()).value_or(q.level);
    q.kind = vocabulary::parseKind(o.value(QStringLiteral("kind")).toString()).value_or(q.kind);
    q.minutes = o.value(QStringLiteral("minutes")).toInt(5);
    q.tags = strings(o.value(QStringLiteral("tags")));
    q.referenceAnswer = o.value(QStringLiteral("referenceAnswer")).toString();
    q.followUps = strings(o.value(QStringLiteral("followUps")));
    q.criteria = strings(o.value(QStringLiteral("criteria")));
    q.anchorJunior = anchors.value(vocabulary::key(vocabulary::Level::Junior)).toString();
    q.anchorMiddle = anchors.value(vocabulary::key(vocabulary::Level::Middle)).toString();
    q.anchorSenior = anchors.value(vocabulary::key(vocabulary::Level::Senior)).toString();
    q.archived = o.value(QStringLiteral("archived")).toBool();
    return q;
}

// The non-empty texts of a list as save() keeps them: trimmed.
QStringList kept(const QStringList &texts)
{
    QStringList result;
    for (const QString &text : texts) {
        const QString trimmed = text.trimmed();
        if (!trimmed.isEmpty())
            result << trimmed;
    }
    return result;
}

} // namespace

QuestionEditor::QuestionEditor(BankRepository &repository, SettingsStore &settings, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_settings(settings)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &QuestionEditor::writeDraft);
    for (TextListModel *list : {&m_followUps, &m_criteria}) {
        connect(list, &TextListModel::edited, this, [this] {
            if (!m_loading)
                markDirty();
        });
    }
    openNew();
}

QuestionEditor::~QuestionEditor()
{
    // Quitting with unsaved edits keeps them as a draft for the next start.
    if (m_draftTimer.isActive())
        writeDraft();
}

void QuestionEditor::load(const Question &question, bool dirty)
{
    m_draftTimer.stop();
    m_loading = true;
    m_question = question;
    if (question.id > 0) {
        const std::optional<Question> stored = m_repository.question(question.id);
        m_opened = stored.value_or(question);
    } else {
        m_opened = question;
    }
    m_followUps.setTexts(question.followUps);
    m_criteria.setTexts(question.criteria);
    m_loading = false;
    m_dirty = dirty;
    m_refusedInvalid = false;
    setSaveError({});
    emit loaded();
    emit changed();
    emit dirtyChanged();
}

bool QuestionEditor::open(qint64 id)
{
    const std::optional<Question> question = m_repository.question(id);
    if (!question) {
        setSaveError(tr("That question no longer exists."));
        return false;
    }
    load(*question, false);
    return true;
}

void QuestionEditor::openNew(const QString &category)
{
    Question blank;
    blank.category = category;
    blank.minutes = 5;
    load(blank, false);
}

bool QuestionEditor::openCopy(qint64 id)
{
    std::optional<Question> question = m_repository.question(id);
    if (!question)
        return false;
    question->id = 0;
    question->uuid.clear();
    question->archived = false;
    // The suffix never pushes a title over its limit: the name is cut to make room.
    const QString suffix = tr(" (copy)");
    question->title = question->title.left(limits::kTitle - suffix.size()) + suffix;
    load(*question, true);
    m_draftTimer.start();
    return true;
}

Question QuestionEditor::current() const
{
    Question q = m_question;
    q.followUps = m_followUps.texts();
    q.criteria = m_criteria.texts();
    return q;
}

void QuestionEditor::edit(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    emit changed();
    markDirty();
}

template<typename Enum> void QuestionEditor::edit(Enum &field, std::optional<Enum> value)
{
    if (!value || field == *value)
        return;
    field = *value;
    emit changed();
    markDirty();
}

void QuestionEditor::setLevel(const QString &value)
{
    edit(m_question.level, vocabulary::parseLevel(value));
}

void QuestionEditor::setKind(const QString &value)
{
    edit(m_question.kind, vocabulary::parseKind(value));
}

void QuestionEditor::setMinutes(int value)
{
    if (m_question.minutes == value)
        return;
    m_question.minutes = value;
    emit changed();
    markDirty();
}

void QuestionEditor::setTags(const QString &value)
{
    QStringList tags;
    for (const QString &tag : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString clean = tag.simplified().toLower();
        if (!clean.isEmpty() && !tags.contains(clean))
            tags << clean;
    }
    if (tags == m_question.tags)
        return;
    m_question.tags = tags;
    emit changed();
    markDirty();
}

void QuestionEditor::markDirty()
{
    emit changed(); // criteria errors follow the list
    if (m_refusedInvalid && valid()) {
        m_refusedInvalid = false;
        setSaveError({});
    }
    if (!m_dirty) {
        m_dirty = true;
        emit dirtyChanged();
    }
    m_draftTimer.start();
}

QString QuestionEditor::tooLong(const QString &message, qsizetype length, int limit)
{
    return message.arg(length).arg(limit);
}

QString QuestionEditor::titleError() const
{
    const QString title = m_question.title.simplified();
    if (title.isEmpty())
        return tr("A title is required.");
    if (title.size() > limits::kTitle)
        return tooLong(tr("The title is %L1 characters long; shorten it to %L2 or fewer."),
                       title.size(), limits::kTitle);
    return {};
}

QString QuestionEditor::categoryError() const
{
    const QString category = m_question.category.simplified();
    if (category.isEmpty())
        return tr("Choose or type a category.");
    if (category.size() > limits::kCategoryName)
        return tooLong(tr("The category name is %L1 characters long; shorten it to %L2 or fewer."),
                       category.size(), limits::kCategoryName);
    return {};
}

QString QuestionEditor::minutesError() const
{
    return m_question.minutes < limits::kMinMinutes || m_question.minutes > limits::kMaxMinutes
               ? tr("Minutes must be between %1 and %2.")
                     .arg(limits::kMinMinutes)
                     .arg(limits::kMaxMinutes)
               : QString();
}

QString QuestionEditor::tagsError() const
{
    if (m_question.tags.size() > limits::kTags) {
        return tr("This question has %1 tags; remove some to keep %2 or fewer.")
            .arg(m_question.tags.size())
            .arg(limits::kTags);
    }
    for (const QString &tag : m_question.tags) {
        if (tag.size() > limits::kTag) {
            return tr("The tag “%1” is %L2 characters long; tags are at most %L3.")
                .arg(tag.left(limits::kTag) + QChar(0x2026))
                .arg(tag.size())
                .arg(limits::kTag);
        }
    }
    return {};
}

QString QuestionEditor::promptError() const
{
    return m_question.prompt.size() > limits::kLongText
               ? tooLong(tr("The prompt is %L1 characters long; shorten it to %L2 or fewer."),
                         m_question.prompt.size(), limits::kLongText)
               : QString();
}

QString QuestionEditor::referenceAnswerError() const
{
    return m_question.referenceAnswer.size() > limits::kLongText
               ? tooLong(
                     tr("The reference answer is %L1 characters long; shorten it to %L2 or fewer."),
                     m_question.referenceAnswer.size(), limits::kLongText)
               : QString();
}

QString QuestionEditor::anchorJuniorError() const
{
    return m_question.anchorJunior.size() > limits::kLongText
               ? tooLong(
                     tr("The junior anchor is %L1 characters long; shorten it to %L2 or fewer."),
                     m_question.anchorJunior.size(), limits::kLongText)
               : QString();
}

QString QuestionEditor::anchorMiddleError() const
{
    return m_question.anchorMiddle.size() > limits::kLongText
               ? tooLong(
                     tr("The middle anchor is %L1 characters long; shorten it to %L2 or fewer."),
                     m_question.anchorMiddle.size(), limits::kLongText)
               : QString();
}

QString QuestionEditor::anchorSeniorError() const
{
    return m_question.anchorSenior.size() > limits::kLongText
               ? tooLong(
                     tr("The senior anchor is %L1 characters long; shorten it to %L2 or fewer."),
                     m_question.anchorSenior.size(), limits::kLongText)
               : QString();
}

QString QuestionEditor::followUpsError() const
{
    const QStringList texts = kept(m_followUps.texts());
    if (texts.size() > limits::kFollowUps) {
        return tr("This question has %1 follow-ups; remove some to keep %2 or fewer.")
            .arg(texts.size())
            .arg(limits::kFollowUps);
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (texts.at(i).size() > limits::kListText)
            return tr("Follow-up %1 is %L2 characters long; shorten it to %L3 or fewer.")
                .arg(i + 1)
                .arg(texts.at(i).size())
                .arg(limits::kListText);
    }
    return {};
}

QString QuestionEditor::criteriaError() const
{
    const QStringList texts = kept(m_criteria.texts());
    if (texts.isEmpty())
        return tr("Add at least one rubric criterion.");
    if (texts.size() > limits::kCriteria) {
        return tr("This question has %1 criteria; remove some to keep %2 or fewer.")
            .arg(texts.size())
            .arg(limits::kCriteria);
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (texts.at(i).size() > limits::kListText)
            return tr("Criterion %1 is %L2 characters long; shorten it to %L3 or fewer.")
                .arg(i + 1)
                .arg(texts.at(i).size())
                .arg(limits::kListText);
    }
    return {};
}

bool QuestionEditor::valid() const
{
    return titleError().isEmpty() && categoryError().isEmpty() && minutesError().isEmpty() &&
           tagsError().isEmpty() && promptError().isEmpty() && referenceAnswerError().isEmpty() &&
           anchorJuniorError().isEmpty() && anchorMiddleError().isEmpty() &&
           anchorSeniorError().isEmpty() && followUpsError().isEmpty() && criteriaError().isEmpty();
}

void QuestionEditor::setSaveError(const QString &message)
{
    if (m_saveError == message)
        return;
    m_saveError = message;
    emit saveErrorChanged();
}

qint64 QuestionEditor::save()
{
    if (!valid()) {
        setSaveError(tr("Fix the marked fields before saving."));
        m_refusedInvalid = true;
        return 0;
    }
    Question q = current();
    bool conflicted = false;
    q.title = q.title.simplified();
    q.category = q.category.simplified();
    q.followUps = kept(q.followUps);
    q.criteria = kept(q.criteria);
    try {
        // The importers' own checks (control characters, a leading byte order mark,
        // lengths), so what the editor saves always exports and imports again.
        Question checked = q;
        if (checked.uuid.isEmpty())
            checked.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        bankcheck::normalizeQuestion(checked, tr("This question"));
        if (q.id == 0)
            q.id = m_repository.addQuestion(q);
        else if (m_database)
            conflicted = LocalSync(*m_database).saveQuestionEdit(q, m_opened);
        else
            m_repository.updateQuestion(q);
    } catch (const PanelistError &error) {
        setSaveError(error.message());
        return 0;
    }
    m_settings.remove(kDraftKey);
    emit draftChanged();
    load(*m_repository.question(q.id), false);
    emit saved(q.id);
    if (conflicted)
        emit keptAsConflict(q.title);
    return q.id;
}

bool QuestionEditor::inCodeBlock(const QString &text, int position)
{
    // A fence is a line starting (after up to three spaces) with ``` or ~~~; the block
    // it opens ends at the next fence of the same character.
    QChar open;
    qsizetype lineStart = 0;
    const qsizetype end = std::clamp<qsizetype>(position, 0, text.size());
    while (lineStart < end) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        if (lineEnd >= end)
            break; // the line the cursor is on: a fence there has not opened yet
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        const QString trimmed = line.trimmed();
        const qsizetype indent = line.indexOf(trimmed.isEmpty() ? QChar() : trimmed.front());
        if (indent <= 3 && trimmed.size() >= 3) {
            const QChar fence = trimmed.front();
            if ((fence == QLatin1Char('`') || fence == QLatin1Char('~')) &&
                trimmed.startsWith(QString(3, fence))) {
                if (open.isNull())
                    open = fence;
                else if (open == fence)
                    open = QChar();
            }
        }
        lineStart = lineEnd + 1;
    }
    return !open.isNull();
}

void QuestionEditor::discard()
{
    m_draftTimer.stop();
    m_settings.remove(kDraftKey);
    emit draftChanged();
    // A question deleted meanwhile has nothing to go back to: start blank instead.
    if (m_question.id <= 0 || !open(m_question.id))
        openNew(m_question.category);
}

void QuestionEditor::writeDraft()
{
    m_draftTimer.stop();
    if (!m_dirty)
        return;
    try {
        // The exchange format's form of the question, plus the id it is editing.
        const QJsonObject draft{{QStringLiteral("id"), m_question.id},
                                {QStringLiteral("question"), bankjson::toJson(current())}};
        m_settings.setValue(kDraftKey,
                            QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact)));
    } catch (const PanelistError &error) {
        setSaveError(tr("Could not keep a draft: %1").arg(error.message()));
        return;
    }
    emit draftChanged();
}

void QuestionEditor::flushDraft()
{
    if (m_draftTimer.isActive())
        writeDraft();
}

bool QuestionEditor::hasDraft() const
{
    return !m_settings.value(kDraftKey).isEmpty();
}

QString QuestionEditor::draftTitle() const
{
    const QJsonObject draft =
        QJsonDocument::fromJson(m_settings.value(kDraftKey).toUtf8()).object();
    return draft.value(QStringLiteral("question"))
        .toObject()
        .value(QStringLiteral("title"))
        .toString();
}

bool QuestionEditor::restoreDraft()
{
    const QJsonDocument draft = QJsonDocument::fromJson(m_settings.value(kDraftKey).toUtf8());
    if (!draft.isObject())
        return false;
    Question q = fromDraft(draft.object());
    // The question may have been deleted since; the draft then becomes a new one.
    if (q.id > 0 && !m_repository.question(q.id)) {
        q.id = 0;
        q.uuid.clear();
    }
    load(q, true);
    return true;
}

void QuestionEditor::discardDraft()
{
    m_settings.remove(kDraftKey);
    emit draftChanged();
}
