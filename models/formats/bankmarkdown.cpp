#include "formats/bankmarkdown.h"

#include "domain/errors.h"
#include "domain/limits.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <array>

namespace bankmarkdown {

namespace {

struct BankMarkdown
{
    Q_DECLARE_TR_FUNCTIONS(BankMarkdown)
};

const QString kListIndent = QStringLiteral("   ");

// ---- Lines the format gives a meaning to -------------------------------------------
//
// Structure lives in level 2–5 headings ("## " to "##### ", '#' in the first column).
// Body sections (prompt, reference answer, anchors) hold free Markdown; the writer
// escapes every body line that could read as structure, and the reader undoes it:
//
//  - outside a code block, a line starting with '#' (after any backslashes) gets one
//    more leading backslash ("\# comment");
//  - a fence line (``` or ~~~, after any indentation) that already starts with
//    backslashes, or an opening fence the body never closes, gets one more backslash
//    before the fence characters, so code blocks never run past their section;
//  - inside a code block only this format's own section headings ("#### Criteria",
//    "##### Senior", ...) get the backslash; everything else, Python comments included,
//    stays as written.

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    return i;
}

qsizetype backslashesAt(QStringView line, qsizetype from)
{
    qsizetype i = from;
    while (i < line.size() && line.at(i) == QLatin1Char('\\'))
        ++i;
    return i - from;
}

// The level (2–5) of a structural heading: '#'s from the first column, then a space or
// a tab. 0 for any other line.
int headingLevel(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char('#'))
        ++n;
    if (n < 2 || n > 5 || n >= line.size() || !isBlank(line.at(n)))
        return 0;
    return static_cast<int>(n);
}

QString headingText(QStringView line, int level)
{
    return line.mid(level).trimmed().toString();
}

enum class Section {
    None,
    Metadata,
    Prompt,
    Reference,
    FollowUps,
    Criteria,
    Anchors,
    Junior,
    Middle,
    Senior
};

// The section a level 4 or 5 heading names, or None.
Section sectionNamed(int level, QStringView text)
{
    const QString name = text.toString().simplified().toLower();
    if (level == 4) {
        if (name == QLatin1String("prompt"))
            return Section::Prompt;
        if (name == QLatin1String("reference answer"))
            return Section::Reference;
        if (name == QLatin1String("follow-ups") || name == QLatin1String("follow ups"))
            return Section::FollowUps;
        if (name == QLatin1String("criteria") || name == QLatin1String("rubric criteria"))
            return Section::Criteria;
        if (name == QLatin1String("anchors"))
            return Section::Anchors;
    } else if (level == 5) {
        // An anchor's heading names its level ("##### Senior").
        if (const std::optional<vocabulary::Level> anchor = vocabulary::parseLevel(name)) {
            switch (*anchor) {
            case vocabulary::Level::Junior:
                return Section::Junior;
            case vocabulary::Level::Middle:
                return Section::Middle;
            case vocabulary::Level::Senior:
                return Section::Senior;
            }
        }
    }
    return Section::None;
}

// A heading of this format's own sections ("#### Criteria"), which ends a section even
// inside a code block.
bool isReservedHeading(QStringView line)
{
    const int level = headingLevel(line);
    return (level == 4 || level == 5) && sectionNamed(level, line.mid(level)) != Section::None;
}

struct Fence
{
    QChar marker;
    qsizetype length = 0; // 0: no fence
};

bool startsFenceRun(QStringView text)
{
    return text.size() >= 3 && (text.at(0) == QLatin1Char('`') || text.at(0) == QLatin1Char('~')) &&
           text.at(1) == text.at(0) && text.at(2) == text.at(0);
}

// The code fence `line` opens: any indentation, then three or more backticks or
// tildes; the info string of a backtick fence holds no backtick (CommonMark).
Fence fenceOpener(QStringView line)
{
    const qsizetype start = indentOf(line);
    if (!startsFenceRun(line.mid(start)))
        return {};
    const QChar marker = line.at(start);
    qsizetype end = start;
    while (end < line.size() && line.at(end) == marker)
        ++end;
    if (marker == QLatin1Char('`') && line.mid(end).contains(QLatin1Char('`')))
        return {};
    return {marker, end - start};
}

// The length of the fence run if `line` could close a `marker` fence (the run and
// nothing but blanks after it), else 0.
qsizetype closerLength(QStringView line, QChar marker)
{
    const qsizetype start = indentOf(line);
    qsizetype end = start;
    while (end < line.size() && line.at(end) == marker)
        ++end;
    if (end - start < 3 || indentOf(line.mid(end)) != line.size() - end)
        return 0;
    return end - start;
}

bool closes(QStringView line, const Fence &fence)
{
    return closerLength(line, fence.marker) >= fence.length;
}

// Splits at '\n' without copying.
QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            lines.append(text.mid(start));
            return lines;
        }
        lines.append(text.mid(start, end - start));
        start = end + 1;
    }
}

void escapeBody(QString &out, const QString &body)
{
    const QList<QStringView> lines = splitLines(body);
    const qsizetype n = lines.size();
    // longestCloser[m][i]: the longest run that could close a fence of marker m on
    // lines i.. — so an opening fence learns at once whether anything closes it.
    std::array<QList<qsizetype>, 2> longestCloser;
    const std::array<QChar, 2> markers{QLatin1Char('`'), QLatin1Char('~')};
    for (int m = 0; m < 2; ++m) {
        longestCloser[m].resize(n + 1);
        longestCloser[m][n] = 0;
        for (qsizetype i = n - 1; i >= 0; --i)
            longestCloser[m][i] =
                std::max(longestCloser[m][i + 1], closerLength(lines.at(i), markers[m]));
    }
    Fence open;
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView line = lines.at(i);
        if (open.length > 0) {
            if (closes(line, open))
                open = {};
            else if (isReservedHeading(line.mid(backslashesAt(line, 0))))
                out += QLatin1Char('\\');
            out += line;
            out += QLatin1Char('\n');
            continue;
        }
        const qsizetype leading = backslashesAt(line, 0);
        if (leading < line.size() && line.at(leading) == QLatin1Char('#')) {
            out += QLatin1Char('\\');
            out += line;
        } else {
            const qsizetype indent = indentOf(line);
            const qsizetype slashes = backslashesAt(line, indent);
            bool escape = false;
            if (startsFenceRun(line.mid(indent + slashes))) {
                if (slashes > 0) {
                    escape = true;
                } else {
                    const Fence fence = fenceOpener(line);
                    const int m = fence.marker == markers[0] ? 0 : 1;
                    if (fence.length > 0 && longestCloser[m][i + 1] >= fence.length)
                        open = fence;
                    else if (fence.length > 0)
                        escape = true; // never closed in this text: not a fence
                }
            }
            if (escape) {
                out += line.left(indent);
                out += QLatin1Char('\\');
                out += line.mid(indent);
            } else {
                out += line;
            }
        }
        out += QLatin1Char('\n');
    }
}

void writeList(QString &out, const QStringList &items)
{
    for (int i = 0; i < items.size(); ++i) {
        const QList<QStringView> lines = splitLines(items.at(i));
        out += QString::number(i + 1);
        out += QStringLiteral(". ");
        out += lines.first();
        out += QLatin1Char('\n');
        // Blank lines stay blank; every other line is indented under the item.
        for (qsizetype l = 1; l < lines.size(); ++l) {
            if (!lines.at(l).isEmpty()) {
                out += kListIndent;
                out += lines.at(l);
            }
            out += QLatin1Char('\n');
        }
    }
}

void writeSection(QString &out, const QString &heading, const QString &body)
{
    out += heading + QStringLiteral("\n\n");
    if (!body.isEmpty()) {
        escapeBody(out, body);
        out += QLatin1Char('\n');
    }
}

// What the reader can give back: a text from the database that never passed the
// input's checks (a CR, a line break in a title) is written as the reader would
// normalize it, so every file this writes reads back.
Question representable(Question q)
{
    for (QString *text : {&q.title, &q.category})
        *text = bankcheck::normalizeLineEndings(*text).simplified();
    for (QString *text :
         {&q.prompt, &q.referenceAnswer, &q.anchorJunior, &q.anchorMiddle, &q.anchorSenior})
        *text = bankcheck::normalizeBody(*text);
    for (QStringList *list : {&q.followUps, &q.criteria, &q.tags}) {
        for (QString &text : *list) {
            text = bankcheck::normalizeLineEndings(text).trimmed();
            if (list == &q.tags)
                text = text.simplified().toLower();
        }
        list->removeAll(QString());
    }
    return q;
}

void writeQuestion(QString &out, const Question &original)
{
    const Question q = representable(original);
    out += QStringLiteral("### ") + q.title + QStringLiteral("\n\n");
    out += QStringLiteral("- uuid: ") + q.uuid + QLatin1Char('\n');
    out += QStringLiteral("- level: ") + vocabulary::key(q.level) + QLatin1Char('\n');
    out += QStringLiteral("- kind: ") + vocabulary::key(q.kind) + QLatin1Char('\n');
    out += QStringLiteral("- minutes: ") + QString::number(q.minutes) + QLatin1Char('\n');
    out += QStringLiteral("- tags: ") + q.tags.join(QStringLiteral(", ")) + QLatin1Char('\n');
    if (q.archived)
        out += QStringLiteral("- archived: yes\n");
    out += QLatin1Char('\n');
    writeSection(out, QStringLiteral("#### Prompt"), q.prompt);
    writeSection(out, QStringLiteral("#### Reference answer"), q.referenceAnswer);
    out += QStringLiteral("#### Follow-ups\n\n");
    writeList(out, q.followUps);
    out += QStringLiteral("\n#### Criteria\n\n");
    writeList(out, q.criteria);
    out += QStringLiteral("\n#### Anchors\n\n");
    writeSection(out, QStringLiteral("##### Junior"), q.anchorJunior);
    writeSection(out, QStringLiteral("##### Middle"), q.anchorMiddle);
    writeSection(out, QStringLiteral("##### Senior"), q.anchorSenior);
}

// "- key: value" (or "* key: value"): the key is letters and spaces.
bool parseField(QStringView line, QString &key, QString &value)
{
    QStringView rest = line.trimmed();
    if (rest.size() < 2 || (rest.at(0) != QLatin1Char('-') && rest.at(0) != QLatin1Char('*')) ||
        !isBlank(rest.at(1)))
        return false;
    rest = rest.mid(1).trimmed();
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    for (QChar c : rest.left(colon)) {
        if (!(c >= QLatin1Char('a') && c <= QLatin1Char('z')) &&
            !(c >= QLatin1Char('A') && c <= QLatin1Char('Z')) && c != QLatin1Char(' '))
            return false;
    }
    key = rest.left(colon).trimmed().toString().toLower();
    value = rest.mid(colon + 1).trimmed().toString();
    return true;
}

// "1. text", "2) text", "- text" or "* text", indented by at most two blanks.
bool parseItem(QStringView line, QStringView &text)
{
    qsizetype i = 0;
    while (i < 2 && i < line.size() && isBlank(line.at(i)))
        ++i;
    if (i < line.size() && line.at(i).isDigit() && line.at(i).unicode() < 0x80) {
        while (i < line.size() && line.at(i).unicode() < 0x80 && line.at(i).isDigit())
            ++i;
        if (i >= line.size() || (line.at(i) != QLatin1Char('.') && line.at(i) != QLatin1Char(')')))
            return false;
        ++i;
    } else if (i < line.size() &&
               (line.at(i) == QLatin1Char('-') || line.at(i) == QLatin1Char('*'))) {
        ++i;
    } else {
        return false;
    }
    const qsizetype start = i + indentOf(line.mid(i));
    if (start == i)
        return false;
    text = line.mid(start);
    return true;
}

bool isVersionMarker(QStringView line, QString &version)
{
    // <!-- panelist-bank version N -->
    QStringView rest = line.trimmed();
    if (!rest.startsWith(QLatin1String("<!--")) || !rest.endsWith(QLatin1String("-->")))
        return false;
    rest = rest.mid(4, rest.size() - 7).trimmed();
    const QList<QStringView> words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() != 3 || words.at(0) != QLatin1String("panelist-bank") ||
        words.at(1) != QLatin1String("version"))
        return false;
    for (QChar c : words.at(2)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    version = words.at(2).toString();
    return true;
}

// Reads the document line by line, in one pass: each line is looked at a fixed number
// of times and copied at most once into the text it belongs to.
class Reader
{
public:
    Reader(const QByteArray &data, QString fileName)
        : m_fileName(std::move(fileName))
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        m_text = utf8.decode(data);
        if (utf8.hasError())
            throw PanelistError(
                BankMarkdown::tr("%1: the file is not UTF-8 text; save it as UTF-8.")
                    .arg(m_fileName));
        if (m_text.startsWith(QChar(0xfeff)))
            m_text.remove(0, 1);
        m_text = bankcheck::normalizeLineEndings(std::move(m_text));
    }

    BankDocument read()
    {
        const QStringView text(m_text);
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), start);
            if (end < 0)
                end = text.size();
            ++m_lineNumber;
            onLine(text.mid(start, end - start));
            start = end + 1;
        }
        if (m_fence.length > 0) {
            m_lineNumber = m_fenceLine;
            fail(BankMarkdown::tr(
                     "the code block opened here with %1 is never closed; close it with a line "
                     "of %1")
                     .arg(QString(m_fence.length, m_fence.marker)));
        }
        if (m_inComment)
            fail(BankMarkdown::tr(
                "the comment \"<!--\" opened before the first category is never closed "
                "with \"-->\""));
        finishQuestion();
        bankcheck::normalizeDocument(m_document, m_fileName);
        return m_document;
    }

private:
    [[noreturn]] void fail(const QString &reason) const
    {
        QString where = BankMarkdown::tr("%1, line %2").arg(m_fileName).arg(m_lineNumber);
        if (m_inQuestion)
            where += QStringLiteral(" (") +
                     bankcheck::describeQuestion(m_document.questions.size(), m_question.title) +
                     QLatin1Char(')');
        throw PanelistError(where + QStringLiteral(": ") + reason + QLatin1Char('.'));
    }

    static bool isBody(Section section)
    {
        return section == Section::Prompt || section == Section::Reference ||
               section == Section::Junior || section == Section::Middle ||
               section == Section::Senior;
    }

    void onLine(QStringView line)
    {
        if (m_inPreamble && readPreamble(line))
            return;
        if (m_fence.length > 0) {
            readFencedLine(line);
            return;
        }
        const int level = headingLevel(line);
        if (level > 0) {
            onHeading(level, headingText(line, level));
            return;
        }
        switch (m_section) {
        case Section::None:
        case Section::Anchors:
            if (!line.trimmed().isEmpty())
                fail(BankMarkdown::tr(
                         "text \"%1\" stands outside any section; put it under a \"#### \" "
                         "section of a question")
                         .arg(line.trimmed().left(40)));
            return;
        case Section::Metadata:
            readMetadata(line);
            return;
        case Section::FollowUps:
        case Section::Criteria:
            readListLine(line, m_section == Section::FollowUps ? m_question.followUps
                                                               : m_question.criteria);
            return;
        default:
            readBodyLine(line);
        }
    }

    // Before the first "## " heading: blank lines, a "# Title", HTML comments and the
    // version marker. Returns false at the first heading.
    bool readPreamble(QStringView line)
    {
        if (m_inComment) {
            m_inComment = !line.contains(QLatin1String("-->"));
            return true;
        }
        const QStringView trimmed = line.trimmed();
        QString version;
        if (isVersionMarker(line, version)) {
            bool ok = false;
            const int number = version.toInt(&ok);
            if (!ok || number > BankDocument::kFormatVersion)
                fail(BankMarkdown::tr(
                         "the file is format version %1, but this Panelist reads version %2; "
                         "update Panelist")
                         .arg(version)
                         .arg(BankDocument::kFormatVersion));
            return true;
        }
        if (trimmed.isEmpty())
            return true;
        if (trimmed.startsWith(QLatin1String("<!--"))) {
            m_inComment = !trimmed.mid(4).contains(QLatin1String("-->"));
            return true;
        }
        if (line == QLatin1String("#") || line.startsWith(QLatin1String("# ")) ||
            line.startsWith(QLatin1String("#\t")))
            return true; // the document's title
        if (headingLevel(line) > 0) {
            m_inPreamble = false;
            return false;
        }
        fail(BankMarkdown::tr(
                 "text \"%1\" comes before the first \"## Category\" heading; move it into a "
                 "question")
                 .arg(line.trimmed().left(40)));
    }

    void onHeading(int level, const QString &text)
    {
        flushSection();
        if (level == 2) {
            finishQuestion();
            m_category =
                bankcheck::isNormalLine(text, limits::kCategoryName)
                    ? text
                    : bankcheck::normalizeCategoryName(
                          text, BankMarkdown::tr("%1, line %2").arg(m_fileName).arg(m_lineNumber));
            int &previous = m_categoryLines[m_category.toCaseFolded()]; // one lookup
            if (previous > 0)
                fail(BankMarkdown::tr(
                         "category \"%1\" already has a heading on line %2 (names are unique "
                         "regardless of letter case); put its questions under one heading")
                         .arg(m_category)
                         .arg(previous));
            previous = m_lineNumber;
            Category category;
            category.name = m_category;
            category.position = m_document.categories.size();
            m_document.categories.append(category);
            m_section = Section::None;
            return;
        }
        if (level == 3) {
            finishQuestion();
            if (m_category.isEmpty())
                fail(BankMarkdown::tr("question \"%1\" comes before any \"## Category\" heading")
                         .arg(text));
            m_inQuestion = true;
            m_questionLine = m_lineNumber;
            m_question = Question();
            m_keys = {};
            m_question.title = text;
            m_question.category = m_category;
            m_seenFields.clear();
            m_seenSections.clear();
            m_section = Section::Metadata;
            return;
        }
        if (!m_inQuestion)
            fail(BankMarkdown::tr("heading \"%1\" is outside any \"### Question\"").arg(text));
        const Section section = sectionNamed(level, text);
        if (level == 4 && section == Section::None)
            fail(BankMarkdown::tr(
                     "unknown section \"%1\" (expected Prompt, Reference answer, Follow-ups, "
                     "Criteria or Anchors)")
                     .arg(text));
        if (level == 5) {
            if (m_section != Section::Anchors && m_section != Section::Junior &&
                m_section != Section::Middle && m_section != Section::Senior)
                fail(BankMarkdown::tr("heading \"%1\" belongs under \"#### Anchors\"").arg(text));
            if (section == Section::None)
                fail(BankMarkdown::tr("unknown anchor \"%1\" (expected Junior, Middle or Senior)")
                         .arg(text));
        }
        if (m_seenSections.contains(static_cast<int>(section)))
            fail(BankMarkdown::tr("section \"%1\" appears twice in this question; merge the two")
                     .arg(text));
        m_seenSections.insert(static_cast<int>(section));
        m_section = section;
        m_bodyOpen = isBody(section);
    }

    void readBodyLine(QStringView line)
    {
        const qsizetype leading = backslashesAt(line, 0);
        if (leading > 0 && leading < line.size() && line.at(leading) == QLatin1Char('#')) {
            m_body += line.mid(1); // "\# text"
        } else {
            const qsizetype indent = indentOf(line);
            const qsizetype slashes = backslashesAt(line, indent);
            if (slashes > 0 && startsFenceRun(line.mid(indent + slashes))) {
                m_body += line.left(indent); // "\```": a fence written as text
                m_body += line.mid(indent + 1);
            } else {
                const Fence fence = fenceOpener(line);
                if (fence.length > 0) {
                    m_fence = fence;
                    m_fenceLine = m_lineNumber;
                }
                m_body += line;
            }
        }
        m_body += QLatin1Char('\n');
    }

    // Inside a code block of a body section every line is text, except the closing
    // fence and this format's own section headings.
    void readFencedLine(QStringView line)
    {
        if (closes(line, m_fence)) {
            m_fence = {};
            m_body += line;
        } else {
            const qsizetype slashes = backslashesAt(line, 0);
            if (isReservedHeading(line.mid(slashes))) {
                if (slashes == 0)
                    fail(BankMarkdown::tr(
                             "heading \"%1\" stands inside the code block opened on line %2 "
                             "with %3, which is never closed; close the code block before it")
                             .arg(line.trimmed().toString())
                             .arg(m_fenceLine)
                             .arg(QString(m_fence.length, m_fence.marker)));
                m_body += line.mid(1);
            } else {
                m_body += line;
            }
        }
        m_body += QLatin1Char('\n');
    }

    void readMetadata(QStringView line)
    {
        if (line.trimmed().isEmpty())
            return;
        QString key;
        QString value;
        if (!parseField(line, key, value))
            fail(BankMarkdown::tr(
                "expected a \"- field: value\" line or a \"#### Section\" heading"));
        if (m_seenFields.contains(key))
            fail(BankMarkdown::tr("field \"%1\" is given twice; keep one").arg(key));
        m_seenFields.insert(key);
        if (key == QLatin1String("uuid")) {
            m_question.uuid = value;
        } else if (key == QLatin1String("level")) {
            m_keys.level = value.toLower();
        } else if (key == QLatin1String("kind")) {
            m_keys.kind = value.toLower();
        } else if (key == QLatin1String("minutes")) {
            bool ok = false;
            m_question.minutes = value.toInt(&ok);
            if (!ok)
                fail(BankMarkdown::tr("field \"minutes\" must be a whole number, not \"%1\"")
                         .arg(value));
        } else if (key == QLatin1String("tags")) {
            m_question.tags = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("archived")) {
            const QString flag = value.toLower();
            if (flag != QLatin1String("yes") && flag != QLatin1String("no") &&
                flag != QLatin1String("true") && flag != QLatin1String("false"))
                fail(BankMarkdown::tr("field \"archived\" must be yes or no, not \"%1\"")
                         .arg(value));
            m_question.archived = flag == QLatin1String("yes") || flag == QLatin1String("true");
        } else {
            fail(BankMarkdown::tr(
                     "unknown field \"%1\" (known: uuid, level, kind, minutes, tags, archived)")
                     .arg(key));
        }
    }

    // An item starts with "1." (or "-", "*"); its further lines are indented by three
    // spaces, and a blank line followed by an indented one is a blank line of the item.
    void readListLine(QStringView line, QStringList &items)
    {
        QStringView text;
        if (line.startsWith(kListIndent)) {
            if (items.isEmpty() || !m_itemOpen)
                fail(BankMarkdown::tr("an indented line must continue a list item (\"1. ...\")"));
            QString &item = items.last();
            for (; m_pendingBlankLines > 0; --m_pendingBlankLines)
                item += QLatin1Char('\n');
            item += QLatin1Char('\n');
            item += line.mid(kListIndent.size());
        } else if (parseItem(line, text)) {
            items << text.toString();
            m_itemOpen = true;
            m_pendingBlankLines = 0;
        } else if (line.trimmed().isEmpty()) {
            ++m_pendingBlankLines;
        } else {
            fail(BankMarkdown::tr("expected a numbered list item (\"1. ...\")"));
        }
    }

    void flushSection()
    {
        // Called at every heading and at the end.
        m_itemOpen = false;
        m_pendingBlankLines = 0;
        if (!m_bodyOpen)
            return;
        m_bodyOpen = false;
        QString body = bankcheck::normalizeBody(m_body);
        m_body.clear();
        switch (m_section) {
        case Section::Prompt:
            m_question.prompt = std::move(body);
            break;
        case Section::Reference:
            m_question.referenceAnswer = std::move(body);
            break;
        case Section::Junior:
            m_question.anchorJunior = std::move(body);
            break;
        case Section::Middle:
            m_question.anchorMiddle = std::move(body);
            break;
        case Section::Senior:
            m_question.anchorSenior = std::move(body);
            break;
        default:
            break;
        }
    }

    void finishQuestion()
    {
        flushSection();
        if (!m_inQuestion)
            return;
        const QString where =
            BankMarkdown::tr("%1, line %2 (%3)")
                .arg(m_fileName)
                .arg(m_questionLine)
                .arg(bankcheck::describeQuestion(m_document.questions.size(), m_question.title));
        for (const char *field : {"level", "kind", "minutes"}) {
            if (!m_seenFields.contains(QLatin1String(field)))
                throw PanelistError(BankMarkdown::tr("%1: field \"%2\" is missing.")
                                        .arg(where, QLatin1String(field)));
        }
        bankcheck::normalizeQuestion(m_question, m_keys, where);
        m_document.questions.append(m_question);
        m_inQuestion = false;
        m_section = Section::None;
    }

    QString m_text;
    QString m_fileName;
    int m_lineNumber = 0;
    bool m_inPreamble = true;
    bool m_inComment = false;
    BankDocument m_document;
    QString m_category;
    QHash<QString, int> m_categoryLines; // case-folded name -> line of its heading
    bool m_inQuestion = false;
    int m_questionLine = 0;
    Question m_question;
    bankcheck::QuestionKeys m_keys; // the question's level and kind as written
    QSet<QString> m_seenFields;
    QSet<int> m_seenSections;
    Section m_section = Section::None;
    QString m_body;
    bool m_bodyOpen = false; // m_body collects the text of m_section
    Fence m_fence;
    int m_fenceLine = 0;
    bool m_itemOpen = false;
    int m_pendingBlankLines = 0;
};

} // namespace

QByteArray write(const BankDocument &document)
{
    QString out =
        QStringLiteral("<!-- panelist-bank version %1 -->\n").arg(BankDocument::kFormatVersion);
    out += QStringLiteral("# Question bank\n");
    // Questions grouped by category, each group in document order; categories the list
    // lacks follow the listed ones in the order questions first use them.
    QStringList order;
    QList<QList<int>> groups;        // questions of order[i], by index
    QHash<QString, qsizetype> index; // name -> its place in order, plus one
    const auto groupOf = [&](const QString &text) -> QList<int> & {
        const QString name = bankcheck::isNormalLine(text, limits::kCategoryName)
                                 ? text
                                 : bankcheck::normalizeLineEndings(text).simplified();
        qsizetype &slot = index[name]; // one lookup, adding the name when it is new
        if (slot == 0) {
            order << name;
            groups.append(QList<int>());
            slot = groups.size();
        }
        return groups[slot - 1];
    };
    for (const Category &category : document.categories)
        groupOf(category.name);
    for (int i = 0; i < document.questions.size(); ++i)
        groupOf(document.questions.at(i).category).append(i);
    for (qsizetype g = 0; g < order.size(); ++g) {
        out += QStringLiteral("\n## ") + order.at(g) + QStringLiteral("\n\n");
        for (int i : std::as_const(groups.at(g)))
            writeQuestion(out, document.questions.at(i));
    }
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out.toUtf8();
}

BankDocument read(const QByteArray &data, const QString &fileName)
{
    return Reader(data, fileName).read();
}

} // namespace bankmarkdown
