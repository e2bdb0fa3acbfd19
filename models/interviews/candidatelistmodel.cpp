#include "interviews/candidatelistmodel.h"

#include "domain/errors.h"
#include "storage/candidaterepository.h"

#include <QLocale>
#include <QMap>
#include <QVariantMap>
#include <algorithm>

using vocabulary::CandidateStage;
using vocabulary::CandidateStatus;

CandidateListModel::CandidateListModel(const CandidateRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    refresh();
}

int CandidateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

bool CandidateListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not from a view's answer to the reset itself: rows are inserted once it is over.
    return !parent.isValid() && !m_holdCurrent && m_shown < m_rows.size();
}

void CandidateListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min<int>(kBatch, int(m_rows.size()) - m_shown);
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

QVariant CandidateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_all.at(m_rows.at(index.row()));
    const CandidateOverview &row = entry.overview;
    switch (role) {
    case IdRole:
        return row.candidate.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.candidate.name;
    case EmailRole:
        return row.candidate.email;
    case RoleRole:
        return row.candidate.role;
    case StatusRole:
        return int(row.candidate.status);
    case StatusKeyRole:
        return vocabulary::key(row.candidate.status);
    case StatusLabelRole:
        return vocabulary::label(row.candidate.status);
    case StageRole:
        return int(entry.stage);
    case StageLabelRole:
        return vocabulary::label(entry.stage);
    case ProgressTextRole:
        return candidates::progressText(row);
    case InterviewsRole:
        return row.interviews;
    case FinishedRole:
        return row.finished;
    case LastActivityRole:
        return row.lastActivity.isValid()
                   ? QLocale().toString(row.lastActivity.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> CandidateListModel::roleNames() const
{
    return {{IdRole, "candidateId"},
            {NameRole, "name"},
            {EmailRole, "email"},
            {RoleRole, "role"},
            {StatusRole, "status"},
            {StatusKeyRole, "statusKey"},
            {StatusLabelRole, "statusLabel"},
            {StageRole, "stage"},
            {StageLabelRole, "stageLabel"},
            {ProgressTextRole, "progressText"},
            {InterviewsRole, "interviews"},
            {FinishedRole, "finished"},
            {LastActivityRole, "lastActivity"}};
}

void CandidateListModel::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    emit searchChanged();
    applyFilters();
}

void CandidateListModel::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged();
    applyFilters();
}

void CandidateListModel::setStage(const QString &stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged();
    applyFilters();
}

void CandidateListModel::setRole(const QString &role)
{
    if (m_role == role)
        return;
    m_role = role;
    emit roleChanged();
    applyFilters();
}

QVariantList CandidateListModel::statusChoices()
{
    QVariantList choices{QVariantMap{{QStringLiteral("key"), QString()},
                                     {QStringLiteral("label"), tr("Any status")}}};
    for (const CandidateStatus status : vocabulary::candidateStatuses())
        choices.append(QVariantMap{{QStringLiteral("key"), vocabulary::key(status)},
                                   {QStringLiteral("label"), vocabulary::label(status)}});
    return choices;
}

QVariantList CandidateListModel::stageChoices()
{
    QVariantList choices{QVariantMap{{QStringLiteral("key"), QString()},
                                     {QStringLiteral("label"), tr("Any stage")}}};
    for (const CandidateStage stage : vocabulary::candidateStages())
        choices.append(QVariantMap{{QStringLiteral("key"), vocabulary::key(stage)},
                                   {QStringLiteral("label"), vocabulary::label(stage)}});
    return choices;
}

void CandidateListModel::setCurrentId(int id)
{
    // A view moves its current index while the rows are replaced; the candidate stays.
    if (m_holdCurrent || m_currentId == id)
        return;
    m_currentId = id;
    emit currentIdChanged();
    const int row = currentRow();
    if (row != m_lastRow) {
        m_lastRow = row;
        emit currentRowChanged();
    }
}

int CandidateListModel::indexOf(int id) const
{
    if (id <= 0)
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_all.at(m_rows.at(row)).overview.candidate.id == id)
            return row;
    }
    return -1;
}

int CandidateListModel::rowOf(int id) const
{
    const int row = indexOf(id);
    return row < m_shown ? row : -1;
}

int CandidateListModel::idAt(int row) const
{
    if (row < 0 || row >= m_shown)
        return 0;
    return int(m_all.at(m_rows.at(row)).overview.candidate.id);
}

const CandidateOverview *CandidateListModel::overview(qint64 id) const
{
    for (const Entry &entry : m_all) {
        if (entry.overview.candidate.id == id)
            return &entry.overview;
    }
    return nullptr;
}

void CandidateListModel::refresh()
{
    QList<CandidateOverview> rows;
    try {
        rows = m_repository.list();
    } catch (const PanelistError &e) {
        emit failed(e.message());
        return;
    }
    const int before = int(m_all.size());
    m_all.clear();
    m_all.reserve(rows.size());
    QMap<QString, QString> roles; // by folded text: one entry per role whatever its case
    for (const CandidateOverview &row : std::as_const(rows)) {
        m_all.append({row, candidates::searchText(row.candidate), candidates::stage(row)});
        const QString role = row.candidate.role.trimmed();
        if (!role.isEmpty() && !roles.contains(role.toCaseFolded()))
            roles.insert(role.toCaseFolded(), role);
    }
    QVariantList choices{QVariantMap{{QStringLiteral("key"), QString()},
                                     {QStringLiteral("label"), tr("All roles")}}};
    for (const QString &role : std::as_const(roles))
        choices.append(QVariantMap{{QStringLiteral("key"), role}, {QStringLiteral("label"), role}});
    if (choices != m_roleChoices) {
        m_roleChoices = choices;
        emit roleChoicesChanged();
    }
    if (before != m_all.size())
        emit totalCountChanged();
    applyFilters();
}

bool CandidateListModel::matches(const Entry &entry, const QStringList &words) const
{
    const Candidate &candidate = entry.overview.candidate;
    if (!m_status.isEmpty() && vocabulary::key(candidate.status) != m_status)
        return false;
    if (!m_stage.isEmpty() && vocabulary::key(entry.stage) != m_stage)
        return false;
    if (!m_role.isEmpty() && candidate.role.trimmed().compare(m_role, Qt::CaseInsensitive) != 0)
        return false;
    return candidates::matchesSearch(entry.haystack, words);
}

void CandidateListModel::applyFilters()
{
    const QStringList words = candidates::searchWords(m_search);
    QList<int> rows;
    for (int i = 0; i < m_all.size(); ++i) {
        if (matches(m_all.at(i), words))
            rows.append(i);
    }
    const bool countChanges = rows.size() != m_rows.size();
    m_holdCurrent = true;
    beginResetModel();
    m_rows = rows;
    // As many batches as reach the current candidate, so the view can select them.
    const int current = indexOf(m_currentId);
    const int batches = current < 0 ? 1 : current / kBatch + 1;
    m_shown = std::min<int>(batches * kBatch, int(m_rows.size()));
    endResetModel();
    m_holdCurrent = false;
    if (countChanges)
        emit countChanged();
    const int row = currentRow();
    // Emitted after every reset: the view's current index was dropped with the rows.
    m_lastRow = row;
    emit currentRowChanged();
}
