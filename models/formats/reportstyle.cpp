#include "formats/reportstyle.h"

#include "domain/interview.h"

#include <QCoreApplication>
#include <QLocale>

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

QString minutesText(int seconds)
{
    return interviewvalues::clock(seconds);
}

QString dateText(const QDateTime &when)
{
    if (!when.isValid())
        return ReportText::tr("not started");
    return QLocale().toString(when.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
}

} // namespace interviewreport
