#include "interviews/debriefdesk.h"

#include "domain/errors.h"
#include "formats/debriefpdf.h"
#include "storage/database.h"
#include "storage/debriefreader.h"
#include "storage/decisionrepository.h"
#include "storage/localsync.h"
#include "storage/settingsstore.h"

#include <QJSEngine>
#include <QLocale>
#include <QRegularExpression>

namespace {

DebriefDesk *s_instance = nullptr;

QString timeText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

int sideOf(vocabulary::Recommendation value)
{
    using vocabulary::Recommendation;
    switch (value) {
    case Recommendation::Yes:
    case Recommendation::StrongYes:
        return 1;
    case Recommendation::No:
    case Recommendation::StrongNo:
        return -1;
    case Recommendation::None:
        break;
    }
    return 0;
}

QVariantMap decisionMap(const CandidateDecision &decision)
{
    return {{QStringLiteral("decision"), vocabulary::key(decision.decision)},
            {QStringLiteral("label"), vocabulary::label(decision.decision)},
            {QStringLiteral("reason"), decision.reason},
            {QStringLiteral("decidedBy"), decision.decidedBy},
            {QStringLiteral("decidedAt"), timeText(decision.decidedAt)}};
}

} // namespace

DebriefDesk::DebriefDesk(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_grid(this)
{}

DebriefDesk *DebriefDesk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "DebriefDesk", "the window must create the desk before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void DebriefDesk::setInstance(DebriefDesk *instance)
{
    s_instance = instance;
}

QString DebriefDesk::statusLabel() const
{
    return candidateId() > 0 ? vocabulary::label(m_grid.debrief().candidate.status) : QString();
}

QStringList DebriefDesk::interviewers() const
{
    QStringList names;
    for (const DebriefScorecard &card : m_grid.debrief().scorecards)
        names << (card.interviewer.isEmpty() ? tr("(no interviewer named)") : card.interviewer);
    return names;
}

QVariantList DebriefDesk::scorecards() const
{
    QVariantList list;
    const QStringList names = interviewers();
    const QList<DebriefScorecard> &cards = m_grid.debrief().scorecards;
    for (int i = 0; i < cards.size(); ++i) {
        const DebriefScorecard &card = cards.at(i);
        const QString label = vocabulary::label(card.recommendation);
        list.append(
            QVariantMap{{QStringLiteral("interviewer"), names.at(i)},
                        {QStringLiteral("plan"), card.planName},
                        {QStringLiteral("submitted"), timeText(card.endedAt)},
                        {QStringLiteral("amended"), card.amended},
                        {QStringLiteral("recommendation"), vocabulary::key(card.recommendation)},
                        {QStringLiteral("recommendationLabel"),
                         label.isEmpty() ? tr("No recommendation") : label},
                        {QStringLiteral("recommendationSide"), sideOf(card.recommendation)},
                        {QStringLiteral("summary"), card.summary},
                        {QStringLiteral("takeaways"), card.takeaways},
                        {QStringLiteral("pros"), card.pros},
                        {QStringLiteral("cons"), card.cons}});
    }
    return list;
}

bool DebriefDesk::mixedRecommendations() const
{
    return debrief::mixedRecommendations(m_grid.debrief().scorecards);
}

int DebriefDesk::disagreementCount() const
{
    return int(debrief::disagreements(m_grid.debrief()).size());
}

QString DebriefDesk::missingText() const
{
    const Debrief &d = m_grid.debrief();
    QStringList parts;
    if (d.hidden > 0)
        parts << tr("%n colleague scorecard(s) submitted: you read them once you submit your own",
                    nullptr, d.hidden);
    if (d.pending > 0)
        parts << tr("%n interview(s) of the loop not finished yet", nullptr, d.pending);
    return parts.join(QStringLiteral(" · "));
}

QVariantMap DebriefDesk::decision() const
{
    const std::optional<CandidateDecision> standing = m_grid.debrief().decision();
    return standing ? decisionMap(*standing) : QVariantMap();
}

QString DebriefDesk::decisionText() const
{
    const std::optional<CandidateDecision> standing = m_grid.debrief().decision();
    if (!standing)
        return {};
    const QString when = timeText(standing->decidedAt);
    const QString who =
        standing->decidedBy.isEmpty() ? when : standing->decidedBy + QStringLiteral(", ") + when;
    return tr("%1 — %2 (%3)").arg(vocabulary::label(standing->decision), standing->reason, who);
}

QVariantList DebriefDesk::earlierDecisions() const
{
    QVariantList list;
    const QList<CandidateDecision> &all = m_grid.debrief().decisions;
    for (int i = 1; i < all.size(); ++i)
        list.append(decisionMap(all.at(i)));
    return list;
}

bool DebriefDesk::open(int candidateId)
{
    try {
        const DebriefReader reader(m_database);
        m_viewer = reader.currentViewer();
        const std::optional<Debrief> debrief = reader.read(candidateId, m_viewer);
        if (!debrief) {
            setError(tr("There is no candidate %1 any more; it may have been removed.")
                         .arg(candidateId));
            return false;
        }
        const DecisionRepository::Authority authority = DecisionRepository(m_database).authority();
        m_canDecide = authority.allowed;
        m_refusal = authority.refusal;
        m_grid.setDebrief(*debrief);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
    setError({});
    emit changed();
    return true;
}

bool DebriefDesk::openForInterview(int interviewId)
{
    qint64 candidate = 0;
    try {
        candidate = DebriefReader(m_database).candidateOfInterview(interviewId);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
    if (candidate <= 0) {
        setError(
            tr("There is no interview %1 any more; it may have been removed.").arg(interviewId));
        return false;
    }
    return open(int(candidate));
}

QVariantList DebriefDesk::decisionChoices()
{
    QVariantList list;
    for (const vocabulary::Decision decision : vocabulary::decisions())
        list.append(QVariantMap{{QStringLiteral("key"), vocabulary::key(decision)},
                                {QStringLiteral("label"), vocabulary::label(decision)}});
    return list;
}

void DebriefDesk::reload()
{
    if (candidateId() > 0)
        open(candidateId());
}

bool DebriefDesk::decide(const QString &key, const QString &reason)
{
    const int id = candidateId();
    if (id <= 0) {
        setError(tr("Open a candidate's debrief before recording a decision."));
        return false;
    }
    const std::optional<vocabulary::Decision> decision = vocabulary::parseDecision(key);
    if (!decision) {
        setError(tr("Choose the decision: %1.")
                     .arg(vocabulary::decisionKeys().join(QStringLiteral(", "))));
        return false;
    }
    try {
        DecisionRepository decisions(m_database);
        const DecisionRepository::Authority authority = decisions.authority();
        if (!authority.allowed) {
            setError(authority.refusal);
            return false;
        }
        const std::optional<LocalSync::Team> team = LocalSync(m_database).team();
        decisions.record(id, *decision, reason, team ? team->role : m_viewer);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
    open(id);
    emit decided(id);
    return true;
}

bool DebriefDesk::exportPdf(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        setError(tr("No file was chosen for the debrief packet."));
        return false;
    }
    if (candidateId() <= 0) {
        setError(tr("Open a candidate's debrief before writing its packet."));
        return false;
    }
    try {
        debriefpdf::Options options;
        const QString size = SettingsStore(m_database).value(QStringLiteral("pdf_page_size"));
        options.pageSize =
            interviewpdf::pageSizeFromName(size).value_or(interviewpdf::PageSize::A4);
        options.author = m_viewer;
        debriefpdf::write(m_grid.debrief(), path, options);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
    setError({});
    return true;
}

QString DebriefDesk::suggestedPdfName() const
{
    static const QRegularExpression unsafe(QStringLiteral(R"([/\\:*?"<>|\x00-\x1f\x7f])"));
    QString candidate = candidateName();
    candidate.replace(unsafe, QStringLiteral("_"));
    candidate = candidate.simplified();
    while (candidate.startsWith(QLatin1Char('.')))
        candidate.remove(0, 1);
    QString name = QStringLiteral("Debrief");
    if (!candidate.isEmpty())
        name += QStringLiteral(" - ") + candidate.left(100);
    return name + QStringLiteral(" - ") + QDate::currentDate().toString(Qt::ISODate) +
           QStringLiteral(".pdf");
}

void DebriefDesk::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}
