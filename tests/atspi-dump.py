#!/usr/bin/python3
"""Print the AT-SPI tree of a running Panelist, the way a screen reader (Orca) reads it.

Starts nothing itself: Panelist must already run on the same session bus, with the
AT-SPI bus up and Qt's bridge on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1; a desktop with a
screen reader turns it on by itself). Without a desktop session, for example:

    dbus-run-session -- bash -c '
        Xvfb :57 -screen 0 1280x800x24 & export DISPLAY=:57; sleep 1
        # the accessibility bus and its registry first, as a desktop session starts them
        dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
            org.a11y.Bus.GetAddress >/dev/null
        tests/atspi-dump.py --max-depth 0 >/dev/null 2>&1
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb ./build/panelist & sleep 6
        tests/atspi-dump.py --showing-only
        kill %2 %1'

Each line is one node, indented by its depth:
    role "name" (description) [states] {actions}
Needs python3-pyatspi (Debian) and at-spi2-core.
"""

import argparse
import sys

try:
    import pyatspi
except ImportError:
    sys.exit("atspi-dump.py: python3-pyatspi is not installed; install it with "
             "'apt-get install python3-pyatspi' and try again.")

STATES = [
    ("visible", pyatspi.STATE_VISIBLE),
    ("showing", pyatspi.STATE_SHOWING),
    ("focusable", pyatspi.STATE_FOCUSABLE),
    ("focused", pyatspi.STATE_FOCUSED),
    ("checked", pyatspi.STATE_CHECKED),
    ("selected", pyatspi.STATE_SELECTED),
    ("disabled", None),
]


def states_of(node):
    state = node.getState()
    words = []
    for word, value in STATES:
        if value is None:
            if not state.contains(pyatspi.STATE_ENABLED) and \
                    not state.contains(pyatspi.STATE_SENSITIVE):
                words.append(word)
        elif state.contains(value):
            words.append(word)
    return words


def actions_of(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def dump(node, depth, args, out):
    if depth > args.max_depth:
        return
    try:
        role = node.getRoleName()
        name = node.name or ""
        description = node.description or ""
        states = states_of(node)
        actions = actions_of(node)
    except Exception as error:  # a node gone while walking (the window changed)
        out.write("  " * depth + "(gone: %s)\n" % error)
        return
    if args.showing_only and depth > 0 and "showing" not in states:
        return
    line = "  " * depth + role
    line += ' "%s"' % name.replace("\n", " ")[:args.width]
    if description:
        line += " (%s)" % description.replace("\n", " ")[:args.width]
    line += " [%s]" % " ".join(states)
    if actions:
        line += " {%s}" % " ".join(actions)
    out.write(line + "\n")
    for index in range(node.childCount):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            dump(child, depth + 1, args, out)


def main():
    parser = argparse.ArgumentParser(
        description="Print the AT-SPI tree of the running Panelist (role, name, "
                    "description, states, actions).")
    parser.add_argument("--showing-only", action="store_true",
                        help="leave out nodes not on screen (no 'showing' state), "
                             "with everything under them")
    parser.add_argument("--app", default="panelist",
                        help="the application's AT-SPI name (default: panelist)")
    parser.add_argument("--max-depth", type=int, default=60)
    parser.add_argument("--width", type=int, default=80,
                        help="cut names and descriptions to this many characters")
    args = parser.parse_args()

    desktop = pyatspi.Registry.getDesktop(0)
    names = []
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is None:
            continue
        names.append(app.name)
        if app.name.lower() == args.app.lower():
            dump(app, 0, args, sys.stdout)
            return 0
    sys.exit("atspi-dump.py: no application named '%s' on the accessibility bus "
             "(found: %s). Start Panelist first, on this session bus, with "
             "QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1." % (args.app, ", ".join(names) or "none"))


if __name__ == "__main__":
    sys.exit(main())
