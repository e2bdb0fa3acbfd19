#include "storage/bankfiles.h"
#include "support/guiharness.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>

#include <QTest>

// The window's dialogs in the real window: centred on it and wholly inside it at every
// size (content scrolling when the window is short), the window's title naming the app
// once, and an import's result said once (in its dialog, not in a toast as well).
class DialogsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiHarness> m_app;

    QObject *opened(const char *name)
    {
        QObject *popup = nullptr;
        [&] {
            QTRY_VERIFY((popup = m_app->findObject(name)) && popup->property("opened").toBool());
        }();
        return popup;
    }
    // The dialog lies inside the window and its centre is the window's.
    void checkPlaced(QObject *dialog, const QByteArray &what)
    {
        // The popup's own item holds its geometry in window coordinates.
        QQuickItem *item = dialog->property("background").value<QQuickItem *>()->parentItem();
        QVERIFY2(item, what.constData());
        QTRY_VERIFY2(item->height() > 0, what.constData());
        const QRectF box(item->mapToScene(QPointF(0, 0)), item->size());
        const QRectF window(0, 0, m_app->window()->width(), m_app->window()->height());
        const QByteArray where = QStringLiteral("%1 at %2,%3 %4x%5")
                                     .arg(QString::fromUtf8(what))
                                     .arg(box.x())
                                     .arg(box.y())
                                     .arg(box.width())
                                     .arg(box.height())
                                     .toUtf8();
        QVERIFY2(window.contains(box), where.constData());
        QVERIFY2(std::abs(box.center().x() - window.center().x()) <= 2, where.constData());
        QVERIFY2(std::abs(box.center().y() - window.center().y()) <= 2, where.constData());
    }
    void close(QObject *dialog)
    {
        QMetaObject::invokeMethod(dialog, "close");
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<GuiHarness>();
        QVERIFY(m_app->start());
    }

    void titleNamesTheAppOnce()
    {
        m_app->find("sections")->setProperty("currentIndex", 0);
        const QString title = m_app->window()->title();
        QVERIFY2(title.endsWith(QStringLiteral(" — Panelist")), qPrintable(title));
        QCOMPARE(title.count(QStringLiteral("Panelist")), 1);
        QVERIFY(title.startsWith(QStringLiteral("Question bank")));
    }

    void dialogsAreCentredInside_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("900x400") << QSize(900, 400);
    }
    void dialogsAreCentredInside()
    {
        QFETCH(QSize, size);
        // The window's minimum is 900x560; a shorter one stands for a small screen.
        m_app->window()->setMinimumSize(QSize(100, 100));
        m_app->window()->resize(size);
        QTRY_COMPARE(m_app->window()->size(), size);
        const QByteArray at =
            QByteArray::number(size.width()) + "x" + QByteArray::number(size.height());

        QTest::qWait(50); // the new size laid out
        m_app->find("sections")->setProperty("currentIndex", 1);
        QTRY_VERIFY(m_app->find("planList") && m_app->find("planList")->isVisible());
        m_app->click(m_app->find("startInterviewButton"));
        QObject *start = opened("startInterviewDialog");
        checkPlaced(start, "Start interview at " + at);
        close(start);

        if (!m_app->interviews().live()->active()) {
            const int planId = m_app->plans().plans()->idAt(0);
            QVERIFY(m_app->interviews().start(planId, QStringLiteral("Ada Lovelace"), QString(),
                                              QString(), QString()) > 0);
        }
        m_app->find("sections")->setProperty("currentIndex", 2);
        QTRY_COMPARE(m_app->window()->activeFocusItem()->objectName(), QStringLiteral("notes"));
        m_app->key(Qt::Key_E, Qt::ControlModifier);
        QObject *finish = opened("finishDialog");
        checkPlaced(finish, "Finish at " + at);
        close(finish);
        m_app->find("sections")->setProperty("currentIndex", 0);
    }

    // A short window: the Settings page keeps its last field reachable by scrolling.
    void shortWindowScrollsTheSettings()
    {
        m_app->window()->resize(QSize(900, 300));
        QTRY_COMPARE(m_app->window()->height(), 300);
        QTest::qWait(50);
        m_app->click(m_app->find("settingsButton"));
        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = m_app->find("settingsPage")) && page->isVisible());
        QQuickItem *scroll = m_app->find("settingsScroll");
        QVERIFY(scroll);
        QVERIFY2(scroll->property("contentHeight").toReal() > scroll->height(),
                 "the content is taller than the room left");
        m_app->key(Qt::Key_Escape);
        QTRY_VERIFY(!page->isVisible());
        m_app->window()->resize(QSize(1280, 800));
    }

    // The import's summary shows in its dialog; the snackbar does not repeat it.
    void importResultIsSaidOnce()
    {
        const QString file = QDir(QDir::tempPath()).filePath(QStringLiteral("tst_dialogs.json"));
        BankDocument document = bankfiles::snapshot(m_app->workspace().bank());
        document.questions = {testsupport::sampleQuestion(901)};
        bankfiles::write(file, document);
        QVERIFY(m_app->bank().importJob()->start(QUrl::fromLocalFile(file)));
        QMetaObject::invokeMethod(m_app->find("dialogsHost"), "openImportProgress");
        QObject *progress = opened("importProgress");
        QTRY_VERIFY(!m_app->bank().importJob()->running());
        QQuickItem *summary = m_app->find("importSummary");
        QTRY_VERIFY(summary && summary->isVisible() &&
                    !summary->property("text").toString().isEmpty());
        QTest::qWait(200);
        QCOMPARE(m_app->find("snackbar")->property("opacity").toReal(), 0.0);
        close(progress);
        QFile::remove(file);
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(DialogsTest)
#include "tst_dialogs.moc"
