#include "formats/pageflow.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <algorithm>
#include <numeric>

namespace pageflow {

namespace {

// How much must fit on the page together with line `index` of a paragraph whose lines
// are `heights` tall: a paragraph too short to break with kMinLinesAtBreak lines on each
// side goes whole; otherwise its first lines go together (no orphan), and so do its last
// lines (no widow), the break falling before them.
qreal heightKeptWith(const std::vector<qreal> &heights, int index, qreal keep)
{
    const int count = int(heights.size());
    const auto sum = [&heights](int from, int to) {
        return std::accumulate(heights.begin() + from, heights.begin() + to, qreal(0));
    };
    if (index == 0) {
        const int together = count < 2 * kMinLinesAtBreak ? count : kMinLinesAtBreak;
        return std::max(sum(0, together), keep);
    }
    if (index == count - kMinLinesAtBreak && index >= kMinLinesAtBreak)
        return sum(index, count);
    return heights.at(index);
}

} // namespace

QTextLayout::FormatRange format(int start, int length, const QFont &font, const QColor &color)
{
    QTextLayout::FormatRange range;
    range.start = start;
    range.length = length;
    range.format.setFont(font);
    if (color.isValid())
        range.format.setForeground(color);
    return range;
}

QString paragraphText(QString text)
{
    text = text.trimmed();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

Flow::Flow(QPaintDevice *device, const QSizeF &page, const Margins &margins)
    : m_device(device)
    , m_page(page)
    , m_margins(margins)
    , m_left(margins.left)
    , m_right(page.width() - margins.right)
    , m_top(margins.top)
    , m_bottom(page.height() - margins.bottom)
    , m_y(m_top)
    , m_pageTop(m_top)
{
    m_pages.emplace_back();
}

void Flow::ensure(qreal height)
{
    if (m_y + height > m_bottom && m_y > m_pageTop + pt(1))
        newPage();
}

void Flow::newPage()
{
    m_pages.emplace_back();
    m_y = m_top + m_margins.header;
    m_pageTop = m_y;
    if (m_continued)
        m_continued(*this);
    m_pageTop = m_y;
}

void Flow::setContinuation(std::function<void(Flow &)> continued)
{
    m_continued = std::move(continued);
}

std::shared_ptr<QTextLayout> Flow::layout(const QString &text, const QFont &font, qreal width,
                                          const QList<QTextLayout::FormatRange> &formats,
                                          qreal hanging) const
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

qreal Flow::lineHeight(const QTextLine &line)
{
    return line.height() * 1.22;
}

QList<Flow::Line> Flow::place(const std::shared_ptr<QTextLayout> &layout, qreal x,
                              const QColor &color, qreal keep,
                              std::function<void(QPainter &, qreal)> firstLine)
{
    std::vector<qreal> heights;
    for (int i = 0; i < layout->lineCount(); ++i)
        heights.push_back(lineHeight(layout->lineAt(i)));
    QList<Line> placed;
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const qreal height = heights.at(i);
        ensure(heightKeptWith(heights, i, keep));
        const qreal top = m_y + (height - line.height()) / 2;
        add([layout, i, x, top, color](QPainter &painter) {
            painter.setPen(color);
            layout->lineAt(i).draw(&painter, QPointF(x, top));
        });
        if (i == 0 && firstLine)
            add([firstLine, top](QPainter &painter) { firstLine(painter, top); });
        placed.append({pageCount() - 1, m_y});
        m_y += height;
    }
    return placed;
}

QList<Flow::Line> Flow::paragraph(const QString &text, const QFont &font, const QColor &color,
                                  qreal x, qreal keep,
                                  const QList<QTextLayout::FormatRange> &formats)
{
    return place(layout(text, font, m_right - x, formats), x, color, keep);
}

bool paint(QPagedPaintDevice &device, const Flow &flow, const Frame &frame)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = flow.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        for (const Op &op : flow.page(i))
            op(painter);
        if (frame)
            frame(painter, i, pages);
    }
    painter.end();
    return true;
}

} // namespace pageflow
