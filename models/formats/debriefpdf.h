#pragma once

#include "domain/debrief.h"
#include "formats/interviewpdf.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The debrief packet of a candidate (issue 16): a summary page with the decision (if
// any), a chart of the competency ratings by interviewer (one row per competency, the
// 1–4 scale across, one mark per interviewer with a legend, the mean and spread beside),
// the recommendations and the disagreements (a spread of scoring::Spread::kDisagreement or
// more on a competency; mixed recommendations); then each scorecard on a page of its own:
// the ratings with their evidence, the recommendation, takeaways, pros and cons. In the
// style of the interview summary (formats/interviewpdf, formats/reportstyle): the same
// palette, fonts, running frame and "Page N of M". Needs a QGuiApplication (fonts).
namespace debriefpdf {

struct Options
{
    interviewpdf::PageSize pageSize = interviewpdf::PageSize::A4;
    QString author; // the document's author; empty: "Panelist"
    QDateTime now;  // when the packet is made; empty: the current time
};

// Writes atomically (formats/textfile): the old file stays intact until the new one is
// complete; a failure leaves nothing half-written. Throws PanelistError naming the file.
void write(const Debrief &debrief, const QString &path, const Options &options = {});

// The same document in memory.
QByteArray render(const Debrief &debrief, const Options &options = {});

} // namespace debriefpdf
