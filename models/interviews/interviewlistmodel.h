#pragma once

#include "domain/interview.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class InterviewRepository;

// Every interview, newest first, for lists and pickers: candidate, role, plan, date,
// status and recommendation. The history filters narrow it: a search over candidate,
// role, plan and interviewer, a status and a plan.
class InterviewListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by InterviewDesk.interviews")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Case-insensitive substring of candidate, role, plan name or interviewer; plain text,
    // whatever is typed.
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    // The stored key of a status ("" for all), from statusChoices.
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY statusChanged)
    // The status filter's choices in order, [{key, label}]: all, live, finished.
    Q_PROPERTY(QVariantList statusChoices READ statusChoices CONSTANT)
    // 0 for all.
    Q_PROPERTY(int planId READ planId WRITE setPlanId NOTIFY planIdChanged)
    // The plans interviews were run from, for a filter menu: {planId, planName}, by name.
    Q_PROPERTY(QVariantList plans READ plans NOTIFY plansChanged)
    // Every interview, filters left out.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CandidateRole,
        RoleRole,
        PlanNameRole,
        StatusRole,         // a vocabulary::InterviewStatus
        StartedRole,        // display text, local time
        RecommendationRole, // a vocabulary::Recommendation
        RecommendationLabelRole,
        AmendedRole,
        InterviewerRole,
        PlanIdRole,
        DurationTextRole, // "42 min"
        DateTextRole,     // the start's local date
        StatusLabelRole,
    };
    Q_ENUM(Role)

    explicit InterviewListModel(InterviewRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    static QVariantList statusChoices();
    int planId() const { return m_planId; }
    void setPlanId(int planId);
    QVariantList plans() const { return m_plans; }
    int totalCount() const { return int(m_all.size()); }

    Q_INVOKABLE void refresh();
    // The minutes of the live interviews at the clock's time (their rows' duration).
    void refreshClocks();
    // The row of interview `id` under the current filters, or -1.
    Q_INVOKABLE int rowOf(int id) const;

signals:
    void countChanged();
    void searchChanged();
    void statusChanged();
    void planIdChanged();
    void plansChanged();
    void totalCountChanged();

private:
    bool matches(const InterviewSummary &row) const;
    void applyFilters();

    InterviewRepository &m_repository;
    QList<InterviewSummary> m_all;
    QList<InterviewSummary> m_rows;
    QString m_search;
    QString m_status;
    int m_planId = 0;
    QVariantList m_plans;
};
