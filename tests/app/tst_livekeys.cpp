#include "domain/vocabulary.h"
#include "interviews/livekeys.h"
#include "support/guiharness.h"

#include <QMetaEnum>
#include <QQuickItem>
#include <QTest>

// The live view's keys are one table (LiveKeys): the F1 sheet lists it and the view
// handles it. Every entry is pressed in the real window and does what the sheet says,
// and every key combination the view handles is on the sheet as it is pressed.
class LiveKeysTest : public QObject
{
    Q_OBJECT

    static LiveKeys::Entry entryOf(LiveKeys::Action action)
    {
        for (const LiveKeys::Entry &entry : LiveKeys::table()) {
            if (entry.action == action)
                return entry;
        }
        return {LiveKeys::NoAction, {}, {}, 0, 0};
    }

    // Whether pressing `modifiers` agrees with how the sheet writes `keys`: Ctrl and Alt
    // exactly as named, Shift pressed where named.
    static bool agrees(const QString &keys, int modifiers)
    {
        const bool ctrl = modifiers & Qt::ControlModifier;
        const bool alt = modifiers & Qt::AltModifier;
        const bool shift = modifiers & Qt::ShiftModifier;
        return keys.contains(QLatin1String("Ctrl")) == ctrl &&
               keys.contains(QLatin1String("Alt")) == alt &&
               (!keys.contains(QLatin1String("Shift")) || shift);
    }

    std::unique_ptr<GuiHarness> m_app;

    LiveInterview *live() { return m_app->interviews().live(); }
    QString focusName() const
    {
        QQuickItem *focused = m_app->window()->activeFocusItem();
        return focused ? focused->objectName() : QString();
    }
    void press(const LiveKeys::Entry &entry)
    {
        m_app->key(Qt::Key(entry.sampleKey), Qt::KeyboardModifiers(entry.sampleModifiers));
    }

private slots:
    void everyActionHasOneEntry()
    {
        const QMetaEnum actions = QMetaEnum::fromType<LiveKeys::Action>();
        const QList<LiveKeys::Entry> table = LiveKeys::table();
        for (int i = 0; i < actions.keyCount(); ++i) {
            const auto action = LiveKeys::Action(actions.value(i));
            const auto count = std::count_if(table.begin(), table.end(), [&](const auto &entry) {
                return entry.action == action;
            });
            QVERIFY2(count == (action == LiveKeys::NoAction ? 0 : 1), actions.key(i));
        }
        // What QML reads is the same table, in the same order.
        const QVariantList entries = LiveKeys::entries();
        QCOMPARE(entries.size(), table.size());
        for (int i = 0; i < table.size(); ++i) {
            const QVariantMap entry = entries.at(i).toMap();
            QCOMPARE(entry.value("action").toInt(), int(table.at(i).action));
            QCOMPARE(entry.value("keys").toString(), table.at(i).keys);
            QCOMPARE(entry.value("description").toString(), table.at(i).description);
            QVERIFY(!table.at(i).keys.isEmpty() && !table.at(i).description.isEmpty());
        }
    }

    void everyEntryMatchesItsKeys()
    {
        for (const LiveKeys::Entry &entry : LiveKeys::table()) {
            const LiveKeys::Match match = LiveKeys::match(entry.sampleKey, entry.sampleModifiers);
            QVERIFY2(match.action == entry.action, qPrintable(entry.keys));
            QVERIFY2(agrees(entry.keys, entry.sampleModifiers), qPrintable(entry.keys));
        }
        QCOMPARE(LiveKeys::match(Qt::Key_3, Qt::ControlModifier).number, 3);
        QCOMPARE(LiveKeys::match(Qt::Key_ParenLeft, Qt::AltModifier | Qt::ShiftModifier).number, 9);
        QCOMPARE(LiveKeys::numberOf(Qt::Key_Exclam), 1);
        QCOMPARE(LiveKeys::numberOf(Qt::Key_0), 0);
        QCOMPARE(LiveKeys::numberOf(Qt::Key_A), 0);
    }

    // Vice versa: whatever combination the view handles is on the sheet as pressed.
    void everyHandledKeyIsOnTheSheet()
    {
        QList<int> keys{
            Qt::Key_Left,        Qt::Key_Right,      Qt::Key_Up,       Qt::Key_Down,
            Qt::Key_Return,      Qt::Key_Enter,      Qt::Key_Escape,   Qt::Key_Tab,
            Qt::Key_Space,       Qt::Key_PageUp,     Qt::Key_PageDown, Qt::Key_Home,
            Qt::Key_End,         Qt::Key_Backspace,  Qt::Key_Delete,   Qt::Key_Exclam,
            Qt::Key_At,          Qt::Key_NumberSign, Qt::Key_Dollar,   Qt::Key_Percent,
            Qt::Key_AsciiCircum, Qt::Key_Ampersand,  Qt::Key_Asterisk, Qt::Key_ParenLeft,
            Qt::Key_ParenRight};
        for (int key = Qt::Key_0; key <= Qt::Key_9; ++key)
            keys << key;
        for (int key = Qt::Key_A; key <= Qt::Key_Z; ++key)
            keys << key;
        for (int key = Qt::Key_F1; key <= Qt::Key_F12; ++key)
            keys << key;
        const QList<int> modifiers{Qt::ControlModifier, Qt::ShiftModifier, Qt::AltModifier};
        int handled = 0;
        for (int key : keys) {
            for (int combination = 0; combination < 8; ++combination) {
                int pressed = Qt::NoModifier;
                for (int bit = 0; bit < 3; ++bit) {
                    if (combination & (1 << bit))
                        pressed |= modifiers.at(bit);
                }
                const LiveKeys::Match match = LiveKeys::match(key, pressed);
                if (match.action == LiveKeys::NoAction)
                    continue;
                ++handled;
                const LiveKeys::Entry entry = entryOf(match.action);
                QVERIFY2(entry.action == match.action, qPrintable(QString::number(key)));
                QVERIFY2(agrees(entry.keys, pressed),
                         qPrintable(QStringLiteral("key %1 with modifiers %2 does “%3”")
                                        .arg(key)
                                        .arg(pressed, 0, 16)
                                        .arg(entry.keys)));
            }
        }
        // 2 arrows, 4 scores, 9 criteria, 9 follow-ups (digits and symbols), ... : many.
        QVERIFY(handled > 40);
    }

    void initGui()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        const int planId = m_app->plans().plans()->idAt(0);
        QVERIFY(planId > 0);
        QVERIFY(m_app->interviews().start(planId, QStringLiteral("Ada Lovelace"), QString(),
                                          QString(), QString()) > 0);
        m_app->key(Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(m_app->find("livePage") && m_app->find("livePage")->isVisible());
        QTRY_COMPARE(focusName(), QStringLiteral("notes"));
        QVERIFY(live()->count() >= 3);
    }

    // Each line of the sheet, pressed in the real window from the notes, does what the
    // sheet says. A line without a check here fails: the table and this test go together.
    void everyEntryIsHandledInTheWindow()
    {
        QVERIFY(m_app);
        QObject *sections = m_app->find("sections");
        for (const LiveKeys::Entry &entry : LiveKeys::table()) {
            QTRY_COMPARE(focusName(), QStringLiteral("notes"));
            const QByteArray what = entry.keys.toUtf8();
            switch (entry.action) {
            case LiveKeys::Next: {
                const int before = live()->currentIndex();
                press(entry);
                QVERIFY2(live()->currentIndex() == before + 1, what);
                break;
            }
            case LiveKeys::Previous: {
                const int before = live()->currentIndex();
                press(entry);
                QVERIFY2(live()->currentIndex() == before - 1, what);
                break;
            }
            case LiveKeys::Skip: {
                const int before = live()->currentIndex();
                press(entry);
                QVERIFY2(live()->currentIndex() != before, what);
                const int state =
                    live()
                        ->agenda()
                        ->data(live()->agenda()->index(before), AgendaModel::StateRole)
                        .toInt();
                QVERIFY2(state == int(vocabulary::ItemState::Skipped), what);
                break;
            }
            case LiveKeys::Score:
                press(entry);
                QVERIFY2(live()->score() ==
                             LiveKeys::match(entry.sampleKey, entry.sampleModifiers).number,
                         what);
                break;
            case LiveKeys::Criterion:
                press(entry);
                QVERIFY2(live()
                             ->criteria()
                             ->data(live()->criteria()->index(0), ChecklistModel::CheckedRole)
                             .toBool(),
                         what);
                break;
            case LiveKeys::FollowUp:
                press(entry);
                QVERIFY2(live()
                             ->followUps()
                             ->data(live()->followUps()->index(0), ChecklistModel::CheckedRole)
                             .toBool(),
                         what);
                break;
            case LiveKeys::AddFollowUp:
                press(entry);
                QTRY_COMPARE(focusName(), QStringLiteral("followUpField"));
                m_app->key(Qt::Key_Escape);
                break;
            case LiveKeys::FlagStrong:
                press(entry);
                QVERIFY2(live()->flagStrong(), what);
                break;
            case LiveKeys::FlagConcern:
                press(entry);
                QVERIFY2(live()->flagConcern(), what);
                break;
            case LiveKeys::NewNotesLine: {
                m_app->type(QStringLiteral("first"));
                press(entry);
                m_app->type(QStringLiteral("second"));
                const QString notes = m_app->find("notes")->property("text").toString();
                QVERIFY2(notes.startsWith(QLatin1Char('[')), qPrintable(notes));
                QVERIFY2(notes.contains(QLatin1String("first\n[")), qPrintable(notes));
                QVERIFY2(notes.endsWith(QLatin1String("] second")), qPrintable(notes));
                break;
            }
            case LiveKeys::Pause:
                press(entry);
                QVERIFY2(live()->paused(), what);
                press(entry);
                QVERIFY2(!live()->paused(), what);
                break;
            case LiveKeys::Finish: {
                press(entry);
                QObject *dialog = nullptr;
                QTRY_VERIFY((dialog = m_app->findObject("finishDialog")) &&
                            dialog->property("opened").toBool());
                m_app->key(Qt::Key_Escape);
                QTRY_VERIFY(!dialog->property("visible").toBool());
                QVERIFY2(!live()->finished(), what);
                break;
            }
            case LiveKeys::Reopen:
                QVERIFY(live()->finish(int(vocabulary::Recommendation::Yes), QStringLiteral("ok")));
                press(entry);
                QVERIFY2(!live()->finished() && live()->amended(), what);
                live()->resume();
                break;
            case LiveKeys::Sections:
                QCOMPARE(sections->property("currentIndex").toInt(), 2);
                press(entry); // Ctrl+PgDown: the history
                QTRY_COMPARE(sections->property("currentIndex").toInt(), 3);
                m_app->key(Qt::Key_PageUp, Qt::ControlModifier);
                QTRY_COMPARE(sections->property("currentIndex").toInt(), 2);
                break;
            case LiveKeys::CheatSheet: {
                QObject *sheet = m_app->findObject("cheatSheet");
                QVERIFY(sheet);
                press(entry);
                QTRY_VERIFY(sheet->property("visible").toBool());
                // The sheet lists the table.
                QCOMPARE(sheet->property("keys").toList().size(), LiveKeys::table().size());
                press(entry); // F1 again closes it
                QTRY_VERIFY(!sheet->property("visible").toBool());
                break;
            }
            case LiveKeys::NoAction:
                QFAIL("NoAction is not on the sheet");
            }
        }
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(LiveKeysTest)
#include "tst_livekeys.moc"
