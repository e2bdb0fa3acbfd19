#pragma once

#include "interviews/debriefmodel.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class Database;
class QQmlEngine;
class QJSEngine;

// The debrief of one candidate as QML sees it (issue 16, item 4): the competency grid
// (grid), the scorecards side by side, the disagreements, what is still missing, and the
// lead's decision form. Reads through storage's DebriefReader, which applies the bias
// guard for the viewer (Settings' interviewer name). The instance is the one the window
// built over the open database.
class DebriefDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(DebriefModel *grid READ grid CONSTANT)
    Q_PROPERTY(int candidateId READ candidateId NOTIFY changed)
    Q_PROPERTY(QString candidateName READ candidateName NOTIFY changed)
    Q_PROPERTY(QString candidateRole READ candidateRole NOTIFY changed)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY changed)
    Q_PROPERTY(QString viewer READ viewer NOTIFY changed)
    // One name per scorecard, in the grid's column order.
    Q_PROPERTY(QStringList interviewers READ interviewers NOTIFY changed)
    // One map per scorecard: interviewer, plan, submitted (text), amended, recommendation
    // (key), recommendationLabel, recommendationSide (-1 no side, 0 none, 1 yes side),
    // takeaways, pros, cons.
    Q_PROPERTY(QVariantList scorecards READ scorecards NOTIFY changed)
    Q_PROPERTY(bool mixedRecommendations READ mixedRecommendations NOTIFY changed)
    Q_PROPERTY(int disagreementCount READ disagreementCount NOTIFY changed)
    // "2 colleagues have submitted scorecards you cannot read until you submit yours" and
    // "1 interview not finished", joined; empty when the debrief is complete.
    Q_PROPERTY(QString missingText READ missingText NOTIFY changed)
    Q_PROPERTY(int hidden READ hidden NOTIFY changed)
    // The standing decision: decision (key), label, reason, decidedBy, decidedAt (text);
    // empty map when there is none. Older ones in `earlierDecisions`, newest first.
    Q_PROPERTY(QVariantMap decision READ decision NOTIFY changed)
    Q_PROPERTY(QVariantList earlierDecisions READ earlierDecisions NOTIFY changed)
    // "Hire — the reason (Ben, 1/12/2026 10:00)"; empty when there is none.
    Q_PROPERTY(QString decisionText READ decisionText NOTIFY changed)
    // Whether this laptop may decide (in a team only a lead), and why not.
    Q_PROPERTY(bool canDecide READ canDecide NOTIFY changed)
    Q_PROPERTY(QString decideRefusal READ decideRefusal NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // The decisions to choose from, in order: [{key, label}] ("advance", "Advance").
    Q_PROPERTY(QVariantList decisionChoices READ decisionChoices CONSTANT)

public:
    explicit DebriefDesk(Database &database, QObject *parent = nullptr);

    static DebriefDesk *create(QQmlEngine *, QJSEngine *);
    static void setInstance(DebriefDesk *instance);

    DebriefModel *grid() { return &m_grid; }
    int candidateId() const { return int(m_grid.debrief().candidate.id); }
    QString candidateName() const { return m_grid.debrief().candidate.name; }
    QString candidateRole() const { return m_grid.debrief().candidate.role; }
    QString statusLabel() const;
    QString viewer() const { return m_viewer; }
    QStringList interviewers() const;
    QVariantList scorecards() const;
    bool mixedRecommendations() const;
    int disagreementCount() const;
    QString missingText() const;
    int hidden() const { return m_grid.debrief().hidden; }
    QVariantMap decision() const;
    QVariantList earlierDecisions() const;
    QString decisionText() const;
    bool canDecide() const { return m_canDecide; }
    QString decideRefusal() const { return m_refusal; }
    QString error() const { return m_error; }
    static QVariantList decisionChoices();

    // Reads the debrief of candidate `candidateId` for Settings' interviewer name; false
    // with `error` set when there is no such candidate or the read failed.
    Q_INVOKABLE bool open(int candidateId);
    // The same for the candidate of interview `interviewId` (from the History record).
    Q_INVOKABLE bool openForInterview(int interviewId);
    // Reads the open candidate again.
    Q_INVOKABLE void reload();
    // Records the decision `key` (advance, hire, reject) with `reason` on the open
    // candidate; false with `error` saying why (no reason, not a lead, …).
    Q_INVOKABLE bool decide(const QString &key, const QString &reason);
    // Writes the debrief packet PDF to `file` whole or not at all; false with `error`.
    Q_INVOKABLE bool exportPdf(const QUrl &file);
    // "Debrief - Grace Hopper - 2026-12-01.pdf", safe as a file name.
    Q_INVOKABLE QString suggestedPdfName() const;

signals:
    void changed();
    void errorChanged();
    // A decision was recorded on `candidateId` (its status may have changed).
    void decided(int candidateId);

private:
    void setError(const QString &error);

    Database &m_database;
    DebriefModel m_grid;
    QString m_viewer;
    bool m_canDecide = true;
    QString m_refusal;
    QString m_error;
};
