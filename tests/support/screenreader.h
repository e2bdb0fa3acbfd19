#pragma once

// Accessibility turned on in-process, as when a screen reader starts: Qt's platform
// accessibility is made active, so every Qt Quick control made from then on gives the
// accessibility tree its role, name and actions (QAccessible::isActive() is true), just
// as under the AT-SPI bridge with Orca running. The offscreen platform the tests run on
// has no bridge; QAccessible::setActive() alone only notifies, it does not make
// isActive() true, and controls then keep no name. Call it after the application object
// exists and before the window is loaded.
namespace screenreader {

// True when QAccessible::isActive() holds afterwards.
bool activate();

} // namespace screenreader
