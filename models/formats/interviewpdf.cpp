#include "formats/interviewpdf.h"

#include "domain/errors.h"
#include "formats/textfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>
#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace interviewpdf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InterviewPdf", text);
}

// The palette: near-black text, muted greys, one accent and the signal colours.
const QColor kInk(0x1f, 0x23, 0x28);
const QColor kMuted(0x5b, 0x63, 0x6e);
const QColor kFaint(0x8c, 0x95, 0x9f);
const QColor kRule(0xd0, 0xd7, 0xde);
const QColor kShade(0xf3, 0xf5, 0xf8);
const QColor kAccent(0x1f, 0x4e, 0x8c);
const QColor kGood(0x1a, 0x7f, 0x37);
const QColor kBad(0xc2, 0x2b, 0x2b);
const QColor kWarn(0x9a, 0x60, 0x00);

constexpr int kDpi = 600;

qreal pt(qreal points)
{
    return points * kDpi / 72.0;
}

QFont makeFont(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont font;
    // DejaVu covers Latin, Greek and Cyrillic; fontconfig falls back (Noto CJK) for the
    // rest, glyph by glyph.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Liberation Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setItalic(italic);
    font.setKerning(true);
    // Any letter spacing turns ligatures off, and 100 % changes no advance: "fi" stays
    // two letters, so text copied from the PDF (or read by pdftotext) is what was typed.
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    return font;
}

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

using Op = std::function<void(QPainter &)>;

// Lays the document out top to bottom, line by line, into pages of drawing operations;
// painting happens once the page count is known ("Page N of M").
class Flow
{
public:
    Flow(QPaintDevice *device, const QSizeF &page)
        : m_device(device)
        , m_page(page)
        , m_left(pt(56))
        , m_right(page.width() - pt(56))
        , m_top(pt(56))
        , m_bottom(page.height() - pt(60))
    {
        m_pages.emplace_back();
        m_y = m_top;
    }

    QPaintDevice *device() const { return m_device; }
    qreal left() const { return m_left; }
    qreal right() const { return m_right; }
    qreal width() const { return m_right - m_left; }
    qreal y() const { return m_y; }
    qreal bottom() const { return m_bottom; }
    qreal pageWidth() const { return m_page.width(); }
    qreal pageHeight() const { return m_page.height(); }
    int pageCount() const { return int(m_pages.size()); }
    const std::vector<Op> &page(int index) const { return m_pages.at(index); }

    void add(Op op) { m_pages.back().push_back(std::move(op)); }
    void advance(qreal height) { m_y += height; }
    qreal room() const { return m_bottom - m_y; }
    // A new page when fewer than `height` units are left on this one.
    void ensure(qreal height)
    {
        if (m_y + height > m_bottom && m_y > m_top + pt(1))
            newPage();
    }
    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_top + pt(14); // below the running header
        if (m_continued)
            m_continued(*this);
    }
    // Called at the top of each new page while a question runs over (its "continued").
    void setContinuation(std::function<void(Flow &)> continued)
    {
        m_continued = std::move(continued);
    }

    // Wraps `text` to `width` (device units); each line is placed on its own, so a
    // paragraph breaks across pages between lines, never through one.
    // Lines after the first start `hanging` units further right.
    std::shared_ptr<QTextLayout> layout(const QString &text, const QFont &font, qreal width,
                                        const QList<QTextLayout::FormatRange> &formats = {},
                                        qreal hanging = 0) const
    {
        auto layout = std::make_shared<QTextLayout>(text, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        layout->setTextOption(option);
        layout->setFormats(formats);
        layout->beginLayout();
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            const bool first = line.lineNumber() == 0;
            line.setLineWidth(first ? width : width - hanging);
            line.setPosition(QPointF(first ? 0 : hanging, 0));
        }
        layout->endLayout();
        return layout;
    }

    static qreal lineHeight(const QTextLine &line) { return line.height() * 1.22; }

    // Places the lines of `layout` at x; `keep` is how much must fit with the first line
    // (a heading kept with what follows it). `firstLine` draws beside the first line (a
    // timestamp, a check mark) at its top-left y.
    void place(const std::shared_ptr<QTextLayout> &layout, qreal x, const QColor &color,
               qreal keep = 0, std::function<void(QPainter &, qreal)> firstLine = {})
    {
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal height = lineHeight(line);
            ensure(i == 0 ? std::max(height, keep) : height);
            const qreal top = m_y + (height - line.height()) / 2;
            add([layout, i, x, top, color](QPainter &painter) {
                painter.setPen(color);
                layout->lineAt(i).draw(&painter, QPointF(x, top));
            });
            if (i == 0 && firstLine) {
                add([firstLine, top](QPainter &painter) { firstLine(painter, top); });
            }
            m_y += height;
        }
    }

    // A paragraph at [x, right()]; returns the height of its first line.
    void paragraph(const QString &text, const QFont &font, const QColor &color, qreal x,
                   qreal keep = 0, const QList<QTextLayout::FormatRange> &formats = {})
    {
        place(layout(text, font, m_right - x, formats), x, color, keep);
    }

private:
    QPaintDevice *m_device;
    QSizeF m_page;
    qreal m_left, m_right, m_top, m_bottom;
    qreal m_y;
    std::vector<std::vector<Op>> m_pages;
    std::function<void(Flow &)> m_continued;
};

QTextLayout::FormatRange range(int start, int length, const QFont &font,
                               const QColor &color = QColor())
{
    QTextLayout::FormatRange format;
    format.start = start;
    format.length = length;
    format.format.setFont(font);
    if (color.isValid())
        format.format.setForeground(color);
    return format;
}

// Paragraph text: line breaks typed into the text stay line breaks.
QString paragraphText(QString text)
{
    text = text.trimmed();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

QString levelLabel(int score)
{
    switch (score) {
    case 1:
        return tr("No signal");
    case 2:
        return tr("Junior");
    case 3:
        return tr("Middle");
    case 4:
        return tr("Senior");
    default:
        return tr("Not scored");
    }
}

QString anchorText(const InterviewItem &item)
{
    switch (item.score) {
    case 2:
        return item.anchorJunior.trimmed();
    case 3:
        return item.anchorMiddle.trimmed();
    case 4:
        return item.anchorSenior.trimmed();
    default:
        return {};
    }
}

QString minutesText(int seconds)
{
    return interviewvalues::clock(seconds);
}

QColor recommendationColor(vocabulary::Recommendation value)
{
    if (value == vocabulary::Recommendation::StrongYes)
        return kGood;
    if (value == vocabulary::Recommendation::Yes)
        return QColor(0x2f, 0x8f, 0x4e);
    if (value == vocabulary::Recommendation::No)
        return QColor(0xc0, 0x56, 0x21);
    if (value == vocabulary::Recommendation::StrongNo)
        return kBad;
    return kFaint;
}

QString dateText(const QDateTime &when)
{
    if (!when.isValid())
        return tr("not started");
    return QLocale().toString(when.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
}

struct CategoryScore
{
    QString name;
    int questions = 0;
    int scored = 0;
    int total = 0;
    double average() const { return scored ? double(total) / scored : 0; }
};

QList<CategoryScore> categoryScores(const Interview &interview)
{
    QList<CategoryScore> list;
    for (const InterviewItem &item : interview.items) {
        const QString name =
            item.category.trimmed().isEmpty() ? tr("Uncategorised") : item.category.trimmed();
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const CategoryScore &c) { return c.name == name; });
        if (it == list.end()) {
            list.append(CategoryScore{name});
            it = list.end() - 1;
        }
        ++it->questions;
        if (item.score > 0) {
            ++it->scored;
            it->total += item.score;
        }
    }
    return list;
}

// ---- the header of the first page ------------------------------------------------------

void writeHeader(Flow &flow, const Fonts &fonts, const Interview &interview, const QDateTime &now)
{
    flow.paragraph(tr("INTERVIEW SUMMARY"), fonts.kicker, kAccent, flow.left());
    flow.advance(pt(2));
    flow.paragraph(interview.candidate.trimmed().isEmpty() ? tr("Unnamed candidate")
                                                           : interview.candidate.trimmed(),
                   fonts.title, kInk, flow.left());
    if (!interview.role.trimmed().isEmpty())
        flow.paragraph(interview.role.trimmed(), fonts.subtitle, kMuted, flow.left());
    flow.advance(pt(10));

    // Facts: two columns of label over value.
    const int elapsed = interview.elapsedSeconds(now);
    QString duration =
        tr("%1 of %2 min planned").arg(minutesText(elapsed)).arg(interview.budgetMinutes());
    if (!interview.finished())
        duration += tr(" (in progress)");
    QString date = dateText(interview.startedAt);
    const QList<std::pair<QString, QString>> facts = {
        {tr("INTERVIEWER"),
         interview.interviewer.trimmed().isEmpty() ? tr("—") : interview.interviewer.trimmed()},
        {tr("DATE"), date},
        {tr("DURATION"), duration},
        {tr("PLAN"),
         interview.planName.trimmed().isEmpty() ? tr("—") : interview.planName.trimmed()},
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
    const vocabulary::Recommendation value = interview.recommendation;
    QString label = vocabulary::label(value);
    if (label.isEmpty())
        label = interview.finished() ? tr("No recommendation") : tr("Interview in progress");
    const QFontMetricsF metrics(fonts.badge, flow.device());
    const qreal padX = pt(9);
    const qreal badgeHeight = metrics.height() + pt(8);
    const qreal caption = QFontMetricsF(fonts.label, flow.device()).height() + pt(3);
    flow.ensure(caption + badgeHeight + pt(4));
    flow.paragraph(tr("RECOMMENDATION"), fonts.label, kMuted, flow.left());
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
        notes << tr("Amended after the call");
    if (!interview.finished() && value != vocabulary::Recommendation::None)
        notes << tr("Not finished yet");
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
        flow.paragraph(tr("SUMMARY"), fonts.label, kMuted, flow.left(), pt(30));
        flow.advance(pt(2));
        flow.paragraph(paragraphText(interview.summary), fonts.body, kInk, flow.left());
    }
}

// Average score per category, on the 1–4 scale, as horizontal bars.
void writeChart(Flow &flow, const Fonts &fonts, const Interview &interview)
{
    const QList<CategoryScore> scores = categoryScores(interview);
    const qreal labelWidth = std::min(pt(150), flow.width() * 0.32);
    const qreal valueWidth = pt(92);
    const qreal barLeft = flow.left() + labelWidth + pt(8);
    const qreal barRight = flow.right() - valueWidth;
    const qreal barSpan = barRight - barLeft;
    const qreal rowHeight = pt(17);
    const qreal scaleHeight = pt(14);
    const qreal chartHeight = scaleHeight + rowHeight * scores.size() + pt(4);

    sectionHeading(flow, fonts, tr("Scores by category"), std::min(chartHeight, flow.bottom() / 3));
    // The scale: one tick per score, labelled with its anchor.
    const qreal xAt = barSpan / 4;
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
            for (int score = 0; score <= 4; ++score) {
                const qreal x = xFor(score);
                painter.setPen(QPen(score == 0 ? kFaint : kRule, pt(0.6)));
                painter.drawLine(QPointF(x, top + scaleHeight - pt(3)), QPointF(x, chartBottom));
                if (score == 0)
                    continue;
                painter.setPen(kMuted);
                const QString text = QStringLiteral("%1 %2").arg(score).arg(levelLabel(score));
                const QRectF box(x - xAt, top, xAt, scaleHeight - pt(4));
                painter.drawText(box, Qt::AlignRight | Qt::AlignBottom, text);
            }
        });
        for (int i = first; i < first + count; ++i) {
            const CategoryScore category = scores.at(i);
            const qreal rowTop = top + scaleHeight + rowHeight * (i - first);
            const QString name = labelMetrics.elidedText(category.name, Qt::ElideRight, labelWidth);
            const QString value = category.scored
                                      ? tr("%1  (%2 of %3)")
                                            .arg(QLocale().toString(category.average(), 'f', 1))
                                            .arg(category.scored)
                                            .arg(category.questions)
                                      : tr("not scored");
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
                if (category.scored) {
                    const QRectF bar(barLeft, rowTop + pt(3.5), xFor(category.average()) - barLeft,
                                     rowHeight - pt(7));
                    painter.fillRect(bar, kAccent);
                }
                painter.setPen(category.scored ? kInk : kFaint);
                painter.drawText(QRectF(barRight + pt(8), rowTop, valueWidth - pt(8), rowHeight),
                                 Qt::AlignVCenter | Qt::AlignLeft, value);
            });
        }
        flow.advance(chartBottom - top + pt(4));
        first += count;
        rowsLeft -= count;
    }

    // One line under the chart: the overall average and the flags.
    int scored = 0, total = 0, strong = 0, concern = 0;
    for (const InterviewItem &item : interview.items) {
        if (item.score > 0) {
            ++scored;
            total += item.score;
        }
        strong += item.flagStrong ? 1 : 0;
        concern += item.flagConcern ? 1 : 0;
    }
    QStringList parts;
    parts << (scored ? tr("Overall %1 average over %2 of %3 questions scored")
                           .arg(QLocale().toString(double(total) / scored, 'f', 1))
                           .arg(scored)
                           .arg(interview.items.size())
                     : tr("No question scored"));
    parts << (strong == 1 ? tr("1 strong signal") : tr("%1 strong signals").arg(strong));
    parts << (concern == 1 ? tr("1 concern") : tr("%1 concerns").arg(concern));
    flow.advance(pt(2));
    flow.paragraph(parts.join(QStringLiteral("  ·  ")), fonts.meta, kMuted, flow.left());
}

// ---- one question ----------------------------------------------------------------------

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

void writeQuestion(Flow &flow, const Fonts &fonts, const Interview &interview, int index,
                   const QDateTime &now)
{
    const InterviewItem &item = interview.items.at(index);
    const qreal gutter = pt(24);
    const qreal x = flow.left() + gutter;
    const QString title =
        item.title.trimmed().isEmpty() ? tr("Untitled question") : item.title.trimmed();

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
        next.paragraph(tr("%1. %2 (continued)").arg(number, title), fonts.meta, kFaint, x);
        next.advance(pt(4));
    });

    // Category · level · time against budget · state.
    QStringList meta;
    if (!item.category.trimmed().isEmpty())
        meta << item.category.trimmed();
    meta << vocabulary::label(item.level);
    const int spent = interview.itemSeconds(index, now);
    const int budget = item.minutesBudget * 60;
    QString time = tr("%1 of %2 min").arg(minutesText(spent)).arg(item.minutesBudget);
    const int timeStart = int(meta.join(QStringLiteral("  ·  ")).size()) + (meta.isEmpty() ? 0 : 5);
    meta << time;
    QList<QTextLayout::FormatRange> metaFormats;
    if (spent > budget && budget > 0) {
        const QString over = tr("%1 over").arg(minutesText(spent - budget));
        meta.last() += QStringLiteral(" (") + over + QLatin1Char(')');
        metaFormats << range(timeStart, int(meta.last().size()), fonts.meta, kWarn);
    }
    if (item.state == vocabulary::ItemState::Skipped)
        meta << tr("Skipped");
    else if (item.state == vocabulary::ItemState::Pending && !interview.hasRecord(index))
        meta << tr("Not reached");
    else if (item.state == vocabulary::ItemState::Current && !interview.finished())
        meta << tr("In progress");
    flow.advance(pt(1));
    flow.paragraph(meta.join(QStringLiteral("  ·  ")), fonts.meta, kMuted, x, 0, metaFormats);
    flow.advance(pt(4));

    // Score with its anchor text.
    {
        QString head;
        QString rest;
        QColor color = kInk;
        if (item.score > 0) {
            head = tr("Score %1 of 4 — %2").arg(item.score).arg(levelLabel(item.score));
            const QString anchor = anchorText(item);
            if (!anchor.isEmpty())
                rest = QStringLiteral(": ") + anchor;
        } else {
            head = tr("Not scored");
            color = kFaint;
        }
        const QString text = head + paragraphText(rest);
        QList<QTextLayout::FormatRange> formats{
            range(0, int(head.size()), fonts.bodyBold, item.score > 0 ? kAccent : kFaint)};
        if (!rest.isEmpty())
            formats << range(int(head.size()), int(text.size() - head.size()), fonts.body, kMuted);
        flow.paragraph(text, fonts.body, color, x, 0, formats);
    }

    // Flags as small tags.
    if (item.flagStrong || item.flagConcern) {
        flow.advance(pt(3));
        QList<std::pair<QString, QColor>> tags;
        if (item.flagStrong)
            tags.append({tr("▲ Strong signal"), kGood});
        if (item.flagConcern)
            tags.append({tr("■ Concern"), kBad});
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

    // Rubric criteria, met and not met.
    if (!item.criteria.isEmpty()) {
        const int met = int(std::count_if(item.criteria.cbegin(), item.criteria.cend(),
                                          [](const InterviewCriterion &c) { return c.met; }));
        subheading(flow, fonts, tr("RUBRIC — %1 OF %2 MET").arg(met).arg(item.criteria.size()), x);
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
        subheading(flow, fonts, tr("FOLLOW-UPS ASKED"), x);
        for (const InterviewFollowUp &followUp : asked) {
            // Bank follow-ups are Markdown; on paper `code` reads as code without its
            // backticks.
            QString text =
                paragraphText(followUp.adHoc ? followUp.text : QString(followUp.text).remove(u'`'));
            QList<QTextLayout::FormatRange> formats;
            if (followUp.adHoc) {
                const QString mark = tr("ad hoc");
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
        subheading(flow, fonts, tr("NOTES"), x);
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

// ---- running header and footer ---------------------------------------------------------

void writeFrame(QPainter &painter, const Flow &flow, const Fonts &fonts, const Interview &interview,
                int page, int pages)
{
    const qreal left = flow.left();
    const qreal right = flow.right();
    if (page > 0) {
        const qreal y = pt(36);
        painter.setFont(fonts.small);
        painter.setPen(kMuted);
        const QRectF box(left, y, right - left, pt(12));
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Interview summary — %1").arg(interview.candidate.trimmed()));
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, dateText(interview.startedAt));
        painter.setPen(QPen(kRule, pt(0.6)));
        painter.drawLine(QPointF(left, y + pt(14)), QPointF(right, y + pt(14)));
    }
    const qreal y = flow.pageHeight() - pt(40);
    painter.setPen(QPen(kRule, pt(0.6)));
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    painter.setFont(fonts.small);
    painter.setPen(kMuted);
    const QRectF box(left, y + pt(4), right - left, pt(12));
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, tr("Confidential — candidate data"));
    painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page + 1).arg(pages));
}

// ---- document information --------------------------------------------------------------

QByteArray pdfText(const QString &text)
{
    // UTF-16BE with a byte order mark, as a hex string: any script, no escaping.
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

// Qt 6.4's PDF writer has no author field, so the document information is appended as
// an incremental update (a new Info object, a cross-reference section and a trailer
// pointing back at the original) — standard PDF that every reader understands.
QByteArray withInfo(const QByteArray &pdf, const QString &title, const QString &author,
                    const QDateTime &created)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        throw PanelistError(tr("The PDF writer produced no trailer."));
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt));
    const auto number = [&trailer](const QString &pattern) {
        const QRegularExpressionMatch match = QRegularExpression(pattern).match(trailer);
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    };
    const qint64 size = number(QStringLiteral("/Size\\s+(\\d+)"));
    const qint64 root = number(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    const qint64 previous = number(QStringLiteral("startxref\\s+(\\d+)"));
    if (size < 1 || root < 1 || previous < 0)
        throw PanelistError(tr("The PDF writer produced an unexpected trailer."));
    const QRegularExpressionMatch id =
        QRegularExpression(QStringLiteral("/ID\\s*\\[[^\\]]*\\]")).match(trailer);

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype infoAt = out.size();
    const QDateTime utc = created.toUTC();
    out += QByteArray::number(size) + " 0 obj\n<<\n/Title " + pdfText(title) + "\n/Author " +
           pdfText(author) + "\n/Subject " + pdfText(tr("Interview summary")) + "\n/Creator " +
           pdfText(QStringLiteral("Panelist " PANELIST_VERSION)) + "\n/Producer " +
           pdfText(QStringLiteral("Qt " QT_VERSION_STR)) +
           "\n/CreationDate (D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
           "Z)\n>>\nendobj\n";
    const qsizetype xrefAt = out.size();
    out += "xref\n" + QByteArray::number(size) + " 1\n" +
           QByteArray::number(infoAt).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(size + 1) + "\n/Root " +
           QByteArray::number(root) + " 0 R\n/Info " + QByteArray::number(size) + " 0 R\n/Prev " +
           QByteArray::number(previous) + "\n";
    if (id.hasMatch())
        out += id.captured(0).toLatin1() + "\n";
    out += ">>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
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
        throw PanelistError(tr("Writing a PDF needs the graphical application (fonts)."));
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTime();
    const QString candidate = interview.candidate.trimmed();
    const QString title = tr("Interview summary — %1").arg(candidate);
    const QString author =
        options.author.isEmpty() ? interview.interviewer.trimmed() : options.author;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Panelist " PANELIST_VERSION));
    writer.setPageLayout(QPageLayout(
        QPageSize(options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));

    const Fonts fonts;
    const QSizeF page(writer.width(), writer.height());
    Flow flow(&writer, page);
    writeHeader(flow, fonts, interview, now);
    writeOutcome(flow, fonts, interview);
    if (!interview.items.isEmpty())
        writeChart(flow, fonts, interview);
    sectionHeading(flow, fonts, tr("Questions"), pt(80));
    for (int i = 0; i < interview.items.size(); ++i)
        writeQuestion(flow, fonts, interview, i, now);
    if (interview.items.isEmpty())
        flow.paragraph(tr("This interview has no questions."), fonts.body, kMuted, flow.left());

    QPainter painter;
    if (!painter.begin(&writer))
        throw PanelistError(tr("The PDF writer could not start."));
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = flow.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        for (const Op &op : flow.page(i))
            op(painter);
        writeFrame(painter, flow, fonts, interview, i, pages);
    }
    painter.end();
    buffer.close();
    return withInfo(buffer.data(), title, author, now);
}

void write(const Interview &interview, const QString &path, const Options &options)
{
    const QByteArray pdf = render(interview, options);
    textfile::write(path, pdf);
}

} // namespace interviewpdf
