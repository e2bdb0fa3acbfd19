#pragma once

#include "domain/vocabulary.h"
#include "formats/pageflow.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QList>
#include <QString>
#include <QTextLayout>

class QPainter;

// The look of the interview summary (formats/interviewpdf) that its parts share: the
// palette, the fonts, the page's margins and a few words. Private to the report's files
// (interviewpdf, reportquestion).
namespace interviewreport {

// The context of the report's words.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

// The palette: near-black text, muted greys, one accent and the signal colours.
inline const QColor kInk(0x1f, 0x23, 0x28);
inline const QColor kMuted(0x5b, 0x63, 0x6e);
inline const QColor kFaint(0x8c, 0x95, 0x9f);
inline const QColor kRule(0xd0, 0xd7, 0xde);
inline const QColor kShade(0xf3, 0xf5, 0xf8);
inline const QColor kAccent(0x1f, 0x4e, 0x8c);
inline const QColor kGood(0x1a, 0x7f, 0x37);
inline const QColor kBad(0xc2, 0x2b, 0x2b);
inline const QColor kWarn(0x9a, 0x60, 0x00);

// A font of the report at `points`, with ligatures off so text copied from the PDF is
// what was typed.
QFont makeFont(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false);

struct Fonts
{
    QFont kicker = makeFont(8, QFont::Bold);
    QFont title = makeFont(20, QFont::Bold);
    QFont subtitle = makeFont(11.5);
    QFont label = makeFont(7.5, QFont::Bold);
    QFont value = makeFont(9.5);
    QFont section = makeFont(12, QFont::Bold);
    QFont question = makeFont(11, QFont::Bold);
    QFont number = makeFont(11, QFont::Bold);
    QFont meta = makeFont(8.5);
    QFont body = makeFont(9.5);
    QFont bodyBold = makeFont(9.5, QFont::Bold);
    QFont subheading = makeFont(8, QFont::Bold);
    QFont stamp = makeFont(8.5);
    QFont small = makeFont(7.5);
    QFont badge = makeFont(10.5, QFont::Bold);
};

// The page outside the text: margins and the band of the running header.
inline const pageflow::Margins kMargins{pageflow::pt(56), pageflow::pt(56), pageflow::pt(56),
                                        pageflow::pt(60), pageflow::pt(14)};

// The colour a recommendation is printed in: greens for yes, oranges and red for no.
QColor recommendationColor(vocabulary::Recommendation value);

// A format over [start, start + length) of a layout's text.
QTextLayout::FormatRange range(int start, int length, const QFont &font,
                               const QColor &color = QColor());

// "mm:ss" on the interview clock.
QString minutesText(int seconds);

// "12 March 2025, 14:00" in local time, or "not started".
QString dateText(const QDateTime &when);

// What the frame around a page's text says: the running header from the second page on
// (`title` left, `date` right, over a rule) and the footer on every page (`confidential`
// left, "Page N of M" right, under a rule).
struct RunningFrame
{
    QString title;
    QString date;
    QString confidential;
};
void drawFrame(QPainter &painter, const pageflow::Flow &flow, const Fonts &fonts,
               const RunningFrame &frame, int page, int pages);

} // namespace interviewreport
