#include "sampledata.h"
#include "support/guiharness.h"

#include <QTest>

// The keyboard alone, page by page in the real window: Tab from the page's first control
// walks a chain that comes back to it; every control a person needs is in it, in reading
// order (top to bottom, left to right on a row, a column to the right after the one to
// its left); focus never lands on a hidden item or on another page; and every control
// that has the keyboard shows it (Material's focus mark for a control reached by Tab —
// visualFocus —, the accent frame of a focused text field, the FocusRing on a list's
// current row: its `focusRing`).
class TabChainTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;
    qint64 m_planId = 0;

    static QString describe(QQuickItem *item)
    {
        QStringList names;
        for (QQuickItem *at = item; at && names.size() < 3; at = at->parentItem()) {
            if (!at->objectName().isEmpty())
                names << at->objectName();
        }
        const QString text = item->property("text").toString().simplified().left(30);
        return QStringLiteral("%1 %2 \"%3\"")
            .arg(QString::fromLatin1(item->metaObject()->className())
                     .section(QLatin1Char('_'), 0, 0),
                 names.join(QLatin1String(" in ")), text);
    }
    static bool shown(QQuickItem *item)
    {
        for (QQuickItem *at = item; at; at = at->parentItem()) {
            if (!at->isVisible() || at->opacity() <= 0)
                return false;
        }
        return true;
    }
    static bool inside(QQuickItem *item, QQuickItem *ancestor)
    {
        for (QQuickItem *at = item; at; at = at->parentItem()) {
            if (at == ancestor)
                return true;
        }
        return false;
    }
    // What the focused item shows, or why it shows nothing.
    static QString focusMark(QQuickItem *item)
    {
        if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
            return item->hasActiveFocus() ? QString()
                                          : QStringLiteral("a text field without focus");
        // A list's current row holds the keyboard for its list.
        const QVariant ring = item->property("focusRing");
        if (ring.isValid())
            return ring.toBool() ? QString() : QStringLiteral("a current row without its ring");
        if (item->inherits("QQuickItemView")) {
            QQuickItem *current = item->property("currentItem").value<QQuickItem *>();
            if (!current)
                return QStringLiteral("a list without a current row");
            return current->property("focusRing").toBool()
                       ? QString()
                       : QStringLiteral("a list whose current row shows no ring");
        }
        const QVariant visual = item->property("visualFocus");
        if (!visual.isValid())
            return QStringLiteral("no focus mark at all");
        return visual.toBool() ? QString() : QStringLiteral("a control without visualFocus");
    }
    // The list (ListView, GridView) the item is a row of, or nullptr. A tab bar lays its
    // tabs out in a ListView of its own: they read as a row.
    static QQuickItem *viewOf(QQuickItem *item)
    {
        for (QQuickItem *at = item->parentItem(); at; at = at->parentItem()) {
            if (at->inherits("QQuickItemView"))
                return at->parentItem() && at->parentItem()->inherits("QQuickContainer") ? nullptr
                                                                                         : at;
        }
        return nullptr;
    }
    static QRectF rectOf(QQuickItem *item)
    {
        return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    }
    // `b` comes after `a` in reading order: further down, on the same row further right,
    // or in a column to the right of `a`.
    static bool readsAfter(const QRectF &a, const QRectF &b)
    {
        const qreal tolerance = 12;
        const bool sameRow = std::abs(a.center().y() - b.center().y()) < tolerance;
        if (sameRow)
            return b.left() > a.left();
        return b.top() > a.top() || b.left() >= a.right() - 1;
    }

    struct Step
    {
        QQuickItem *item;
        QString mark; // empty when the item shows it has the keyboard
    };
    // Tab from `start` until the chain comes back (or 80 steps).
    QList<Step> chain(QQuickItem *start)
    {
        start->forceActiveFocus(Qt::TabFocusReason);
        QList<Step> steps;
        QQuickItem *first = m_app->window()->activeFocusItem();
        if (!first)
            return steps;
        steps.append({first, focusMark(first)});
        for (int i = 0; i < 80; ++i) {
            m_app->key(Qt::Key_Tab);
            QQuickItem *now = m_app->window()->activeFocusItem();
            bool seen = false;
            for (const Step &step : steps)
                seen = seen || step.item == now;
            if (!now || seen)
                break;
            steps.append({now, focusMark(now)});
        }
        return steps;
    }

    // The chain of `page` from `start`: everything in `needed` is in it, in that order,
    // and the chain is in reading order, inside the page (or the window's tool bar),
    // never hidden, every step showing its focus.
    void checkChain(const char *pageName, const char *startName, const QStringList &needed)
    {
        QQuickItem *page = m_app->findVisible(pageName).value(0);
        QVERIFY2(page, pageName);
        QQuickItem *start = m_app->findVisible(startName).value(0);
        QVERIFY2(start, startName);
        const QList<Step> steps = chain(start);
        QStringList problems;
        QStringList walked;
        QQuickItem *header = m_app->window()->property("header").value<QQuickItem *>();
        for (const Step &step : steps) {
            walked << describe(step.item);
            if (!shown(step.item))
                problems << describe(step.item) +
                                QStringLiteral(": hidden, yet it takes the keyboard");
            if (!inside(step.item, page) && !(header && inside(step.item, header)))
                problems << describe(step.item) + QStringLiteral(": outside the page");
            if (!step.mark.isEmpty())
                problems << describe(step.item) +
                                QStringLiteral(": no focus ring (%1)").arg(step.mark);
        }
        // Reading order, starting from the top-left step of the cycle. Rows of one list
        // read in the list's order, wherever it has scrolled them.
        int top = -1;
        for (int i = 0; i < steps.size(); ++i) {
            if (viewOf(steps.at(i).item))
                continue;
            if (top < 0) {
                top = i;
                continue;
            }
            const QRectF r = rectOf(steps.at(i).item), best = rectOf(steps.at(top).item);
            if (r.top() < best.top() - 1 ||
                (std::abs(r.top() - best.top()) <= 1 && r.left() < best.left()))
                top = i;
        }
        top = std::max(top, 0);
        for (int k = 1; k < steps.size(); ++k) {
            QQuickItem *a = steps.at((top + k - 1) % steps.size()).item;
            QQuickItem *b = steps.at((top + k) % steps.size()).item;
            if (viewOf(a) && viewOf(a) == viewOf(b))
                continue;
            if (!readsAfter(rectOf(a), rectOf(b)))
                problems << QStringLiteral("%1 → %2: against reading order")
                                .arg(describe(a), describe(b));
        }
        // Every control needed, in the order given (from the start).
        int at = -1;
        for (const QString &name : needed) {
            int found = -1;
            for (int i = 0; i < steps.size() && found < 0; ++i) {
                for (QQuickItem *item = steps.at(i).item; item && item != page;
                     item = item->parentItem()) {
                    if (item->objectName() == name) {
                        found = i;
                        break;
                    }
                }
            }
            if (found < 0)
                problems << name + QStringLiteral(": not in the tab chain");
            else if (found < at)
                problems << name + QStringLiteral(": comes too early in the tab chain");
            at = std::max(at, found);
        }
        if (!problems.isEmpty()) {
            for (const QString &line : walked)
                qWarning().noquote() << "chain:" << line;
            for (const QString &problem : problems)
                qWarning().noquote() << problem;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 problem(s), first: %3")
                                                    .arg(QLatin1String(pageName))
                                                    .arg(problems.size())
                                                    .arg(problems.value(0))));
    }

    void showSection(int index)
    {
        m_app->find("sections")->setProperty("currentIndex", index);
        QTRY_COMPARE(m_app->find("sections")->property("currentIndex").toInt(), index);
    }
    void showHistoryView(int view)
    {
        showSection(3);
        QQuickItem *stack = m_app->find("historyStack");
        QVERIFY(stack);
        if (QQuickItem *compare = m_app->find("comparePage"); compare && compare->isVisible())
            QMetaObject::invokeMethod(compare, "done");
        stack->setProperty("view", view);
        QTRY_VERIFY(stack->property("depth").toInt() == 1 && !stack->property("busy").toBool());
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        const sampledata::Added demo = sampledata::add(m_app->workspace());
        QVERIFY(demo.interviews.size() >= 2);
        m_planId = demo.planId;
        m_app->interviews().interviews()->refresh();
        m_app->candidates().reload();
        m_app->window()->resize(1280, 800);
    }

    void bank()
    {
        showSection(0);
        QTRY_VERIFY(m_app->find("questionList")->property("count").toInt() > 0);
        checkChain("bankPage", "searchField",
                   {"searchField", "categoryFilter", "levelFilter", "kindFilter", "tagFilter",
                    "showArchived", "sortBox", "questionList", "newButton", "archiveButton"});
    }

    void questionEditor()
    {
        showSection(0);
        m_app->find("searchField")->forceActiveFocus();
        m_app->key(Qt::Key_Return);
        QTRY_VERIFY(m_app->find("editorPage") && m_app->find("editorPage")->isVisible());
        QTRY_VERIFY(!m_app->find("stack")->property("busy").toBool());
        // An edit, so Save can be pressed (a disabled button takes no keyboard).
        m_app->find("titleField")->forceActiveFocus();
        m_app->key(Qt::Key_End);
        m_app->type(QStringLiteral("!"));
        QTRY_VERIFY(m_app->find("saveButton")->isEnabled());
        checkChain("editorPage", "titleField",
                   {"titleField", "categoryBox", "levelBox", "kindBox", "minutesBox", "tagsField",
                    "promptField", "followUpEditor", "criteriaEditor", "anchorJunior",
                    "anchorMiddle", "anchorSenior", "referenceField", "saveButton"});
        m_app->find("titleField")->forceActiveFocus();
        m_app->key(Qt::Key_Escape);
        QQuickItem *discard = nullptr;
        QTRY_VERIFY((discard = m_app->findVisible("discardButton").value(0)));
        m_app->click(discard);
        QTRY_VERIFY(m_app->find("bankPage")->isVisible());
    }

    void plans()
    {
        showSection(1);
        QTRY_VERIFY(m_app->find("planList")->property("count").toInt() > 0);
        checkChain("plansPage", "planList", {"planList", "newPlanButton", "startInterviewButton"});
    }

    void planEditor()
    {
        showSection(1);
        m_app->find("planList")->forceActiveFocus();
        m_app->key(Qt::Key_Return);
        QTRY_VERIFY(m_app->find("planEditorPage") && m_app->find("planEditorPage")->isVisible());
        QTRY_VERIFY(!m_app->find("planStack")->property("busy").toBool());
        checkChain("planEditorPage", "planName",
                   {"planName", "planRole", "pickerSearch", "pickerList", "itemNote", "itemMinutes",
                    "newCompetency"});
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(m_app->find("plansPage")->isVisible());
    }

    void candidates()
    {
        showHistoryView(0);
        QTRY_VERIFY(m_app->find("candidateList")->property("count").toInt() >= 1);
        checkChain("candidatesPage", "candidateSearch",
                   {"candidateSearch", "roleFilter", "candidateStatusFilter", "stageFilter",
                    "candidateList", "loopList"});
    }

    void interviews()
    {
        showHistoryView(1);
        QTRY_VERIFY(m_app->find("historyList")->property("count").toInt() >= 2);
        checkChain("historyPage", "historySearch",
                   {"historySearch", "statusFilter", "planFilter", "historyList"});
    }

    void compare()
    {
        showHistoryView(1);
        QMetaObject::invokeMethod(m_app->find("historyPage"), "compareRequested",
                                  Q_ARG(int, int(m_planId)));
        QTRY_VERIFY(m_app->find("comparePage") && m_app->find("comparePage")->isVisible());
        QTRY_VERIFY(!m_app->find("historyStack")->property("busy").toBool());
        checkChain("comparePage", "comparePlan", {"comparePlan"});
        QMetaObject::invokeMethod(m_app->find("comparePage"), "done");
    }

    void live()
    {
        const int planId = m_app->plans().plans()->idAt(0);
        QVERIFY(m_app->interviews().start(planId, QStringLiteral("Ada Lovelace"), QString(),
                                          QString(), QString()) > 0);
        showSection(2);
        QTRY_VERIFY(m_app->find("livePage") && m_app->find("livePage")->isVisible());
        checkChain("livePage", "notes", {"notes"});
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(TabChainTest)
#include "tst_tabchain.moc"
