#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The document information of a PDF (title, author, …), added after the writer is done:
// Qt 6.4's QPdfWriter has no author field. The information is appended as an
// incremental update (a new Info object, a cross-reference section for it and a trailer
// pointing back at the original), standard PDF that every reader understands; the bytes
// before it stay as the writer left them.
namespace pdfinfo {

struct Info
{
    QString title;
    QString author;
    QString subject;
    QString creator;  // the application that made the content
    QString producer; // the library that wrote the PDF
    QDateTime created;
};

// `pdf` with `info` as its document information. Throws PanelistError when `pdf` ends
// in no trailer with a /Size, a /Root and a startxref.
QByteArray withInfo(const QByteArray &pdf, const Info &info);

// A PDF text string for `text`: UTF-16BE with a byte order mark, as a hex string, so
// any script goes in without escaping ("<FEFF0041>" for "A").
QByteArray textString(const QString &text);

} // namespace pdfinfo
