/* floor.c: what our stack costs before Sitwell adds anything
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bare AdwApplication whose AdwApplicationWindow (960×720, Sitwell's
 * default size) shows one label. run-bench.sh measures it beside Sitwell.
 */

#include "config.h"

#include <adwaita.h>

static void
floor_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *label = gtk_label_new ("Floor");

  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), label);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.sitwell.Floor",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (floor_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
