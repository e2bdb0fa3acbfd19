#include "bank/questionbank.h"

#include "formats/textfile.h"

#include "domain/errors.h"
#include "domain/wallclock.h"
#include "storage/bankfiles.h"

#include <QDate>
#include <QJSEngine>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTimer>

namespace {
QuestionBank *s_instance = nullptr;
}

QuestionBank::QuestionBank(BankRepository &repository, SettingsStore &settings,
                           QString databaseLocation, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_questions(repository)
    , m_picker(repository)
    , m_editor(repository, settings)
    , m_categories(repository.categoryRepository())
    , m_importJob(databaseLocation)
    , m_facetCounter(databaseLocation)
    , m_databaseLocation(std::move(databaseLocation))
{
    m_questions.setFacetCounter(&m_facetCounter);
    // Counted on the worker once the window is up; filter menus are not open at start.
    QTimer::singleShot(QuestionListModel::kFacetDelayMs, &m_questions,
                       &QuestionListModel::refreshFacets);
    connect(&m_editor, &QuestionEditor::saved, this, &QuestionBank::afterChange);
    connect(&m_editor, &QuestionEditor::keptAsConflict, this, [this](const QString &title) {
        setMessage(tr("A teammate changed “%1” while you edited it: their text is current "
                      "here and yours is kept as a conflict to resolve (the header's "
                      "conflicts).")
                       .arg(title));
    });
    connect(&m_categories, &CategoryListModel::categoriesEdited, this, [this] {
        m_questions.reload();
        m_picker.reload();
        m_questions.refreshFacets();
        ++m_revision;
        emit bankChanged();
    });
    // The import's summary is the progress dialog's to show (importJob.summary), not
    // the snackbar's too.
    connect(&m_importJob, &BankImportJob::finished, this, [this] {
        if (m_importJob.succeeded())
            afterChange();
    });
}

QuestionBank *QuestionBank::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "QuestionBank", "main() must create the bank before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void QuestionBank::setInstance(QuestionBank *instance)
{
    s_instance = instance;
}

int QuestionBank::questionCount() const
{
    return m_repository.questionCount();
}

QVariantMap QuestionBank::question(qint64 id) const
{
    const std::optional<Question> q = m_repository.question(id);
    if (!q)
        return {};
    // The anchors in the order of Vocabulary.levels.
    QStringList anchors;
    for (vocabulary::Level level : vocabulary::levels()) {
        anchors << (level == vocabulary::Level::Junior   ? q->anchorJunior
                    : level == vocabulary::Level::Middle ? q->anchorMiddle
                                                         : q->anchorSenior);
    }
    return {{QStringLiteral("id"), q->id},
            {QStringLiteral("uuid"), q->uuid},
            {QStringLiteral("title"), q->title},
            {QStringLiteral("prompt"), q->prompt},
            {QStringLiteral("category"), q->category},
            {QStringLiteral("level"), int(q->level)},
            {QStringLiteral("levelLabel"), vocabulary::label(q->level)},
            {QStringLiteral("kind"), int(q->kind)},
            {QStringLiteral("kindLabel"), vocabulary::label(q->kind)},
            {QStringLiteral("minutes"), q->minutes},
            {QStringLiteral("referenceAnswer"), q->referenceAnswer},
            {QStringLiteral("tags"), q->tags},
            {QStringLiteral("followUps"), q->followUps},
            {QStringLiteral("criteria"), q->criteria},
            {QStringLiteral("anchorJunior"), q->anchorJunior},
            {QStringLiteral("anchorMiddle"), q->anchorMiddle},
            {QStringLiteral("anchorSenior"), q->anchorSenior},
            {QStringLiteral("anchors"), anchors},
            {QStringLiteral("archived"), q->archived},
            {QStringLiteral("updatedAt"), q->updatedAt.toLocalTime()}};
}

bool QuestionBank::setArchived(qint64 id, bool archived)
{
    const std::optional<Question> q = m_repository.question(id);
    if (!q)
        return false;
    try {
        m_repository.setArchived(id, archived);
    } catch (const PanelistError &error) {
        setMessage(error.message());
        return false;
    }
    setMessage(archived ? tr("Archived “%1”.").arg(q->title) : tr("Restored “%1”.").arg(q->title));
    afterChange();
    return true;
}

bool QuestionBank::remove(qint64 id)
{
    const std::optional<Question> q = m_repository.question(id);
    if (!q)
        return false;
    try {
        m_repository.removeQuestion(id);
    } catch (const PanelistError &error) {
        setMessage(error.message());
        return false;
    }
    setMessage(tr("Deleted “%1”.").arg(q->title));
    afterChange();
    return true;
}

bool QuestionBank::exportTo(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    try {
        const BankDocument document = bankfiles::snapshot(m_repository);
        bankfiles::write(path, document);
        setMessage(
            tr("Exported %n question(s) to %1.", "", int(document.questions.size())).arg(path));
        return true;
    } catch (const PanelistError &error) {
        setMessage(error.message());
        return false;
    }
}

QUrl QuestionBank::suggestedExportFile(const QString &extension) const
{
    return QUrl::fromLocalFile(
        textfile::defaultFolder() +
        QStringLiteral("/panelist-bank-%1.%2")
            .arg(wallclock::now().toLocalTime().date().toString(Qt::ISODate), extension));
}

void QuestionBank::afterChange()
{
    m_questions.refresh();
    m_picker.reload();
    m_questions.refreshFacets();
    m_categories.reload();
    ++m_revision;
    emit bankChanged();
}

void QuestionBank::setMessage(const QString &message)
{
    m_message = message;
    emit messageChanged();
}
