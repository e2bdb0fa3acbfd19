#pragma once

#include "domain/debrief.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The competencies × interviewers grid of a debrief (domain/debrief.h), one row per
// competency: the rating of each interviewer (in DebriefDesk's interviewers' order), the
// evidence behind each rating, the mean and spread, and whether the ratings disagree
// (a spread of scoring::Spread::kDisagreement or more).
class DebriefModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DebriefDesk.grid is the one debrief grid")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        RatingsRole,     // list of int, one per interviewer; 0 = not rated
        RatingTextsRole, // list of text, one per interviewer ("3", "–")
        EvidenceRole,    // list of text, one per interviewer: "Title — 3 — Middle" lines
        MeanRole,        // double; 0 when nobody rated it
        MeanTextRole,    // "2.7", or "–"
        SpreadRole,      // int
        DisagreesRole,   // bool
    };
    Q_ENUM(Role)

    explicit DebriefModel(QObject *parent = nullptr);

    void setDebrief(const Debrief &debrief);
    const Debrief &debrief() const { return m_debrief; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    Debrief m_debrief;
};
