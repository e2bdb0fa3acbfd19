#include "formats/pdfinfo.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pdfinfo {

namespace {

struct PdfInfo
{
    Q_DECLARE_TR_FUNCTIONS(PdfInfo)
};

} // namespace

QByteArray textString(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

QByteArray withInfo(const QByteArray &pdf, const Info &info)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        throw PanelistError(
            PdfInfo::tr("The PDF writer produced no trailer, so the title and author could not be "
                        "added. This is a bug in Panelist; please report it."));
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt));
    const auto number = [&trailer](const QString &pattern) {
        const QRegularExpressionMatch match = QRegularExpression(pattern).match(trailer);
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    };
    const qint64 size = number(QStringLiteral("/Size\\s+(\\d+)"));
    const qint64 root = number(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    const qint64 previous = number(QStringLiteral("startxref\\s+(\\d+)"));
    if (size < 1 || root < 1 || previous < 0)
        throw PanelistError(
            PdfInfo::tr("The PDF writer produced a trailer without /Size, /Root or startxref, so "
                        "the title and author could not be added. This is a bug in "
                        "Panelist; please report it."));
    const QRegularExpressionMatch id =
        QRegularExpression(QStringLiteral("/ID\\s*\\[[^\\]]*\\]")).match(trailer);

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype infoAt = out.size();
    const QDateTime utc = info.created.toUTC();
    out += QByteArray::number(size) + " 0 obj\n<<\n/Title " + textString(info.title) +
           "\n/Author " + textString(info.author) + "\n/Subject " + textString(info.subject) +
           "\n/Creator " + textString(info.creator) + "\n/Producer " + textString(info.producer) +
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

} // namespace pdfinfo
