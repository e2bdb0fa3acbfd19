#include "storage/bankfiles.h"

#include "domain/errors.h"
#include "formats/bankjson.h"
#include "formats/bankmarkdown.h"
#include "formats/textfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bankfiles {

namespace {

struct BankFiles
{
    Q_DECLARE_TR_FUNCTIONS(BankFiles)
};

enum class Format { Json, Markdown };

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    throw PanelistError(
        BankFiles::tr("%1: unknown file type \"%2\"; use a .json or .md file.").arg(path, suffix));
}

} // namespace

BankDocument read(const QString &path)
{
    const Format format = formatOf(path);
    const QByteArray data = textfile::read(path, BankFiles::tr("a question bank"));
    const QString name = QFileInfo(path).fileName();
    return format == Format::Json ? bankjson::read(data, name) : bankmarkdown::read(data, name);
}

void write(const QString &path, const BankDocument &document)
{
    const Format format = formatOf(path);
    textfile::write(path, format == Format::Json ? bankjson::write(document)
                                                 : bankmarkdown::write(document));
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
