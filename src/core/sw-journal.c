/* sw-journal.c: the symptom journal, stored in SQLite: the type, opening it, and its signals
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-private.h"

#include <glib/gi18n-lib.h>

/* How the journal keeps what people write:
 *
 * - One SQLite file, WAL, synchronous=FULL: a commit that returned is on
 *   disk, and a crash at any moment leaves either the old or the new state.
 * - Folder 0700, file 0600; SQLite gives -wal and -shm the file's mode.
 * - Schema version in PRAGMA user_version. Each migration runs in one
 *   BEGIN IMMEDIATE transaction that re-reads the version first, so the app
 *   and the reminder daemon can start together. A newer version is refused
 *   before SQLite touches the file (the header is read by hand).
 * - A file that is not a database, or whose schema cannot be read, is
 *   renamed to journal.db.corrupt-<local time> with its -wal and -shm, never
 *   deleted, and a fresh journal starts (sw_journal_get_moved_aside_file ()).
 * - While the journal is open, every write first checks that the file at
 *   its path is still the one it has open and still a database (a stat and
 *   a 100-byte read). A file replaced or damaged under it is moved aside the
 *   same way, what the journal held is carried over to the fresh one when
 *   it can still be read, and the write goes there (::recovered). A write
 *   that meets damage in a data page does the same and runs again. Damage
 *   found by a read comes back as SW_JOURNAL_ERROR_CORRUPT from the query
 *   that met it; the file is looked at before the next one.
 * - When the journal cannot be written (read-only folder, file or disk) it
 *   opens for reading if SQLite can, or empty in memory when there is no
 *   file yet, and every write says why. Each write first tries the file
 *   again, so saving works as soon as the folder can be written to.
 * - Every value goes through sqlite3_bind_*; statements are prepared once
 *   per connection and kept.
 * - One SwJournal is used from one thread at a time (the connection is
 *   opened without SQLite's mutex). Another process, or another SwJournal
 *   on the same file, may write at the same time: WAL plus a 5 s busy
 *   timeout, then SW_JOURNAL_ERROR_BUSY.
 *
 * sw-journal-private.h lists the files the rest is in.
 */

G_DEFINE_QUARK (sw-journal-error-quark, sw_journal_error)

G_DEFINE_FLAGS_TYPE (SwJournalOpenFlags, sw_journal_open_flags,
                     G_DEFINE_ENUM_VALUE (SW_JOURNAL_OPEN_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (SW_JOURNAL_OPEN_READ_ONLY, "read-only"),
                     G_DEFINE_ENUM_VALUE (SW_JOURNAL_OPEN_IN_MEMORY_FALLBACK,
                                          "in-memory-fallback"))

G_DEFINE_ENUM_TYPE (SwJournalItemType, sw_journal_item_type,
                    G_DEFINE_ENUM_VALUE (SW_JOURNAL_ITEM_SYMPTOM, "symptom"),
                    G_DEFINE_ENUM_VALUE (SW_JOURNAL_ITEM_CHECK, "check"),
                    G_DEFINE_ENUM_VALUE (SW_JOURNAL_ITEM_BREAK, "break"),
                    G_DEFINE_ENUM_VALUE (SW_JOURNAL_ITEM_EXERCISE, "exercise"),
                    G_DEFINE_ENUM_VALUE (SW_JOURNAL_ITEM_COMPRESS, "compress"),
                    G_DEFINE_ENUM_VALUE (SW_JOURNAL_ITEM_POSTURE, "posture"))

static void sw_journal_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SwJournal, sw_journal, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      sw_journal_initable_iface_init))

enum {
  PROP_0,
  PROP_FILE,
  PROP_CLOCK,
  PROP_FLAGS,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  CHANGED,
  RECOVERED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static gboolean
sw_journal_initable_init (GInitable     *initable,
                          GCancellable  *cancellable,
                          GError       **error)
{
  SwJournal *self = SW_JOURNAL (initable);

  if (self->file == NULL || self->clock == NULL)
    {
      g_critical ("SwJournal needs a file and a clock");
      g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                           "SwJournal needs a file and a clock");
      return FALSE;
    }

  self->path = g_file_get_path (self->file);
  if (self->path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_IO,
                   _("The journal must be a local file, not “%s”."), uri);
      return FALSE;
    }
  self->dir = g_path_get_dirname (self->path);

  return _sw_journal_open_file (self, error);
}

static void
sw_journal_initable_iface_init (GInitableIface *iface)
{
  iface->init = sw_journal_initable_init;
}

static void
sw_journal_dispose (GObject *object)
{
  SwJournal *self = SW_JOURNAL (object);

  g_clear_object (&self->clock);

  G_OBJECT_CLASS (sw_journal_parent_class)->dispose (object);
}

static void
sw_journal_finalize (GObject *object)
{
  SwJournal *self = SW_JOURNAL (object);

  _sw_journal_close_file (self);

  g_clear_object (&self->file);
  g_clear_object (&self->moved_aside);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->dir, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);

  G_OBJECT_CLASS (sw_journal_parent_class)->finalize (object);
}

static void
sw_journal_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SwJournal *self = SW_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_FLAGS:
      g_value_set_flags (value, self->flags);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_journal_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SwJournal *self = SW_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    case PROP_FLAGS:
      self->flags = g_value_get_flags (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_journal_class_init (SwJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_journal_dispose;
  object_class->finalize = sw_journal_finalize;
  object_class->get_property = sw_journal_get_property;
  object_class->set_property = sw_journal_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, SW_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FLAGS] =
    g_param_spec_flags ("flags", NULL, NULL, SW_TYPE_JOURNAL_OPEN_FLAGS, SW_JOURNAL_OPEN_NONE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * SwJournal:read-only:
   *
   * Whether writes are refused, and sw_journal_get_read_only_reason () says
   * why. Unless the journal was opened with %SW_JOURNAL_OPEN_READ_ONLY, each
   * write tries the file again first, so this turns %FALSE once the folder
   * can be written to.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwJournal::changed:
   * @type: the kind of record that was added, edited or removed
   *
   * Emitted after a write through this object has been committed, and for
   * every type when the journal went over to another file (see
   * #SwJournal::recovered). The journal does not watch the file: the app
   * emits it for the reminder daemon's break events when the daemon's
   * JournalChanged D-Bus signal says it wrote some.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, SW_TYPE_JOURNAL_ITEM_TYPE);

  /**
   * SwJournal::recovered:
   * @kept: where the damaged file, or whatever replaced the journal file
   *   while it was open, was moved (journal.db.corrupt-<local time>)
   * @entries_kept: whether everything the journal held was carried over to
   *   the fresh file; when %FALSE the fresh journal started empty
   *
   * Emitted when the journal found its file damaged or replaced while it
   * was open, moved that file aside and went on in a fresh one. The write
   * that found it goes to the fresh file. Say so to the person: their
   * earlier records may now be only in @kept.
   */
  signals[RECOVERED] =
    g_signal_new ("recovered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_BOOLEAN);
}

static void
sw_journal_init (SwJournal *self)
{
}

/**
 * sw_journal_get_default_file:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/sitwell/journal.db`
 */
GFile *
sw_journal_get_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "sitwell", "journal.db", NULL);

  return g_file_new_for_path (path);
}

/**
 * sw_journal_open:
 * @file: the database file; its folder is created (0700) if missing
 * @clock: where the journal reads "now"
 *
 * Opens the journal, creating or updating it. A damaged file is moved aside
 * and a fresh journal returned (see sw_journal_get_moved_aside_file ()); a
 * journal that cannot be written is opened read-only when it can be read
 * (see sw_journal_is_read_only ()).
 *
 * Returns: (transfer full): the journal, or %NULL with @error set
 */
SwJournal *
sw_journal_open (GFile    *file,
                 SwClock  *clock,
                 GError  **error)
{
  return sw_journal_open_full (file, clock, SW_JOURNAL_OPEN_NONE, error);
}

/**
 * sw_journal_open_full:
 * @flags: %SW_JOURNAL_OPEN_READ_ONLY to only read an existing journal;
 *   %SW_JOURNAL_OPEN_IN_MEMORY_FALLBACK for a journal that stands empty
 *   and read-only, with the reason, until its folder can be written to
 *
 * Like sw_journal_open (), with flags.
 */
SwJournal *
sw_journal_open_full (GFile               *file,
                      SwClock             *clock,
                      SwJournalOpenFlags   flags,
                      GError             **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (SW_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (SW_TYPE_JOURNAL, NULL, error,
                         "file", file,
                         "clock", clock,
                         "flags", flags,
                         NULL);
}

/**
 * sw_journal_get_file:
 *
 * Returns: (transfer none): the database file
 */
GFile *
sw_journal_get_file (SwJournal *self)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);

  return self->file;
}

/**
 * sw_journal_get_clock:
 *
 * Returns: (transfer none): the clock the journal reads "now" from
 */
SwClock *
sw_journal_get_clock (SwJournal *self)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);

  return self->clock;
}

gboolean
sw_journal_is_read_only (SwJournal *self)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), TRUE);

  return self->read_only;
}

/**
 * sw_journal_get_read_only_reason:
 *
 * Returns: (nullable): why the journal cannot be written, as a sentence to
 *   show, or %NULL when it can be
 */
const char *
sw_journal_get_read_only_reason (SwJournal *self)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);

  return self->read_only_reason;
}

/**
 * sw_journal_get_moved_aside_file:
 *
 * Returns: (transfer none) (nullable): where a damaged journal was last
 *   moved, when this one was opened or since (#SwJournal::recovered), so
 *   the person can be told; %NULL if nothing was moved
 */
GFile *
sw_journal_get_moved_aside_file (SwJournal *self)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);

  return self->moved_aside;
}

/* ------------------------------------------------------------------------ */
/* Telling the journal's users                                              */

void
_sw_journal_emit_changed (SwJournal         *self,
                          SwJournalItemType  type)
{
  g_signal_emit (self, signals[CHANGED], 0, type);
}

void
_sw_journal_emit_recovered (SwJournal *self,
                            GFile     *kept,
                            gboolean   entries_kept)
{
  g_signal_emit (self, signals[RECOVERED], 0, kept, entries_kept);
}

void
_sw_journal_notify_read_only (SwJournal *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}
