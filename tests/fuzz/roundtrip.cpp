#include "roundtrip.h"

#include "domain/errors.h"
#include "formats/bankjson.h"
#include "formats/bankmarkdown.h"
#include "formats/planjson.h"

#include <QHash>
#include <cstdio>
#include <cstdlib>

namespace fuzzcheck {

namespace {

[[noreturn]] void violation(const char *what, const QByteArray &first, const QByteArray &second)
{
    std::fprintf(stderr, "round-trip violation: %s\n--- first\n%s\n--- second\n%s\n", what,
                 first.constData(), second.constData());
    std::abort();
}

template<typename Read> auto mustRead(const char *what, const QByteArray &data, Read &&read)
{
    try {
        return read(data);
    } catch (const PanelistError &error) {
        std::fprintf(stderr, "round-trip violation: %s refused its own output: %s\n%s\n", what,
                     qPrintable(error.message()), data.constData());
        std::abort();
    }
}

QByteArray describe(const Question &q)
{
    return bankjson::write(BankDocument{0, {}, {q}});
}

void sameCategories(const BankDocument &a, const BankDocument &b, const char *what)
{
    QStringList namesA;
    QStringList namesB;
    for (const Category &c : a.categories)
        namesA << c.name;
    for (const Category &c : b.categories)
        namesB << c.name;
    if (namesA != namesB)
        violation(what, namesA.join(QLatin1Char('\n')).toUtf8(),
                  namesB.join(QLatin1Char('\n')).toUtf8());
}

// The same questions; in the same order unless `anyOrder` (Markdown groups them by
// category).
void sameQuestions(const BankDocument &a, const BankDocument &b, bool anyOrder, const char *what)
{
    if (a.questions.size() != b.questions.size())
        violation(what, QByteArray::number(a.questions.size()),
                  QByteArray::number(b.questions.size()));
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < b.questions.size(); ++i)
        index.insert(b.questions.at(i).uuid, i);
    for (qsizetype i = 0; i < a.questions.size(); ++i) {
        const Question &q = a.questions.at(i);
        const qsizetype j = anyOrder ? index.value(q.uuid, -1) : i;
        if (j < 0 || !q.sameContent(b.questions.at(j)))
            violation(what, describe(q),
                      j < 0 ? QByteArray("(missing)") : describe(b.questions.at(j)));
    }
}

} // namespace

void checkBank(const BankDocument &document)
{
    const auto readJson = [](const QByteArray &data) {
        return bankjson::read(data, QStringLiteral("fuzz.json"));
    };
    const auto readMarkdown = [](const QByteArray &data) {
        return bankmarkdown::read(data, QStringLiteral("fuzz.md"));
    };

    const QByteArray json = bankjson::write(document);
    const BankDocument fromJson = mustRead("the JSON reader", json, readJson);
    const QByteArray jsonAgain = bankjson::write(fromJson);
    if (jsonAgain != json)
        violation("JSON write -> read -> write", json, jsonAgain);
    sameCategories(document, fromJson, "JSON categories");
    sameQuestions(document, fromJson, false, "JSON questions");

    const QByteArray markdown = bankmarkdown::write(document);
    const BankDocument fromMarkdown = mustRead("the Markdown reader", markdown, readMarkdown);
    const QByteArray markdownAgain = bankmarkdown::write(fromMarkdown);
    if (markdownAgain != markdown)
        violation("Markdown write -> read -> write", markdown, markdownAgain);
    sameCategories(document, fromMarkdown, "Markdown categories");
    sameQuestions(document, fromMarkdown, true, "Markdown questions");
}

void checkPlan(const PlanDocument &document)
{
    const QByteArray json = planjson::write(document.plan, document.questions);
    const PlanDocument again = mustRead("the plan reader", json, [](const QByteArray &data) {
        return planjson::read(data, QStringLiteral("fuzz-plan.json"));
    });
    const QByteArray jsonAgain = planjson::write(again.plan, again.questions);
    if (jsonAgain != json)
        violation("plan write -> read -> write", json, jsonAgain);
    const Plan &a = document.plan;
    const Plan &b = again.plan;
    bool same = a.uuid == b.uuid && a.name == b.name && a.role == b.role && a.level == b.level &&
                a.targetMinutes == b.targetMinutes && a.items.size() == b.items.size() &&
                a.competencies.size() == b.competencies.size();
    for (qsizetype i = 0; same && i < a.competencies.size(); ++i)
        same = a.competencies.at(i).name == b.competencies.at(i).name &&
               a.competencies.at(i).description == b.competencies.at(i).description;
    for (qsizetype i = 0; same && i < a.items.size(); ++i) {
        const PlanItem &x = a.items.at(i);
        const PlanItem &y = b.items.at(i);
        same = x.questionUuid == y.questionUuid && x.minutes == y.minutes && x.note == y.note &&
               x.competencies == y.competencies;
    }
    if (!same)
        violation("plan fields", json, jsonAgain);
    BankDocument questionsA;
    questionsA.questions = document.questions;
    BankDocument questionsB;
    questionsB.questions = again.questions;
    sameQuestions(questionsA, questionsB, false, "plan questions");
    // The plan's questions are bank questions: they survive both bank formats too, once
    // listed with their categories as a bank reader lists them.
    bankcheck::normalizeDocument(questionsA, QStringLiteral("fuzz-plan.json"));
    checkBank(questionsA);
}

} // namespace fuzzcheck
