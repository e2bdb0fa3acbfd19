#include "formats/interviewpdf.h"

#include "domain/errors.h"
#include "domain/scorecard.h"
#include "domain/scoring.h"
#include "domain/vocabulary.h"
#include "domain/wallclock.h"
#include "formats/pageflow.h"
#include "formats/pdfinfo.h"
#include "formats/reportquestion.h"
#include "formats/reportstyle.h"
#include "formats/textfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <algorithm>
#include <memory>

namespace interviewpdf {

namespace {

using namespace interviewreport;
using pageflow::Flow;
using pageflow::paragraphText;
using pageflow::pt;
using vocabulary::Recommendation;

// ---- the header of the first page ------------------------------------------------------

void writeHeader(Flow &flow, const Fonts &fonts, const Interview &interview, const QDateTime &now)
{
    flow.paragraph(ReportText::tr("INTERVIEW SUMMARY"), fonts.kicker, kAccent, flow.left());
    flow.advance(pt(2));
    flow.paragraph(interview.candidate.trimmed().isEmpty() ? ReportText::tr("Unnamed candidate")
                                                           : interview.candidate.trimmed(),
                   fonts.title, kInk, flow.left());
    if (!interview.role.trimmed().isEmpty())
        flow.paragraph(interview.role.trimmed(), fonts.subtitle, kMuted, flow.left());
    flow.advance(pt(10));

    // Facts: two columns of label over value.
    const int elapsed = interview.elapsedSeconds(now);
    QString duration = ReportText::tr("%1 of %2 min planned")
                           .arg(minutesText(elapsed))
                           .arg(interview.budgetMinutes());
    if (!interview.finished())
        duration += ReportText::tr(" (in progress)");
    QString date = dateText(interview.startedAt);
    const QList<std::pair<QString, QString>> facts = {
        {ReportText::tr("INTERVIEWER"), interview.interviewer.trimmed().isEmpty()
                                            ? ReportText::tr("—")
                                            : interview.interviewer.trimmed()},
        {ReportText::tr("DATE"), date},
        {ReportText::tr("DURATION"), duration},
        {ReportText::tr("PLAN"), interview.planName.trimmed().isEmpty()
                                     ? ReportText::tr("—")
                                     : interview.planName.trimmed()},
    };
    const qreal column = flow.width() / 2;
    const qreal top = flow.y();
    flow.add([&flow, top](QPainter &painter) {
        painter.setPen(QPen(kRule, pt(0.75)));
        painter.drawLine(QPointF(flow.left(), top), QPointF(flow.right(), top));
    });
    flow.advance(pt(8));
    for (int row = 0; row < 2; ++row) {
        const qreal rowTop = flow.y();
        qreal rowBottom = rowTop;
        for (int col = 0; col < 2; ++col) {
            const auto &[label, value] = facts.at(row * 2 + col);
            const qreal x = flow.left() + col * column;
            auto labelLayout = flow.layout(label, fonts.label, column - pt(12));
            auto valueLayout = flow.layout(value, fonts.value, column - pt(12));
            qreal y = rowTop;
            const auto drawAll = [&flow, x](const std::shared_ptr<QTextLayout> &layout,
                                            const QColor &color, qreal &at) {
                for (int i = 0; i < layout->lineCount(); ++i) {
                    const qreal lineTop = at;
                    flow.add([layout, i, x, lineTop, color](QPainter &painter) {
                        painter.setPen(color);
                        layout->lineAt(i).draw(&painter, QPointF(x, lineTop));
                    });
                    at += Flow::lineHeight(layout->lineAt(i));
                }
            };
            drawAll(labelLayout, kMuted, y);
            y += pt(1);
            drawAll(valueLayout, kInk, y);
            rowBottom = std::max(rowBottom, y);
        }
        flow.advance(rowBottom - rowTop + pt(6));
    }
    const qreal bottom = flow.y();
    flow.add([&flow, bottom](QPainter &painter) {
        painter.setPen(QPen(kRule, pt(0.75)));
        painter.drawLine(QPointF(flow.left(), bottom), QPointF(flow.right(), bottom));
    });
    flow.advance(pt(14));
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

void writeOutcome(Flow &flow, const Fonts &fonts, const Interview &interview)
{
    // The recommendation as a coloured badge, with what qualifies it beside it.
    const Recommendation value = interview.recommendation;
    QString label = vocabulary::label(value);
    if (label.isEmpty())
        label = interview.finished() ? ReportText::tr("No recommendation")
                                     : ReportText::tr("Interview in progress");
    const QFontMetricsF metrics(fonts.badge, flow.device());
    const qreal padX = pt(9);
    const qreal badgeHeight = metrics.height() + pt(8);
    const qreal caption = QFontMetricsF(fonts.label, flow.device()).height() + pt(3);
    flow.ensure(caption + badgeHeight + pt(4));
    flow.paragraph(ReportText::tr("RECOMMENDATION"), fonts.label, kMuted, flow.left());
    flow.advance(pt(3));
    const qreal top = flow.y();
    const qreal badgeWidth = metrics.horizontalAdvance(label) + 2 * padX;
    const QColor color = recommendationColor(value);
    const QFont badgeFont = fonts.badge;
    flow.add([&flow, top, badgeWidth, badgeHeight, color, label, badgeFont](QPainter &painter) {
        const QRectF rect(flow.left(), top, badgeWidth, badgeHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(rect, pt(4), pt(4));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(Qt::white);
        painter.setFont(badgeFont);
        painter.drawText(rect, Qt::AlignCenter, label);
    });
    QStringList notes;
    if (interview.amended)
        notes << ReportText::tr("Amended after the call");
    if (!interview.finished() && value != Recommendation::None)
        notes << ReportText::tr("Not finished yet");
    if (!notes.isEmpty()) {
        const QString text = notes.join(QStringLiteral(" · "));
        const QFont font = fonts.meta;
        const qreal x = flow.left() + badgeWidth + pt(10);
        flow.add([&flow, x, top, badgeHeight, text, font](QPainter &painter) {
            painter.setPen(kWarn);
            painter.setFont(font);
            painter.drawText(QRectF(x, top, flow.right() - x, badgeHeight),
                             Qt::AlignVCenter | Qt::AlignLeft, text);
        });
    }
    flow.advance(badgeHeight + pt(10));

    if (!interview.summary.trimmed().isEmpty()) {
        flow.paragraph(ReportText::tr("SUMMARY"), fonts.label, kMuted, flow.left(), pt(30));
        flow.advance(pt(2));
        flow.paragraph(paragraphText(interview.summary), fonts.body, kInk, flow.left());
    }
}

// The scorecard: each competency with its rating, the suggestion and the question scores
// that are its evidence; then key takeaways, pros and cons. Nothing for an interview
// whose plan named no competencies and that has none of the texts.
void writeScorecard(Flow &flow, const Fonts &fonts, const Interview &interview)
{
    const Scorecard card = scorecards::of(interview);
    const bool texts = !card.takeaways.trimmed().isEmpty() || !card.pros.trimmed().isEmpty() ||
                       !card.cons.trimmed().isEmpty();
    if (card.competencies.isEmpty() && !texts)
        return;
    sectionHeading(flow, fonts,
                   card.submitted ? ReportText::tr("Scorecard")
                                  : ReportText::tr("Scorecard (not submitted yet)"),
                   pt(60));
    for (const ScorecardRating &competency : card.competencies) {
        QString line = ReportText::tr("%1: %2").arg(competency.name,
                                                    vocabulary::ratingLabel(competency.rating));
        if (vocabulary::isRating(competency.suggested))
            line += ReportText::tr("  (suggested: %1)")
                        .arg(vocabulary::ratingLabel(competency.suggested));
        flow.paragraph(line, fonts.bodyBold, kInk, flow.left(), pt(24));
        QStringList evidence;
        for (const ScorecardEvidence &entry : competency.evidence)
            evidence << ReportText::tr("%1 (%2)").arg(entry.title,
                                                      vocabulary::scoreLabel(entry.score));
        flow.paragraph(
            evidence.isEmpty()
                ? ReportText::tr("No question of the plan counts for it.")
                : ReportText::tr("Evidence: %1").arg(evidence.join(QStringLiteral("; "))),
            fonts.meta, kMuted, flow.left() + pt(12));
        flow.advance(pt(4));
    }
    const struct
    {
        QString heading;
        const QString &text;
    } parts[] = {{ReportText::tr("KEY TAKEAWAYS"), card.takeaways},
                 {ReportText::tr("PROS"), card.pros},
                 {ReportText::tr("CONS"), card.cons}};
    for (const auto &part : parts) {
        if (part.text.trimmed().isEmpty())
            continue;
        flow.advance(pt(4));
        flow.paragraph(part.heading, fonts.label, kMuted, flow.left(), pt(30));
        flow.advance(pt(2));
        flow.paragraph(paragraphText(part.text), fonts.body, kInk, flow.left());
    }
}

// Average score per category, on the 1–4 scale, as horizontal bars.
void writeChart(Flow &flow, const Fonts &fonts, const Interview &interview)
{
    const QList<scoring::Tally> scores = scoring::byCategory(interview.items);
    const qreal labelWidth = std::min(pt(150), flow.width() * 0.32);
    const qreal valueWidth = pt(92);
    const qreal barLeft = flow.left() + labelWidth + pt(8);
    const qreal barRight = flow.right() - valueWidth;
    const qreal barSpan = barRight - barLeft;
    const qreal rowHeight = pt(17);
    const qreal scaleHeight = pt(14);
    const qreal chartHeight = scaleHeight + rowHeight * scores.size() + pt(4);

    sectionHeading(flow, fonts, ReportText::tr("Scores by category"),
                   std::min(chartHeight, flow.bottom() / 3));
    // The scale: one tick per score, labelled with its anchor.
    const qreal xAt = barSpan / vocabulary::kMaxScore;
    const auto xFor = [barLeft, xAt](double score) {
        return barLeft + xAt * score;
    };
    const QFont small = fonts.small;
    const QFont meta = fonts.meta;
    const QFontMetricsF labelMetrics(meta, flow.device());
    int rowsLeft = int(scores.size());
    int first = 0;
    while (rowsLeft > 0) {
        // As many rows as fit on this page (the chart continues on the next one).
        flow.ensure(scaleHeight + rowHeight * std::min(rowsLeft, 2));
        const qreal top = flow.y();
        const int fit = std::max(1, int((flow.room() - scaleHeight - pt(4)) / rowHeight));
        const int count = std::min(rowsLeft, fit);
        const qreal chartBottom = top + scaleHeight + rowHeight * count;
        flow.add([=](QPainter &painter) {
            painter.setFont(small);
            for (int score = vocabulary::kNoScore; score <= vocabulary::kMaxScore; ++score) {
                const qreal x = xFor(score);
                const bool axis = score == vocabulary::kNoScore;
                painter.setPen(QPen(axis ? kFaint : kRule, pt(0.6)));
                painter.drawLine(QPointF(x, top + scaleHeight - pt(3)), QPointF(x, chartBottom));
                if (axis)
                    continue;
                painter.setPen(kMuted);
                const QString text =
                    QStringLiteral("%1 %2").arg(score).arg(vocabulary::scoreName(score));
                const QRectF box(x - xAt, top, xAt, scaleHeight - pt(4));
                painter.drawText(box, Qt::AlignRight | Qt::AlignBottom, text);
            }
        });
        for (int i = first; i < first + count; ++i) {
            const scoring::Tally category = scores.at(i);
            const qreal rowTop = top + scaleHeight + rowHeight * (i - first);
            const QString name = labelMetrics.elidedText(
                category.category.isEmpty() ? ReportText::tr("Uncategorised") : category.category,
                Qt::ElideRight, labelWidth);
            const QString value = category.hasScore()
                                      ? ReportText::tr("%1  (%2 of %3)")
                                            .arg(QLocale().toString(category.average(), 'f', 1))
                                            .arg(category.scored)
                                            .arg(category.questions)
                                      : ReportText::tr("not scored");
            flow.add([=, &flow](QPainter &painter) {
                if ((i % 2) == 0) {
                    painter.fillRect(
                        QRectF(flow.left(), rowTop, barLeft - flow.left() - pt(4), rowHeight),
                        kShade);
                }
                painter.setFont(meta);
                painter.setPen(kInk);
                painter.drawText(QRectF(flow.left() + pt(4), rowTop, labelWidth, rowHeight),
                                 Qt::AlignVCenter | Qt::AlignLeft, name);
                if (category.hasScore()) {
                    const QRectF bar(barLeft, rowTop + pt(3.5), xFor(category.average()) - barLeft,
                                     rowHeight - pt(7));
                    painter.fillRect(bar, kAccent);
                }
                painter.setPen(category.hasScore() ? kInk : kFaint);
                painter.drawText(QRectF(barRight + pt(8), rowTop, valueWidth - pt(8), rowHeight),
                                 Qt::AlignVCenter | Qt::AlignLeft, value);
            });
        }
        flow.advance(chartBottom - top + pt(4));
        first += count;
        rowsLeft -= count;
    }

    // One line under the chart: the overall average and the flags.
    const scoring::Tally overall = scoring::overall(interview.items);
    int strong = 0, concern = 0;
    for (const InterviewItem &item : interview.items) {
        strong += item.flagStrong ? 1 : 0;
        concern += item.flagConcern ? 1 : 0;
    }
    QStringList parts;
    parts << (overall.hasScore()
                  ? ReportText::tr("Overall %1 average over %2 of %3 questions scored")
                        .arg(QLocale().toString(overall.average(), 'f', 1))
                        .arg(overall.scored)
                        .arg(overall.questions)
                  : ReportText::tr("No question scored"));
    parts << (strong == 1 ? ReportText::tr("1 strong signal")
                          : ReportText::tr("%1 strong signals").arg(strong));
    parts << (concern == 1 ? ReportText::tr("1 concern")
                           : ReportText::tr("%1 concerns").arg(concern));
    flow.advance(pt(2));
    flow.paragraph(parts.join(QStringLiteral("  ·  ")), fonts.meta, kMuted, flow.left());
}

// ---- running header and footer ---------------------------------------------------------

RunningFrame frameOf(const Interview &interview)
{
    return {ReportText::tr("Interview summary — %1").arg(interview.candidate.trimmed()),
            dateText(interview.startedAt), ReportText::tr("Confidential — candidate data")};
}

} // namespace

std::optional<PageSize> pageSizeFromName(const QString &name)
{
    const QString value = name.trimmed();
    if (value.isEmpty() || value.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return PageSize::A4;
    if (value.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return PageSize::Letter;
    return std::nullopt;
}

QByteArray render(const Interview &interview, const Options &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw PanelistError(
            ReportText::tr("Writing a PDF needs the graphical application (fonts)."));
    const QDateTime now = options.now.isValid() ? options.now : wallclock::now().toLocalTime();
    const QString candidate = interview.candidate.trimmed();
    const QString title = ReportText::tr("Interview summary — %1").arg(candidate);
    const QString author =
        options.author.isEmpty() ? interview.interviewer.trimmed() : options.author;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(pageflow::kDpi);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Panelist " PANELIST_VERSION));
    writer.setPageLayout(QPageLayout(
        QPageSize(options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));

    const Fonts fonts;
    const QSizeF page(writer.width(), writer.height());
    Flow flow(&writer, page, kMargins);
    writeHeader(flow, fonts, interview, now);
    writeOutcome(flow, fonts, interview);
    writeScorecard(flow, fonts, interview);
    if (!interview.items.isEmpty())
        writeChart(flow, fonts, interview);
    sectionHeading(flow, fonts, ReportText::tr("Questions"), pt(80));
    for (int i = 0; i < interview.items.size(); ++i)
        writeQuestion(flow, fonts, interview, i, now);
    if (interview.items.isEmpty())
        flow.paragraph(ReportText::tr("This interview has no questions."), fonts.body, kMuted,
                       flow.left());

    const auto frame = [&](QPainter &painter, int index, int pages) {
        drawFrame(painter, flow, fonts, frameOf(interview), index, pages);
    };
    if (!pageflow::paint(writer, flow, frame))
        throw PanelistError(ReportText::tr("The PDF writer could not start."));
    buffer.close();
    pdfinfo::Info info;
    info.title = title;
    info.author = author;
    info.subject = ReportText::tr("Interview summary");
    info.creator = QStringLiteral("Panelist " PANELIST_VERSION);
    info.producer = QStringLiteral("Qt " QT_VERSION_STR);
    info.created = now;
    return pdfinfo::withInfo(buffer.data(), info);
}

void write(const Interview &interview, const QString &path, const Options &options)
{
    const QByteArray pdf = render(interview, options);
    textfile::write(path, pdf);
}

} // namespace interviewpdf
