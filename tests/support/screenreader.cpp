#include "support/screenreader.h"

#include <QAccessible>

// Qt's platform classes (QtGui's private API, Qt_6_PRIVATE_API): Debian ships no private
// headers without qt6-base-private-dev, so the two members used here are declared by hand,
// with their real names. QPlatformIntegration::accessibility() is called non-virtually:
// the offscreen platform does not override it, and the base returns the process's one
// QPlatformAccessibility.
class QPlatformAccessibility
{
public:
    void setActive(bool active);
};
class QPlatformIntegration
{
public:
    QPlatformAccessibility *accessibility() const;
};
class QGuiApplicationPrivate
{
public:
    static QPlatformIntegration *platform_integration;
};

bool screenreader::activate()
{
    if (QAccessible::isActive())
        return true;
    QPlatformIntegration *integration = QGuiApplicationPrivate::platform_integration;
    if (!integration)
        return false;
    if (QPlatformAccessibility *accessibility = integration->accessibility())
        accessibility->setActive(true);
    return QAccessible::isActive();
}
