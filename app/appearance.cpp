#include "appearance.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QEvent>
#include <QGuiApplication>
#include <QJSEngine>
#include <QPalette>
#include <QSettings>

namespace {

Appearance *s_instance = nullptr;

constexpr char kModeKey[] = "appearance/theme";
// Before Follow the system: a light / dark switch.
constexpr char kOldDarkKey[] = "appearance/dark";

const QString kLight = QStringLiteral("light");
const QString kDark = QStringLiteral("dark");
const QString kSystem = QStringLiteral("system");

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kPortalInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kAppearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString kSchemeKey = QStringLiteral("color-scheme");
// The portal answers at once or not at all; the window must not wait for it.
constexpr int kPortalTimeoutMs = 500;

// The stored mode; an older light / dark switch becomes that mode, once.
QString storedMode()
{
    QSettings settings;
    QString mode = settings.value(QLatin1String(kModeKey)).toString();
    if (mode.isEmpty() && settings.contains(QLatin1String(kOldDarkKey))) {
        mode = settings.value(QLatin1String(kOldDarkKey)).toBool() ? kDark : kLight;
        settings.setValue(QLatin1String(kModeKey), mode);
        settings.remove(QLatin1String(kOldDarkKey));
    }
    if (mode != kLight && mode != kDark && mode != kSystem)
        mode = kSystem;
    return mode;
}

// A portal answer: a variant, nested once or twice in QDBusVariant depending on Read.
int schemeOf(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value.toInt();
}

} // namespace

Appearance::Appearance(PortalReader portal, QObject *parent)
    : QObject(parent)
    , m_portal(portal ? std::move(portal) : PortalReader(&Appearance::readPortal))
    , m_mode(storedMode())
{
    if (m_mode == kSystem)
        m_scheme = m_portal();
    // Without a portal the palette is the only hint; it changes with the desktop's.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    if (!portal)
        QDBusConnection::sessionBus().connect(
            kPortalService, kPortalPath, kPortalInterface, QStringLiteral("SettingChanged"), this,
            SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
}

Appearance::~Appearance()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Appearance *Appearance::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Appearance", "main() must create the appearance before QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Appearance::setInstance(Appearance *instance)
{
    s_instance = instance;
}

void Appearance::setMode(const QString &mode)
{
    if (mode != kLight && mode != kDark && mode != kSystem)
        return;
    const bool wasForced = m_forced.has_value();
    m_forced.reset();
    if (mode == m_mode && !wasForced)
        return;
    m_mode = mode;
    QSettings().setValue(QLatin1String(kModeKey), mode);
    if (mode == kSystem)
        m_scheme = m_portal();
    emit changed();
}

bool Appearance::dark() const
{
    if (m_forced)
        return *m_forced;
    if (m_mode == kSystem)
        return systemDark();
    return m_mode == kDark;
}

void Appearance::toggle()
{
    setMode(dark() ? kLight : kDark);
}

void Appearance::forceForRun(bool dark)
{
    m_forced = dark;
    emit changed();
}

void Appearance::systemChanged()
{
    m_scheme = m_portal();
    if (m_mode == kSystem && !m_forced)
        emit changed();
}

bool Appearance::systemDark() const
{
    if (m_scheme && *m_scheme == 1)
        return true;
    if (m_scheme && *m_scheme == 2)
        return false;
    // No portal, or no preference: a dark window colour in the desktop's palette.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

std::optional<int> Appearance::readPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    QDBusMessage read = QDBusMessage::createMethodCall(kPortalService, kPortalPath,
                                                       kPortalInterface, QStringLiteral("Read"));
    read << kAppearanceGroup << kSchemeKey;
    const QDBusMessage reply = bus.call(read, QDBus::Block, kPortalTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    return schemeOf(reply.arguments().constFirst());
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() &&
        event->type() == QEvent::ApplicationPaletteChange && m_mode == kSystem && !m_forced &&
        !m_scheme)
        emit changed();
    return QObject::eventFilter(watched, event);
}

void Appearance::portalSettingChanged(const QString &group, const QString &key,
                                      const QDBusVariant &value)
{
    if (group != kAppearanceGroup || key != kSchemeKey)
        return;
    m_scheme = schemeOf(value.variant());
    if (m_mode == kSystem && !m_forced)
        emit changed();
}
