#include "formats/pageflow.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

#include <memory>

// The page-flow engine (formats/pageflow) on a real PDF writer with a small page: where
// each line of a paragraph goes, what stays together across a break, the continuation
// at the top of each new page, and the painting of every page with its frame.
class PageFlowTest : public QObject
{
    Q_OBJECT

    using Flow = pageflow::Flow;

    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QFont m_font;

    static pageflow::Margins margins()
    {
        return {pageflow::pt(20), pageflow::pt(30), pageflow::pt(20), pageflow::pt(30),
                pageflow::pt(10)};
    }

    Flow makeFlow() const
    {
        return Flow(m_writer.get(), QSizeF(m_writer->width(), m_writer->height()), margins());
    }

    // A paragraph of exactly `lines` lines (typed line breaks), each as tall as the next.
    static QString lines(int count)
    {
        QStringList words;
        for (int i = 0; i < count; ++i)
            words << QStringLiteral("line%1").arg(i + 1);
        return pageflow::paragraphText(words.join(QLatin1Char('\n')));
    }

    qreal lineHeight(const Flow &flow) const
    {
        return Flow::lineHeight(flow.layout(QStringLiteral("x"), m_font, flow.width())->lineAt(0));
    }

    // Leaves room for `lines` lines and half of one more on the current page.
    void leaveRoomFor(Flow &flow, qreal lines) const
    {
        flow.advance(flow.room() - (lines + 0.5) * lineHeight(flow));
    }

    static QList<int> pagesOf(const QList<Flow::Line> &placed)
    {
        QList<int> pages;
        for (const Flow::Line &line : placed)
            pages << line.page;
        return pages;
    }

private slots:
    void init()
    {
        m_buffer.close();
        m_buffer.setData(QByteArray());
        QVERIFY(m_buffer.open(QIODevice::WriteOnly));
        m_writer = std::make_unique<QPdfWriter>(&m_buffer);
        m_writer->setResolution(pageflow::kDpi);
        m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A6), QPageLayout::Portrait,
                                            QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        m_font = QFont(QStringLiteral("DejaVu Sans"));
        m_font.setPointSizeF(10);
    }

    void geometryFollowsTheMargins()
    {
        Flow flow = makeFlow();
        QCOMPARE(flow.left(), pageflow::pt(20));
        QCOMPARE(flow.right(), m_writer->width() - pageflow::pt(20));
        QCOMPARE(flow.bottom(), m_writer->height() - pageflow::pt(30));
        QCOMPARE(flow.y(), pageflow::pt(30));
        QCOMPARE(flow.pageCount(), 1);
        flow.newPage();
        QCOMPARE(flow.pageCount(), 2);
        QCOMPARE(flow.y(), pageflow::pt(40)); // below the running header's band
    }

    // A long wrapped paragraph over several pages: every line inside the page, in order,
    // and at least two lines on each page it touches.
    void linesStayInsideThePage()
    {
        Flow flow = makeFlow();
        const QString text = QStringList(1200, QStringLiteral("word")).join(QLatin1Char(' '));
        const QList<Flow::Line> placed = flow.paragraph(text, m_font, {}, flow.left());
        const qreal height = lineHeight(flow);
        QVERIFY(placed.size() > 40);
        QVERIFY(placed.last().page >= 2);
        QMap<int, int> perPage;
        for (int i = 0; i < placed.size(); ++i) {
            const Flow::Line &line = placed.at(i);
            QVERIFY(line.top + height <= flow.bottom() + 0.01);
            if (i > 0) {
                QVERIFY(line.page >= placed.at(i - 1).page);
                QVERIFY(line.page > placed.at(i - 1).page || line.top > placed.at(i - 1).top);
                if (line.page > placed.at(i - 1).page)
                    QCOMPARE(line.top, pageflow::pt(40));
            }
            ++perPage[line.page];
        }
        for (const int count : std::as_const(perPage))
            QVERIFY(count >= pageflow::kMinLinesAtBreak);
    }

    // Room for five of six lines: the break moves up one line, so the last line does not
    // stand alone at the top of the next page.
    void noWidow()
    {
        Flow flow = makeFlow();
        leaveRoomFor(flow, 5);
        const QList<Flow::Line> placed = flow.paragraph(lines(6), m_font, {}, flow.left());
        QCOMPARE(pagesOf(placed), (QList<int>{0, 0, 0, 0, 1, 1}));
        QCOMPARE(placed.at(4).top, pageflow::pt(40));
    }

    // Room for one of six lines: the paragraph starts on the next page instead of leaving
    // its first line alone at the foot of this one.
    void noOrphan()
    {
        Flow flow = makeFlow();
        leaveRoomFor(flow, 1);
        const QList<Flow::Line> placed = flow.paragraph(lines(6), m_font, {}, flow.left());
        QCOMPARE(pagesOf(placed), (QList<int>(6, 1)));
    }

    // Where two lines stay on each side, the break falls where the page ends.
    void ordinaryBreak()
    {
        Flow flow = makeFlow();
        leaveRoomFor(flow, 3);
        QCOMPARE(pagesOf(flow.paragraph(lines(6), m_font, {}, flow.left())),
                 (QList<int>{0, 0, 0, 1, 1, 1}));
        Flow four = makeFlow();
        leaveRoomFor(four, 2);
        QCOMPARE(pagesOf(four.paragraph(lines(4), m_font, {}, four.left())),
                 (QList<int>{0, 0, 1, 1}));
    }

    // Two or three lines cannot break with two on each side: they move whole.
    void shortParagraphsMoveWhole()
    {
        for (int count = 2; count <= 3; ++count) {
            for (int room = 1; room < count; ++room) {
                Flow flow = makeFlow();
                leaveRoomFor(flow, room);
                QCOMPARE(pagesOf(flow.paragraph(lines(count), m_font, {}, flow.left())),
                         QList<int>(count, 1));
            }
            Flow fits = makeFlow();
            leaveRoomFor(fits, count);
            QCOMPARE(pagesOf(fits.paragraph(lines(count), m_font, {}, fits.left())),
                     QList<int>(count, 0));
        }
    }

    // A heading asks for room for what follows it.
    void keepMovesAHeading()
    {
        const qreal height = lineHeight(makeFlow());
        Flow short_ = makeFlow();
        leaveRoomFor(short_, 2);
        QCOMPARE(short_.paragraph(lines(1), m_font, {}, short_.left(), 3 * height).first().page, 1);
        Flow enough = makeFlow();
        leaveRoomFor(enough, 3);
        QCOMPARE(enough.paragraph(lines(1), m_font, {}, enough.left(), 3 * height).first().page, 0);
    }

    // The continuation runs at the top of each new page while it is set, before anything
    // else on it; once cleared, new pages start bare.
    void continuationOnEveryNewPage()
    {
        Flow flow = makeFlow();
        int runs = 0;
        QList<int> pagesRun;
        flow.setContinuation([&](Flow &next) {
            ++runs;
            pagesRun << next.pageCount() - 1;
            QCOMPARE(next.y(), pageflow::pt(40));
            next.paragraph(QStringLiteral("(continued)"), m_font, {}, next.left());
        });
        const QString text = QStringList(1000, QStringLiteral("word")).join(QLatin1Char(' '));
        const QList<Flow::Line> placed = flow.paragraph(text, m_font, {}, flow.left());
        const int pages = flow.pageCount();
        QVERIFY(pages >= 3);
        QCOMPARE(runs, pages - 1);
        QList<int> expected;
        for (int page = 1; page < pages; ++page)
            expected << page;
        QCOMPARE(pagesRun, expected);
        // The first line of the paragraph on a new page comes below the continuation.
        const qreal height = lineHeight(flow);
        for (int i = 1; i < placed.size(); ++i) {
            if (placed.at(i).page > placed.at(i - 1).page)
                QCOMPARE(placed.at(i).top, pageflow::pt(40) + height);
        }
        flow.setContinuation({});
        flow.newPage();
        QCOMPARE(runs, pages - 1);
        QCOMPARE(flow.y(), pageflow::pt(40));
    }

    // What does not fit on an empty page goes there anyway: no run of blank pages.
    void nothingFitsOnAnEmptyPage()
    {
        Flow flow = makeFlow();
        flow.ensure(flow.pageHeight() * 2);
        QCOMPARE(flow.pageCount(), 1);
        flow.advance(pageflow::pt(20));
        flow.ensure(flow.pageHeight() * 2);
        QCOMPARE(flow.pageCount(), 2);
        flow.ensure(flow.pageHeight() * 2);
        QCOMPARE(flow.pageCount(), 2);
        flow.setContinuation(
            [this](Flow &next) { next.paragraph(lines(1), m_font, {}, next.left()); });
        flow.newPage();
        flow.ensure(flow.pageHeight() * 2);
        QCOMPARE(flow.pageCount(), 3);
    }

    // paint() draws each page's operations, then the frame with the page and the count.
    void paintsEveryPageWithItsFrame()
    {
        Flow flow = makeFlow();
        QList<int> drawn;
        for (int page = 0; page < 3; ++page) {
            if (page > 0)
                flow.newPage();
            flow.add([&drawn, page](QPainter &) { drawn << page; });
            flow.paragraph(QStringLiteral("Page text %1").arg(page + 1), m_font, Qt::black,
                           flow.left());
        }
        QList<std::pair<int, int>> frames;
        QVERIFY(pageflow::paint(*m_writer, flow, [&](QPainter &painter, int page, int pages) {
            frames.append({page, pages});
            QVERIFY(painter.isActive());
            QCOMPARE(drawn.size(), page + 1); // the page's own drawing came first
        }));
        QCOMPARE(drawn, (QList<int>{0, 1, 2}));
        QCOMPARE(frames, (QList<std::pair<int, int>>{{0, 3}, {1, 3}, {2, 3}}));
        m_buffer.close();
        const QByteArray pdf = m_buffer.data();
        QVERIFY(pdf.startsWith("%PDF-"));
        const QRegularExpressionMatch count =
            QRegularExpression(
                QStringLiteral("/Type /Pages\\s*/Kids\\s*\\[[^\\]]*\\]\\s*/Count (\\d+)"))
                .match(QString::fromLatin1(pdf));
        QVERIFY2(count.hasMatch(), pdf.left(2000).constData());
        QCOMPARE(count.captured(1).toInt(), 3);
    }
};

QTEST_MAIN(PageFlowTest)
#include "tst_pageflow.moc"
