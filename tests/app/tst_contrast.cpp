#include "support/guiharness.h"

#include <QColor>
#include <QQmlEngine>
#include <QTest>
#include <cmath>

// Text against its background, at least 4.5:1 (WCAG 2 AA for body text), in the light
// and the dark theme: the colours Panelist picks itself (Theme.pairs), and the real
// controls of the window as drawn — the window's text, secondary text drawn with
// opacity, the badges on their tints, the search field's placeholder, a highlighted
// button, the chosen
// recommendation of the finish dialog, the snackbar — and the layer under a modal
// dialog dims the window in both themes.
class ContrastTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    static double channel(double c)
    {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    }
    static double luminance(const QColor &c)
    {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    }
    // `top` (maybe translucent) drawn over the opaque `bottom`.
    static QColor over(const QColor &top, const QColor &bottom)
    {
        const double a = top.alphaF();
        return QColor::fromRgbF(float(top.redF() * a + bottom.redF() * (1 - a)),
                                float(top.greenF() * a + bottom.greenF() * (1 - a)),
                                float(top.blueF() * a + bottom.blueF() * (1 - a)));
    }
    static double contrast(const QColor &a, const QColor &b)
    {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }
    static QColor colorOf(QObject *object, const char *property = "color")
    {
        return object->property(property).value<QColor>();
    }
    // The colour an item's text is drawn in, its own and its ancestors' opacity included.
    static QColor drawn(QQuickItem *item, const QColor &base)
    {
        QColor color = colorOf(item);
        double alpha = color.alphaF();
        for (QQuickItem *at = item; at; at = at->parentItem())
            alpha *= at->opacity();
        color.setAlphaF(float(alpha));
        return over(color, base);
    }
    // Checks one text item (its colour over `back`), saying which one failed.
    static void checkText(QQuickItem *item, const QColor &back, const QString &what, bool dark,
                          QStringList &failed)
    {
        const QColor text = drawn(item, back);
        const double ratio = contrast(text, back);
        if (ratio < 4.5)
            failed << QStringLiteral("%1 (%2 theme): %3 on %4 is %5:1")
                          .arg(what, dark ? "dark" : "light", text.name(), back.name())
                          .arg(ratio, 0, 'f', 2);
    }
    // The window's own background.
    QColor windowColor() const
    {
        QObject *background = m_app->window()->property("background").value<QObject *>();
        return background ? colorOf(background) : m_app->window()->color();
    }
    bool dark() const { return themeObject()->property("dark").toBool(); }
    // The window's Theme singleton, as Main.qml holds it.
    QObject *themeObject() const { return m_app->window()->property("theme").value<QObject *>(); }
    void setDark(bool on)
    {
        if (dark() != on)
            m_app->click(m_app->find("themeButton"));
        QTRY_COMPARE(dark(), on);
    }
    // A control's text colour against its own background, drawn over `base`.
    void checkControl(QQuickItem *control, const QColor &base, const char *what)
    {
        QVERIFY2(control, what);
        QObject *content = control->property("contentItem").value<QObject *>();
        QObject *background = control->property("background").value<QObject *>();
        QVERIFY2(content && background, what);
        const QColor back = over(colorOf(background), base);
        const QColor text = over(colorOf(content), back);
        const double ratio = contrast(text, back);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1 (%2 theme): %3 on %4 is %5:1")
                                .arg(what, dark() ? "dark" : "light", text.name(), back.name())
                                .arg(ratio, 0, 'f', 2)));
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
        QVERIFY(themeObject());
        const int planId = m_app->plans().plans()->idAt(0);
        QVERIFY(m_app->interviews().start(planId, QStringLiteral("Ada Lovelace"), QString(),
                                          QString(), QString()) > 0);
    }

    void contrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void contrast()
    {
        QFETCH(bool, dark);
        setDark(dark);
        const QColor window = windowColor();

        // Panelist's own pairs.
        const QVariantList pairs = themeObject()->property("pairs").toList();
        QVERIFY(pairs.size() >= 4);
        for (const QVariant &entry : pairs) {
            const QVariantMap pair = entry.toMap();
            const QColor back = over(pair.value("background").value<QColor>(), window);
            const QColor text = over(pair.value("text").value<QColor>(), back);
            const double ratio = contrast(text, back);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                    .arg(pair.value("name").toString(), text.name(), back.name())
                                    .arg(ratio, 0, 'f', 2)));
        }

        // The window's text on its background; an error on it.
        QQuickItem *title = m_app->find("detailTitle");
        QVERIFY(title);
        QVERIFY2(contrast(over(colorOf(title), window), window) >= 4.5, "the question's title");
        QVERIFY2(contrast(themeObject()->property("error").value<QColor>(), window) >= 4.5,
                 "an error");

        // Secondary text drawn with opacity (the result count, a row's kind and minutes,
        // an archived row's title), the placeholder of the search field, and every badge's
        // text on its own tint: all carry information.
        {
            m_app->find("sections")->setProperty("currentIndex", 0);
            QTRY_VERIFY(m_app->find("bankPage")->isVisible());
            QStringList failed;
            checkText(m_app->find("resultCount"), window, QStringLiteral("the result count"), dark,
                      failed);
            QQuickItem *search = m_app->find("searchField");
            QVERIFY(search);
            const QColor placeholder = search->property("placeholderTextColor").value<QColor>();
            const double ratio = contrast(over(placeholder, window), window);
            if (ratio < 4.5)
                failed << QStringLiteral("the search field's placeholder (%1 theme): %2 is %3:1")
                              .arg(dark ? "dark" : "light", placeholder.name(QColor::HexArgb))
                              .arg(ratio, 0, 'f', 2);
            QList<QQuickItem *> pending{m_app->find("questionList"), m_app->find("bankPage")};
            int badges = 0, secondary = 0;
            while (!pending.isEmpty()) {
                QQuickItem *item = pending.takeFirst();
                if (!item || !item->isVisible())
                    continue;
                pending.append(item->childItems());
                const QByteArray type = item->metaObject()->className();
                if (type.startsWith("Badge")) {
                    QQuickItem *label = item->childItems().value(0);
                    QVERIFY(label);
                    const QColor fill = over(colorOf(item), window);
                    checkText(
                        label, fill,
                        QStringLiteral("the badge \"%1\"").arg(item->property("text").toString()),
                        dark, failed);
                    ++badges;
                } else if (item->inherits("QQuickText") && item->opacity() < 1 &&
                           !item->property("text").toString().isEmpty()) {
                    checkText(item, window,
                              QStringLiteral("the secondary text \"%1\"")
                                  .arg(item->property("text").toString().left(40)),
                              dark, failed);
                    ++secondary;
                }
            }
            QVERIFY(badges >= 3 && secondary >= 1);
            failed.removeDuplicates();
            QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
        }

        // The snackbar as drawn.
        QQuickItem *snackbar = m_app->find("snackbar");
        QVERIFY(snackbar);
        QMetaObject::invokeMethod(snackbar, "show", Q_ARG(QString, QStringLiteral("Saved.")));
        {
            const QColor back =
                over(colorOf(snackbar->property("background").value<QObject *>()), window);
            const QColor text = colorOf(m_app->find("snackbarText"));
            QVERIFY2(
                contrast(text, back) >= 4.5,
                qPrintable(QStringLiteral("the snackbar: %1 on %2").arg(text.name(), back.name())));
        }

        // The finish dialog: "3 Yes" chosen, and the highlighted Finish button.
        m_app->key(Qt::Key_3, Qt::ControlModifier); // the live view, section 3
        m_app->find("sections")->setProperty("currentIndex", 2);
        QTRY_VERIFY(m_app->find("livePage") && m_app->find("livePage")->isVisible());
        m_app->key(Qt::Key_E, Qt::ControlModifier);
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app->findObject("finishDialog")) &&
                    dialog->property("opened").toBool());
        const QColor dialogColor = colorOf(dialog->property("background").value<QObject *>());
        // The dialog opens on the first competency: go to the recommendation first.
        m_app->find("recommendationChoices")->forceActiveFocus();
        QTRY_VERIFY(m_app->find("recommendationChoices")->hasActiveFocus());
        m_app->key(Qt::Key_3);
        // Whatever happens below, the dialog is closed for the next theme.
        struct Closer
        {
            QObject *dialog;
            ~Closer()
            {
                QMetaObject::invokeMethod(dialog, "close");
                QTRY_VERIFY(!dialog->property("visible").toBool());
            }
        } closer{dialog};
        // The button's colour animates to its checked state.
        QTest::qWait(500);
        QQuickItem *chosen = nullptr;
        for (QQuickItem *button : m_app->find("recommendationChoices")->childItems()) {
            if (button->inherits("QQuickAbstractButton") && button->property("checked").toBool())
                chosen = button;
        }
        QVERIFY2(chosen, "a recommendation is chosen");
        QVERIFY(chosen->property("text").toString().startsWith(QLatin1Char('3')));
        checkControl(chosen, over(dialogColor, window), "the chosen recommendation");
        // Material draws a highlighted button's text white in both themes: the default
        // buttons take Theme.buttonFill, not the dark theme's light accent (2.3:1).
        checkControl(m_app->find("finishButton"), over(dialogColor, window),
                     "the highlighted Finish button");

        // The layer under the dialog, as the overlay shows it, dims what is behind it:
        // darker than the window in both themes.
        QQuickItem *overlay = nullptr;
        for (QQuickItem *item : m_app->window()->contentItem()->childItems()) {
            if (item->inherits("QQuickOverlay"))
                overlay = item;
        }
        QVERIFY(overlay);
        QColor dim;
        for (QQuickItem *item : overlay->childItems()) {
            if (item->isVisible() && item->inherits("QQuickRectangle") &&
                item->width() == overlay->width() && item->height() == overlay->height())
                dim = colorOf(item);
        }
        QVERIFY2(dim.isValid(), "a modal layer under the dialog");
        QVERIFY2(
            luminance(over(dim, window)) < luminance(window) * 0.7,
            qPrintable(QStringLiteral("%1 over %2").arg(dim.name(QColor::HexArgb), window.name())));
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(ContrastTest)
#include "tst_contrast.moc"
