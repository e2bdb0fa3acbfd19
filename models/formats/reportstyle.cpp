#include "formats/reportstyle.h"

#include "domain/interview.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace interviewreport {

QFont makeFont(qreal points, QFont::Weight weight, bool italic)
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

QTextLayout::FormatRange range(int start, int length, const QFont &font, const QColor &color)
{
    return pageflow::format(start, length, font, color);
}

QColor recommendationColor(vocabulary::Recommendation value)
{
    using vocabulary::Recommendation;
    switch (value) {
    case Recommendation::StrongYes:
        return kGood;
    case Recommendation::Yes:
        return QColor(0x2f, 0x8f, 0x4e);
    case Recommendation::No:
        return QColor(0xc0, 0x56, 0x21);
    case Recommendation::StrongNo:
        return kBad;
    case Recommendation::None:
        break;
    }
    return kFaint;
}

QString minutesText(int seconds)
{
    return interviewvalues::clock(seconds);
}

QString dateText(const QDateTime &when)
{
    if (!when.isValid())
        return ReportText::tr("not started");
    // The pattern is the language's: German writes "2. Dezember 2026, 14:30".
    return QLocale().toString(
        when.toLocalTime(),
        ReportText::tr("d MMMM yyyy, HH:mm", "QDateTime format of the reports' dates"));
}

void drawFrame(QPainter &painter, const pageflow::Flow &flow, const Fonts &fonts,
               const RunningFrame &frame, int page, int pages)
{
    using pageflow::pt;
    const qreal left = flow.left();
    const qreal right = flow.right();
    painter.setFont(fonts.small);
    if (page > 0) {
        const qreal y = pt(36);
        painter.setPen(kMuted);
        const QRectF box(left, y, right - left, pt(12));
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, frame.title);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, frame.date);
        painter.setPen(QPen(kRule, pt(0.6)));
        painter.drawLine(QPointF(left, y + pt(14)), QPointF(right, y + pt(14)));
    }
    const qreal y = flow.pageHeight() - pt(40);
    painter.setPen(QPen(kRule, pt(0.6)));
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    painter.setPen(kMuted);
    const QRectF box(left, y + pt(4), right - left, pt(12));
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, frame.confidential);
    painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                     ReportText::tr("Page %1 of %2").arg(page + 1).arg(pages));
}

} // namespace interviewreport
