#include "common/safetext.h"
#include "domain/limits.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

// What views show of bank, plan and interview texts: Markdown that keeps its look but
// can never load a resource (no image, no link, no raw HTML, no style sheet), and
// plain texts cut to what a view can lay out at once.
class SafeTextTest : public QObject
{
    Q_OBJECT

    // A rich-text view as QML builds one: the HTML goes into a QTextDocument, which is
    // laid out and asked for every resource it names. This one counts the requests.
    class View : public QTextDocument
    {
    public:
        QList<QUrl> requested;

    protected:
        QVariant loadResource(int, const QUrl &name) override
        {
            requested << name;
            return {};
        }
    };

    static QList<QUrl> resourcesRequestedToShow(const QString &html)
    {
        View view;
        view.setHtml(html);
        view.setTextWidth(400);
        view.documentLayout()->documentSize(); // lays out every block, images included
        return view.requested;
    }

    // The hostile forms a bank file can carry, each on its own.
    static QStringList hostile()
    {
        return {
            QStringLiteral("![chart](http://127.0.0.1:9/a.png)"),
            QStringLiteral("![](file:///etc/passwd)"),
            QStringLiteral("<img src=\"http://127.0.0.1:9/b.png\">"),
            QStringLiteral("Inline <img src=\"file:///etc/passwd\"> in a sentence"),
            QStringLiteral("[the docs](http://127.0.0.1:9/c)"),
            QStringLiteral("<a href=\"http://127.0.0.1:9/d\">raw link</a>"),
            QStringLiteral("<link rel=\"stylesheet\" href=\"file:///etc/passwd\">"),
            QStringLiteral("<style>p { background-image: url(http://127.0.0.1:9/e.png) }</style>"),
            QStringLiteral("<table background=\"http://127.0.0.1:9/f.png\"><tr><td>x</td></tr>"
                           "</table>"),
            QStringLiteral("[![badge](http://127.0.0.1:9/g.png)](http://127.0.0.1:9/h)"),
            QStringLiteral("Autolink http://127.0.0.1:9/i and www.example.com"),
            QStringLiteral("- item ![x](qrc:/icons/panelist.png)\n- `code` [y](file:///tmp)"),
        };
    }

private slots:
    void nothingRenderedNamesAResource_data()
    {
        QTest::addColumn<QString>("markdown");
        int n = 0;
        for (const QString &text : hostile())
            QTest::addRow("%d: %s", ++n, qPrintable(text.left(30).replace(u'\n', u' '))) << text;
    }
    void nothingRenderedNamesAResource()
    {
        QFETCH(QString, markdown);
        const int refusedBefore = SafeText::refusedResourceRequests();
        const QString html = SafeText::markdown(markdown);
        QVERIFY(!html.isEmpty());
        // No tag of the output names anything: text is escaped, so every "<" is a tag.
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        for (const QRegularExpressionMatch &m : tag.globalMatch(html)) {
            const QString t = m.captured().toLower();
            for (const char *risky :
                 {"<img", "<a ", "<link", "href", "src", "background=", "url(", "background-image"})
                QVERIFY2(!t.contains(QLatin1String(risky)), qPrintable(t));
        }
        // Shown as a view shows it, laid out: not one resource asked for.
        QCOMPARE(resourcesRequestedToShow(html), QList<QUrl>());
        // Nor did the renderer's own document ask for one.
        QCOMPARE(SafeText::refusedResourceRequests(), refusedBefore);
        // The text itself is still there to read (Qt's Markdown reader drops an image
        // without alt text altogether).
        if (!markdown.startsWith(QLatin1String("![]")))
            QVERIFY(!SafeText::markdownPlain(markdown).trimmed().isEmpty());
    }

    void theOldRenderingDidLoad()
    {
        // The premise of the test above: Qt's own Markdown rendering, as the views used
        // it, asks for the image. (Qt 6.4 drops raw HTML from Markdown; the views that
        // loaded <img> tags were plain labels reading text as StyledText.)
        View view;
        view.setMarkdown(QStringLiteral("![x](http://127.0.0.1:9/a.png)"));
        view.setTextWidth(400);
        view.documentLayout()->documentSize();
        QCOMPARE(view.requested, QList<QUrl>{QUrl(QStringLiteral("http://127.0.0.1:9/a.png"))});
    }

    void imagesShowTheirAltText()
    {
        const QString plain = SafeText::markdownPlain(
            QStringLiteral("See ![the flame graph](http://127.0.0.1:9/a.png) and ![](b.png)."));
        // Qt's Markdown reader drops an image without alt text.
        QCOMPARE(plain, QStringLiteral("See [image: the flame graph] and ."));
        QVERIFY(!plain.contains(QChar::ObjectReplacementCharacter));
    }

    void linksKeepTheirTextAndShowTheirAddress()
    {
        QCOMPARE(SafeText::markdownPlain(QStringLiteral("Read [the **docs**](https://docs.python."
                                                        "org/3/) first.")),
                 QStringLiteral("Read the docs (https://docs.python.org/3/) first."));
        // An address shown as itself is not repeated.
        QCOMPARE(SafeText::markdownPlain(QStringLiteral("<https://python.org>")),
                 QStringLiteral("https://python.org"));
    }

    void rawHtmlIsShownAsWritten()
    {
        const QString html = SafeText::markdown(QStringLiteral("Use <b>bold</b> & <img src=x>"));
        QVERIFY2(html.contains(QLatin1String("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=x&gt;")),
                 qPrintable(html));
    }

    void markdownKeepsItsLook()
    {
        const QString html = SafeText::markdown(
            QStringLiteral("A **strong** point, `code()` inline.\n\n- one\n- two\n\n1. first\n\n"
                           "```python\ndef f():\n    return 1\n```\n"));
        QVERIFY2(html.contains(QLatin1String("font-weight:700")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<ul")));
        QVERIFY(html.contains(QLatin1String("<ol")));
        QVERIFY(html.contains(QLatin1String("<li")));
        QVERIFY(html.contains(QLatin1String("monospace"), Qt::CaseInsensitive) ||
                html.contains(QLatin1String("<pre")));
        QVERIFY(html.contains(QLatin1String("return 1")));
        // No default font of its own: the view's font and size apply.
        QVERIFY2(html.contains(QLatin1String("<body>")), qPrintable(html.left(600)));
    }

    void longMarkdownIsCut()
    {
        const QString huge(limits::kLongText * 5, QLatin1Char('m'));
        const QString plain = SafeText::markdownPlain(huge);
        QCOMPARE(plain.size(), limits::kLongText + 1);
        QVERIFY(plain.endsWith(QChar(0x2026)));
        QVERIFY(SafeText::markdown(QString()).isEmpty());
    }

    void cutNeverSplitsACharacter()
    {
        QCOMPARE(SafeText::cut(QStringLiteral("abc"), 3), QStringLiteral("abc"));
        QCOMPARE(SafeText::cut(QStringLiteral("abcd"), 3), QStringLiteral("abc…"));
        const QString snakes = QStringLiteral("🐍🐍🐍");
        QCOMPARE(SafeText::cut(snakes, 3), QStringLiteral("🐍…"));
        const QString megabyte(1024 * 1024, QLatin1Char('t'));
        QCOMPARE(SafeText::cut(megabyte, limits::kTitle).size(), limits::kTitle + 1);
    }

    void escapedShowsAsTyped()
    {
        QCOMPARE(SafeText::escaped(QStringLiteral("<img src=\"x\"> & a\nb")),
                 QStringLiteral("&lt;img src=&quot;x&quot;&gt; &amp; a<br>b"));
    }

    // What a screen reader reads of a row: the parts that say something, in order.
    void spokenSkipsEmptyParts()
    {
        QCOMPARE(SafeText::spoken({QStringLiteral("Internals"), QString(), QStringLiteral("  "),
                                   QStringLiteral(" Middle "), QStringLiteral("9 min")}),
                 QStringLiteral("Internals, Middle, 9 min"));
        QCOMPARE(SafeText::spoken({}), QString());
    }
};

QTEST_MAIN(SafeTextTest)
#include "tst_safetext.moc"
