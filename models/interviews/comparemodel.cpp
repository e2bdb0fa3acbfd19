#include "interviews/comparemodel.h"

#include "domain/errors.h"
#include "domain/scoring.h"
#include "formats/csv.h"
#include "formats/textfile.h"
#include "storage/interviewrepository.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace {

// Strong no 1 … strong yes 4; 0 for none.
int recommendationRank(vocabulary::Recommendation value)
{
    return int(vocabulary::recommendations().indexOf(value)) + 1;
}

} // namespace

CompareModel::CompareModel(InterviewRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    loadPlans();
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : firstQuestionColumn() + int(m_questions.size());
}

QStringList CompareModel::headers() const
{
    QStringList titles{tr("Candidate"), tr("Started"), tr("Recommendation"), tr("Overall")};
    titles += m_competencies;
    titles += m_categories;
    for (const QuestionColumn &question : m_questions)
        titles << question.title;
    return titles;
}

QVariant CompareModel::value(const Row &row, int column) const
{
    if (column == RecommendationColumn) {
        if (row.recommendations.isEmpty())
            return {};
        double sum = 0;
        for (const vocabulary::Recommendation recommendation : row.recommendations)
            sum += recommendationRank(recommendation);
        return sum / double(row.recommendations.size());
    }
    if (column == OverallColumn)
        return row.overall;
    const int competency = column - firstCompetencyColumn();
    if (competency >= 0 && competency < row.spreads.size()) {
        const scoring::Spread &spread = row.spreads.at(competency);
        return spread.count > 0 ? QVariant(spread.mean) : QVariant();
    }
    const int score = column - firstCategoryColumn();
    if (score >= 0 && score < row.scores.size())
        return row.scores.at(score);
    return {};
}

QString CompareModel::text(const Row &row, int column, const QLocale &numbers) const
{
    switch (column) {
    case CandidateColumn:
        return row.live ? tr("%1 (live)").arg(row.candidate) : row.candidate;
    case DateColumn:
        return row.startedAt.isValid()
                   ? QLocale().toString(row.startedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case RecommendationColumn: {
        QStringList labels;
        for (const vocabulary::Recommendation recommendation : row.recommendations)
            labels << vocabulary::label(recommendation);
        return labels.join(QStringLiteral(", "));
    }
    default:
        break;
    }
    const QVariant number = value(row, column);
    if (number.isNull())
        return QStringLiteral("–");
    const int competency = column - firstCompetencyColumn();
    if (competency >= 0 && competency < row.spreads.size()) {
        const scoring::Spread &spread = row.spreads.at(competency);
        const QString mean = numbers.toString(spread.mean, 'f', 1);
        return spread.count >= 2 ? tr("%1 (%2–%3)").arg(mean).arg(spread.low).arg(spread.high)
                                 : mean;
    }
    // A question scored in one interview (or the same in all) shows its whole score.
    const double score = number.toDouble();
    if (column >= firstQuestionColumn() && score == double(qRound(score)))
        return numbers.toString(qRound(score));
    return numbers.toString(score, 'f', 1);
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case ValueRole:
        return value(row, index.column());
    case IsScoreRole:
        return index.column() >= OverallColumn;
    case LiveRole:
        return row.live;
    case InterviewIdRole:
        return row.ids.isEmpty() ? QVariant() : QVariant(row.ids.constLast());
    case InterviewIdsRole: {
        QVariantList ids;
        for (const qint64 id : row.ids)
            ids << id;
        return ids;
    }
    case CandidateIdRole:
        return row.candidateId;
    case DisagreementRole: {
        const int competency = index.column() - firstCompetencyColumn();
        return competency >= 0 && competency < row.spreads.size() &&
               row.spreads.at(competency).disagreement();
    }
    case RatingsRole: {
        const int competency = index.column() - firstCompetencyColumn();
        QVariantList ratings;
        if (competency >= 0 && competency < row.ratings.size()) {
            for (const int rating : row.ratings.at(competency))
                ratings << rating;
        }
        return ratings;
    }
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_rows.size() ? QVariant(section + 1) : QVariant();
    const QStringList titles = headers();
    return section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

QHash<int, QByteArray> CompareModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},     {ValueRole, "value"},
            {IsScoreRole, "isScore"},         {LiveRole, "live"},
            {InterviewIdRole, "interviewId"}, {InterviewIdsRole, "interviewIds"},
            {CandidateIdRole, "candidateId"}, {DisagreementRole, "disagreement"},
            {RatingsRole, "ratings"}};
}

void CompareModel::setPlan(int planId)
{
    m_planId = std::max(0, planId);
    load();
}

void CompareModel::refresh()
{
    loadPlans();
    load();
}

void CompareModel::loadPlans()
{
    QList<InterviewSummary> all;
    try {
        all = m_repository.interviews();
    } catch (const PanelistError &e) {
        setError(e.message());
        return;
    }
    // Named as the newest interview of the plan has it (the list is newest first).
    QHash<qint64, QString> names;
    QHash<qint64, int> counts;
    for (const InterviewSummary &row : std::as_const(all)) {
        if (row.planId <= 0 || row.status == vocabulary::InterviewStatus::Planned)
            continue;
        if (!names.contains(row.planId))
            names.insert(row.planId, row.planName);
        ++counts[row.planId];
    }
    QMap<QString, QVariantMap> byName;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        byName.insert(it.value().toLower() + QChar(0) + QString::number(it.key()),
                      {{QStringLiteral("planId"), int(it.key())},
                       {QStringLiteral("planName"), it.value()},
                       {QStringLiteral("count"), counts.value(it.key())}});
    QVariantList plans;
    for (const QVariantMap &plan : std::as_const(byName))
        plans.append(plan);
    if (plans != m_plans) {
        m_plans = plans;
        emit plansChanged();
    }
}

void CompareModel::load()
{
    QList<Interview> interviews;
    QList<Scorecard> cards;
    try {
        if (m_planId > 0) {
            const QList<InterviewSummary> all = m_repository.interviews();
            // Oldest first, so the columns follow the plan as it was first run.
            QList<qint64> ids;
            for (auto it = all.crbegin(); it != all.crend(); ++it) {
                if (it->planId == m_planId &&
                    (it->status == vocabulary::InterviewStatus::Finished ||
                     it->status == vocabulary::InterviewStatus::Live))
                    ids.append(it->id);
            }
            interviews = m_repository.interviews(ids);
            cards = m_repository.scorecards(ids);
        }
        setError({});
    } catch (const PanelistError &e) {
        setError(e.message());
        interviews.clear();
        cards.clear();
    }
    QHash<qint64, const Scorecard *> cardOf;
    for (const Scorecard &card : std::as_const(cards))
        cardOf.insert(card.interviewId, &card);

    // The union of the questions, each inserted after the one before it in the first
    // interview that had it.
    QList<QuestionColumn> questions;
    QList<QList<QString>> keysOf; // per interview, per item
    for (const Interview &interview : std::as_const(interviews)) {
        QHash<QString, int> seen;
        QList<QString> keys;
        int previous = -1;
        for (const InterviewItem &item : interview.items) {
            const QString base = item.questionUuid.isEmpty() ? item.title : item.questionUuid;
            const QString key = base + QLatin1Char('#') + QString::number(seen[base]++);
            keys << key;
            const auto found = std::find_if(questions.cbegin(), questions.cend(),
                                            [&](const QuestionColumn &q) { return q.key == key; });
            if (found != questions.cend()) {
                previous = int(found - questions.cbegin());
            } else {
                questions.insert(previous + 1, {key, item.title, scoring::categoryOf(item)});
                ++previous;
            }
        }
        keysOf << keys;
    }
    // The competencies the same way, by name (case-insensitive, as Scorecard::ratingOf).
    QStringList competencies;
    for (const Interview &interview : std::as_const(interviews)) {
        int previous = -1;
        for (const InterviewCompetency &competency : interview.competencies) {
            const auto found =
                std::find_if(competencies.cbegin(), competencies.cend(), [&](const QString &name) {
                    return name.compare(competency.name, Qt::CaseInsensitive) == 0;
                });
            if (found != competencies.cend()) {
                previous = int(found - competencies.cbegin());
            } else {
                competencies.insert(previous + 1, competency.name);
                ++previous;
            }
        }
    }
    QStringList categories;
    for (const QuestionColumn &question : std::as_const(questions)) {
        if (!categories.contains(question.category))
            categories << question.category;
    }
    QHash<QString, int> questionColumn;
    for (int i = 0; i < questions.size(); ++i)
        questionColumn.insert(questions.at(i).key, i);

    // One row per candidate, in the order of their first interview; an interview without a
    // candidate id (none is written without one) stands for itself.
    QList<Row> rows;
    QHash<qint64, int> rowOfCandidate;
    QList<QList<int>> interviewsOf; // per row: indexes into `interviews`
    for (int n = 0; n < interviews.size(); ++n) {
        const Interview &interview = interviews.at(n);
        const Scorecard *card = cardOf.value(interview.id);
        const qint64 candidateId = card ? card->candidateId : 0;
        int at = candidateId > 0 ? int(rowOfCandidate.value(candidateId, -1)) : -1;
        if (at < 0) {
            at = int(rows.size());
            Row row;
            row.candidateId = candidateId;
            row.startedAt = interview.startedAt;
            rows << row;
            interviewsOf << QList<int>();
            if (candidateId > 0)
                rowOfCandidate.insert(candidateId, at);
        }
        Row &row = rows[at];
        row.ids << interview.id;
        row.candidate = interview.candidate;
        if (interview.startedAt.isValid() &&
            (!row.startedAt.isValid() || interview.startedAt < row.startedAt))
            row.startedAt = interview.startedAt;
        if (interview.status == vocabulary::InterviewStatus::Live)
            row.live = true;
        else if (interview.recommendation != vocabulary::Recommendation::None)
            row.recommendations << interview.recommendation;
        interviewsOf[at] << n;
    }

    for (int r = 0; r < rows.size(); ++r) {
        Row &row = rows[r];
        QList<InterviewItem> items;
        QList<double> sums(questions.size(), 0.0);
        QList<int> counts(questions.size(), 0);
        row.ratings = QList<QList<int>>(competencies.size());
        for (const int n : std::as_const(interviewsOf.at(r))) {
            const Interview &interview = interviews.at(n);
            items += interview.items;
            for (int i = 0; i < interview.items.size(); ++i) {
                const InterviewItem &item = interview.items.at(i);
                if (!scoring::isScored(item.score))
                    continue;
                const int column = questionColumn.value(keysOf.at(n).at(i));
                sums[column] += item.score;
                ++counts[column];
            }
            // Only a submitted scorecard (a finished interview) rates.
            const Scorecard *card = cardOf.value(interview.id);
            if (!card || !card->submitted)
                continue;
            for (int c = 0; c < competencies.size(); ++c) {
                const int rating = card->ratingOf(competencies.at(c));
                if (vocabulary::isRating(rating))
                    row.ratings[c] << rating;
            }
        }
        for (const QList<int> &ratings : std::as_const(row.ratings))
            row.spreads << scoring::spreadOf(ratings);
        const scoring::Tally overall = scoring::overall(items);
        if (overall.hasScore())
            row.overall = overall.average();
        const QList<scoring::Tally> tallies = scoring::byCategory(items);
        for (const QString &category : std::as_const(categories)) {
            const auto tally =
                std::find_if(tallies.cbegin(), tallies.cend(),
                             [&](const scoring::Tally &t) { return t.category == category; });
            row.scores << (tally != tallies.cend() && tally->hasScore() ? QVariant(tally->average())
                                                                        : QVariant());
        }
        for (int i = 0; i < questions.size(); ++i)
            row.scores << (counts.at(i) > 0 ? QVariant(sums.at(i) / counts.at(i)) : QVariant());
    }

    beginResetModel();
    m_planName = interviews.isEmpty() ? QString() : interviews.constLast().planName;
    m_competencies = competencies;
    m_categories = categories;
    m_questions = questions;
    m_rows = rows;
    if (m_sortColumn >= columnCount())
        m_sortColumn = DateColumn;
    sortRows();
    endResetModel();
    emit planChanged();
}

void CompareModel::sortBy(int column, bool ascending)
{
    if (column < 0 || column >= columnCount())
        return;
    const bool changes = column != m_sortColumn || ascending != m_sortAscending;
    m_sortColumn = column;
    m_sortAscending = ascending;
    beginResetModel();
    sortRows();
    endResetModel();
    if (changes)
        emit sortChanged();
}

void CompareModel::sortRows()
{
    // By date first, so equal keys keep the order of the interviews.
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.startedAt < b.startedAt; });
    const int column = m_sortColumn;
    const bool ascending = m_sortAscending;
    if (column == DateColumn) {
        if (!ascending)
            std::reverse(m_rows.begin(), m_rows.end());
        return;
    }
    if (column == CandidateColumn) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
            const int order = collator.compare(a.candidate, b.candidate);
            return ascending ? order < 0 : order > 0;
        });
        return;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        const QVariant x = value(a, column);
        const QVariant y = value(b, column);
        if (x.isNull() || y.isNull())
            return !x.isNull() && y.isNull(); // empty last
        return ascending ? x.toDouble() < y.toDouble() : x.toDouble() > y.toDouble();
    });
}

QList<csv::Row> CompareModel::table() const
{
    QList<csv::Row> rows;
    csv::Row fields;
    for (const QString &title : headers())
        fields << csv::Field{title};
    rows << fields;
    const int columns = columnCount();
    for (const Row &row : m_rows) {
        fields.clear();
        for (int column = 0; column < columns; ++column) {
            const int competency = column - firstCompetencyColumn();
            if (competency >= 0 && competency < row.spreads.size()) {
                // "3.5 (3–4)", and a disagreement said, since the file has no colours.
                const QString shown =
                    value(row, column).isNull() ? QString() : text(row, column, QLocale::c());
                fields << csv::Field{row.spreads.at(competency).disagreement()
                                         ? tr("%1 disagreement").arg(shown)
                                         : shown};
            } else if (column >= OverallColumn) {
                fields << csv::Field{value(row, column).isNull() ? QString()
                                                                 : text(row, column, QLocale::c()),
                                     csv::Field::Kind::Number};
            } else {
                fields << csv::Field{text(row, column)};
            }
        }
        rows << fields;
    }
    return rows;
}

QString CompareModel::csv() const
{
    return QString::fromUtf8(csv::encode(table()));
}

bool CompareModel::exportCsv(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        setError(tr("No file was chosen for the table."));
        return false;
    }
    // Written whole to a new file (owner only) and renamed, or not at all: an older file
    // stays as it was when the disk is full.
    try {
        textfile::write(path, csv::encode(table()));
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
    setError({});
    return true;
}

void CompareModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}
