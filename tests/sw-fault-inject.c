/* sw-fault-inject.c: what a desktop does to a journal behind the app's back
 *
 * A folder made read-only (chmod for a normal user; a read-only bind mount
 * in a private mount namespace for root, whom permissions do not stop),
 * a file overwritten in place or replaced by rename, a full disk (the
 * file-size limit, which needs no privileges: writes past it fail with
 * EFBIG once SIGXFSZ is ignored, as the app ignores it).
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* unshare () */
#define _GNU_SOURCE

#include "config.h"

#include "sw-fault-inject.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

/* Root gets a mount namespace of its own, once, so its bind mounts stay
 * inside this test. */
gboolean
sw_fault_read_only_supported (const char **why_not)
{
  static int supported = -1;
  static const char *reason;

  if (supported < 0)
    {
      supported = 1;
      if (geteuid () == 0 &&
          (unshare (CLONE_NEWNS) != 0 ||
           mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0))
        {
          supported = 0;
          reason = "root without a private mount namespace cannot make a folder read-only";
        }
    }

  if (why_not != NULL)
    *why_not = reason;

  return supported == 1;
}

/* The folder and the files in it, as `chmod -R a-w` leaves them. */
static void
set_modes (const char *dir,
           int         dir_mode,
           int         file_mode)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_assert_cmpint (g_chmod (path, file_mode), ==, 0);
    }

  g_assert_cmpint (g_chmod (dir, dir_mode), ==, 0);
}

/* Files already open for writing stay writable, as they do when a person
 * runs chmod or a disk is bind-mounted read-only. */
void
sw_fault_make_read_only (const char *dir)
{
  g_assert_true (sw_fault_read_only_supported (NULL));

  if (geteuid () != 0)
    {
      set_modes (dir, 0500, 0400);
      return;
    }

  if (mount (dir, dir, NULL, MS_BIND, NULL) != 0 ||
      mount (NULL, dir, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) != 0)
    g_error ("Cannot make %s read-only: %s", dir, g_strerror (errno));
}

void
sw_fault_make_writable (const char *dir)
{
  if (geteuid () != 0)
    {
      set_modes (dir, 0700, 0600);
      return;
    }

  /* Detached, not unmounted: what is open through it stays open. */
  if (umount2 (dir, MNT_DETACH) != 0)
    g_error ("Cannot make %s writable again: %s", dir, g_strerror (errno));
}

GBytes *
sw_fault_garbage (gsize length)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint8 *data = g_malloc (length);

  for (gsize i = 0; i < length; i++)
    data[i] = (guint8) g_rand_int_range (rand, 0, 256);

  return g_bytes_new_take (data, length);
}

static void
write_all (int     fd,
           GBytes *bytes)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      data += n;
      length -= (gsize) n;
    }
}

/* The same file (inode), its content replaced: what a stray `cp` or a
 * failing disk does. */
void
sw_fault_overwrite_in_place (const char *path,
                             GBytes     *garbage)
{
  struct stat before, after;
  int fd;

  g_assert_cmpint (g_stat (path, &before), ==, 0);
  fd = g_open (path, O_WRONLY | O_TRUNC, 0);
  g_assert_cmpint (fd, >=, 0);
  write_all (fd, garbage);
  g_assert_cmpint (fsync (fd), ==, 0);
  g_assert_true (g_close (fd, NULL));
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_true (before.st_ino == after.st_ino);
}

/* Another file renamed over it: what a sync tool or an editor's save does. */
void
sw_fault_replace_by_rename (const char *path,
                            GBytes     *garbage)
{
  g_autoptr(GError) error = NULL;
  struct stat before, after;
  gsize length;
  const char *data = g_bytes_get_data (garbage, &length);

  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_file_set_contents_full (path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                            &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_true (before.st_ino != after.st_ino);
}

GBytes *
sw_fault_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (data, length);
}

/* Writes that would make a file larger than @max_size fail with EFBIG:
 * the disk is full as far as this process can tell. */
void
sw_fault_limit_file_size (goffset max_size)
{
  struct rlimit limit;

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  limit.rlim_cur = (rlim_t) max_size;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

void
sw_fault_unlimit_file_size (void)
{
  struct rlimit limit;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  limit.rlim_cur = limit.rlim_max;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

goffset
sw_fault_file_size (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

/* The notes of every entry in @journal, oldest first, joined with "|": what
 * a test expects to survive, in one string. */
char *
sw_fault_journal_notes (SwJournal *journal)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);

  entries = sw_journal_list_all_entries (journal, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < entries->len; i++)
    {
      if (i > 0)
        g_string_append_c (notes, '|');
      g_string_append (notes, sw_symptom_entry_get_note (entries->pdata[i]));
    }

  return g_string_free (g_steal_pointer (&notes), FALSE);
}
