#!/usr/bin/env python3
# check-journal-faults.py: the real app and daemon through journal faults
#
# Copyright 2026 The Sitwell authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-journal-faults.py PATH/TO/sitwell PATH/TO/sitwell-reminders
#
# Runs the real app (which starts the real reminder daemon) on the X display
# it is given, under its own session bus, with G_DEBUG=fatal-warnings, and
# does to its journal what issue #9 lists, while a person saves entries
# from the Journal tab with the keyboard alone (xdotool; Alt+2, Alt+N for
# the note, Enter to save):
#   1. the journal is garbage before the app starts;
#   2. garbage is renamed over the journal while the app runs;
#   3. $XDG_DATA_HOME is read-only from the start, and becomes writable
#      while the app runs;
#   4. the disk is full while the app runs (RLIMIT_FSIZE set on the app's
#      process with prlimit; the app ignores SIGXFSZ).
# Each checks that both processes keep running, that nothing either printed
# is a warning or critical, and what the journal on disk holds: every entry
# the app said it saved, and the entry it could not save saved once it can.
# A read-only folder for root is a read-only bind mount in a mount namespace
# of the app's own (unshare -m); without that right the case is skipped.
# Output is TAP.

import glob
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

# A private session bus: the app's single-instance name and the daemon's
# are this test's own. What the bus's services print goes to stderr; TAP
# goes to fd 3.
if "SW_TEST_PRIVATE_BUS" not in os.environ:
    os.environ["SW_TEST_PRIVATE_BUS"] = "1"
    os.execvp("sh", ["sh", "-c", 'exec dbus-run-session -- "$@" 3>&1 1>&2', "sh",
                     sys.executable, *sys.argv])
tap = os.fdopen(3, "w", buffering=1)

TIMEOUT = 20.0
REMINDERS_ID = "io.github.sitwell.Sitwell.Reminders"
APP_ID = "io.github.sitwell.Sitwell"
n_tests = 0
failed = False


def report(ok, what, detail=None):
    global n_tests, failed
    n_tests += 1
    failed = failed or not ok
    print(f"{'ok' if ok else 'not ok'} {n_tests} - {what}", file=tap)
    if detail and not ok:
        for line in str(detail).splitlines()[-20:]:
            print(f"# {line}", file=tap)


def skip(what, why):
    global n_tests
    n_tests += 1
    print(f"ok {n_tests} - {what} # SKIP {why}", file=tap)


def wait_for(condition, timeout=TIMEOUT):
    """Polls @condition until it is true or @timeout passes; its last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def notes_in(path):
    """The notes of the entries in the journal at @path, oldest first."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return [row[0] for row in
                    db.execute("SELECT note FROM symptom_entries ORDER BY created, id")]
        finally:
            db.close()
    except sqlite3.Error as error:
        return [f"<{error}>"]


def holds(app, *notes):
    """Whether the app's journal comes to hold exactly @notes."""
    return wait_for(lambda: os.path.exists(app.journal) and notes_in(app.journal) == list(notes))


def bus_pid(name):
    """The process that owns @name on the session bus, or None."""
    result = subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                             "--object-path", "/org/freedesktop/DBus", "--method",
                             "org.freedesktop.DBus.GetConnectionUnixProcessID", name],
                            capture_output=True, text=True)
    if result.returncode != 0:
        return None
    # (uint32 1234,)
    digits = re.findall(r"\d+", result.stdout.split()[-1])
    return int(digits[0]) if digits else None


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


class App:
    """The app in a data folder of its own, and the daemon it starts."""

    def __init__(self, sitwell, reminders, data_home, label, wrapper=()):
        self.label = label
        self.err_path = os.path.join(os.path.dirname(data_home), label + ".err")
        self.journal = os.path.join(data_home, "sitwell", "journal.db")
        self.env = dict(os.environ, XDG_DATA_HOME=data_home, LANGUAGE="en",
                        LC_ALL="C.UTF-8", GSK_RENDERER="cairo",
                        SITWELL_REMINDERS_PATH=reminders,
                        # The app and the daemon it starts; the bus's own
                        # services are not started with it.
                        G_DEBUG="fatal-warnings")
        self.command = [*wrapper, sitwell]
        self.process = None
        self.window = None
        self.daemon_pid = None

    def windows(self):
        """The app's shown X windows, largest (the main window) first."""
        found = subprocess.run(["xdotool", "search", "--all", "--onlyvisible", "--pid",
                                str(self.process.pid), "--name", ""],
                               capture_output=True, text=True, timeout=TIMEOUT)
        sized = []
        for window in found.stdout.split():
            geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                                      capture_output=True, text=True, timeout=TIMEOUT).stdout
            values = dict(line.split("=", 1) for line in geometry.split())
            sized.append((int(values.get("WIDTH", 0)) * int(values.get("HEIGHT", 0)), window))
        return [window for _, window in sorted(sized, reverse=True)]

    def close_dialogs(self):
        """Escape in every window but the main one (the dialog that says
        where a damaged journal went); returns how many there were."""
        dialogs = self.windows()[1:]
        for dialog in dialogs:
            subprocess.run(["xdotool", "windowfocus", "--sync", dialog], timeout=TIMEOUT)
            subprocess.run(["xdotool", "key", "--clearmodifiers", "Escape"], timeout=TIMEOUT)
        wait_for(lambda: len(self.windows()) == 1, timeout=5)
        return len(dialogs)

    def start(self):
        os.makedirs(os.path.dirname(self.err_path), exist_ok=True)
        # Xvfb resets when its last client leaves; an app that connects just
        # then gets "cannot open display". Start it again.
        for _ in range(3):
            with open(self.err_path, "w") as err:
                self.process = subprocess.Popen(self.command, env=self.env, stdout=err,
                                                stderr=err)
            found = subprocess.run(["xdotool", "search", "--all", "--sync", "--onlyvisible",
                                    "--pid", str(self.process.pid), "--name", "Sitwell"],
                                   capture_output=True, text=True, timeout=30)
            if found.returncode == 0:
                # A dialog may come up with the window: the largest is the window.
                time.sleep(0.5)
                self.window = self.windows()[0]
                break
            self.process.kill()
            self.process.wait()
            if "cannot open display" not in self.stderr():
                break
        else:
            return False
        if self.window is None:
            return False
        self.daemon_pid = wait_for(lambda: bus_pid(REMINDERS_ID), timeout=10)
        return True

    def stderr(self):
        with open(self.err_path, errors="replace") as err:
            return err.read()

    def keys(self, *keys):
        subprocess.run(["xdotool", "windowfocus", "--sync", self.window], check=True,
                       timeout=TIMEOUT)
        subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True,
                       timeout=TIMEOUT)

    def type_note_and_save(self, note):
        """Alt+2 (Journal tab), Alt+N (the note), the note, Enter (save)."""
        self.keys("alt+2")
        time.sleep(0.3)
        self.keys("alt+n")
        subprocess.run(["xdotool", "type", "--delay", "10", note], check=True, timeout=TIMEOUT)
        self.keys("Return")

    def save_again(self):
        """Enter in the note, which still holds what the person typed."""
        self.keys("Return")

    def both_running(self):
        return (self.process.poll() is None and self.daemon_pid is not None and
                alive(self.daemon_pid))

    def quiet(self):
        """Nothing the app or the daemon printed is a warning or critical."""
        return [line for line in self.stderr().splitlines()
                if ("WARNING" in line or "CRITICAL" in line) and "dbus-daemon" not in line]

    def stop(self):
        """Quits the app through its app.quit action, and stops the daemon
        it started. Returns the app's exit status."""
        status = None
        if self.process is not None:
            if self.process.poll() is None:
                subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID, "--object-path",
                                "/io/github/sitwell/Sitwell", "--method",
                                "org.gtk.Actions.Activate", "quit", "[]", "{}"],
                               capture_output=True, timeout=TIMEOUT)
                try:
                    self.process.wait(timeout=TIMEOUT)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
                    return "hung"
            status = self.process.returncode
        if self.daemon_pid is not None and alive(self.daemon_pid):
            os.kill(self.daemon_pid, 15)
            wait_for(lambda: not alive(self.daemon_pid), timeout=10)
        return status


def start_app(what, *args):
    """An App started with @args, or None when its window did not show."""
    app = App(*args)
    if app.start():
        return app
    report(False, f"{what}: the app shows its window", app.stderr())
    app.stop()
    return None


def check_ending(app, what):
    ok = app.both_running()
    report(ok, f"{what}: the app and the reminder daemon keep running",
           app.stderr() if not ok else None)
    noise = app.quiet()
    status = app.stop()
    report(status == 0, f"{what}: the app quits cleanly (status {status})", app.stderr())
    report(not noise, f"{what}: no warning or critical from either process", "\n".join(noise))


def case_garbage_at_start(sitwell, reminders, tmp):
    what = "garbage journal at start"
    data_home = os.path.join(tmp, "garbage", "data")
    os.makedirs(os.path.join(data_home, "sitwell"), mode=0o700)
    with open(os.path.join(data_home, "sitwell", "journal.db"), "wb") as journal:
        journal.write(os.urandom(8192))
    app = start_app(what, sitwell, reminders, data_home, "garbage")
    if app is None:
        return
    kept = glob.glob(app.journal + ".corrupt-*")
    report(len(kept) == 1, f"{what}: the damaged file is kept aside ({kept})")
    report(app.close_dialogs() == 1, f"{what}: a dialog says where it is kept")
    app.type_note_and_save("first after the damage")
    notes = holds(app, "first after the damage")
    report(notes, f"{what}: an entry saves in the new journal ({notes_in(app.journal)})")
    check_ending(app, what)


def case_replaced_while_running(sitwell, reminders, tmp):
    what = "garbage renamed over the journal while running"
    data_home = os.path.join(tmp, "replaced", "data")
    app = start_app(what, sitwell, reminders, data_home, "replaced")
    if app is None:
        return
    app.type_note_and_save("before the swap")
    holds(app, "before the swap")

    garbage = app.journal + ".incoming"
    with open(garbage, "wb") as incoming:
        incoming.write(os.urandom(4096))
    os.rename(garbage, app.journal)
    app.type_note_and_save("after the swap")

    notes = holds(app, "before the swap", "after the swap")
    report(notes, f"{what}: both entries are in the journal ({notes_in(app.journal)})")
    kept = [path for path in glob.glob(app.journal + ".corrupt-*")
            if not path.endswith(("-wal", "-shm"))]
    report(len(kept) == 1, f"{what}: what replaced the journal is kept aside ({kept})")
    report(app.close_dialogs() == 1, f"{what}: a dialog says where it is kept")
    check_ending(app, what)


def read_only_wrapper(data_home):
    """How the app is started with @data_home read-only, and how to make it
    writable again while it runs; None where this user cannot."""
    if os.geteuid() != 0:
        os.chmod(data_home, 0o500)
        return (), lambda pid: os.chmod(data_home, 0o700)
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"],
                           capture_output=True)
    if probe.returncode != 0:
        return None
    wrapper = ("unshare", "-m", "--propagation", "private", "sh", "-c",
               'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"',
               data_home)
    return wrapper, lambda pid: subprocess.run(["nsenter", "-t", str(pid), "-m", "umount", "-l",
                                                data_home], check=True)


def case_read_only_data_folder(sitwell, reminders, tmp):
    what = "read-only $XDG_DATA_HOME"
    data_home = os.path.join(tmp, "read-only", "data")
    os.makedirs(data_home)
    read_only = read_only_wrapper(data_home)
    if read_only is None:
        skip(what, "root without the right to make a mount namespace")
        return
    wrapper, make_writable = read_only
    app = start_app(what, sitwell, reminders, data_home, "read-only", wrapper)
    if app is None:
        return
    app.type_note_and_save("typed while read-only")
    time.sleep(0.5)
    report(app.process.poll() is None and not os.path.exists(app.journal),
           f"{what}: the app runs, and nothing is written")

    make_writable(app.process.pid)
    app.save_again()
    notes = holds(app, "typed while read-only")
    report(notes, f"{what}: the entry kept in the form saves once the folder is writable, "
           f"without a restart ({notes_in(app.journal) if os.path.exists(app.journal) else []})")
    check_ending(app, what)


def case_disk_full(sitwell, reminders, tmp):
    what = "full disk (RLIMIT_FSIZE)"
    data_home = os.path.join(tmp, "full", "data")
    app = start_app(what, sitwell, reminders, data_home, "full")
    if app is None:
        return
    app.type_note_and_save("before the disk filled")
    holds(app, "before the disk filled")

    # The -wal cannot grow, for the app's process alone: as full as it gets.
    hard = resource.prlimit(app.process.pid, resource.RLIMIT_FSIZE)[1]
    resource.prlimit(app.process.pid, resource.RLIMIT_FSIZE,
                     (os.path.getsize(app.journal + "-wal"), hard))
    app.type_note_and_save("typed on a full disk")
    time.sleep(0.5)
    report(app.process.poll() is None and notes_in(app.journal) == ["before the disk filled"],
           f"{what}: the app is not killed, and what was saved stays "
           f"({notes_in(app.journal)})", app.stderr())

    resource.prlimit(app.process.pid, resource.RLIMIT_FSIZE, (hard, hard))
    app.save_again()
    notes = holds(app, "before the disk filled", "typed on a full disk")
    report(notes, f"{what}: the entry kept in the form saves once there is room "
           f"({notes_in(app.journal)})")
    check_ending(app, what)


def main():
    if len(sys.argv) < 3:
        print("Usage: check-journal-faults.py PATH/TO/sitwell PATH/TO/sitwell-reminders",
              file=sys.stderr)
        return 2
    sitwell, reminders = sys.argv[1], sys.argv[2]
    if shutil.which("xdotool") is None:
        print("1..0 # SKIP xdotool is not installed", file=tap)
        return 0

    tmp = tempfile.mkdtemp(prefix="sitwell-faults-")
    try:
        for case in (case_garbage_at_start, case_replaced_while_running,
                     case_read_only_data_folder, case_disk_full):
            case(sitwell, reminders, tmp)
    finally:
        subprocess.run(["chmod", "-R", "u+w", tmp])
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"1..{n_tests}", file=tap)
    return 1 if failed else 0


sys.exit(main())
