#include "questioneditor.h"

#include "bankrepository.h"
#include "exchange/bankjson.h"
#include "storage/errors.h"
#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    q.level = o.value(QStringLiteral("level")).toString(QStringLiteral("middle"));
    q.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("technical"));
    q.minutes = o.value(QStringLiteral("minutes")).toInt(5);
    q.tags = strings(o.value(QStringLiteral("tags")));
    q.referenceAnswer = o.value(QStringLiteral("referenceAnswer")).toString();
    q.followUps = strings(o.value(QStringLiteral("followUps")));
    q.criteria = strings(o.value(QStringLiteral("criteria")));
    q.anchorJunior = anchors.value(QStringLiteral("junior")).toString();
    q.anchorMiddle = anchors.value(QStringLiteral("middle")).toString();
    q.anchorSenior = anchors.value(QStringLiteral("senior")).toString();
    q.archived = o.value(QStringLiteral("archived")).toBool();
    return q;
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
    m_followUps.setTexts(question.followUps);
    m_criteria.setTexts(question.criteria);
    m_loading = false;
    m_dirty = dirty;
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
    question->title = tr("%1 (copy)").arg(question->title);
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
    if (!m_dirty) {
        m_dirty = true;
        emit dirtyChanged();
    }
    m_draftTimer.start();
}

QString QuestionEditor::titleError() const
{
    return m_question.title.trimmed().isEmpty() ? tr("A title is required.") : QString();
}

QString QuestionEditor::categoryError() const
{
    return m_question.category.trimmed().isEmpty() ? tr("Choose or type a category.") : QString();
}

QString QuestionEditor::minutesError() const
{
    return m_question.minutes < 1 || m_question.minutes > 90
               ? tr("Minutes must be between 1 and 90.")
               : QString();
}

QString QuestionEditor::criteriaError() const
{
    const QStringList texts = m_criteria.texts();
    const bool any = std::any_of(texts.cbegin(), texts.cend(),
                                 [](const QString &t) { return !t.trimmed().isEmpty(); });
    return any ? QString() : tr("Add at least one rubric criterion.");
}

bool QuestionEditor::valid() const
{
    return titleError().isEmpty() && categoryError().isEmpty() && minutesError().isEmpty() &&
           criteriaError().isEmpty();
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
        return 0;
    }
    Question q = current();
    q.title = q.title.simplified();
    q.category = q.category.simplified();
    for (QStringList *list : {&q.followUps, &q.criteria}) {
        for (QString &text : *list)
            text = text.trimmed();
        list->removeAll(QString());
    }
    try {
        if (q.id == 0)
            q.id = m_repository.addQuestion(q);
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
    return q.id;
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
