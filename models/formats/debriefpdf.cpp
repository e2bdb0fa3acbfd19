#include "formats/debriefpdf.h"

#include "domain/errors.h"
#include "domain/scoring.h"
#include "domain/vocabulary.h"
#include "domain/wallclock.h"
#include "formats/pageflow.h"
#include "formats/pdfinfo.h"
#include "formats/reportstyle.h"
#include "formats/textfile.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <algorithm>

namespace debriefpdf {

namespace {

using namespace interviewreport;
using pageflow::Flow;
using pageflow::paragraphText;
using pageflow::pt;
using vocabulary::Decision;
using vocabulary::Recommendation;

// The words of the packet.
struct DebriefText
{
    Q_DECLARE_TR_FUNCTIONS(DebriefText)
};

QColor decisionColor(Decision value)
{
    switch (value) {
    case Decision::Hire:
        return kGood;
    case Decision::Advance:
        return kAccent;
    case Decision::Reject:
        return kBad;
    }
    return kFaint;
}

// One colour and one shape per interviewer, so the chart reads in grey print too.
const QColor kMarkColors[] = {QColor(0x1f, 0x4e, 0x8c), QColor(0xc0, 0x56, 0x21),
                              QColor(0x1a, 0x7f, 0x37), QColor(0x7b, 0x3f, 0xa0),
                              QColor(0x9a, 0x60, 0x00), QColor(0x00, 0x7c, 0x89)};
constexpr int kShapes = 4;

QColor markColor(int interviewer)
{
    return kMarkColors[interviewer % int(std::size(kMarkColors))];
}

void drawMark(QPainter &painter, int interviewer, const QPointF &centre, qreal radius)
{
    painter.setPen(QPen(Qt::white, pt(0.6)));
    painter.setBrush(markColor(interviewer));
    switch (interviewer % kShapes) {
    case 0:
        painter.drawEllipse(centre, radius, radius);
        break;
    case 1:
        painter.drawRect(QRectF(centre.x() - radius * 0.9, centre.y() - radius * 0.9, radius * 1.8,
                                radius * 1.8));
        break;
    case 2: {
        QPainterPath path;
        path.moveTo(centre.x(), centre.y() - radius * 1.15);
        path.lineTo(centre.x() + radius * 1.15, centre.y());
        path.lineTo(centre.x(), centre.y() + radius * 1.15);
        path.lineTo(centre.x() - radius * 1.15, centre.y());
        path.closeSubpath();
        painter.drawPath(path);
        break;
    }
    default: {
        QPainterPath path;
        path.moveTo(centre.x(), centre.y() - radius * 1.1);
        path.lineTo(centre.x() + radius * 1.05, centre.y() + radius * 0.85);
        path.lineTo(centre.x() - radius * 1.05, centre.y() + radius * 0.85);
        path.closeSubpath();
        painter.drawPath(path);
        break;
    }
    }
    painter.setBrush(Qt::NoBrush);
}

QString nameOf(const DebriefScorecard &card)
{
    return card.interviewer.isEmpty() ? DebriefText::tr("(no interviewer named)")
                                      : card.interviewer;
}

QString recommendationText(Recommendation value)
{
    const QString label = vocabulary::label(value);
    return label.isEmpty() ? DebriefText::tr("No recommendation") : label;
}

QString ratingText(int rating)
{
    if (!vocabulary::isRating(rating))
        return DebriefText::tr("not rated");
    const QString name = debrief::ratingLabel(rating);
    return name.isEmpty() ? QString::number(rating) : QStringLiteral("%1 %2").arg(rating).arg(name);
}

void rule(Flow &flow, const QColor &color = kRule)
{
    const qreal y = flow.y();
    flow.add([&flow, y, color](QPainter &painter) {
        painter.setPen(QPen(color, pt(0.75)));
        painter.drawLine(QPointF(flow.left(), y), QPointF(flow.right(), y));
    });
}

void sectionHeading(Flow &flow, const Fonts &fonts, const QString &text, qreal keep)
{
    flow.advance(pt(6));
    auto layout = flow.layout(text, fonts.section, flow.width());
    const qreal height = Flow::lineHeight(layout->lineAt(0));
    flow.ensure(height + pt(6) + keep);
    flow.place(layout, flow.left(), kInk);
    const qreal y = flow.y() + pt(1);
    flow.add([&flow, y](QPainter &painter) {
        painter.setPen(QPen(kAccent, pt(1.2)));
        painter.drawLine(QPointF(flow.left(), y), QPointF(flow.left() + pt(28), y));
    });
    flow.advance(pt(8));
}

// A coloured badge at the left with `note` beside it in `noteColor`.
void badge(Flow &flow, const Fonts &fonts, const QString &label, const QColor &color,
           const QString &note = {}, const QColor &noteColor = kMuted)
{
    const QFontMetricsF metrics(fonts.badge, flow.device());
    const qreal padX = pt(9);
    const qreal height = metrics.height() + pt(8);
    flow.ensure(height + pt(4));
    const qreal top = flow.y();
    const qreal width = metrics.horizontalAdvance(label) + 2 * padX;
    const QFont font = fonts.badge;
    const QFont meta = fonts.meta;
    flow.add(
        [&flow, top, width, height, color, label, font, note, noteColor, meta](QPainter &painter) {
            const QRectF rect(flow.left(), top, width, height);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawRoundedRect(rect, pt(4), pt(4));
            painter.setBrush(Qt::NoBrush);
            painter.setPen(Qt::white);
            painter.setFont(font);
            painter.drawText(rect, Qt::AlignCenter, label);
            if (!note.isEmpty()) {
                const qreal x = flow.left() + width + pt(10);
                painter.setPen(noteColor);
                painter.setFont(meta);
                painter.drawText(QRectF(x, top, flow.right() - x, height),
                                 Qt::AlignVCenter | Qt::AlignLeft, note);
            }
        });
    flow.advance(height + pt(8));
}

// A label over a paragraph ("TAKEAWAYS" over the text); nothing for empty text.
void labelled(Flow &flow, const Fonts &fonts, const QString &label, const QString &text)
{
    flow.paragraph(label, fonts.label, kMuted, flow.left(), pt(30));
    flow.advance(pt(2));
    if (text.trimmed().isEmpty())
        flow.paragraph(DebriefText::tr("Nothing written."), fonts.body, kFaint, flow.left());
    else
        flow.paragraph(paragraphText(text), fonts.body, kInk, flow.left());
    flow.advance(pt(6));
}

// ---- the summary page --------------------------------------------------------------------

void writeHeader(Flow &flow, const Fonts &fonts, const Debrief &debrief, const QDateTime &now)
{
    flow.paragraph(DebriefText::tr("DEBRIEF PACKET"), fonts.kicker, kAccent, flow.left());
    flow.advance(pt(2));
    flow.paragraph(debrief.candidate.name, fonts.title, kInk, flow.left());
    if (!debrief.candidate.role.trimmed().isEmpty())
        flow.paragraph(debrief.candidate.role.trimmed(), fonts.subtitle, kMuted, flow.left());
    flow.advance(pt(10));

    QStringList loop;
    loop << DebriefText::tr("%n scorecard(s)", nullptr, int(debrief.scorecards.size()));
    if (debrief.pending > 0)
        loop << DebriefText::tr("%n interview(s) not finished", nullptr, debrief.pending);
    if (debrief.hidden > 0)
        loop << DebriefText::tr("%1 not readable yet").arg(debrief.hidden);
    QStringList names;
    for (const DebriefScorecard &card : debrief.scorecards)
        names << nameOf(card);
    const QList<std::pair<QString, QString>> facts = {
        {DebriefText::tr("STATUS"), vocabulary::label(debrief.candidate.status)},
        {DebriefText::tr("SCORECARDS"), loop.join(QStringLiteral(" · "))},
        {DebriefText::tr("PANEL"),
         names.isEmpty() ? DebriefText::tr("—") : names.join(QStringLiteral(", "))},
        {DebriefText::tr("PREPARED"), dateText(now)},
    };
    const qreal column = flow.width() / 2;
    rule(flow);
    flow.advance(pt(8));
    for (int row = 0; row < 2; ++row) {
        const qreal rowTop = flow.y();
        qreal rowBottom = rowTop;
        for (int col = 0; col < 2; ++col) {
            const auto &[label, value] = facts.at(row * 2 + col);
            const qreal x = flow.left() + col * column;
            qreal y = rowTop;
            for (const auto &[text, font, color] :
                 {std::tuple{label, fonts.label, kMuted}, std::tuple{value, fonts.value, kInk}}) {
                auto layout = flow.layout(text, font, column - pt(12));
                for (int i = 0; i < layout->lineCount(); ++i) {
                    const qreal lineTop = y;
                    const QColor ink = color;
                    flow.add([layout, i, x, lineTop, ink](QPainter &painter) {
                        painter.setPen(ink);
                        layout->lineAt(i).draw(&painter, QPointF(x, lineTop));
                    });
                    y += Flow::lineHeight(layout->lineAt(i));
                }
                y += pt(1);
            }
            rowBottom = std::max(rowBottom, y);
        }
        flow.advance(rowBottom - rowTop + pt(6));
    }
    rule(flow);
    flow.advance(pt(12));
}

void writeDecision(Flow &flow, const Fonts &fonts, const Debrief &debrief)
{
    flow.paragraph(DebriefText::tr("DECISION"), fonts.label, kMuted, flow.left(), pt(40));
    flow.advance(pt(3));
    const std::optional<CandidateDecision> decision = debrief.decision();
    if (!decision) {
        badge(flow, fonts, DebriefText::tr("No decision yet"), kFaint,
              DebriefText::tr("The lead records it after the debrief."));
        return;
    }
    const QString by = decision->decidedBy.isEmpty()
                           ? DebriefText::tr("Decided %1").arg(dateText(decision->decidedAt))
                           : DebriefText::tr("Decided by %1, %2")
                                 .arg(decision->decidedBy, dateText(decision->decidedAt));
    badge(flow, fonts, vocabulary::label(decision->decision), decisionColor(decision->decision),
          by);
    flow.paragraph(DebriefText::tr("REASON"), fonts.label, kMuted, flow.left(), pt(20));
    flow.advance(pt(2));
    flow.paragraph(paragraphText(decision->reason), fonts.body, kInk, flow.left());
    if (debrief.decisions.size() > 1) {
        flow.advance(pt(4));
        QStringList earlier;
        for (int i = 1; i < debrief.decisions.size(); ++i) {
            const CandidateDecision &old = debrief.decisions.at(i);
            earlier << DebriefText::tr("%1 on %2")
                           .arg(vocabulary::label(old.decision), dateText(old.decidedAt));
        }
        flow.paragraph(DebriefText::tr("Earlier decisions, superseded: %1")
                           .arg(earlier.join(QStringLiteral("; "))),
                       fonts.meta, kMuted, flow.left());
    }
    flow.advance(pt(6));
}

// Competencies down, the 1–4 scale across, one mark per interviewer; mean and spread at
// the right; a disagreement in red.
void writeChart(Flow &flow, const Fonts &fonts, const Debrief &debrief)
{
    const int rows = int(debrief.competencies.size());
    const qreal labelWidth = std::min(pt(140), flow.width() * 0.3);
    const qreal valueWidth = pt(104);
    const qreal gridLeft = flow.left() + labelWidth + pt(8);
    const qreal gridRight = flow.right() - valueWidth;
    const qreal step = (gridRight - gridLeft) / vocabulary::kMaxRating;
    const auto xFor = [gridLeft, step](int rating) {
        return gridLeft + step * (rating - 0.5);
    };
    const qreal rowHeight = pt(20);
    const qreal scaleHeight = pt(16);
    const int panel = int(debrief.scorecards.size());
    const qreal radius = pt(3.6);

    sectionHeading(flow, fonts, DebriefText::tr("Competency ratings by interviewer"),
                   scaleHeight + rowHeight * std::min(rows, 4));
    if (rows == 0) {
        flow.paragraph(debrief.scorecards.isEmpty()
                           ? DebriefText::tr("No scorecard is in yet.")
                           : DebriefText::tr("The scorecards rate no competencies."),
                       fonts.body, kMuted, flow.left());
        return;
    }
    const QFont small = fonts.small;
    const QFont meta = fonts.meta;
    const QFontMetricsF labelMetrics(meta, flow.device());
    int first = 0;
    while (first < rows) {
        flow.ensure(scaleHeight + rowHeight * std::min(rows - first, 2));
        const qreal top = flow.y();
        const int fit = std::max(1, int((flow.room() - scaleHeight - pt(4)) / rowHeight));
        const int count = std::min(rows - first, fit);
        const qreal bottom = top + scaleHeight + rowHeight * count;
        flow.add([=](QPainter &painter) {
            painter.setFont(small);
            for (int rating = vocabulary::kMinRating; rating <= vocabulary::kMaxRating; ++rating) {
                const qreal x = xFor(rating);
                painter.setPen(QPen(kRule, pt(0.6)));
                painter.drawLine(QPointF(x, top + scaleHeight - pt(2)), QPointF(x, bottom));
                painter.setPen(kMuted);
                painter.drawText(QRectF(x - step / 2, top, step, scaleHeight - pt(4)),
                                 Qt::AlignHCenter | Qt::AlignBottom, ratingText(rating));
            }
        });
        for (int row = first; row < first + count; ++row) {
            const qreal rowTop = top + scaleHeight + rowHeight * (row - first);
            const debrief::Spread spread = debrief::spread(debrief, row);
            const double mean = debrief::meanRating(debrief, row);
            const QString name =
                labelMetrics.elidedText(debrief.competencies.at(row), Qt::ElideRight, labelWidth);
            const QString value = spread.rated == 0 ? DebriefText::tr("not rated")
                                                    : DebriefText::tr("mean %1 · spread %2")
                                                          .arg(QLocale().toString(mean, 'f', 1))
                                                          .arg(spread.spread());
            // The marks of one rating sit side by side, centred on it.
            QList<std::pair<int, int>> marks; // interviewer, rating
            for (int who = 0; who < panel; ++who) {
                const DebriefRating &cell = debrief.scorecards.at(who).ratings.value(row);
                if (cell.rated())
                    marks.append({who, cell.rating});
            }
            const bool disagrees = spread.disagrees();
            flow.add([=, &flow](QPainter &painter) {
                if (disagrees)
                    painter.fillRect(QRectF(flow.left(), rowTop, flow.width(), rowHeight),
                                     QColor(0xfb, 0xea, 0xea));
                else if ((row % 2) == 0)
                    painter.fillRect(
                        QRectF(flow.left(), rowTop, gridLeft - flow.left() - pt(4), rowHeight),
                        kShade);
                painter.setFont(meta);
                painter.setPen(kInk);
                painter.drawText(QRectF(flow.left() + pt(4), rowTop, labelWidth, rowHeight),
                                 Qt::AlignVCenter | Qt::AlignLeft, name);
                for (int rating = vocabulary::kMinRating; rating <= vocabulary::kMaxRating;
                     ++rating) {
                    QList<int> here;
                    for (const auto &[who, r] : marks) {
                        if (r == rating)
                            here.append(who);
                    }
                    const qreal gap = radius * 2.6;
                    qreal x = xFor(rating) - gap * (here.size() - 1) / 2.0;
                    for (const int who : here) {
                        drawMark(painter, who, QPointF(x, rowTop + rowHeight / 2), radius);
                        x += gap;
                    }
                }
                painter.setFont(meta);
                painter.setPen(disagrees ? kBad : (spread.rated == 0 ? kFaint : kInk));
                painter.drawText(QRectF(gridRight + pt(8), rowTop, valueWidth - pt(8), rowHeight),
                                 Qt::AlignVCenter | Qt::AlignLeft, value);
            });
        }
        flow.advance(bottom - top + pt(6));
        first += count;
    }

    // The legend: one mark and name per interviewer, wrapped to the width.
    const QFontMetricsF metrics(meta, flow.device());
    qreal x = flow.left();
    qreal y = flow.y();
    const qreal lineHeight = metrics.height() + pt(4);
    flow.ensure(lineHeight);
    y = flow.y();
    for (int who = 0; who < panel; ++who) {
        const QString text = nameOf(debrief.scorecards.at(who));
        const qreal width = radius * 3 + metrics.horizontalAdvance(text) + pt(14);
        if (x + width > flow.right() && x > flow.left()) {
            x = flow.left();
            flow.advance(lineHeight);
            flow.ensure(lineHeight);
            y = flow.y();
        }
        flow.add([=](QPainter &painter) {
            drawMark(painter, who, QPointF(x + radius, y + lineHeight / 2), radius);
            painter.setFont(meta);
            painter.setPen(kInk);
            painter.drawText(QRectF(x + radius * 3, y, width, lineHeight),
                             Qt::AlignVCenter | Qt::AlignLeft, text);
        });
        x += width;
    }
    flow.advance(lineHeight + pt(6));
}

void writeRecommendations(Flow &flow, const Fonts &fonts, const Debrief &debrief)
{
    if (debrief.scorecards.isEmpty())
        return;
    sectionHeading(flow, fonts, DebriefText::tr("Recommendations"), pt(40));
    for (int who = 0; who < debrief.scorecards.size(); ++who) {
        const DebriefScorecard &card = debrief.scorecards.at(who);
        const QString name = nameOf(card);
        const QString text =
            QStringLiteral("%1: %2").arg(name, recommendationText(card.recommendation));
        QList<QTextLayout::FormatRange> formats{
            range(int(name.size()) + 2, int(text.size() - name.size() - 2), fonts.bodyBold,
                  recommendationColor(card.recommendation))};
        flow.paragraph(text, fonts.body, kInk, flow.left() + pt(14), 0, formats);
    }
    flow.advance(pt(4));
}

void writeDisagreements(Flow &flow, const Fonts &fonts, const Debrief &debrief)
{
    sectionHeading(flow, fonts, DebriefText::tr("Disagreements"), pt(30));
    QStringList lines;
    for (const int row : debrief::disagreements(debrief)) {
        QStringList who;
        for (const DebriefScorecard &card : debrief.scorecards) {
            const DebriefRating cell = card.ratings.value(row);
            if (cell.rated())
                who << QStringLiteral("%1 %2").arg(nameOf(card)).arg(cell.rating);
        }
        const debrief::Spread spread = debrief::spread(debrief, row);
        lines << DebriefText::tr("%1: ratings from %2 to %3 (%4)")
                     .arg(debrief.competencies.at(row))
                     .arg(spread.lowest)
                     .arg(spread.highest)
                     .arg(who.join(QStringLiteral(", ")));
    }
    if (debrief::mixedRecommendations(debrief.scorecards)) {
        QStringList who;
        for (const DebriefScorecard &card : debrief.scorecards)
            who << QStringLiteral("%1 %2").arg(nameOf(card),
                                               recommendationText(card.recommendation));
        lines << DebriefText::tr("Mixed recommendations: %1").arg(who.join(QStringLiteral(", ")));
    }
    if (lines.isEmpty()) {
        flow.paragraph(debrief.scorecards.size() < 2
                           ? DebriefText::tr("Fewer than two scorecards: nothing to compare yet.")
                           : DebriefText::tr("None: no competency's ratings lie %1 or more apart, "
                                             "and the recommendations agree.")
                                 .arg(scoring::Spread::kDisagreement),
                       fonts.body, kMuted, flow.left());
        return;
    }
    const qreal side = pt(4);
    for (const QString &line : lines) {
        auto layout = flow.layout(line, fonts.body, flow.right() - flow.left() - pt(14));
        flow.place(
            layout, flow.left() + pt(14), kInk, 0, [&flow, side](QPainter &painter, qreal top) {
                painter.fillRect(QRectF(flow.left() + pt(3), top + pt(4.5), side, side), kBad);
            });
        flow.advance(pt(2));
    }
}

// ---- one scorecard -------------------------------------------------------------------------

void writeScorecard(Flow &flow, const Fonts &fonts, const Debrief &debrief, int who)
{
    const DebriefScorecard &card = debrief.scorecards.at(who);
    flow.newPage();
    flow.paragraph(
        DebriefText::tr("SCORECARD %1 OF %2").arg(who + 1).arg(debrief.scorecards.size()),
        fonts.kicker, kAccent, flow.left());
    flow.advance(pt(2));
    const qreal radius = pt(4.5);
    auto layout = flow.layout(nameOf(card), fonts.title, flow.width() - radius * 4);
    flow.place(layout, flow.left() + radius * 3.5, kInk, 0,
               [who, radius, &flow](QPainter &painter, qreal top) {
                   drawMark(painter, who, QPointF(flow.left() + radius * 1.2, top + pt(13)),
                            radius);
               });
    QStringList facts;
    if (!card.planName.trimmed().isEmpty())
        facts << card.planName.trimmed();
    facts << DebriefText::tr("submitted %1").arg(dateText(card.endedAt));
    if (card.amended)
        facts << DebriefText::tr("amended after the call");
    flow.paragraph(facts.join(QStringLiteral(" · ")), fonts.subtitle, kMuted, flow.left());
    flow.advance(pt(10));

    flow.paragraph(DebriefText::tr("RECOMMENDATION"), fonts.label, kMuted, flow.left(), pt(30));
    flow.advance(pt(3));
    badge(flow, fonts, recommendationText(card.recommendation),
          recommendationColor(card.recommendation));

    sectionHeading(flow, fonts, DebriefText::tr("Competencies"), pt(40));
    bool any = false;
    for (int row = 0; row < debrief.competencies.size(); ++row) {
        const DebriefRating cell = card.ratings.value(row);
        if (!cell.rated() && cell.evidence.isEmpty())
            continue;
        any = true;
        const QString name = debrief.competencies.at(row);
        const QString rating = ratingText(cell.rating);
        const QString text = QStringLiteral("%1   %2").arg(name, rating);
        QList<QTextLayout::FormatRange> formats{range(0, int(name.size()), fonts.bodyBold),
                                                range(int(text.size() - rating.size()),
                                                      int(rating.size()), fonts.bodyBold,
                                                      cell.rated() ? kAccent : kFaint)};
        flow.advance(pt(2));
        flow.paragraph(text, fonts.body, kInk, flow.left(), pt(14), formats);
        if (vocabulary::isRating(cell.suggested) && cell.suggested != cell.rating)
            flow.paragraph(
                DebriefText::tr("The evidence suggested %1.").arg(ratingText(cell.suggested)),
                fonts.meta, kWarn, flow.left() + pt(14));
        if (cell.evidence.isEmpty()) {
            flow.paragraph(DebriefText::tr("No question evidences it."), fonts.meta, kFaint,
                           flow.left() + pt(14));
        }
        for (const DebriefEvidence &evidence : cell.evidence) {
            flow.paragraph(DebriefText::tr("%1 — %2").arg(evidence.question,
                                                          vocabulary::scoreLabel(evidence.score)),
                           fonts.meta, kMuted, flow.left() + pt(14));
        }
    }
    if (!any)
        flow.paragraph(DebriefText::tr("This scorecard rates no competencies."), fonts.body, kMuted,
                       flow.left());
    flow.advance(pt(6));
    sectionHeading(flow, fonts, DebriefText::tr("Notes for the panel"), pt(40));
    if (!card.summary.isEmpty())
        labelled(flow, fonts, DebriefText::tr("SUMMARY"), card.summary);
    labelled(flow, fonts, DebriefText::tr("KEY TAKEAWAYS"), card.takeaways);
    labelled(flow, fonts, DebriefText::tr("PROS"), card.pros);
    labelled(flow, fonts, DebriefText::tr("CONS"), card.cons);
}

RunningFrame frameOf(const Debrief &debrief, const QDateTime &now)
{
    return {DebriefText::tr("Debrief packet — %1").arg(debrief.candidate.name), dateText(now),
            DebriefText::tr("Confidential — candidate data, for the hiring panel")};
}

} // namespace

QByteArray render(const Debrief &debrief, const Options &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw PanelistError(
            DebriefText::tr("Writing a PDF needs the graphical application (fonts)."));
    const QDateTime now = options.now.isValid() ? options.now : wallclock::now().toLocalTime();
    const QString title = DebriefText::tr("Debrief packet — %1").arg(debrief.candidate.name);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(pageflow::kDpi);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Panelist " PANELIST_VERSION));
    writer.setPageLayout(
        QPageLayout(QPageSize(options.pageSize == interviewpdf::PageSize::Letter ? QPageSize::Letter
                                                                                 : QPageSize::A4),
                    QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));

    const Fonts fonts;
    Flow flow(&writer, QSizeF(writer.width(), writer.height()), kMargins);
    writeHeader(flow, fonts, debrief, now);
    writeDecision(flow, fonts, debrief);
    writeChart(flow, fonts, debrief);
    writeRecommendations(flow, fonts, debrief);
    writeDisagreements(flow, fonts, debrief);
    for (int who = 0; who < debrief.scorecards.size(); ++who)
        writeScorecard(flow, fonts, debrief, who);

    const auto frame = [&](QPainter &painter, int index, int pages) {
        drawFrame(painter, flow, fonts, frameOf(debrief, now), index, pages);
    };
    if (!pageflow::paint(writer, flow, frame))
        throw PanelistError(DebriefText::tr("The PDF writer could not start."));
    buffer.close();
    pdfinfo::Info info;
    info.title = title;
    info.author = options.author.isEmpty() ? QStringLiteral("Panelist") : options.author;
    info.subject = DebriefText::tr("Debrief packet");
    info.creator = QStringLiteral("Panelist " PANELIST_VERSION);
    info.producer = QStringLiteral("Qt " QT_VERSION_STR);
    info.created = now;
    return pdfinfo::withInfo(buffer.data(), info);
}

void write(const Debrief &debrief, const QString &path, const Options &options)
{
    textfile::write(path, render(debrief, options));
}

} // namespace debriefpdf
