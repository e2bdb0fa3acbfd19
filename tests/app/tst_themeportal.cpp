// Follow the system through a real D-Bus: a session bus of the test's own (dbus-daemon)
// with a fake org.freedesktop.portal.Desktop on it, served from another thread as the
// desktop's portal is served from another process. Appearance reads "color-scheme" with
// Read (its answer nested in variants as the portal sends it), follows SettingChanged,
// and, with no portal on the bus, falls back to the palette.
#include "appearance.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");

// The portal's Settings interface, as much of it as Panelist asks.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    std::atomic<int> scheme{1};

public slots:
    // The real portal answers v(v(u)) to Read.
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group == QLatin1String("org.freedesktop.appearance") &&
            key == QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(uint(scheme.load()))));
        return QDBusVariant(QString());
    }
};

} // namespace

class ThemePortalTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_bus;
    QString m_address;
    QThread m_thread;
    FakePortal *m_portal = nullptr;

    // Runs `work` on the portal's thread and waits for it.
    void onPortal(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(m_portal, work, Qt::BlockingQueuedConnection);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PanelistTest"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("system"));
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("dbus-daemon is not installed (package dbus)");
        m_bus.start(
            QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--nofork"),
             QStringLiteral("--print-address=1"),
             QStringLiteral("--address=unix:path=") + m_dir.filePath(QStringLiteral("bus"))});
        QVERIFY2(m_bus.waitForStarted(10000), qPrintable(m_bus.errorString()));
        QElapsedTimer wait;
        wait.start();
        while (!m_bus.canReadLine() && wait.elapsed() < 10000)
            m_bus.waitForReadyRead(200);
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY2(!m_address.isEmpty(), m_bus.readAllStandardError().constData());
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    }

    // No portal on the bus yet: the palette (light on the offscreen platform).
    void withoutAPortalThePalette()
    {
        QVERIFY(!Appearance::readPortal().has_value());
        Appearance appearance({});
        QCOMPARE(appearance.mode(), QStringLiteral("system"));
        QVERIFY(!appearance.dark());
    }

    void followsThePortal()
    {
        m_portal = new FakePortal;
        m_portal->moveToThread(&m_thread);
        m_thread.start();
        bool registered = false;
        onPortal([&] {
            QDBusConnection bus =
                QDBusConnection::connectToBus(m_address, QStringLiteral("portal"));
            registered = bus.registerObject(kPath, m_portal, QDBusConnection::ExportAllSlots) &&
                         bus.registerService(kService);
        });
        QVERIFY(registered);

        QCOMPARE(Appearance::readPortal(), std::optional<int>(1));
        Appearance appearance({});
        QVERIFY(appearance.dark());
        QSignalSpy changed(&appearance, &Appearance::changed);

        // The desktop turns light: the portal says so with SettingChanged.
        onPortal([&] {
            m_portal->scheme = 2;
            QDBusMessage signal =
                QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("SettingChanged"));
            signal << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
                   << QVariant::fromValue(QDBusVariant(uint(2)));
            QDBusConnection(QStringLiteral("portal")).send(signal);
        });
        QTRY_VERIFY(changed.count() > 0);
        QVERIFY(!appearance.dark());
        QCOMPARE(Appearance::readPortal(), std::optional<int>(2));

        // Another group's change is not the theme.
        const int before = changed.count();
        onPortal([&] {
            QDBusMessage signal =
                QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("SettingChanged"));
            signal << QStringLiteral("org.gnome.desktop.interface")
                   << QStringLiteral("color-scheme") << QVariant::fromValue(QDBusVariant(uint(1)));
            QDBusConnection(QStringLiteral("portal")).send(signal);
        });
        QTest::qWait(300);
        QCOMPARE(changed.count(), before);
        QVERIFY(!appearance.dark());
    }

    void cleanupTestCase()
    {
        if (m_portal) {
            onPortal([&] {
                QDBusConnection::disconnectFromBus(QStringLiteral("portal"));
                m_portal->deleteLater();
            });
            m_portal = nullptr;
        }
        m_thread.quit();
        m_thread.wait();
        QSettings().clear();
        m_bus.kill();
        m_bus.waitForFinished();
    }
};

QTEST_MAIN(ThemePortalTest)
#include "tst_themeportal.moc"
