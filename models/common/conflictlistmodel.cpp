#include "common/conflictlistmodel.h"

#include "domain/errors.h"
#include "formats/teampayload.h"

#include <QJsonArray>

#include <algorithm>

using vocabulary::EntityKind;

ConflictListModel::ConflictListModel(Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_local(database)
{
    reload();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

namespace {

// The entity's title, or its uuid when neither side names it.
QString displayTitle(const LocalSync::Conflict &conflict)
{
    const QString title = conflict.title();
    return title.isEmpty() ? conflict.uuid : title;
}

// The value at `key`, "anchors.junior" reaching into an object.
QJsonValue valueAt(const QJsonObject &payload, const QString &key)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return payload.value(key);
    return payload.value(key.left(dot)).toObject().value(key.mid(dot + 1));
}

void setValueAt(QJsonObject &payload, const QString &key, const QJsonValue &value)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        payload.insert(key, value);
        return;
    }
    QJsonObject inner = payload.value(key.left(dot)).toObject();
    inner.insert(key.mid(dot + 1), value);
    payload.insert(key.left(dot), inner);
}

} // namespace

QString ConflictListModel::sideText(const LocalSync::Conflict &conflict, bool mine) const
{
    const std::optional<QJsonObject> &side = mine ? conflict.mine : conflict.theirs;
    if (!side)
        return mine ? tr("Deleted here.") : tr("Deleted on the team's server.");
    const std::optional<QJsonObject> &other = mine ? conflict.theirs : conflict.mine;
    QStringList parts;
    for (const Field &field : fieldsOf(conflict.kind)) {
        if (other && valueAt(*side, field.key) == valueAt(*other, field.key))
            continue;
        const QString text = readable(conflict.kind, field, *side);
        parts << tr("%1: %2").arg(field.label, text.isEmpty() ? tr("(empty)") : text);
    }
    if (parts.isEmpty())
        parts << tr("Other details differ (times, order or flags).");
    return parts.join(QLatin1Char('\n'));
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_conflicts.size())
        return {};
    const LocalSync::Conflict &conflict = m_conflicts.at(index.row());
    switch (role) {
    case ConflictIdRole:
        return conflict.id;
    case KindLabelRole:
        return vocabulary::label(conflict.kind);
    case Qt::DisplayRole:
    case TitleRole:
        return displayTitle(conflict);
    case WhatRole:
        if (!conflict.mine)
            return tr("Deleted here, edited on the team's server");
        if (!conflict.theirs)
            return tr("Edited here, deleted on the team's server");
        if (conflict.kind == EntityKind::Interview)
            return tr("Amended here and on the team's server");
        return tr("Edited here and on the team's server");
    case MineTextRole:
        return sideText(conflict, true);
    case TheirsTextRole:
        return sideText(conflict, false);
    case CanMergeRole:
        return conflict.mine.has_value() && conflict.theirs.has_value();
    }
    return {};
}

QHash<int, QByteArray> ConflictListModel::roleNames() const
{
    return {{ConflictIdRole, "conflictId"}, {KindLabelRole, "kindLabel"},
            {TitleRole, "title"},           {WhatRole, "what"},
            {MineTextRole, "mineText"},     {TheirsTextRole, "theirsText"},
            {CanMergeRole, "canMerge"}};
}

void ConflictListModel::reload()
{
    QList<LocalSync::Conflict> conflicts;
    try {
        conflicts = m_local.conflicts();
    } catch (const PanelistError &error) {
        // The file is busy beyond the busy timeout (the sync worker writing): the list
        // stays as it was and the next status change reads it again.
        setError(error.message());
        return;
    }
    // Row by row, never a reset: the dialog's cards stay where they are unless theirs
    // went (a reset under a Repeater in a layout rebuilds every card, and Qt 6.4's
    // layouts can then touch a card being destroyed).
    const qsizetype before = m_conflicts.size();
    const auto idIn = [](const QList<LocalSync::Conflict> &list, qint64 id) {
        return std::any_of(list.cbegin(), list.cend(),
                           [id](const LocalSync::Conflict &c) { return c.id == id; });
    };
    for (qsizetype row = m_conflicts.size() - 1; row >= 0; --row) {
        if (idIn(conflicts, m_conflicts.at(row).id))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_conflicts.removeAt(row);
        endRemoveRows();
    }
    // What is left is in the same order (oldest first) as the front of `conflicts`.
    for (qsizetype row = 0; row < conflicts.size(); ++row) {
        const LocalSync::Conflict &fresh = conflicts.at(row);
        if (row < m_conflicts.size() && m_conflicts.at(row).id == fresh.id) {
            const LocalSync::Conflict &old = m_conflicts.at(row);
            if (old.mine != fresh.mine || old.theirs != fresh.theirs ||
                old.theirVersion != fresh.theirVersion) {
                m_conflicts[row] = fresh;
                emit dataChanged(index(int(row)), index(int(row)));
            }
            continue;
        }
        beginInsertRows({}, int(row), int(row));
        m_conflicts.insert(row, fresh);
        endInsertRows();
    }
    if (m_conflicts.size() > conflicts.size()) { // not in the same order after all
        beginResetModel();
        m_conflicts = conflicts;
        endResetModel();
    }
    if (before != m_conflicts.size())
        emit countChanged();
}

std::optional<LocalSync::Conflict> ConflictListModel::find(qint64 conflictId) const
{
    for (const LocalSync::Conflict &conflict : m_conflicts) {
        if (conflict.id == conflictId)
            return conflict;
    }
    return std::nullopt;
}

void ConflictListModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

bool ConflictListModel::finish()
{
    setError({});
    reload();
    emit resolved();
    return true;
}

bool ConflictListModel::keepMine(qint64 conflictId)
{
    try {
        m_local.keepMine(conflictId);
    } catch (const PanelistError &error) {
        setError(tr("Cannot keep this laptop's version: %1").arg(error.message()));
        return false;
    }
    return finish();
}

bool ConflictListModel::takeTheirs(qint64 conflictId)
{
    try {
        m_local.takeTheirs(conflictId);
    } catch (const PanelistError &error) {
        setError(tr("Cannot take the team's version: %1").arg(error.message()));
        return false;
    }
    return finish();
}

QList<ConflictListModel::Field> ConflictListModel::fieldsOf(EntityKind kind)
{
    using T = Field::Type;
    switch (kind) {
    case EntityKind::Category:
        return {{QStringLiteral("name"), tr("Name"), T::Text},
                {QStringLiteral("position"), tr("Position"), T::Whole}};
    case EntityKind::Question:
        return {{QStringLiteral("title"), tr("Title"), T::Text},
                {QStringLiteral("prompt"), tr("Prompt"), T::Text},
                {QStringLiteral("followUps"), tr("Follow-ups"), T::Lines},
                {QStringLiteral("criteria"), tr("Criteria"), T::Lines},
                {QStringLiteral("anchors.junior"), tr("Junior anchor"), T::Text},
                {QStringLiteral("anchors.middle"), tr("Middle anchor"), T::Text},
                {QStringLiteral("anchors.senior"), tr("Senior anchor"), T::Text},
                {QStringLiteral("referenceAnswer"), tr("Reference answer"), T::Text},
                {QStringLiteral("category"), tr("Category"), T::Whole},
                {QStringLiteral("tags"), tr("Tags"), T::Lines},
                {QStringLiteral("level"), tr("Level"), T::Whole},
                {QStringLiteral("kind"), tr("Kind"), T::Whole},
                {QStringLiteral("minutes"), tr("Minutes"), T::Whole},
                {QStringLiteral("archived"), tr("Archived"), T::Whole}};
    case EntityKind::Plan:
        return {{QStringLiteral("name"), tr("Name"), T::Text},
                {QStringLiteral("role"), tr("Role"), T::Text},
                {QStringLiteral("level"), tr("Level"), T::Whole},
                {QStringLiteral("targetMinutes"), tr("Target minutes"), T::Whole},
                {QStringLiteral("items"), tr("Questions"), T::Whole}};
    case EntityKind::Interview:
        // Only its owner writes an interview: what two laptops can differ in is an
        // amendment of the record.
        return {{QStringLiteral("summary"), tr("Summary"), T::Text},
                {QStringLiteral("recommendation"), tr("Recommendation"), T::Whole},
                {QStringLiteral("items"), tr("Scores and notes"), T::Whole},
                {QStringLiteral("status"), tr("Status"), T::Whole},
                {QStringLiteral("candidate"), tr("Candidate"), T::Whole}};
    }
    return {};
}

QString ConflictListModel::readable(EntityKind kind, const Field &field,
                                    const QJsonObject &payload) const
{
    const QJsonValue value = valueAt(payload, field.key);
    if (field.type == Field::Type::Text)
        return value.toString();
    if (field.type == Field::Type::Lines) {
        QStringList lines;
        for (const QJsonValue &line : value.toArray())
            lines << line.toString();
        return lines.join(QLatin1Char('\n'));
    }
    const QString &key = field.key;
    if (key == QLatin1String("category"))
        return value.toObject().value(QLatin1String("name")).toString();
    if (key == QLatin1String("level")) {
        const auto level = vocabulary::parseLevel(value.toString());
        return level ? vocabulary::label(*level) : value.toString();
    }
    if (key == QLatin1String("kind")) {
        const auto questionKind = vocabulary::parseKind(value.toString());
        return questionKind ? vocabulary::label(*questionKind) : value.toString();
    }
    if (key == QLatin1String("status")) {
        const auto status = vocabulary::parseStatus(value.toString());
        return status ? vocabulary::label(*status) : value.toString();
    }
    if (key == QLatin1String("recommendation")) {
        const auto recommendation = vocabulary::parseRecommendation(value.toString());
        const QString label = recommendation ? vocabulary::label(*recommendation) : QString();
        return label.isEmpty() ? tr("none") : label;
    }
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (key == QLatin1String("items") && kind == EntityKind::Plan) {
        QStringList lines;
        for (const QJsonValue &itemValue : value.toArray()) {
            const QJsonObject item = itemValue.toObject();
            const QString uuid = item.value(QLatin1String("question")).toString();
            const std::optional<QJsonObject> question =
                m_local.payloadOf(EntityKind::Question, uuid);
            const QString title =
                question ? question->value(QLatin1String("title")).toString() : uuid;
            QString line =
                tr("%1 (%2 min)").arg(title).arg(item.value(QLatin1String("minutes")).toInt());
            const QString note = item.value(QLatin1String("note")).toString();
            if (!note.isEmpty())
                line += tr(" — %1").arg(note);
            lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (key == QLatin1String("items") && kind == EntityKind::Interview) {
        QStringList lines;
        for (const QJsonValue &itemValue : value.toArray()) {
            const QJsonObject item = itemValue.toObject();
            QString line = tr("%1: %2").arg(
                item.value(QLatin1String("title")).toString(),
                vocabulary::scoreLabel(item.value(QLatin1String("score")).toInt()));
            const QString notes = item.value(QLatin1String("notes")).toString().simplified();
            if (!notes.isEmpty())
                line += tr(" — %1").arg(notes);
            lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    }
    return value.toVariant().toString();
}

void ConflictListModel::assign(QJsonObject &merged, const Field &field, const QString &text)
{
    if (field.type == Field::Type::Text) {
        setValueAt(merged, field.key, text);
        return;
    }
    QJsonArray lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    setValueAt(merged, field.key, lines);
}

void ConflictListModel::assign(QJsonObject &merged, const Field &field, const QJsonObject &side)
{
    setValueAt(merged, field.key, valueAt(side, field.key));
}

QVariantList ConflictListModel::fields(qint64 conflictId) const
{
    const std::optional<LocalSync::Conflict> conflict = find(conflictId);
    if (!conflict || !conflict->mine || !conflict->theirs)
        return {};
    QVariantList list;
    for (const Field &field : fieldsOf(conflict->kind)) {
        const bool differs =
            valueAt(*conflict->mine, field.key) != valueAt(*conflict->theirs, field.key);
        list << QVariantMap{
            {QStringLiteral("key"), field.key},
            {QStringLiteral("label"), field.label},
            {QStringLiteral("mine"), readable(conflict->kind, field, *conflict->mine)},
            {QStringLiteral("theirs"), readable(conflict->kind, field, *conflict->theirs)},
            {QStringLiteral("differs"), differs},
            {QStringLiteral("editable"), field.type != Field::Type::Whole}};
    }
    return list;
}

bool ConflictListModel::saveMerged(qint64 conflictId, const QVariantList &choices)
{
    const std::optional<LocalSync::Conflict> conflict = find(conflictId);
    if (!conflict || !conflict->mine || !conflict->theirs) {
        setError(tr("Cannot save the merge: this conflict is resolved already or one side was "
                    "deleted; keep one side instead."));
        return false;
    }
    QJsonObject merged = *conflict->theirs;
    const QList<Field> known = fieldsOf(conflict->kind);
    for (const QVariant &choiceValue : choices) {
        const QVariantMap choice = choiceValue.toMap();
        const QString key = choice.value(QStringLiteral("key")).toString();
        const auto field = std::find_if(known.cbegin(), known.cend(),
                                        [&](const Field &f) { return f.key == key; });
        if (field == known.cend())
            continue;
        if (field->type != Field::Type::Whole && choice.contains(QStringLiteral("text")))
            assign(merged, *field, choice.value(QStringLiteral("text")).toString());
        else
            assign(merged, *field,
                   choice.value(QStringLiteral("side")).toString() == QLatin1String("mine")
                       ? *conflict->mine
                       : *conflict->theirs);
    }
    try {
        m_local.resolveWith(conflictId, merged);
    } catch (const PanelistError &error) {
        setError(tr("Cannot save the merge of \"%1\": %2")
                     .arg(displayTitle(*conflict), error.message()));
        return false;
    }
    return finish();
}
