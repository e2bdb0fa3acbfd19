#include "formats/reportquestion.h"

#include "domain/scoring.h"
#include "domain/vocabulary.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <algorithm>
#include <memory>

namespace interviewreport {

namespace {

using pageflow::Flow;
using pageflow::paragraphText;
using pageflow::pt;

void subheading(Flow &flow, const Fonts &fonts, const QString &text, qreal x)
{
    flow.advance(pt(5));
    // Kept with the first line after it.
    flow.paragraph(text, fonts.subheading, kMuted, x, pt(30));
    flow.advance(pt(1.5));
}

// A line with a marker (✓, ✗, •, a timestamp) in a column of `markerWidth` and its text
// wrapped beside it.
void markedLine(Flow &flow, const QString &marker, const QFont &markerFont,
                const QColor &markerColor, const QString &text, const QFont &font,
                const QColor &color, qreal x, qreal markerWidth,
                const QList<QTextLayout::FormatRange> &formats = {})
{
    auto layout = flow.layout(text, font, flow.right() - x - markerWidth, formats);
    if (layout->lineCount() == 0)
        return;
    // The marker sits on the first line's baseline.
    const qreal ascent = layout->lineAt(0).ascent();
    flow.place(layout, x + markerWidth, color, 0,
               [marker, markerFont, markerColor, x, ascent](QPainter &painter, qreal top) {
                   painter.setFont(markerFont);
                   painter.setPen(markerColor);
                   painter.drawText(QPointF(x, top + ascent), marker);
               });
}

} // namespace

void writeQuestion(Flow &flow, const Fonts &fonts, const Interview &interview, int index,
                   const QDateTime &now)
{
    const InterviewItem &item = interview.items.at(index);
    const qreal gutter = pt(24);
    const qreal x = flow.left() + gutter;
    const QString title =
        item.title.trimmed().isEmpty() ? ReportText::tr("Untitled question") : item.title.trimmed();

    // Title, meta line and the score stay together at the top of a page.
    auto titleLayout = flow.layout(title, fonts.question, flow.right() - x);
    const qreal keep = Flow::lineHeight(titleLayout->lineAt(0)) * titleLayout->lineCount() + pt(60);
    flow.advance(pt(4));
    flow.ensure(keep);
    const qreal ruleY = flow.y();
    flow.add([&flow, ruleY](QPainter &painter) {
        painter.setPen(QPen(kRule, pt(0.6)));
        painter.drawLine(QPointF(flow.left(), ruleY), QPointF(flow.right(), ruleY));
    });
    flow.advance(pt(8));
    const QString number = QString::number(index + 1);
    const QFont numberFont = fonts.number;
    const qreal ascent = titleLayout->lineAt(0).ascent();
    const qreal left = flow.left();
    flow.place(titleLayout, x, kInk, 0,
               [number, numberFont, left, ascent](QPainter &painter, qreal top) {
                   painter.setFont(numberFont);
                   painter.setPen(kAccent);
                   painter.drawText(QPointF(left, top + ascent), number);
               });

    // A question that runs over a page says so at the top of the next.
    flow.setContinuation([&fonts, number, title, x](Flow &next) {
        next.paragraph(ReportText::tr("%1. %2 (continued)").arg(number, title), fonts.meta, kFaint,
                       x);
        next.advance(pt(4));
    });

    // Category · level · time against budget · state.
    QStringList meta;
    if (!item.category.trimmed().isEmpty())
        meta << item.category.trimmed();
    meta << vocabulary::label(item.level);
    const int spent = interview.itemSeconds(index, now);
    const int budget = item.minutesBudget * 60;
    QString time = ReportText::tr("%1 of %2 min").arg(minutesText(spent)).arg(item.minutesBudget);
    const int timeStart = int(meta.join(QStringLiteral("  ·  ")).size()) + (meta.isEmpty() ? 0 : 5);
    meta << time;
    QList<QTextLayout::FormatRange> metaFormats;
    if (spent > budget && budget > 0) {
        const QString over = ReportText::tr("%1 over").arg(minutesText(spent - budget));
        meta.last() += QStringLiteral(" (") + over + QLatin1Char(')');
        metaFormats << range(timeStart, int(meta.last().size()), fonts.meta, kWarn);
    }
    const vocabulary::ItemState state = item.state;
    if (state == vocabulary::ItemState::Skipped)
        meta << vocabulary::label(state);
    else if (state == vocabulary::ItemState::Pending && !interview.hasRecord(index))
        meta << vocabulary::label(state); // "Not reached"
    else if (state == vocabulary::ItemState::Current && !interview.finished())
        meta << ReportText::tr("In progress");
    flow.advance(pt(1));
    flow.paragraph(meta.join(QStringLiteral("  ·  ")), fonts.meta, kMuted, x, 0, metaFormats);
    flow.advance(pt(4));

    // Score with its anchor text.
    {
        QString head;
        QString rest;
        QColor color = kInk;
        const bool scored = scoring::isScored(item.score);
        if (scored) {
            head = ReportText::tr("Score %1 of %2 — %3")
                       .arg(item.score)
                       .arg(vocabulary::kMaxScore)
                       .arg(vocabulary::scoreName(item.score));
            const QString anchor = interviewvalues::anchorOf(item, item.score).trimmed();
            if (!anchor.isEmpty())
                rest = QStringLiteral(": ") + anchor;
        } else {
            head = vocabulary::scoreLabel(vocabulary::kNoScore); // "Not scored"
            color = kFaint;
        }
        const QString text = head + paragraphText(rest);
        QList<QTextLayout::FormatRange> formats{
            range(0, int(head.size()), fonts.bodyBold, scored ? kAccent : kFaint)};
        if (!rest.isEmpty())
            formats << range(int(head.size()), int(text.size() - head.size()), fonts.body, kMuted);
        flow.paragraph(text, fonts.body, color, x, 0, formats);
    }

    // Flags as small tags.
    if (item.flagStrong || item.flagConcern) {
        flow.advance(pt(3));
        QList<std::pair<QString, QColor>> tags;
        if (item.flagStrong)
            tags.append({ReportText::tr("▲ Strong signal"), kGood});
        if (item.flagConcern)
            tags.append({ReportText::tr("■ Concern"), kBad});
        const QFontMetricsF metrics(fonts.meta, flow.device());
        const qreal height = metrics.height() + pt(4);
        flow.ensure(height);
        const qreal top = flow.y();
        const QFont font = fonts.meta;
        qreal at = x;
        for (const auto &[text, color] : tags) {
            const qreal w = metrics.horizontalAdvance(text) + pt(12);
            flow.add([=](QPainter &painter) {
                const QRectF rect(at, top, w, height);
                QColor fill = color;
                fill.setAlpha(28);
                painter.setPen(QPen(color, pt(0.6)));
                painter.setBrush(fill);
                painter.drawRoundedRect(rect, pt(3), pt(3));
                painter.setBrush(Qt::NoBrush);
                painter.setFont(font);
                painter.setPen(color);
                painter.drawText(rect, Qt::AlignCenter, text);
            });
            at += w + pt(6);
        }
        flow.advance(height + pt(2));
    }

    // Rubric criteria, met and not met; none for a question never asked (skipped or not
    // reached with nothing recorded): it failed no criterion.
    const bool neverAsked =
        (state == vocabulary::ItemState::Skipped || state == vocabulary::ItemState::Pending) &&
        !interview.hasRecord(index);
    if (!item.criteria.isEmpty() && !neverAsked) {
        const int met = int(std::count_if(item.criteria.cbegin(), item.criteria.cend(),
                                          [](const InterviewCriterion &c) { return c.met; }));
        subheading(flow, fonts,
                   ReportText::tr("RUBRIC — %1 OF %2 MET").arg(met).arg(item.criteria.size()), x);
        for (const InterviewCriterion &criterion : item.criteria) {
            markedLine(flow, criterion.met ? QStringLiteral("✓") : QStringLiteral("✗"),
                       fonts.bodyBold, criterion.met ? kGood : kBad, paragraphText(criterion.text),
                       fonts.body, criterion.met ? kInk : kMuted, x, pt(14));
        }
    }

    // Follow-ups asked; ad-hoc ones (added during the call) marked.
    QList<InterviewFollowUp> asked;
    for (const InterviewFollowUp &followUp : item.followUps) {
        if (followUp.asked)
            asked << followUp;
    }
    if (!asked.isEmpty()) {
        subheading(flow, fonts, ReportText::tr("FOLLOW-UPS ASKED"), x);
        for (const InterviewFollowUp &followUp : asked) {
            // Bank follow-ups are Markdown; on paper `code` reads as code without its
            // backticks.
            QString text =
                paragraphText(followUp.adHoc ? followUp.text : QString(followUp.text).remove(u'`'));
            QList<QTextLayout::FormatRange> formats;
            if (followUp.adHoc) {
                const QString mark = ReportText::tr("ad hoc");
                formats << range(int(text.size()) + 2, int(mark.size()), fonts.small, kAccent);
                text += QStringLiteral("  ") + mark;
            }
            markedLine(flow, QStringLiteral("•"), fonts.body, kMuted, text, fonts.body, kInk, x,
                       pt(14), formats);
        }
    }

    // Notes, one line each, the "[mm:ss]" stamp in its own column.
    const QString notes = item.notes.trimmed();
    if (!notes.isEmpty()) {
        subheading(flow, fonts, ReportText::tr("NOTES"), x);
        static const QRegularExpression stamped(
            QStringLiteral("^\\[(\\d{1,3}:\\d{2}(?::\\d{2})?)\\]\\s?(.*)$"));
        const QStringList lines = notes.split(QLatin1Char('\n'));
        for (QString line : lines) {
            line.remove(QLatin1Char('\r'));
            if (line.trimmed().isEmpty()) {
                flow.advance(pt(4));
                continue;
            }
            // The stamp is part of the line's text (so a reader copying the line gets it),
            // and wrapped lines hang below the text after it.
            const QRegularExpressionMatch match = stamped.match(line);
            QString text = line;
            QList<QTextLayout::FormatRange> formats;
            qreal hanging = 0;
            if (match.hasMatch()) {
                const QString stamp = QLatin1Char('[') + match.captured(1) + QStringLiteral("] ");
                text = stamp + match.captured(2);
                formats << range(0, int(stamp.size()), fonts.stamp, kFaint);
                hanging = QFontMetricsF(fonts.stamp, flow.device()).horizontalAdvance(stamp);
            }
            flow.place(flow.layout(text, fonts.body, flow.right() - x, formats, hanging), x, kInk);
        }
    }
    flow.advance(pt(8));
    flow.setContinuation({});
}

} // namespace interviewreport
