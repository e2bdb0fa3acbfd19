#include "cli/command.h"
#include "cli/output.h"
#include "domain/vocabulary.h"
#include "storage/bankfiles.h"
#include "workspace.h"

#include <QJsonObject>

// bank search, bank import, bank export.
namespace cli {

namespace {

constexpr int kDefaultLimit = 50;

QString defaultLimit()
{
    return QString::number(kDefaultLimit);
}

int search(const Request &request, QTextStream &out)
{
    searchindex::Request query;
    query.text = request.values.at(0);
    // The parser has checked --level and --kind against the vocabulary.
    query.level = vocabulary::parseLevel(request.option(QStringLiteral("level")));
    query.kind = vocabulary::parseKind(request.option(QStringLiteral("kind")));
    query.category = request.option(QStringLiteral("category"));
    bool limitOk = true;
    query.limit = request.isSet(QStringLiteral("limit"))
                      ? request.option(QStringLiteral("limit")).toInt(&limitOk)
                      : kDefaultLimit;
    if (!limitOk || query.limit < 1)
        throw UsageError{Cli::tr("--limit must be a positive whole number")};

    Workspace workspace(request.database());
    printRows(
        out, workspace.bank().search(query), request.isSet(QStringLiteral("json")),
        [](const QuestionSummary &row) {
            return QJsonObject{{QStringLiteral("uuid"), row.uuid},
                               {QStringLiteral("title"), row.title},
                               {QStringLiteral("category"), row.category},
                               {QStringLiteral("level"), vocabulary::key(row.level)},
                               {QStringLiteral("kind"), vocabulary::key(row.kind)}};
        },
        [](const QuestionSummary &row) -> QString {
            return withFacts(row.title, {row.category, vocabulary::key(row.level),
                                         vocabulary::key(row.kind)}) +
                   QStringLiteral("  ") + row.uuid;
        },
        Cli::tr("No questions match \"%1\".").arg(query.text));
    return Success;
}

int importFile(const Request &request, QTextStream &out)
{
    const QString path = request.values.at(0);
    // Read and check the file before the database is even opened.
    const BankDocument document = bankfiles::read(path);
    Workspace workspace(request.database());
    const BankRepository::ImportResult result =
        workspace.bank().importQuestions(document.categories, document.questions);
    printLine(out, Cli::tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
                       .arg(path)
                       .arg(result.added)
                       .arg(result.updated)
                       .arg(result.unchanged));
    return Success;
}

int exportFile(const Request &request, QTextStream &out)
{
    const QString path = request.values.at(0);
    Workspace workspace(request.database());
    const BankDocument document = bankfiles::snapshot(workspace.bank());
    bankfiles::write(path, document);
    printLine(out,
              Cli::tr("Exported %1 questions to %2.").arg(document.questions.size()).arg(path));
    return Success;
}

} // namespace

QList<Command> bankCommands()
{
    const QString file = QStringLiteral("FILE");
    return {
        {QStringLiteral("bank search"),
         {QStringLiteral("QUERY")},
         {QStringLiteral("level"), QStringLiteral("category"), QStringLiteral("kind"),
          QStringLiteral("limit"), QStringLiteral("json")},
         QT_TRANSLATE_NOOP("Cli", "search the question bank (prefix match, best first)"),
         search},
        {QStringLiteral("bank import"),
         {file},
         {},
         QT_TRANSLATE_NOOP("Cli", "import a bank file (.json or .md); all or nothing"),
         importFile},
        {QStringLiteral("bank export"),
         {file},
         {},
         QT_TRANSLATE_NOOP("Cli", "export the whole bank (.json or .md)"),
         exportFile},
    };
}

QList<Option> bankOptions()
{
    return {
        {{QStringLiteral("level")},
         QStringLiteral("L"),
         QT_TRANSLATE_NOOP("Cli", "only questions of this level: %1"),
         vocabulary::levelKeys},
        {{QStringLiteral("category")},
         QStringLiteral("C"),
         QT_TRANSLATE_NOOP("Cli", "only questions of the category named C")},
        {{QStringLiteral("kind")},
         QStringLiteral("K"),
         QT_TRANSLATE_NOOP("Cli", "only questions of this kind: %1"),
         vocabulary::kindKeys},
        {{QStringLiteral("limit")},
         QStringLiteral("N"),
         QT_TRANSLATE_NOOP("Cli", "at most N questions (default: %1)"),
         nullptr,
         defaultLimit},
    };
}

} // namespace cli
