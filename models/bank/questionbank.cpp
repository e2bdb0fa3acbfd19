#include "questionbank.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace {
QuestionBank *s_instance = nullptr;
}

QuestionBank::QuestionBank(BankRepository &repository, QString databaseLocation, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_questions(repository)
    , m_databaseLocation(std::move(databaseLocation))
{}

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
    return {{QStringLiteral("id"), q->id},
            {QStringLiteral("uuid"), q->uuid},
            {QStringLiteral("title"), q->title},
            {QStringLiteral("prompt"), q->prompt},
            {QStringLiteral("category"), q->category},
            {QStringLiteral("level"), q->level},
            {QStringLiteral("kind"), q->kind},
            {QStringLiteral("minutes"), q->minutes},
            {QStringLiteral("referenceAnswer"), q->referenceAnswer},
            {QStringLiteral("tags"), q->tags},
            {QStringLiteral("followUps"), q->followUps},
            {QStringLiteral("criteria"), q->criteria},
            {QStringLiteral("anchorJunior"), q->anchorJunior},
            {QStringLiteral("anchorMiddle"), q->anchorMiddle},
            {QStringLiteral("anchorSenior"), q->anchorSenior},
            {QStringLiteral("archived"), q->archived}};
}
