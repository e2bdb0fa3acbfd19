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
    titles += m_categories;
    for (const QuestionColumn &question : m_questions)
        titles << question.title;
    return titles;
}

QVariant CompareModel::value(const Row &row, int column) const
{
    if (column == RecommendationColumn) {
        const int rank = recommendationRank(row.recommendation);
        return rank > 0 ? QVariant(rank) : QVariant();
    }
    if (column == OverallColumn)
        return row.overall;
    const int score = column - firstCategoryColumn();
    if (score >= 0 && score < row.scores.size())
        return row.scores.at(score);
    return {};
}

QString CompareModel::text(const Row &row, int column) const
{
    switch (column) {
    case CandidateColumn:
        return row.live ? tr("%1 (live)").arg(row.candidate) : row.candidate;
    case DateColumn:
        return row.startedAt.isValid()
                   ? QLocale().toString(row.startedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case RecommendationColumn:
        return vocabulary::label(row.recommendation);
    default:
        break;
    }
    const QVariant number = value(row, column);
    if (number.isNull())
        return QStringLiteral("–");
    if (column < firstQuestionColumn())
        return QString::number(number.toDouble(), 'f', 1);
    return QString::number(number.toInt());
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
        return row.id;
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
    return {{Qt::DisplayRole, "display"},
            {ValueRole, "value"},
            {IsScoreRole, "isScore"},
            {LiveRole, "live"},
            {InterviewIdRole, "interviewId"}};
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
        }
        setError({});
    } catch (const PanelistError &e) {
        setError(e.message());
    }

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
    QStringList categories;
    for (const QuestionColumn &question : std::as_const(questions)) {
        if (!categories.contains(question.category))
            categories << question.category;
    }
    QHash<QString, int> questionColumn;
    for (int i = 0; i < questions.size(); ++i)
        questionColumn.insert(questions.at(i).key, i);

    QList<Row> rows;
    for (int n = 0; n < interviews.size(); ++n) {
        const Interview &interview = interviews.at(n);
        Row row;
        row.id = interview.id;
        row.candidate = interview.candidate;
        row.startedAt = interview.startedAt;
        row.recommendation = interview.recommendation;
        row.live = interview.status == vocabulary::InterviewStatus::Live;
        const scoring::Tally overall = scoring::overall(interview.items);
        if (overall.hasScore())
            row.overall = overall.average();
        QList<QVariant> questionScores(questions.size());
        for (int i = 0; i < interview.items.size(); ++i) {
            const InterviewItem &item = interview.items.at(i);
            if (scoring::isScored(item.score))
                questionScores[questionColumn.value(keysOf.at(n).at(i))] = item.score;
        }
        const QList<scoring::Tally> tallies = scoring::byCategory(interview.items);
        for (const QString &category : std::as_const(categories)) {
            const auto tally =
                std::find_if(tallies.cbegin(), tallies.cend(),
                             [&](const scoring::Tally &t) { return t.category == category; });
            row.scores << (tally != tallies.cend() && tally->hasScore() ? QVariant(tally->average())
                                                                        : QVariant());
        }
        row.scores += questionScores;
        rows << row;
    }

    beginResetModel();
    m_planName = interviews.isEmpty() ? QString() : interviews.constLast().planName;
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
            if (column >= OverallColumn)
                fields << csv::Field{value(row, column).isNull() ? QString() : text(row, column),
                                     csv::Field::Kind::Number};
            else
                fields << csv::Field{text(row, column)};
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
