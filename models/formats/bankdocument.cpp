#include "formats/bankdocument.h"

#include "domain/errors.h"
#include "domain/limits.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QUuid>

namespace bankcheck {

namespace {

struct BankDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(BankDocumentText)
};

bool isRefusedControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7f && c <= 0x9f);
}

bool isNoncharacter(char16_t c)
{
    return c == 0xfffe || c == 0xffff;
}

// The index of the first character checkCharacters refuses, or -1.
qsizetype firstRefused(const QString &text)
{
    const char16_t *begin = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = begin[i];
        if (c >= 0x20 && c < 0x7f)
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(begin[i + 1])) {
            ++i; // one character in two code units
            continue;
        }
        if (isRefusedControl(c) || QChar::isSurrogate(c) || isNoncharacter(c))
            return i;
    }
    return -1;
}

// "line 2, column 5" (or "column 5" in a one-line text) of the character at `index`.
QString placeOf(const QString &text, qsizetype index)
{
    const QStringView before = QStringView(text).left(index);
    const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
    const qsizetype column = index - lineStart + 1;
    if (!text.contains(QLatin1Char('\n')))
        return BankDocumentText::tr("column %1").arg(column);
    return BankDocumentText::tr("line %1, column %2")
        .arg(before.count(QLatin1Char('\n')) + 1)
        .arg(column);
}

// A value quoted back in a message: refused characters shown as U+FFFD, and short.
QString quoted(const QString &text, int length = 60)
{
    QString shown = text.left(length);
    if (!shown.isEmpty() && shown.back().isHighSurrogate())
        shown.chop(1);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const char16_t c = shown.at(i).unicode();
        const bool pairStart = QChar::isHighSurrogate(c) && i + 1 < shown.size() &&
                               QChar::isLowSurrogate(shown.at(i + 1).unicode());
        if (pairStart) {
            ++i;
            continue;
        }
        if (isRefusedControl(c) || QChar::isSurrogate(c))
            shown[i] = QChar(QChar::ReplacementCharacter);
    }
    return shown;
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Trims, checks and length-limits each item of a list field; drops empty ones.
void normalizeList(QStringList &items, const char *name, int itemLimit, int countLimit,
                   const QString &where)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString &text = items[i];
        text = normalizeLineEndings(text);
        checkCharacters(text, where, {name, i});
        text = text.trimmed();
        checkStart(text, where, {name, i});
        checkLength(text, itemLimit, where, {name, i});
    }
    items.removeAll(QString());
    if (items.size() > countLimit)
        throw PanelistError(
            BankDocumentText::tr("%1: %2 has %3 items; the limit is %4.")
                .arg(where, Field{name}.describe(), number(items.size()), number(countLimit)));
}

void normalizeBodyField(QString &text, const char *name, const QString &where)
{
    text = normalizeLineEndings(text);
    checkCharacters(text, where, {name});
    text = normalizeBody(text);
    checkStart(text, where, {name});
    checkLength(text, limits::kLongText, where, {name});
}

// A one-line text: whitespace runs (line breaks included) become one space.
QString normalizeLine(const QString &text, const QString &where, Field field, int limit)
{
    if (isNormalLine(text, limit))
        return text; // the common case, without a copy
    const QString lf = normalizeLineEndings(text);
    checkCharacters(lf, where, field);
    const QString clean = lf.simplified();
    checkStart(clean, where, field);
    checkLength(clean, limit, where, field);
    return clean;
}

} // namespace

bool isNormalLine(QStringView text, int limit)
{
    if (text.isEmpty() || text.size() > limit || text.front().isSpace() || text.back().isSpace())
        return false;
    bool afterSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ') {
            if (afterSpace)
                return false;
            afterSpace = true;
        } else if ((u >= 0x21 && u < 0x7f) || (u >= 0xa1 && !c.isSpace() && !c.isSurrogate() &&
                                               u != 0xfeff && !isNoncharacter(u))) {
            afterSpace = false;
        } else {
            return false; // controls, other whitespace, surrogates: the careful path
        }
    }
    return true;
}

QString canonicalUuid(const QString &text)
{
    QStringView view = QStringView(text).trimmed();
    if (view.size() == 38 && view.front() == u'{' && view.back() == u'}')
        view = view.mid(1, 36);
    if (view.size() != 36)
        return {};
    for (qsizetype i = 0; i < view.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? view.at(i) != u'-' : !isHex(view.at(i)))
            return {};
    }
    const QUuid uuid = QUuid::fromString(view);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

QString normalizeLineEndings(QString text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString normalizeBody(const QString &text)
{
    const QString lf = normalizeLineEndings(text);
    qsizetype start = 0;
    for (qsizetype i = 0; i < lf.size() && lf.at(i).isSpace(); ++i) {
        if (lf.at(i) == QLatin1Char('\n'))
            start = i + 1;
    }
    qsizetype end = lf.size();
    while (end > start && lf.at(end - 1).isSpace())
        --end;
    return lf.mid(start, end - start);
}

QString Field::describe() const
{
    if (item < 0)
        return BankDocumentText::tr("field \"%1\"").arg(QLatin1String(name));
    return BankDocumentText::tr("field \"%1\", item %2").arg(QLatin1String(name)).arg(item + 1);
}

void checkCharacters(const QString &text, const QString &where, Field field)
{
    const qsizetype index = firstRefused(text);
    if (index < 0)
        return;
    const char16_t c = text.at(index).unicode();
    QString what;
    if (QChar::isSurrogate(c))
        what = BankDocumentText::tr(
            "a lone surrogate (U+%1), which is no character; the text was damaged on its "
            "way into the file — write it again");
    else if (isNoncharacter(c))
        what = BankDocumentText::tr(
            "the noncharacter U+%1, which the database cannot store; remove it");
    else
        what = BankDocumentText::tr("a control character (U+%1); remove it");
    const QString code =
        QStringLiteral("%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
    throw PanelistError(BankDocumentText::tr("%1: %2 holds, at %3, %4.")
                            .arg(where, field.describe(), placeOf(text, index), what.arg(code)));
}

void checkStart(const QString &text, const QString &where, Field field)
{
    if (text.startsWith(QChar(0xfeff)))
        throw PanelistError(
            BankDocumentText::tr("%1: %2 starts with U+FEFF (a byte order mark), which the "
                                 "database drops; remove it.")
                .arg(where, field.describe()));
}

void checkLength(const QString &text, int limit, const QString &where, Field field)
{
    if (text.size() > limit)
        throw PanelistError(BankDocumentText::tr("%1: %2 is %3 characters long; the limit is %4.")
                                .arg(where, field.describe(), number(text.size()), number(limit)));
}

QString number(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString describeQuestion(int index, const QString &title)
{
    const QString shown = quoted(title.simplified());
    if (shown.isEmpty())
        return BankDocumentText::tr("question %1").arg(index + 1);
    return BankDocumentText::tr("question %1 (\"%2\")").arg(index + 1).arg(shown);
}

QString normalizeCategoryName(const QString &name, const QString &where)
{
    const QString clean = normalizeLine(name, where, {"name"}, limits::kCategoryName);
    if (clean.isEmpty())
        throw PanelistError(
            BankDocumentText::tr("%1: the category has an empty name; give it one.").arg(where));
    return clean;
}

QString normalizeSingleLine(const QString &text, const QString &where, const char *field, int limit)
{
    return normalizeLine(text, where, {field}, limit);
}

namespace {

// Every check of normalizeQuestion, in the order a person reads the fields; the level
// and kind are read from `keys` when given.
void normalize(Question &q, const QuestionKeys *keys, const QString &where)
{
    const QString uuid = canonicalUuid(q.uuid);
    if (q.uuid.trimmed().isEmpty())
        throw PanelistError(BankDocumentText::tr("%1: field \"uuid\" is missing.").arg(where));
    if (uuid.isEmpty())
        throw PanelistError(
            BankDocumentText::tr("%1: field \"uuid\" is not a valid UUID: \"%2\"; write it as "
                                 "8-4-4-4-12 hexadecimal digits.")
                .arg(where, quoted(q.uuid)));
    q.uuid = uuid;

    q.title = normalizeLine(q.title, where, {"title"}, limits::kTitle);
    if (q.title.isEmpty())
        throw PanelistError(
            BankDocumentText::tr("%1: field \"title\" is missing or empty.").arg(where));
    q.category = normalizeLine(q.category, where, {"category"}, limits::kCategoryName);
    if (q.category.isEmpty())
        throw PanelistError(
            BankDocumentText::tr("%1: field \"category\" is missing or empty.").arg(where));

    if (keys) {
        const std::optional<vocabulary::Level> level = vocabulary::parseLevel(keys->level);
        if (!level)
            throw PanelistError(
                BankDocumentText::tr("%1: field \"level\" must be one of %2, not \"%3\".")
                    .arg(where, vocabulary::levelKeys().join(QStringLiteral(", ")),
                         quoted(keys->level)));
        q.level = *level;
        const std::optional<vocabulary::Kind> kind = vocabulary::parseKind(keys->kind);
        if (!kind)
            throw PanelistError(
                BankDocumentText::tr("%1: field \"kind\" must be one of %2, not \"%3\".")
                    .arg(where, vocabulary::kindKeys().join(QStringLiteral(", ")),
                         quoted(keys->kind)));
        q.kind = *kind;
    }
    if (q.minutes < limits::kMinMinutes || q.minutes > limits::kMaxMinutes)
        throw PanelistError(
            BankDocumentText::tr("%1: field \"minutes\" must be between %2 and %3, not %4.")
                .arg(where)
                .arg(limits::kMinMinutes)
                .arg(limits::kMaxMinutes)
                .arg(q.minutes));

    normalizeBodyField(q.prompt, "prompt", where);
    normalizeBodyField(q.referenceAnswer, "referenceAnswer", where);
    normalizeBodyField(q.anchorJunior, "anchors.junior", where);
    normalizeBodyField(q.anchorMiddle, "anchors.middle", where);
    normalizeBodyField(q.anchorSenior, "anchors.senior", where);

    for (qsizetype i = 0; i < q.tags.size(); ++i) {
        QString &tag = q.tags[i];
        tag = normalizeLine(tag, where, {"tags", i}, limits::kTag).toLower();
        checkLength(tag, limits::kTag, where, {"tags", i}); // lower case can be longer
        if (tag.contains(QLatin1Char(',')))
            throw PanelistError(
                BankDocumentText::tr(
                    "%1: %2 (\"%3\") holds a comma, and the Markdown form separates tags with "
                    "commas; split it into two tags or use another character.")
                    .arg(where, Field{"tags", i}.describe(), quoted(tag)));
    }
    q.tags.removeAll(QString());
    if (q.tags.size() > limits::kTags)
        throw PanelistError(BankDocumentText::tr("%1: %2 has %3 items; the limit is %4.")
                                .arg(where, Field{"tags"}.describe(), number(q.tags.size()),
                                     number(limits::kTags)));
    normalizeList(q.followUps, "followUps", limits::kListText, limits::kFollowUps, where);
    normalizeList(q.criteria, "criteria", limits::kListText, limits::kCriteria, where);
}

} // namespace

void normalizeQuestion(Question &q, const QuestionKeys &keys, const QString &where)
{
    normalize(q, &keys, where);
}

void normalizeQuestion(Question &q, const QString &where)
{
    normalize(q, nullptr, where);
}

void normalizeDocument(BankDocument &document, const QString &fileName)
{
    // Category names are unique regardless of letter case (as in the database), so
    // each is keyed by its case-folded form.
    QHash<QString, QString> spellings;
    for (qsizetype i = 0; i < document.categories.size(); ++i) {
        Category &category = document.categories[i];
        QString &previous = spellings[category.name.toCaseFolded()]; // one lookup
        if (!previous.isNull()) {
            if (previous == category.name)
                throw PanelistError(
                    BankDocumentText::tr("%1: category \"%2\" is listed twice; keep one.")
                        .arg(fileName, category.name));
            throw PanelistError(
                BankDocumentText::tr("%1: categories \"%2\" and \"%3\" differ only in letter case, "
                                     "and category names are unique regardless of case; keep one.")
                    .arg(fileName, previous, category.name));
        }
        previous = category.name;
    }
    QHash<QString, int> firstIndexOfUuid;
    for (int i = 0; i < document.questions.size(); ++i) {
        const Question &q = document.questions.at(i);
        QString &spelling = spellings[q.category.toCaseFolded()];
        if (spelling.isNull()) {
            spelling = q.category;
            document.categories.append({0, q.category, 0});
        } else if (spelling != q.category) {
            throw PanelistError(
                BankDocumentText::tr(
                    "%1, %2: field \"category\" is \"%3\", but the file also writes it \"%4\"; "
                    "category names are unique regardless of letter case, so write it one way.")
                    .arg(fileName, describeQuestion(i, q.title), q.category, spelling));
        }
        const auto previous = firstIndexOfUuid.constFind(q.uuid);
        if (previous != firstIndexOfUuid.constEnd()) {
            throw PanelistError(
                BankDocumentText::tr("%1, %2: field \"uuid\" repeats the uuid %3 of %4; each "
                                     "question needs its own.")
                    .arg(fileName, describeQuestion(i, q.title), q.uuid,
                         describeQuestion(*previous, document.questions.at(*previous).title)));
        }
        firstIndexOfUuid.insert(q.uuid, i);
    }
    for (qsizetype i = 0; i < document.categories.size(); ++i)
        document.categories[i].position = static_cast<int>(i);
}

} // namespace bankcheck
