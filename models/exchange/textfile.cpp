#include "textfile.h"

#include "storage/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

namespace textfile {

namespace {

QString tr(const char *text)
{
    // The context these messages had before they were shared, so translations carry over.
    return QCoreApplication::translate("BankFiles", text);
}

// A real bank or plan is a few megabytes at most; anything far larger is a wrong file.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

} // namespace

QByteArray read(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw PanelistError(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    if (file.size() > kMaxFileSize)
        throw PanelistError(tr("%1: the file is %2 MB, too large for %3.")
                                .arg(path)
                                .arg(file.size() / (1024 * 1024))
                                .arg(what));
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        throw PanelistError(tr("%1: the file is empty.").arg(path));
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0)
        throw PanelistError(tr("%1: this is a binary file, not %2 (byte %3 is zero).")
                                .arg(path, what)
                                .arg(nul + 1));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data); // decoding happens on conversion
    Q_UNUSED(text)
    if (utf8.hasError())
        throw PanelistError(tr("%1: the file is not UTF-8 text.").arg(path));
    return data;
}

void write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw PanelistError(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    file.write(data);
    if (!file.commit())
        throw PanelistError(tr("Cannot write %1: %2.").arg(path, file.errorString()));
}

} // namespace textfile
