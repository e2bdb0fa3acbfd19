#pragma once

#include <QDBusVariant>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

class QJSEngine;
class QQmlEngine;

// The window's theme (the `Appearance` singleton, Settings → Appearance and the header's
// theme button): Light, Dark or Follow the system, kept in QSettings ("appearance/theme":
// "light", "dark", "system"; an older "appearance/dark" is carried over once).
//
// Qt 6.4 cannot say whether the desktop is dark (QStyleHints::colorScheme is 6.5), so
// following the system asks the freedesktop portal (org.freedesktop.portal.Settings,
// "org.freedesktop.appearance" "color-scheme": 1 dark, 2 light, 0 no preference) and
// listens to its SettingChanged; without a portal or a preference, a dark palette
// window colour means dark. `--theme` forces light or dark for one run.
class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "light", "dark" or "system".
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY changed)
    // Whether the window is dark now.
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    // --theme holds for this run (until a mode is chosen).
    Q_PROPERTY(bool forcedForRun READ forcedForRun NOTIFY changed)

public:
    // The portal's colour scheme: 0 no preference, 1 dark, 2 light; nullopt when there
    // is no portal to ask.
    using PortalReader = std::function<std::optional<int>()>;

    // Reads the stored mode (migrating appearance/dark) and, when it follows the system,
    // asks `portal` (the session bus's portal, readPortal, when empty). No default
    // constructor: QML would make a second instance with it instead of asking create().
    explicit Appearance(PortalReader portal, QObject *parent = nullptr);
    ~Appearance() override;

    static Appearance *create(QQmlEngine *, QJSEngine *);
    static void setInstance(Appearance *instance);

    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    bool dark() const;
    // The header's button: the other look of the one shown, kept.
    Q_INVOKABLE void toggle();
    // For one run (--theme): light or dark whatever is stored; a change of mode ends it.
    void forceForRun(bool dark);
    bool forcedForRun() const { return m_forced.has_value(); }

    // The system's colour scheme changed (the portal's signal; tests call it after
    // changing what their reader answers).
    void systemChanged();

    // The session bus's portal, asked once with a short timeout.
    static std::optional<int> readPortal();

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    void portalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    bool systemDark() const;

    PortalReader m_portal;
    QString m_mode;
    std::optional<bool> m_forced;
    std::optional<int> m_scheme;
};
