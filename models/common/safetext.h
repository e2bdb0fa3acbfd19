#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// Turns the texts of a bank, a plan or an interview into something a view can show
// without ever loading a resource. Markdown becomes sanitised HTML for Text.RichText:
// images are replaced by their alt text, links keep their text and show their address
// but cannot be followed, raw HTML is shown as the text it is, and the result holds
// neither <img>, <a href> nor anything else that names a URL to load. Plain texts are
// cut to a length a view can lay out at once.
class SafeText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit SafeText(QObject *parent = nullptr);

    // Markdown (prompt, reference answer, anchor, follow-up, criterion) as sanitised HTML
    // for Text.RichText / TextEdit.RichText. Longer text is cut to limits::kLongText
    // characters first.
    Q_INVOKABLE static QString markdown(const QString &markdown);
    // The same text without its markup: link text, image alt text, one line per block.
    Q_INVOKABLE static QString markdownPlain(const QString &markdown);
    // At most `length` characters of plain text, with "…" when cut, for views that lay
    // text out at once (list rows, headings).
    Q_INVOKABLE static QString cut(const QString &text, int length);
    // Text escaped for Text.StyledText or Text.RichText, so it shows as typed.
    Q_INVOKABLE static QString escaped(const QString &text);
    // The parts that say something (not empty, not only spaces), trimmed and joined with
    // ", ": what a screen reader reads of a row ("Internals, Middle, 9 min").
    Q_INVOKABLE static QString spoken(const QStringList &parts);

    // How many times a document of this renderer was asked for a resource (an image, a
    // style sheet) since the start; every such request is refused. Tests read it.
    static int refusedResourceRequests();
};
