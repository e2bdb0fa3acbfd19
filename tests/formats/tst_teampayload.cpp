#include "domain/errors.h"
#include "domain/limits.h"
#include "formats/teampayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using vocabulary::EntityKind;

// The team payload (formats/teampayload.h): thousands of generated entities, with edge
// texts, go to JSON text and back equal in every field; what is not a valid payload is
// refused with a message naming the kind, the uuid and the field.
class TeamPayloadTest : public QObject
{
    Q_OBJECT

private:
    QRandomGenerator m_random{20240515};

    int below(int n) { return int(m_random.bounded(n)); }
    bool coin() { return below(2) == 1; }
    template<typename T> T pick(const QList<T> &values) { return values.at(below(values.size())); }

    QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    // Text up to `limit` characters: empty, exactly the limit, or in between, of ASCII,
    // accents, Cyrillic, right-to-left, combining marks, emoji (surrogate pairs), line
    // breaks, tabs, quotes and backslashes, JSON's own punctuation and a byte order mark.
    QString text(int limit)
    {
        static const QStringList pieces = {
            QStringLiteral("a"),       QStringLiteral("Zz"),        QStringLiteral(" "),
            QStringLiteral("é"),       QStringLiteral("Тест"),      QStringLiteral("שלום"),
            QStringLiteral("e\u0301"), QStringLiteral("😀"),         QStringLiteral("\n"),
            QStringLiteral("\t"),      QStringLiteral("\"q\""),     QStringLiteral("\\"),
            QStringLiteral("{}[],:"),  QStringLiteral("\ufeff"),    QStringLiteral("\u202e"),
            QStringLiteral("漢字"),    QStringLiteral("</script>"), QString(QChar(0))};
        // The longest texts (notes, prompts) at their limit now and then, the short ones
        // often.
        const int shape = below(limit > 2000 ? 40 : 6);
        if (shape == 2)
            return {};
        const int length = shape == 1 ? limit : below(std::min(limit, 300) + 1);
        QString result;
        while (result.size() < length)
            result += pick(pieces);
        // Cut at the limit without splitting a surrogate pair.
        result.truncate(length);
        if (!result.isEmpty() && result.back().isHighSurrogate())
            result.chop(1);
        return result;
    }

    QString line(int limit)
    {
        QString result = text(limit).simplified();
        return result.isEmpty() ? QStringLiteral("x") : result;
    }

    QStringList texts(int count, int limit)
    {
        QStringList result;
        const int n = below(6) == 0 ? count : below(std::min(count, 5) + 1);
        for (int i = 0; i < n; ++i)
            result << text(limit);
        return result;
    }

    QDateTime time()
    {
        if (below(4) == 0)
            return {};
        return QDateTime::fromMSecsSinceEpoch(qint64(m_random.bounded(4102444800000.0)), Qt::UTC);
    }

    Category category()
    {
        Category c;
        c.uuid = uuid();
        c.name = line(limits::kCategoryName);
        c.position = below(1000);
        return c;
    }

    Question question()
    {
        using namespace limits;
        Question q;
        q.uuid = uuid();
        q.title = line(kTitle);
        q.prompt = text(kLongText);
        q.category = line(kCategoryName);
        q.categoryUuid = uuid();
        q.level = pick(vocabulary::levels());
        q.kind = pick(vocabulary::kinds());
        q.minutes = kMinMinutes + below(kMaxMinutes - kMinMinutes + 1);
        q.referenceAnswer = text(kLongText);
        q.tags = texts(kTags, kTag);
        q.followUps = texts(kFollowUps, kListText);
        q.criteria = texts(kCriteria, kListText);
        q.anchorJunior = text(kLongText);
        q.anchorMiddle = text(kLongText);
        q.anchorSenior = text(kLongText);
        q.archived = coin();
        return q;
    }

    Plan plan()
    {
        using namespace limits;
        Plan p;
        p.uuid = uuid();
        p.name = line(kTitle);
        p.role = text(kShortText);
        p.level = pick(vocabulary::levels());
        p.targetMinutes = kMinTargetMinutes + below(kMaxTargetMinutes);
        p.shipped = coin();
        // Half of them with a scorecard: 2–6 competencies, unique names.
        const int competencies = coin() ? 0 : kMinCompetencies + below(kMaxCompetencies - 1);
        for (int c = 0; c < competencies; ++c)
            p.competencies.append(
                {0, QString::number(c) + QLatin1Char(' ') + line(kCompetencyName - 2),
                 text(kCompetencyDescription)});
        const int items = below(8);
        for (int i = 0; i < items; ++i) {
            PlanItem item;
            item.questionUuid = uuid();
            item.minutes = kMinMinutes + below(kMaxMinutes);
            item.note = text(kListText);
            for (int c = 0; c < competencies; ++c) {
                if (coin())
                    item.competencies << c;
            }
            p.items << item;
        }
        return p;
    }

    Interview interview()
    {
        using namespace limits;
        Interview v;
        v.uuid = uuid();
        v.owner = coin() ? QString() : QStringLiteral("ann_lee");
        v.candidate = line(kShortText);
        v.role = text(kShortText);
        v.interviewer = text(kShortText);
        v.planUuid = coin() ? QString() : uuid();
        v.planName = text(kTitle);
        v.targetMinutes = below(601);
        v.scheduledAt = time();
        v.startedAt = time();
        v.endedAt = time();
        v.status = pick(vocabulary::statuses());
        v.pausedAt = time();
        v.pausedSeconds = below(100000);
        v.currentSince = below(100000);
        v.recommendation =
            pick(QList<vocabulary::Recommendation>{vocabulary::Recommendation::None} +
                 vocabulary::recommendations());
        v.summary = text(kLongText);
        v.amended = coin();
        const int competencies = coin() ? 0 : kMinCompetencies + below(kMaxCompetencies - 1);
        for (int c = 0; c < competencies; ++c)
            v.competencies.append({line(kCompetencyName), text(kCompetencyDescription),
                                   below(vocabulary::kMaxRating + 1)});
        v.takeaways = text(kScorecardText);
        v.pros = text(kScorecardText);
        v.cons = text(kScorecardText);
        const int items = below(5);
        for (int i = 0; i < items; ++i) {
            InterviewItem item;
            item.position = i;
            item.questionUuid = coin() ? uuid() : QString();
            item.title = text(kTitle);
            item.prompt = text(kLongText);
            item.category = text(kCategoryName);
            item.level = pick(vocabulary::levels());
            item.kind = pick(vocabulary::kinds());
            item.referenceAnswer = text(kLongText);
            item.anchorJunior = text(kLongText);
            item.anchorMiddle = text(kLongText);
            item.anchorSenior = text(kLongText);
            item.minutesBudget = below(91);
            item.planNote = text(kListText);
            item.state = pick(vocabulary::itemStates());
            item.secondsSpent = below(10000);
            item.score = below(vocabulary::kMaxScore + 1);
            item.flagStrong = coin();
            item.flagConcern = coin();
            item.notes = text(kNotes);
            for (int f = below(4); f > 0; --f)
                item.followUps.append({text(kListText), coin(), coin()});
            for (int c = below(4); c > 0; --c)
                item.criteria.append({text(kListText), coin()});
            for (int c = 0; c < competencies; ++c) {
                if (coin())
                    item.competencies << c;
            }
            v.items << item;
        }
        v.currentItem = items == 0 ? 0 : below(items);
        return v;
    }

    // Through the bytes, as it travels (PostgreSQL's jsonb keeps the same JSON values).
    static QJsonObject travel(const QJsonObject &payload)
    {
        return teampayload::fromJson(teampayload::toJson(payload), EntityKind::Question,
                                     QStringLiteral("x"));
    }

    static QString refusal(EntityKind kind, const QJsonObject &payload, const QString &uuid)
    {
        try {
            teampayload::check(kind, payload, uuid);
        } catch (const PanelistError &error) {
            return error.message();
        }
        return {};
    }

#define SAME(field) QCOMPARE(back.field, original.field)

private slots:
    void categoriesRoundTrip()
    {
        for (int n = 0; n < 2000; ++n) {
            const Category original = category();
            const Category back =
                teampayload::toCategory(travel(teampayload::fromCategory(original)), original.uuid);
            SAME(uuid);
            SAME(name);
            SAME(position);
        }
    }

    void questionsRoundTrip()
    {
        for (int n = 0; n < 2000; ++n) {
            const Question original = question();
            const QJsonObject payload = travel(teampayload::fromQuestion(original));
            const Question back = teampayload::toQuestion(payload, original.uuid);
            SAME(uuid);
            SAME(title);
            SAME(prompt);
            SAME(category);
            SAME(categoryUuid);
            SAME(level);
            SAME(kind);
            SAME(minutes);
            SAME(referenceAnswer);
            SAME(tags);
            SAME(followUps);
            SAME(criteria);
            SAME(anchorJunior);
            SAME(anchorMiddle);
            SAME(anchorSenior);
            SAME(archived);
            QVERIFY(back.sameContent(original));
            // Written again, the same payload: what the server compares to adopt.
            QCOMPARE(teampayload::fromQuestion(back), payload);
        }
    }

    void plansRoundTrip()
    {
        for (int n = 0; n < 2000; ++n) {
            const Plan original = plan();
            const Plan back =
                teampayload::toPlan(travel(teampayload::fromPlan(original)), original.uuid);
            SAME(uuid);
            SAME(name);
            SAME(role);
            SAME(level);
            SAME(targetMinutes);
            SAME(shipped);
            QCOMPARE(back.items.size(), original.items.size());
            for (int i = 0; i < original.items.size(); ++i) {
                QCOMPARE(back.items.at(i).questionUuid, original.items.at(i).questionUuid);
                QCOMPARE(back.items.at(i).minutes, original.items.at(i).minutes);
                QCOMPARE(back.items.at(i).note, original.items.at(i).note);
                QCOMPARE(back.items.at(i).competencies, original.items.at(i).competencies);
            }
            QCOMPARE(back.competencies.size(), original.competencies.size());
            for (int c = 0; c < original.competencies.size(); ++c) {
                QCOMPARE(back.competencies.at(c).name, original.competencies.at(c).name);
                QCOMPARE(back.competencies.at(c).description,
                         original.competencies.at(c).description);
            }
            // No competencies: the payload it had before scorecards.
            if (original.competencies.isEmpty())
                QVERIFY(!teampayload::fromPlan(original).contains(QLatin1String("competencies")));
        }
    }

    void interviewsRoundTrip()
    {
        for (int n = 0; n < 1000; ++n) {
            const Interview original = interview();
            const QJsonObject payload = travel(teampayload::fromInterview(original));
            const Interview back = teampayload::toInterview(payload, original.uuid);
            SAME(uuid);
            SAME(owner);
            SAME(candidate);
            SAME(role);
            SAME(interviewer);
            SAME(planUuid);
            SAME(planName);
            SAME(targetMinutes);
            SAME(scheduledAt);
            SAME(startedAt);
            SAME(endedAt);
            SAME(status);
            SAME(pausedAt);
            SAME(pausedSeconds);
            SAME(currentItem);
            SAME(currentSince);
            SAME(recommendation);
            SAME(summary);
            SAME(amended);
            SAME(takeaways);
            SAME(pros);
            SAME(cons);
            QCOMPARE(back.competencies.size(), original.competencies.size());
            for (int c = 0; c < original.competencies.size(); ++c) {
                QCOMPARE(back.competencies.at(c).name, original.competencies.at(c).name);
                QCOMPARE(back.competencies.at(c).description,
                         original.competencies.at(c).description);
                QCOMPARE(back.competencies.at(c).rating, original.competencies.at(c).rating);
            }
            QCOMPARE(back.items.size(), original.items.size());
            for (int i = 0; i < original.items.size(); ++i) {
                const InterviewItem &a = original.items.at(i);
                const InterviewItem &b = back.items.at(i);
                QCOMPARE(b.position, a.position);
                QCOMPARE(b.questionUuid, a.questionUuid);
                QCOMPARE(b.title, a.title);
                QCOMPARE(b.prompt, a.prompt);
                QCOMPARE(b.category, a.category);
                QCOMPARE(b.level, a.level);
                QCOMPARE(b.kind, a.kind);
                QCOMPARE(b.referenceAnswer, a.referenceAnswer);
                QCOMPARE(b.anchorJunior, a.anchorJunior);
                QCOMPARE(b.anchorMiddle, a.anchorMiddle);
                QCOMPARE(b.anchorSenior, a.anchorSenior);
                QCOMPARE(b.minutesBudget, a.minutesBudget);
                QCOMPARE(b.planNote, a.planNote);
                QCOMPARE(b.state, a.state);
                QCOMPARE(b.secondsSpent, a.secondsSpent);
                QCOMPARE(b.score, a.score);
                QCOMPARE(b.flagStrong, a.flagStrong);
                QCOMPARE(b.flagConcern, a.flagConcern);
                QCOMPARE(b.notes, a.notes);
                QCOMPARE(b.followUps.size(), a.followUps.size());
                for (int f = 0; f < a.followUps.size(); ++f) {
                    QCOMPARE(b.followUps.at(f).text, a.followUps.at(f).text);
                    QCOMPARE(b.followUps.at(f).adHoc, a.followUps.at(f).adHoc);
                    QCOMPARE(b.followUps.at(f).asked, a.followUps.at(f).asked);
                }
                QCOMPARE(b.criteria.size(), a.criteria.size());
                for (int c = 0; c < a.criteria.size(); ++c) {
                    QCOMPARE(b.criteria.at(c).text, a.criteria.at(c).text);
                    QCOMPARE(b.criteria.at(c).met, a.criteria.at(c).met);
                }
                QCOMPARE(b.competencies, a.competencies);
            }
            QCOMPARE(teampayload::fromInterview(back), payload);
        }
    }

    // Qt's JSON reader drops a U+FEFF that starts a string; through toJson it survives.
    void byteOrderMarksSurvive()
    {
        Category c = category();
        c.name = QStringLiteral("\ufeffName");
        const QJsonObject payload = teampayload::fromCategory(c);
        QCOMPARE(teampayload::toCategory(travel(payload), c.uuid).name, c.name);
        const QJsonObject plain = QJsonDocument::fromJson(QJsonDocument(payload).toJson()).object();
        QCOMPARE(plain.value(QStringLiteral("name")).toString(), QStringLiteral("Name"));
        const QString message = [&] {
            try {
                teampayload::fromJson("[1]", EntityKind::Plan, c.uuid);
            } catch (const PanelistError &error) {
                return error.message();
            }
            return QString();
        }();
        QCOMPARE(message,
                 QStringLiteral("team plan %1: the payload must be a JSON object.").arg(c.uuid));
    }

    void payloadsAreVersioned()
    {
        const Question q = question();
        QCOMPARE(teampayload::fromQuestion(q).value(QStringLiteral("v")).toInt(), 1);
        QCOMPARE(teampayload::fromCategory(category()).value(QStringLiteral("v")).toInt(), 1);
        QCOMPARE(teampayload::fromPlan(plan()).value(QStringLiteral("v")).toInt(), 1);
        QCOMPARE(teampayload::fromInterview(interview()).value(QStringLiteral("v")).toInt(), 1);
    }

    void badPayloadsAreRefusedNamingKindUuidAndField_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // Undefined: the field removed
        QTest::addColumn<QString>("says");
        const int question = int(EntityKind::Question);
        const int plan = int(EntityKind::Plan);
        const int interview = int(EntityKind::Interview);
        const int category = int(EntityKind::Category);
        QTest::newRow("missing title")
            << question << "title" << QJsonValue(QJsonValue::Undefined) << "is missing";
        QTest::newRow("unknown field")
            << question << "colour" << QJsonValue(1) << "is not a field of this format";
        QTest::newRow("title a number")
            << question << "title" << QJsonValue(7) << "must be a string, not a number";
        QTest::newRow("title too long")
            << question << "title" << QJsonValue(QString(limits::kTitle + 1, QLatin1Char('x')))
            << "the limit is 200";
        QTest::newRow("minutes out of range")
            << question << "minutes" << QJsonValue(0) << "must be between 1 and 90, not 0";
        QTest::newRow("unknown level") << question << "level" << QJsonValue(QStringLiteral("guru"))
                                       << "must be one of junior, middle, senior";
        QTest::newRow("too many tags")
            << question << "tags"
            << QJsonValue(QJsonArray::fromStringList(QStringList(21, QStringLiteral("t"))))
            << "the limit is 20";
        QTest::newRow("newer version") << question << "v" << QJsonValue(2) << "update Panelist";
        QTest::newRow("another uuid")
            << question << "uuid"
            << QJsonValue(QStringLiteral("0f6d2c3e-3b7a-4c1e-9a55-2d4f7e8b9c01"))
            << "names another entity";
        QTest::newRow("archived text")
            << question << "archived" << QJsonValue(QStringLiteral("yes"))
            << "must be true or false";
        QTest::newRow("plan items an object")
            << plan << "items" << QJsonValue(QJsonObject()) << "must be a list";
        QTest::newRow("plan target")
            << plan << "targetMinutes" << QJsonValue(601) << "must be between 1 and 600";
        QTest::newRow("interview status")
            << interview << "status" << QJsonValue(QStringLiteral("paused"))
            << "must be one of planned, live, finished";
        QTest::newRow("interview time")
            << interview << "startedAt" << QJsonValue(QStringLiteral("yesterday"))
            << "must be an ISO 8601 time";
        QTest::newRow("interview recommendation")
            << interview << "recommendation" << QJsonValue(QStringLiteral("maybe"))
            << "must be one of strong_no, no, yes, strong_yes";
        QTest::newRow("interview notes too long")
            << interview << "summary"
            << QJsonValue(QString(limits::kLongText + 1, QLatin1Char('n')))
            << "the limit is 20,000";
        QTest::newRow("category name empty")
            << category << "name" << QJsonValue(QStringLiteral(" ")) << "is empty";
        const auto named = [](const QStringList &names, int rating) {
            QJsonArray list;
            for (const QString &name : names) {
                QJsonObject competency{{"name", name}, {"description", ""}};
                if (rating >= 0)
                    competency.insert(QStringLiteral("rating"), rating);
                list.append(competency);
            }
            return QJsonValue(list);
        };
        QTest::newRow("plan competency twice")
            << plan << "competencies" << named({"Design", "design"}, -1) << "twice";
        QTest::newRow("plan competencies too many")
            << plan << "competencies" << named({"A", "B", "C", "D", "E", "F", "G"}, -1)
            << "the limit is 6";
        QTest::newRow("interview cons too long")
            << interview << "cons"
            << QJsonValue(QString(limits::kScorecardText + 1, QLatin1Char('c')))
            << "the limit is 20,000";
    }

    // A scorecard's competency in a payload: a rating where it has none, outside 0–4,
    // or missing, named by its place ("competency 1: field \"rating\"").
    void badCompetenciesAreRefusedNamingTheCompetency()
    {
        Plan p = plan();
        QJsonObject payload = teampayload::fromPlan(p);
        payload.insert(QStringLiteral("competencies"),
                       QJsonArray{QJsonObject{{"name", "A"}, {"description", ""}, {"rating", 2}},
                                  QJsonObject{{"name", "B"}, {"description", ""}}});
        QString message = refusal(EntityKind::Plan, payload, p.uuid);
        QVERIFY2(message.contains(QLatin1String("competency 1: field \"rating\" is not a field")),
                 qPrintable(message));

        Interview v = interview();
        for (const auto &[rating, says] :
             {std::pair{QJsonValue(5), "competency 2: field \"rating\" must be between 0 and 4"},
              std::pair{QJsonValue(QJsonValue::Undefined),
                        "competency 2: field \"rating\" is missing"}}) {
            QJsonObject second{{"name", "B"}, {"description", ""}};
            if (!rating.isUndefined())
                second.insert(QStringLiteral("rating"), rating);
            QJsonObject bad = teampayload::fromInterview(v);
            bad.insert(
                QStringLiteral("competencies"),
                QJsonArray{QJsonObject{{"name", "A"}, {"description", ""}, {"rating", 3}}, second});
            message = refusal(EntityKind::Interview, bad, v.uuid);
            QVERIFY2(message.contains(QLatin1String(says)) && message.contains(v.uuid),
                     qPrintable(message));
        }
        // An item naming a competency the interview lacks.
        v.competencies = {{QStringLiteral("A"), QString(), 0}, {QStringLiteral("B"), QString(), 0}};
        InterviewItem item;
        item.title = QStringLiteral("T");
        item.competencies = {1};
        v.items = {item};
        v.currentItem = 0;
        QJsonObject bad = teampayload::fromInterview(v);
        QJsonArray items = bad.value(QStringLiteral("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("competencies"), QJsonArray{2});
        items.replace(0, first);
        bad.insert(QStringLiteral("items"), items);
        message = refusal(EntityKind::Interview, bad, v.uuid);
        QVERIFY2(message.contains(QLatin1String("item 1")) &&
                     message.contains(QLatin1String("between 0 and 1")),
                 qPrintable(message));
    }

    void badPayloadsAreRefusedNamingKindUuidAndField()
    {
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, says);
        const EntityKind entity = EntityKind(kind);
        QJsonObject payload;
        QString id;
        switch (entity) {
        case EntityKind::Category: {
            const Category c = category();
            payload = teampayload::fromCategory(c);
            id = c.uuid;
            break;
        }
        case EntityKind::Question: {
            const Question q = question();
            payload = teampayload::fromQuestion(q);
            id = q.uuid;
            break;
        }
        case EntityKind::Plan: {
            const Plan p = plan();
            payload = teampayload::fromPlan(p);
            id = p.uuid;
            break;
        }
        case EntityKind::Interview: {
            Interview v = interview();
            payload = teampayload::fromInterview(v);
            id = v.uuid;
            break;
        }
        }
        QCOMPARE(refusal(entity, payload, id), QString());
        if (value.isUndefined())
            payload.remove(field);
        else
            payload.insert(field, value);
        const QString message = refusal(entity, payload, id);
        QVERIFY2(message.startsWith(QStringLiteral("team %1 %2").arg(vocabulary::key(entity), id)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("field \"%1\"").arg(field)), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    void nestedPlacesAreNamed()
    {
        Interview v = interview();
        v.items.clear();
        InterviewItem item;
        item.title = QStringLiteral("T");
        item.criteria.append({QStringLiteral("c"), false});
        v.items << item << item;
        v.currentItem = 0;
        QJsonObject payload = teampayload::fromInterview(v);
        QJsonArray items = payload.value(QStringLiteral("items")).toArray();
        QJsonObject second = items.at(1).toObject();
        QJsonArray criteria = second.value(QStringLiteral("criteria")).toArray();
        QJsonObject criterion = criteria.at(0).toObject();
        criterion.insert(QStringLiteral("met"), 1);
        criteria[0] = criterion;
        second.insert(QStringLiteral("criteria"), criteria);
        items[1] = second;
        payload.insert(QStringLiteral("items"), items);
        const QString message = refusal(EntityKind::Interview, payload, v.uuid);
        QVERIFY2(message.contains(QStringLiteral("item 2, criterion 1: field \"met\" must be true "
                                                 "or false")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TeamPayloadTest)
#include "tst_teampayload.moc"
