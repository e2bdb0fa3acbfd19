#include "bankmarkdown.h"

#include "storage/errors.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bankmarkdown {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BankMarkdown", text);
}

const QString kListIndent = QStringLiteral("   ");

bool isFence(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

// A body line that would read as a heading gets one more leading backslash; the
// reader takes one away. Lines inside code fences (Python comments) stay as they are.
QString escapeBody(const QString &text)
{
    static const QRegularExpression headingLike(QStringLiteral("^\\\\*#"));
    QStringList lines = text.split(QLatin1Char('\n'));
    bool inFence = false;
    for (QString &line : lines) {
        if (isFence(line))
            inFence = !inFence;
        else if (!inFence && headingLike.match(line).hasMatch())
            line.prepend(QLatin1Char('\\'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString unescapeBody(const QStringList &lines)
{
    static const QRegularExpression escaped(QStringLiteral("^\\\\+#"));
    QStringList result;
    bool inFence = false;
    for (const QString &line : lines) {
        if (isFence(line))
            inFence = !inFence;
        if (!inFence && escaped.match(line).hasMatch())
            result << line.mid(1);
        else
            result << line;
    }
    return result.join(QLatin1Char('\n')).trimmed();
}

void writeList(QString &out, const QStringList &items)
{
    for (int i = 0; i < items.size(); ++i) {
        QStringList lines = items.at(i).split(QLatin1Char('\n'));
        out +=
            QString::number(i + 1) + QStringLiteral(". ") + lines.takeFirst() + QLatin1Char('\n');
        for (const QString &line : lines)
            out += kListIndent + line + QLatin1Char('\n');
    }
}

void writeSection(QString &out, const QString &heading, const QString &body)
{
    out += heading + QStringLiteral("\n\n");
    if (!body.isEmpty())
        out += escapeBody(body) + QStringLiteral("\n\n");
}

void writeQuestion(QString &out, const Question &q)
{
    out += QStringLiteral("### ") + q.title + QStringLiteral("\n\n");
    out += QStringLiteral("- uuid: ") + q.uuid + QLatin1Char('\n');
    out += QStringLiteral("- level: ") + q.level + QLatin1Char('\n');
    out += QStringLiteral("- kind: ") + q.kind + QLatin1Char('\n');
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

// Reads the document line by line. Structure lives in level 2–5 headings outside
// code fences; everything else belongs to the section it stands in.
class Reader
{
public:
    Reader(const QByteArray &data, QString fileName)
        : m_lines(QString::fromUtf8(data).split(QLatin1Char('\n')))
        , m_fileName(std::move(fileName))
    {
        for (QString &line : m_lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
        }
    }

    BankDocument read()
    {
        static const QRegularExpression heading(QStringLiteral("^(#{2,5})\\s+(.*?)\\s*$"));
        static const QRegularExpression versionLine(
            QStringLiteral("^<!--\\s*panelist-bank\\s+version\\s+(\\d+)\\s*-->$"));
        bool inFence = false;
        for (m_lineNumber = 1; m_lineNumber <= m_lines.size(); ++m_lineNumber) {
            const QString &line = m_lines.at(m_lineNumber - 1);
            const QRegularExpressionMatch version = versionLine.match(line.trimmed());
            if (version.hasMatch()) {
                if (version.captured(1).toInt() > BankDocument::kFormatVersion)
                    fail(tr("the file is format version %1, but this Panelist reads version %2; "
                            "update Panelist")
                             .arg(version.captured(1))
                             .arg(BankDocument::kFormatVersion));
                continue;
            }
            const QRegularExpressionMatch match =
                inFence ? QRegularExpressionMatch() : heading.match(line);
            if (isFence(line))
                inFence = !inFence;
            if (match.hasMatch())
                onHeading(match.captured(1).size(), match.captured(2));
            else
                onLine(line);
        }
        finishQuestion();
        bankcheck::checkDocument(m_document, m_fileName);
        return m_document;
    }

private:
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

    [[noreturn]] void fail(const QString &reason) const
    {
        QString where = tr("%1, line %2").arg(m_fileName).arg(m_lineNumber);
        if (m_inQuestion)
            where += QStringLiteral(" (") +
                     bankcheck::describeQuestion(m_document.questions.size(), m_question.title) +
                     QLatin1Char(')');
        throw PanelistError(where + QStringLiteral(": ") + reason + QLatin1Char('.'));
    }

    void onHeading(int level, const QString &text)
    {
        flushSection();
        if (level == 2) {
            finishQuestion();
            m_category = text.simplified();
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
                fail(tr("question \"%1\" comes before any \"## Category\" heading").arg(text));
            m_inQuestion = true;
            m_questionLine = m_lineNumber;
            m_question = Question();
            m_question.title = text;
            m_question.category = m_category;
            m_question.level.clear();
            m_question.kind.clear();
            m_question.minutes = 0;
            m_section = Section::Metadata;
            return;
        }
        if (!m_inQuestion)
            fail(tr("heading \"%1\" is outside any \"### Question\"").arg(text));
        const QString name = text.simplified().toLower();
        if (level == 4) {
            if (name == QLatin1String("prompt"))
                m_section = Section::Prompt;
            else if (name == QLatin1String("reference answer"))
                m_section = Section::Reference;
            else if (name == QLatin1String("follow-ups") || name == QLatin1String("follow ups"))
                m_section = Section::FollowUps;
            else if (name == QLatin1String("criteria") || name == QLatin1String("rubric criteria"))
                m_section = Section::Criteria;
            else if (name == QLatin1String("anchors"))
                m_section = Section::Anchors;
            else
                fail(tr("unknown section \"%1\" (expected Prompt, Reference answer, Follow-ups, "
                        "Criteria or Anchors)")
                         .arg(text));
            return;
        }
        if (m_section != Section::Anchors && m_section != Section::Junior &&
            m_section != Section::Middle && m_section != Section::Senior)
            fail(tr("heading \"%1\" belongs under \"#### Anchors\"").arg(text));
        if (name == QLatin1String("junior"))
            m_section = Section::Junior;
        else if (name == QLatin1String("middle"))
            m_section = Section::Middle;
        else if (name == QLatin1String("senior"))
            m_section = Section::Senior;
        else
            fail(tr("unknown anchor \"%1\" (expected Junior, Middle or Senior)").arg(text));
    }

    void onLine(const QString &line)
    {
        switch (m_section) {
        case Section::None:
        case Section::Anchors:
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1String("<!--")) &&
                !line.startsWith(QLatin1String("# ")))
                fail(tr("text \"%1\" is outside any section").arg(line.trimmed().left(40)));
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
            m_body << line;
        }
    }

    void readMetadata(const QString &line)
    {
        static const QRegularExpression field(
            QStringLiteral("^\\s*[-*]\\s+([A-Za-z ]+):\\s*(.*?)\\s*$"));
        if (line.trimmed().isEmpty())
            return;
        const QRegularExpressionMatch match = field.match(line);
        if (!match.hasMatch())
            fail(tr("expected a \"- field: value\" line or a \"#### Section\" heading"));
        const QString key = match.captured(1).trimmed().toLower();
        const QString value = match.captured(2);
        if (key == QLatin1String("uuid")) {
            m_question.uuid = value;
        } else if (key == QLatin1String("level")) {
            m_question.level = value.toLower();
        } else if (key == QLatin1String("kind")) {
            m_question.kind = value.toLower();
        } else if (key == QLatin1String("minutes")) {
            bool ok = false;
            m_question.minutes = value.toInt(&ok);
            if (!ok)
                fail(tr("field \"minutes\" must be a whole number, not \"%1\"").arg(value));
        } else if (key == QLatin1String("tags")) {
            m_question.tags = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("archived")) {
            const QString flag = value.toLower();
            if (flag != QLatin1String("yes") && flag != QLatin1String("no") &&
                flag != QLatin1String("true") && flag != QLatin1String("false"))
                fail(tr("field \"archived\" must be yes or no, not \"%1\"").arg(value));
            m_question.archived = flag == QLatin1String("yes") || flag == QLatin1String("true");
        } else {
            fail(tr("unknown field \"%1\" (known: uuid, level, kind, minutes, tags, archived)")
                     .arg(key));
        }
    }

    void readListLine(const QString &line, QStringList &items)
    {
        static const QRegularExpression item(QStringLiteral("^\\s{0,2}(?:\\d+[.)]|[-*])\\s+(.*)$"));
        if (line.trimmed().isEmpty())
            return;
        const QRegularExpressionMatch match = item.match(line);
        if (match.hasMatch()) {
            items << match.captured(1);
        } else if (line.startsWith(kListIndent) && !items.isEmpty()) {
            items.last() += QLatin1Char('\n') + line.mid(kListIndent.size());
        } else {
            fail(tr("expected a numbered list item (\"1. ...\")"));
        }
    }

    void flushSection()
    {
        // Called at every heading and at the end; a section already flushed has no lines.
        if (m_body.isEmpty())
            return;
        const QString body = unescapeBody(m_body);
        m_body.clear();
        switch (m_section) {
        case Section::Prompt:
            m_question.prompt = body;
            break;
        case Section::Reference:
            m_question.referenceAnswer = body;
            break;
        case Section::Junior:
            m_question.anchorJunior = body;
            break;
        case Section::Middle:
            m_question.anchorMiddle = body;
            break;
        case Section::Senior:
            m_question.anchorSenior = body;
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
        const int line = m_lineNumber;
        m_lineNumber = m_questionLine;
        const QString where =
            tr("%1, line %2 (%3)")
                .arg(m_fileName)
                .arg(m_questionLine)
                .arg(bankcheck::describeQuestion(m_document.questions.size(), m_question.title));
        if (m_question.level.isEmpty())
            throw PanelistError(tr("%1: field \"level\" is missing.").arg(where));
        if (m_question.kind.isEmpty())
            throw PanelistError(tr("%1: field \"kind\" is missing.").arg(where));
        if (m_question.minutes == 0)
            throw PanelistError(tr("%1: field \"minutes\" is missing.").arg(where));
        bankcheck::normalizeQuestion(m_question, where);
        m_document.questions.append(m_question);
        m_inQuestion = false;
        m_section = Section::None;
        m_lineNumber = line;
    }

    QStringList m_lines;
    QString m_fileName;
    int m_lineNumber = 0;
    int m_questionLine = 0;
    BankDocument m_document;
    QString m_category;
    bool m_inQuestion = false;
    Question m_question;
    Section m_section = Section::None;
    QStringList m_body;
};

} // namespace

QByteArray write(const BankDocument &document)
{
    QString out =
        QStringLiteral("<!-- panelist-bank version %1 -->\n").arg(BankDocument::kFormatVersion);
    out += QStringLiteral("# Question bank\n");
    QList<Category> categories = document.categories;
    for (const Question &q : document.questions) {
        const bool known = std::any_of(categories.cbegin(), categories.cend(),
                                       [&](const Category &c) { return c.name == q.category; });
        if (!known)
            categories.append({0, q.category, static_cast<int>(categories.size())});
    }
    for (const Category &category : categories) {
        out += QStringLiteral("\n## ") + category.name + QStringLiteral("\n\n");
        for (const Question &q : document.questions) {
            if (q.category == category.name)
                writeQuestion(out, q);
        }
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
