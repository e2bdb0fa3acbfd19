#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QTextLayout>

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

// A page-flow layout engine for printed documents. Text and drawings are laid out top to
// bottom into pages of drawing operations, and painted once the page count is known, so
// a running frame can say "Page N of M". It knows pages, lines and what stays together,
// nothing of what the document says:
// - a paragraph breaks across pages between lines, never through one, and a break never
//   leaves fewer than two of its lines on either side: no single line alone at the foot
//   of a page (an orphan) or at the top of the next (a widow); a paragraph of up to three
//   lines moves whole;
// - a heading asks that room for what follows it is left beside it ("keep");
// - while a continuation is set, it runs at the top of each new page (a "(continued)"
//   line of a section that ran over);
// - paint() draws each page, then the running frame (header, footer) over it.
// All lengths are device units at kDpi.
namespace pageflow {

constexpr int kDpi = 600;

// Points (1/72 inch) in device units.
constexpr qreal pt(qreal points)
{
    return points * kDpi / 72.0;
}

// Where text goes on a page, from the page's edges.
struct Margins
{
    qreal left = 0;
    qreal top = 0;
    qreal right = 0;
    qreal bottom = 0;
    // Kept below `top` on every page after the first, for the running header.
    qreal header = 0;
};

// The fewest lines of a paragraph on either side of a page break.
constexpr int kMinLinesAtBreak = 2;

using Op = std::function<void(QPainter &)>;

// A text format over [start, start + length) of a layout's text; `color` only if valid.
QTextLayout::FormatRange format(int start, int length, const QFont &font,
                                const QColor &color = QColor());

// Paragraph text: trimmed, and line breaks typed into it stay line breaks.
QString paragraphText(QString text);

class Flow
{
public:
    // Where one line of a paragraph went: its page (from 0) and its top.
    struct Line
    {
        int page = 0;
        qreal top = 0;
    };

    Flow(QPaintDevice *device, const QSizeF &page, const Margins &margins);

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

    // Draws on the current page.
    void add(Op op) { m_pages.back().push_back(std::move(op)); }
    void advance(qreal height) { m_y += height; }
    // What is left above the bottom margin.
    qreal room() const { return m_bottom - m_y; }
    // A new page when fewer than `height` units are left on this one (unless nothing
    // stands on it yet: what does not fit on an empty page goes there anyway).
    void ensure(qreal height);
    void newPage();
    // Runs at the top of each new page until it is cleared (set to {}).
    void setContinuation(std::function<void(Flow &)> continued);

    // Wraps `text` to `width`; lines after the first start `hanging` further right.
    std::shared_ptr<QTextLayout> layout(const QString &text, const QFont &font, qreal width,
                                        const QList<QTextLayout::FormatRange> &formats = {},
                                        qreal hanging = 0) const;
    // The height a line takes in the flow: its own and the leading.
    static qreal lineHeight(const QTextLine &line);

    // Places the lines of `layout` at x, breaking across pages as the class comment says.
    // `keep` is how much must fit with the first line (a heading kept with what follows
    // it). `firstLine` draws beside the first line (a number, a check mark) at its top.
    QList<Line> place(const std::shared_ptr<QTextLayout> &layout, qreal x, const QColor &color,
                      qreal keep = 0, std::function<void(QPainter &, qreal)> firstLine = {});
    // A paragraph from x to right().
    QList<Line> paragraph(const QString &text, const QFont &font, const QColor &color, qreal x,
                          qreal keep = 0, const QList<QTextLayout::FormatRange> &formats = {});

private:
    QPaintDevice *m_device;
    QSizeF m_page;
    Margins m_margins;
    qreal m_left, m_right, m_top, m_bottom;
    qreal m_y;
    qreal m_pageTop; // where the current page's content starts
    std::vector<std::vector<Op>> m_pages;
    std::function<void(Flow &)> m_continued;
};

// Draws the running frame of page `page` (from 0) of `pages`: header, footer, numbers.
using Frame = std::function<void(QPainter &, int page, int pages)>;

// Paints every page of `flow` on `device` (the device the flow was laid out for), each
// followed by `frame`. False when the device cannot be painted on.
bool paint(QPagedPaintDevice &device, const Flow &flow, const Frame &frame);

} // namespace pageflow
