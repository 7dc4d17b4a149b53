#!/usr/bin/python3
# fake-notifications.py: a notification server for the daemon's end-to-end test
#
# Copyright 2026 The Sitwell authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: fake-notifications.py LOG
#
# Owns org.freedesktop.Notifications on the session bus and answers as a
# server with buttons would; each Notify appends "ID SUMMARY" to LOG. It
# exits if it loses the name. Debian's python3-gi (a dependency of
# python3-pyatspi, which make test installs) is all it needs.

import sys

from gi.repository import Gio, GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
XML = """
<node>
  <interface name='org.freedesktop.Notifications'>
    <method name='GetCapabilities'><arg type='as' direction='out'/></method>
    <method name='GetServerInformation'>
      <arg type='s' direction='out'/><arg type='s' direction='out'/>
      <arg type='s' direction='out'/><arg type='s' direction='out'/>
    </method>
    <method name='Notify'>
      <arg type='s' direction='in'/><arg type='u' direction='in'/>
      <arg type='s' direction='in'/><arg type='s' direction='in'/>
      <arg type='s' direction='in'/><arg type='as' direction='in'/>
      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>
      <arg type='u' direction='out'/>
    </method>
    <method name='CloseNotification'><arg type='u' direction='in'/></method>
    <signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>
    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>
  </interface>
</node>
"""

log = open(sys.argv[1], "a", buffering=1)
loop = GLib.MainLoop()
next_id = 1


def method_call(connection, sender, path, interface, method, params, invocation):
    global next_id

    if method == "GetCapabilities":
        invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
    elif method == "GetServerInformation":
        invocation.return_value(GLib.Variant("(ssss)", ("Fake", "Sitwell tests", "1.0", "1.2")))
    elif method == "Notify":
        replaces_id, summary = params[1], params[3]
        notification_id = replaces_id or next_id
        if not replaces_id:
            next_id += 1
        log.write("%d %s\n" % (notification_id, summary))
        invocation.return_value(GLib.Variant("(u)", (notification_id,)))
    else:
        invocation.return_value(None)


def bus_acquired(connection, name):
    info = Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0]
    connection.register_object(PATH, info, method_call, None, None)


def name_lost(connection, name):
    loop.quit()


Gio.bus_own_name(Gio.BusType.SESSION, NAME, Gio.BusNameOwnerFlags.DO_NOT_QUEUE,
                 bus_acquired, None, name_lost)
loop.run()
sys.exit(1)
