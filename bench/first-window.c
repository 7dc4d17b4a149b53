/* first-window.c: time from exec to the first mapped window
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: first-window [--timeout SECONDS] PROGRAM [ARG…]
 *
 * Listens for MapNotify on the root window, then forks and execs PROGRAM and
 * waits for the first top-level window that is not override-redirect (no
 * tooltip or menu) to be mapped. Prints "PID MILLISECONDS CPU_MILLISECONDS"
 * and exits, leaving PROGRAM running for the caller to measure and stop (its
 * stdout goes to our stderr, so `$(first-window …)` returns at once). Under
 * Xvfb there is no window manager, so top-level windows are children of the
 * root.
 *
 * CPU_MILLISECONDS is the CPU time all of PROGRAM's threads had used by then
 * (/proc/PID/task/TID/schedstat, stopped for the reading). Unlike the wall
 * time, it hardly moves when other work shares the machine's CPUs.
 *
 * `xdotool search --sync --onlyvisible` finds the same window, but it polls
 * every half second, which is coarser than what is being measured.
 */

#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <X11/Xlib.h>

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* CPU time of every thread of @pid so far, in ms; -1 if unreadable. */
static double
cpu_ms (pid_t pid)
{
  char path[64];
  DIR *dir;
  struct dirent *entry;
  double total = 0;

  snprintf (path, sizeof path, "/proc/%d/task", (int) pid);
  dir = opendir (path);
  if (dir == NULL)
    return -1;

  while ((entry = readdir (dir)) != NULL)
    {
      char stat_path[sizeof path + sizeof entry->d_name + 16];
      unsigned long long ns;
      FILE *file;

      if (entry->d_name[0] == '.')
        continue;
      snprintf (stat_path, sizeof stat_path, "%s/%s/schedstat", path, entry->d_name);
      file = fopen (stat_path, "r");
      if (file == NULL)
        continue;
      if (fscanf (file, "%llu", &ns) == 1)
        total += ns / 1e6;
      fclose (file);
    }
  closedir (dir);

  return total;
}

int
main (int   argc,
      char *argv[])
{
  double timeout_ms = 30000;
  double start;
  Display *display;
  pid_t pid;
  int first = 1;

  if (argc > 2 && strcmp (argv[1], "--timeout") == 0)
    {
      timeout_ms = atof (argv[2]) * 1000;
      first = 3;
    }
  if (first >= argc)
    {
      fprintf (stderr, "Usage: %s [--timeout SECONDS] PROGRAM [ARG…]\n", argv[0]);
      return 2;
    }

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, "first-window: cannot open the display\n");
      return 1;
    }
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, False);

  start = now_ms ();
  pid = fork ();
  if (pid < 0)
    {
      perror ("first-window: fork");
      return 1;
    }
  if (pid == 0)
    {
      close (ConnectionNumber (display));
      /* The caller reads our stdout until it closes: the program must not
       * hold it open. */
      dup2 (STDERR_FILENO, STDOUT_FILENO);
      execvp (argv[first], argv + first);
      fprintf (stderr, "first-window: cannot run %s: %s\n", argv[first], strerror (errno));
      _exit (127);
    }

  for (;;)
    {
      struct pollfd pfd = { ConnectionNumber (display), POLLIN, 0 };
      double left = timeout_ms - (now_ms () - start);

      while (XPending (display) > 0)
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify && !event.xmap.override_redirect)
            {
              double ms = now_ms () - start;
              double cpu;

              /* Stopped, it cannot go on drawing while its threads are read. */
              kill (pid, SIGSTOP);
              cpu = cpu_ms (pid);
              kill (pid, SIGCONT);
              printf ("%d %.1f %.1f\n", (int) pid, ms, cpu);
              return 0;
            }
        }

      if (left <= 0)
        break;
      if (waitpid (pid, NULL, WNOHANG) == pid)
        {
          fprintf (stderr, "first-window: %s exited before mapping a window\n", argv[first]);
          return 1;
        }
      poll (&pfd, 1, left > 200 ? 200 : (int) left);
    }

  fprintf (stderr, "first-window: %s mapped no window\n", argv[first]);
  kill (pid, SIGTERM);
  return 1;
}
