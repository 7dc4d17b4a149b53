#!/usr/bin/env python3
# check-a11y.py: Sitwell as a screen reader and a keyboard user meet it
#
# Copyright 2026 The Sitwell authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-a11y.py PATH/TO/sitwell [--dump]
#
# Runs the real app on the X display it is given, under its own session bus
# (it starts dbus-run-session itself, so the AT-SPI bus is private too),
# and reads it through AT-SPI:
#   1. every tab is reachable from the view switcher, found by name;
#   2. on every tab, every control a person can operate that is showing (push
#      button, toggle, check box, radio, switch, slider, spin button, text
#      entry, combo box, list item) has a non-empty accessible name, and
#      everything that offers an action has a role that says what it is;
#   3. the Check tab's questionnaire can be finished with the keyboard alone
#      (Tab, arrows, Enter, Space sent with xdotool), up to its result page.
# It knows nothing about the widgets of a page, so pages rebuilt later are
# covered as they are merged. --dump prints the tree of every tab.
# Output is TAP.

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

# A private session bus, hence a private AT-SPI bus. The services it starts
# print to stdout, which is TAP's: this script writes TAP to fd 3 instead.
if "SW_TEST_PRIVATE_BUS" not in os.environ:
    os.environ["SW_TEST_PRIVATE_BUS"] = "1"
    os.execvp("sh", ["sh", "-c", 'exec dbus-run-session -- "$@" 3>&1 1>&2', "sh",
                     sys.executable, *sys.argv])
tap = os.fdopen(3, "w", buffering=1)

# The bridge must be on for this test alone (meson's test environment turns
# it off for the others).
os.environ.pop("NO_AT_BRIDGE", None)
os.environ["GTK_A11Y"] = "atspi"

import pyatspi  # noqa: E402  (after the environment is set)

APP_NAME = "sitwell"
TIMEOUT = 20.0

# Widgets inside libadwaita 1.2 that it leaves unnamed; matched on the
# accessible path. AdwToast's close button is an icon-only button; the items
# of an AdwComboRow's drop-down list are unnamed rows of its own factory.
KNOWN_GAPS = ("filler “AdwToastWidget”",
              "< list “GtkListView” < panel “” < panel “” < combo box")

# Roles a person operates, which must say what they are.
OPERABLE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_LINK,
}
# Roles that tell nothing about what a control does.
VAGUE = {
    pyatspi.ROLE_UNKNOWN,
    pyatspi.ROLE_FILLER,
    pyatspi.ROLE_PANEL,
    pyatspi.ROLE_INVALID,
    pyatspi.ROLE_REDUNDANT_OBJECT,
}
# What a person does with a control. GTK 4.8 also lists every action a
# widget installs (e.g. "reminders.start") on its accessible, which says
# nothing about whether the widget itself is operated.
INTERACTIONS = {"click", "activate", "press", "toggle", "select"}
if hasattr(pyatspi, "ROLE_SWITCH"):
    OPERABLE.add(pyatspi.ROLE_SWITCH)

results = []


def report(ok, what, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {what}", file=tap)
    for line in detail.splitlines():
        print(f"# {line}", file=tap)


def todo(what):
    """A known gap in GTK 4.8 or libadwaita 1.2, not in Sitwell: TAP TODO."""
    results.append(True)
    print(f"not ok {len(results)} - {what} # TODO libadwaita 1.2 leaves it unnamed", file=tap)


def meaningful_name(name):
    """GTK 4.8 falls back to the widget's type name ("GtkImage") when nothing
    names a widget; that tells a person nothing."""
    name = (name or "").strip()
    return bool(name) and not re.fullmatch(r"(Gtk|Adw|Sw)[A-Z][A-Za-z]*", name)


def note(text):
    for line in text.splitlines():
        print(f"# {line}", file=tap)


def wait_for(what, probe, timeout=TIMEOUT):
    """Calls probe() until it returns something true. AT-SPI has no event
    for "the app is ready", and its bus starts on demand, so this polls;
    an AT-SPI error while things start counts as "not yet"."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = probe()
        except Exception:  # GLib.Error from a bus still starting, stale objects
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.1)


def states(node):
    return node.getState()


def showing(node):
    """GTK 4.8 sets STATE_SHOWING on the window only, and STATE_VISIBLE from
    gtk_widget_get_visible(), which stays set on the pages a GtkStack hides.
    Its Component interface does tell: what is not on screen has no size."""
    s = states(node)
    if s.contains(pyatspi.STATE_SHOWING):
        return True
    if not s.contains(pyatspi.STATE_VISIBLE):
        return False
    try:
        extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except NotImplementedError:
        return True
    return extents.width > 0 and extents.height > 0


def children(node):
    try:
        return [c for c in node if c is not None]
    except Exception:
        return []


def walk(node, depth=0, only_showing=True):
    """Yields (node, depth), skipping what is not showing and its subtree."""
    if only_showing and depth > 0 and not showing(node):
        return
    yield node, depth
    for child in children(node):
        yield from walk(child, depth + 1, only_showing)


def describe(node):
    try:
        role = node.getRoleName()
    except Exception:
        role = "?"
    try:
        name = node.name
    except Exception:
        name = "?"
    return f"{role} “{name}”"


def path_of(node):
    parts = []
    while node is not None and len(parts) < 12:
        parts.append(describe(node))
        try:
            node = node.parent
        except Exception:
            break
        if node is not None and node.getRole() == pyatspi.ROLE_APPLICATION:
            break
    return " < ".join(parts)


def actions_of(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    except Exception:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def find(root, predicate):
    for node, _ in walk(root):
        if predicate(node):
            return node
    return None


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == APP_NAME and app.childCount > 0:
            return app
    return None


def main_window(app):
    for window in children(app):
        if window.getRole() == pyatspi.ROLE_FRAME and showing(window):
            return window
    return None


def focused(root):
    return find(root, lambda n: states(n).contains(pyatspi.STATE_FOCUSED))


def press(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)


# ----------------------------------------------------------------- checks


def tab_buttons(window):
    """The view switcher's buttons: libadwaita 1.2 exposes AdwViewSwitcher as
    a page tab list of page tabs named after the tabs. AdwViewSwitcherTitle
    holds two (wide and narrow); the first one is used."""
    switcher = wait_for("the view switcher",
                        lambda: find(window, lambda n: n.getRole() == pyatspi.ROLE_PAGE_TAB_LIST))
    return [c for c in children(switcher) if c.getRole() == pyatspi.ROLE_PAGE_TAB]


# Objects already checked, by D-Bus path. GTK 4.8 keeps the last size of a
# stack page it hides, so a tab shown before still looks on screen; each
# object is judged once, on the first tab where it appears.
checked = set()


def check_tab(window, tab_name, dump):
    unnamed = []
    gaps = []
    vague = []
    seen = 0
    for node, depth in walk(window):
        if node.path in checked:
            continue
        checked.add(node.path)
        role = node.getRole()
        if dump:
            extra = ",".join(a for a in actions_of(node) if "." not in a)
            print(f"#   {'  ' * depth}{describe(node)}" + (f" [{extra}]" if extra else ""),
                  file=tap)
        if role in OPERABLE:
            seen += 1
            if not meaningful_name(node.name):
                path = path_of(node)
                if any(gap in path for gap in KNOWN_GAPS):
                    gaps.append(path)
                else:
                    unnamed.append(path)
        elif role in VAGUE and INTERACTIONS.intersection(actions_of(node)):
            vague.append(path_of(node))
    report(not unnamed, f"{tab_name}: all {seen} operable controls newly on screen have a name",
           "\n".join(f"no name: {p}" for p in unnamed))
    for path in gaps:
        todo(f"{tab_name}: no name, in a library's own widget: {path}")
    report(not vague, f"{tab_name}: everything that offers an action has a telling role",
           "\n".join(f"vague role: {p}" for p in vague))


def signature(window):
    return tuple(describe(n) for n, _ in walk(window))


def settled(window, previous):
    first = signature(window)
    if first == previous:
        return None
    time.sleep(0.1)
    return first if signature(window) == first else None


def is_result_page(window):
    """The result page offers Start Over (every outcome does). GTK 4.8 names
    a button with a mnemonic "_Start Over Start Over", hence "in"."""
    return find(window, lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON
                and "Start Over" in n.name)


def check_keyboard_check(window):
    """Start the check and answer until the result, by keyboard only."""
    press("alt+1")
    # Focus the Start button by Tab, as a keyboard user would.
    start = None
    for _ in range(12):
        node = focused(window)
        if node is not None and node.getRole() == pyatspi.ROLE_PUSH_BUTTON \
                and "Start" in node.name:
            start = node
            break
        press("Tab")
        time.sleep(0.05)
    if start is None:
        report(False, "keyboard: Tab reaches the Start button on the Check tab",
               f"focus is on {path_of(focused(window)) if focused(window) else 'nothing'}")
        return
    report(True, "keyboard: Tab reaches the Start button on the Check tab")
    press("Return")

    answered = 0
    for _ in range(30):
        if is_result_page(window):
            break
        node = wait_for("focus on an answer",
                        lambda: (lambda f: f if f is not None and f.getRole() in
                                 (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_RADIO_BUTTON)
                                 else None)(focused(window)), timeout=5)
        # The list of answers is labelled by its question, so its name says
        # which question is on screen.
        question = node.parent.name
        if not question:
            report(False, f"keyboard: answer list {answered + 1} is named after its question")
        # The second option ("No" on the red flags) keeps the check going
        # through more questions than "Yes" would.
        press("Down")
        press("Return")   # pick
        press("Return")   # go on
        answered += 1
        wait_for(f"the question after “{question}”",
                 lambda: is_result_page(window) or
                 (focused(window) is not None and focused(window).parent.name != question),
                 timeout=5)
    report(bool(is_result_page(window)),
           f"keyboard: the check reaches its result after {answered} answers "
           "with arrows and Enter only")


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    sitwell = sys.argv[1]
    dump = "--dump" in sys.argv
    if shutil.which("xdotool") is None:
        print("1..0 # SKIP xdotool is not installed", file=tap)
        return 0

    home = tempfile.mkdtemp(prefix="sitwell-a11y-")
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_CACHE_HOME=os.path.join(home, "cache"),
               LANGUAGE="en", LC_ALL="C.UTF-8", GSK_RENDERER="cairo",
               # For the app only: the AT-SPI services this bus starts warn
               # about their own set-up and must not die of it.
               G_DEBUG="gc-friendly,fatal-warnings")
    app_process = None
    try:
        # Xvfb resets when its last client leaves, and the AT-SPI bus
        # launcher is one that comes and goes as the bus starts: an app that
        # connects just then gets "cannot open display". Start it again.
        for attempt in range(3):
            app_process = subprocess.Popen([sitwell], env=env)
            app = wait_for("Sitwell on the accessibility bus",
                           lambda: find_app() or app_process.poll() is not None)
            if app is not True:
                break
            note(f"sitwell exited with {app_process.returncode} while starting; again")
        else:
            raise TimeoutError("Sitwell did not start")
        window = wait_for("Sitwell's window", lambda: main_window(app))
        report(True, "the app shows its window on the accessibility bus")
        # Keys go to the focused X window; there is no window manager.
        window_id = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible",
                                    "--pid", str(app_process.pid), "."],
                                   check=True, timeout=TIMEOUT, capture_output=True,
                                   text=True).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id],
                       check=True, timeout=TIMEOUT)

        buttons = tab_buttons(window)
        names = [b.name for b in buttons]
        report(len(buttons) >= 4 and all(names), f"the view switcher names its tabs: {names}")
        previous = None
        for button in buttons:
            name = button.name
            button.queryAction().doAction(0)
            wait_for(f"the {name} tab", lambda: states(button).contains(pyatspi.STATE_SELECTED),
                     timeout=5)
            # The page is laid out a frame later: wait until what is showing
            # changes and then holds still.
            shown = wait_for(f"the {name} tab's page", lambda: settled(window, previous), timeout=5)
            report(True, f"{name}: the view switcher button switches to the tab")
            check_tab(window, name, dump)
            previous = shown

        check_keyboard_check(window)
        check_tab(window, "Check result", dump)
    except TimeoutError as error:
        report(False, str(error))
    finally:
        if app_process is None:
            return 1
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        shutil.rmtree(home, ignore_errors=True)

    print(f"1..{len(results)}", file=tap)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
