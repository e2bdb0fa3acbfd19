#include "bankfiles.h"

#include "bankjson.h"
#include "bankmarkdown.h"
#include "storage/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace bankfiles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BankFiles", text);
}

// A real bank is a few megabytes at most; anything far larger is a wrong file.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

enum class Format { Json, Markdown };

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    throw PanelistError(
        tr("%1: unknown file type \"%2\"; use a .json or .md file.").arg(path, suffix));
}

} // namespace

BankDocument read(const QString &path)
{
    const Format format = formatOf(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw PanelistError(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    if (file.size() > kMaxFileSize)
        throw PanelistError(tr("%1: the file is %2 MB, too large for a question bank.")
                                .arg(path)
                                .arg(file.size() / (1024 * 1024)));
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        throw PanelistError(tr("%1: the file is empty.").arg(path));
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0)
        throw PanelistError(tr("%1: this is a binary file, not a question bank (byte %2 is zero).")
                                .arg(path)
                                .arg(nul + 1));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data); // decoding happens on conversion
    Q_UNUSED(text)
    if (utf8.hasError())
        throw PanelistError(tr("%1: the file is not UTF-8 text.").arg(path));
    const QString name = QFileInfo(path).fileName();
    return format == Format::Json ? bankjson::read(data, name) : bankmarkdown::read(data, name);
}

void write(const QString &path, const BankDocument &document)
{
    const Format format = formatOf(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw PanelistError(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    file.write(format == Format::Json ? bankjson::write(document) : bankmarkdown::write(document));
    if (!file.commit())
        throw PanelistError(tr("Cannot write %1: %2.").arg(path, file.errorString()));
}

BankDocument snapshot(const BankRepository &repository)
{
    BankDocument document;
    document.categories = repository.categories();
    // Positions are written as a plain 0..n-1 sequence so a re-import reproduces them.
    for (int i = 0; i < document.categories.size(); ++i)
        document.categories[i].position = i;
    document.questions = repository.allQuestions();
    return document;
}

BankRepository::ImportResult importFile(BankRepository &repository, const QString &path)
{
    const BankDocument document = read(path);
    return repository.importQuestions(document.categories, document.questions);
}

void exportFile(const BankRepository &repository, const QString &path)
{
    write(path, snapshot(repository));
}

} // namespace bankfiles
