/* sw-test-utils.c: finding real widgets in real windows
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-test-utils.h"

typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

static GtkWidget *
find_widget (GtkWidget     *root,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

/* Depth first, the first widget that is a @type. */
GtkWidget *
sw_test_find_widget_of_type (GtkWidget *root,
                             GType      type)
{
  return find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

/* The AdwPreferencesRow whose title is @title. */
GtkWidget *
sw_test_find_row_by_title (GtkWidget  *root,
                           const char *title)
{
  return find_widget (root, is_row_titled, title);
}

/* Points HOME and the XDG folders at a fresh temporary folder, so a UI test
 * never reads or writes the person's own journal or settings. GTK's test
 * set-up ignores G_TEST_OPTION_ISOLATE_DIRS, hence this; call it first. */
void
sw_test_isolate_dirs (void)
{
  static const char * const variables[] = {
    "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("sitwell-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      g_autofree char *path = g_build_filename (home, variables[i], NULL);

      g_setenv (variables[i], path, TRUE);
    }
}

/* The message dialog on screen, if any (transfer none). */
AdwMessageDialog *
sw_test_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}
