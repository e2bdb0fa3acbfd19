#include "common/safetext.h"

#include "domain/limits.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QVariant>
#include <algorithm>
#include <atomic>

namespace {

std::atomic<int> s_refused{0};

// A document that never loads anything: QTextDocument::loadResource would read file:
// and qrc: URLs (an image, a style sheet) on its own.
class OfflineDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override
    {
        ++s_refused;
        return {};
    }
};

// GitHub Markdown, but raw HTML (blocks and spans) is read as text: an <img> or a
// <link rel="stylesheet"> written in a prompt shows as written and loads nothing.
constexpr auto kFeatures = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                           QTextDocument::MarkdownNoHTML);

struct Span
{
    int position = 0;
    int length = 0;
    QTextCharFormat format;
};

QList<Span> spans(const QTextDocument &document, bool (*wanted)(const QTextCharFormat &))
{
    QList<Span> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && wanted(fragment.charFormat()))
                found.append({fragment.position(), fragment.length(), fragment.charFormat()});
        }
    }
    return found;
}

bool isImage(const QTextCharFormat &format)
{
    return format.isImageFormat() || format.hasProperty(QTextFormat::ImageName);
}

bool isLink(const QTextCharFormat &format)
{
    return format.isAnchor() || format.hasProperty(QTextFormat::AnchorHref) ||
           format.hasProperty(QTextFormat::AnchorName);
}

// Each image becomes "[image: alt text]" in italics; a link around it stays for now.
void replaceImages(QTextDocument &document)
{
    QList<Span> images = spans(document, isImage);
    std::reverse(images.begin(), images.end()); // from the end: positions stay valid
    for (const Span &image : std::as_const(images)) {
        const QString alt = image.format.stringProperty(QTextFormat::ImageAltText).simplified();
        const QString title = image.format.stringProperty(QTextFormat::ImageTitle).simplified();
        const QString label = !alt.isEmpty() ? alt : !title.isEmpty() ? title : QString();
        QTextCharFormat text = image.format;
        text.setObjectType(QTextFormat::NoObject);
        for (int property :
             {QTextFormat::ObjectType, QTextFormat::ImageName, QTextFormat::ImageTitle,
              QTextFormat::ImageAltText, QTextFormat::ImageWidth, QTextFormat::ImageHeight,
              QTextFormat::ImageQuality})
            text.clearProperty(property);
        text.setFontItalic(true);
        QTextCursor cursor(&document);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        QString replacement;
        for (int i = 0; i < image.length; ++i) {
            replacement +=
                label.isEmpty() ? SafeText::tr("[image]") : SafeText::tr("[image: %1]").arg(label);
        }
        cursor.insertText(replacement, text);
    }
}

// Each link keeps its text, loses its target, and shows the address after it.
void neutraliseLinks(QTextDocument &document)
{
    QList<Span> parts = spans(document, isLink);
    // A link whose text has several styles is several fragments: one span each link.
    QList<Span> links;
    for (const Span &part : std::as_const(parts)) {
        const QString href = part.format.anchorHref();
        if (!links.isEmpty() && links.last().position + links.last().length == part.position &&
            links.last().format.anchorHref() == href)
            links.last().length += part.length;
        else
            links.append(part);
    }
    std::reverse(parts.begin(), parts.end());
    for (const Span &part : std::as_const(parts)) {
        QTextCharFormat inert = part.format;
        for (int property :
             {QTextFormat::IsAnchor, QTextFormat::AnchorHref, QTextFormat::AnchorName,
              QTextFormat::TextToolTip, QTextFormat::ForegroundBrush,
              QTextFormat::TextUnderlineStyle, QTextFormat::FontUnderline})
            inert.clearProperty(property);
        QTextCursor cursor(&document);
        cursor.setPosition(part.position);
        cursor.setPosition(part.position + part.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(inert);
    }
    std::reverse(links.begin(), links.end());
    for (const Span &link : std::as_const(links)) {
        const QString href = link.format.anchorHref().trimmed();
        QTextCursor cursor(&document);
        cursor.setPosition(link.position);
        cursor.setPosition(link.position + link.length, QTextCursor::KeepAnchor);
        const QString text = cursor.selectedText().trimmed();
        if (href.isEmpty() || text == href || QStringLiteral("mailto:") + text == href)
            continue;
        QTextCharFormat after = cursor.charFormat();
        for (int property : {QTextFormat::FontWeight, QTextFormat::FontItalic,
                             QTextFormat::FontFixedPitch, QTextFormat::FontFamilies})
            after.clearProperty(property);
        cursor.setPosition(link.position + link.length);
        cursor.insertText(QStringLiteral(" (") + href + QLatin1Char(')'), after);
    }
}

QString bounded(const QString &markdown)
{
    if (markdown.size() <= limits::kLongText)
        return markdown;
    return SafeText::cut(markdown, limits::kLongText);
}

// The reader gives code the system's fixed font at its own point size; the view's size
// should apply to code as to the text around it (headings keep their relative sizes).
void dropFontSizes(QTextDocument &document)
{
    const auto sized = [](const QTextCharFormat &format) {
        return format.hasProperty(QTextFormat::FontPointSize) ||
               format.hasProperty(QTextFormat::FontPixelSize);
    };
    for (const Span &span : spans(document, sized)) {
        QTextCharFormat format = span.format;
        format.clearProperty(QTextFormat::FontPointSize);
        format.clearProperty(QTextFormat::FontPixelSize);
        QTextCursor cursor(&document);
        cursor.setPosition(span.position);
        cursor.setPosition(span.position + span.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
}

void load(QTextDocument &document, const QString &markdown)
{
    document.setMarkdown(bounded(markdown), kFeatures);
    replaceImages(document);
    neutraliseLinks(document);
    dropFontSizes(document);
}

// Whether a tag of exported HTML could name a resource. Text is escaped in the export, so
// every "<" starts a tag. The sanitised document holds no such tag; should one ever
// appear, the text is shown escaped instead.
bool mayLoad(const QString &html)
{
    static const QLatin1String kRisky[] = {
        QLatin1String("<img"), QLatin1String("<link"),
        QLatin1String("<a "),  QLatin1String("href"),
        QLatin1String("src"),  QLatin1String("background="),
        QLatin1String("url("), QLatin1String("background-image")};
    qsizetype open = html.indexOf(QLatin1Char('<'));
    while (open >= 0) {
        const qsizetype close = html.indexOf(QLatin1Char('>'), open);
        const QStringView tag = QStringView(html).mid(open, close < 0 ? -1 : close - open);
        for (const QLatin1String &risky : kRisky) {
            if (tag.contains(risky, Qt::CaseInsensitive))
                return true;
        }
        if (close < 0)
            break;
        open = html.indexOf(QLatin1Char('<'), close);
    }
    return false;
}

} // namespace

SafeText::SafeText(QObject *parent)
    : QObject(parent)
{}

QString SafeText::markdown(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    OfflineDocument document;
    load(document, markdown);
    // A fragment's HTML carries no default font, so the view's own font applies.
    const QString html = QTextDocumentFragment(&document).toHtml();
    if (mayLoad(html))
        return escaped(document.toPlainText());
    return html;
}

QString SafeText::markdownPlain(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    OfflineDocument document;
    load(document, markdown);
    return document.toPlainText();
}

QString SafeText::spoken(const QStringList &parts)
{
    QStringList said;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            said << part.trimmed();
    }
    return said.join(QStringLiteral(", "));
}

QString SafeText::cut(const QString &text, int length)
{
    if (length < 0 || text.size() <= length)
        return text;
    qsizetype end = length;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end; // never half a character
    return text.left(end) + QChar(0x2026);
}

QString SafeText::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

int SafeText::refusedResourceRequests()
{
    return s_refused.load();
}
