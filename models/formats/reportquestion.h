#pragma once

#include "domain/interview.h"
#include "formats/pageflow.h"
#include "formats/reportstyle.h"

#include <QDateTime>

// One question of the interview summary (formats/interviewpdf): its number and title,
// category, level, time against budget and state, the score with its anchor, the flags,
// the rubric criteria met and not met, the follow-ups asked and the timestamped notes.
// While it runs over a page, the next page starts with "N. Title (continued)".
namespace interviewreport {

void writeQuestion(pageflow::Flow &flow, const Fonts &fonts, const Interview &interview, int index,
                   const QDateTime &now);

} // namespace interviewreport
