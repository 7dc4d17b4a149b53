/* sw-journal.c: the symptom journal, stored in SQLite
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-private.h"

#include <string.h>

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
 * sw-journal-file.c opens, checks and recovers the file; this file holds
 * the records and the queries.
 */

#define FLARE_WINDOW_US  (72 * G_TIME_SPAN_HOUR)
#define EPISODE_GAP_US   (7 * G_TIME_SPAN_DAY)
#define SETTING_ONSET    "episode-onset"

/* A cached statement lent out for one use: reset, not finalized, on release. */
typedef sqlite3_stmt StmtLease;

static void
release_stmt (StmtLease *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StmtLease, release_stmt)

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

G_DEFINE_BOXED_TYPE (SwJournalCheck, sw_journal_check, sw_journal_check_copy, sw_journal_check_free)
G_DEFINE_BOXED_TYPE (SwJournalItem, sw_journal_item, sw_journal_item_copy, sw_journal_item_free)

/* Indexed by SwJournalBreakKind; the CHECK in the schema lists the same. */
static const char * const break_kinds[] = {
  "due", "shown", "started", "completed", "snoozed", "skipped", "natural",
};

static const char * const compress_kinds[] = { "cold", "warm" };

static const char * const outcomes[] = {
  "EMERGENCY", "SEE_DOCTOR_SOON", "WATCH_AND_SELF_CARE", "LIKELY_MUSCULAR",
};


#define ENTRY_COLUMNS "id, uuid, created, modified, body_area, side, pain, kinds, triggers, note"
#define ENTRY_VALUES  "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9"
#define ENTRY_INSERT  "INSERT INTO symptom_entries " \
                      "(uuid, created, modified, body_area, side, pain, kinds, triggers, note) "

static const char * const stmt_sql[N_STMTS] = {
  [STMT_BEGIN] = "BEGIN IMMEDIATE",
  [STMT_COMMIT] = "COMMIT",
  [STMT_ROLLBACK] = "ROLLBACK",
  [STMT_INSERT_ENTRY] = ENTRY_INSERT "VALUES (" ENTRY_VALUES ")",
  [STMT_IMPORT_ENTRY] = ENTRY_INSERT "VALUES (" ENTRY_VALUES ") ON CONFLICT (uuid) DO NOTHING",
  [STMT_RESTORE_ENTRY] =
    "INSERT INTO symptom_entries (" ENTRY_COLUMNS ") VALUES (?10, " ENTRY_VALUES ")",
  [STMT_UPDATE_ENTRY] =
    "UPDATE symptom_entries SET created = ?2, modified = ?3, body_area = ?4, side = ?5,"
    " pain = ?6, kinds = ?7, triggers = ?8, note = ?9 WHERE id = ?10",
  [STMT_DELETE_ENTRY] = "DELETE FROM symptom_entries WHERE id = ?1 RETURNING " ENTRY_COLUMNS,
  [STMT_GET_ENTRY] = "SELECT " ENTRY_COLUMNS " FROM symptom_entries WHERE id = ?1",
  [STMT_LIST_ENTRIES] =
    "SELECT " ENTRY_COLUMNS " FROM symptom_entries WHERE created >= ?1 AND created < ?2"
    " ORDER BY created DESC, id DESC",
  [STMT_LIST_ALL_ENTRIES] =
    "SELECT " ENTRY_COLUMNS " FROM symptom_entries ORDER BY created, id",
  [STMT_INSERT_CHECK] =
    "INSERT INTO check_results (time, outcome, urgency, answers, deciding_rules, also_noted)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [STMT_LAST_CHECK] =
    "SELECT id, time, outcome, urgency, answers, deciding_rules, also_noted"
    " FROM check_results ORDER BY time DESC, id DESC LIMIT 1",
  [STMT_LIST_CHECKS] =
    "SELECT id, time, outcome, urgency, answers, deciding_rules, also_noted"
    " FROM check_results WHERE time >= ?1 AND time < ?2 ORDER BY time DESC, id DESC",
  [STMT_INSERT_BREAK] = "INSERT INTO break_events (time, kind, length_s) VALUES (?1, ?2, ?3)",
  [STMT_INSERT_EXERCISE] =
    "INSERT INTO exercise_sessions (time, plan, exercises, duration_s, completed)"
    " VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_INSERT_COMPRESS] =
    "INSERT INTO compress_sessions (time, kind, duration_s) VALUES (?1, ?2, ?3)",
  [STMT_INSERT_POSTURE] =
    "INSERT INTO posture_checks (time, score, ticked) VALUES (?1, ?2, ?3)",
  [STMT_LAST_POSTURE] =
    "SELECT id, time, score, ticked FROM posture_checks ORDER BY time DESC, id DESC LIMIT 1",
  [STMT_TIMELINE] =
    "SELECT 0, id, created, body_area, side, pain, kinds, note FROM symptom_entries"
    "  WHERE created >= ?1 AND created < ?2"
    " UNION ALL SELECT 1, id, time, outcome, urgency, -1, 0, deciding_rules FROM check_results"
    "  WHERE time >= ?1 AND time < ?2"
    " UNION ALL SELECT 2, id, time, kind, NULL, coalesce (length_s, -1), 0, NULL FROM break_events"
    "  WHERE time >= ?1 AND time < ?2 AND kind IN ('completed', 'natural', 'skipped')"
    " UNION ALL SELECT 3, id, time, plan, NULL, duration_s, completed, exercises"
    "  FROM exercise_sessions WHERE time >= ?1 AND time < ?2"
    " UNION ALL SELECT 4, id, time, kind, NULL, duration_s, 0, NULL FROM compress_sessions"
    "  WHERE time >= ?1 AND time < ?2"
    " UNION ALL SELECT 5, id, time, NULL, NULL, score, 0, ticked FROM posture_checks"
    "  WHERE time >= ?1 AND time < ?2"
    " ORDER BY 3 DESC, 1, 2 DESC",
  [STMT_FIRST_TIME] =
    "SELECT min (t) FROM ("
    " SELECT min (created) AS t FROM symptom_entries"
    " UNION ALL SELECT min (time) FROM check_results"
    " UNION ALL SELECT min (time) FROM break_events"
    "  WHERE kind IN ('completed', 'natural', 'skipped')"
    " UNION ALL SELECT min (time) FROM exercise_sessions"
    " UNION ALL SELECT min (time) FROM compress_sessions"
    " UNION ALL SELECT min (time) FROM posture_checks)",
  [STMT_SUMMARY_ENTRIES] =
    "SELECT created, pain FROM symptom_entries WHERE created >= ?1 AND created < ?2"
    " ORDER BY created",
  [STMT_SUMMARY_BREAKS] =
    "SELECT time, kind, length_s FROM break_events WHERE time >= ?1 AND time < ?2"
    " ORDER BY time, id",
  [STMT_FLARE] =
    "SELECT EXISTS (SELECT 1 FROM check_results WHERE time > ?1"
    "               AND outcome IN ('WATCH_AND_SELF_CARE', 'SEE_DOCTOR_SOON'))"
    "    OR EXISTS (SELECT 1 FROM symptom_entries WHERE created > ?1"
    "               AND (pain >= 4 OR (kinds & ?2) != 0))",
  [STMT_PAINFUL_ENTRIES] =
    "SELECT created FROM symptom_entries WHERE pain >= 1 ORDER BY created DESC",
  [STMT_GET_SETTING] = "SELECT value FROM settings WHERE key = ?1",
  [STMT_SET_SETTING] =
    "INSERT INTO settings (key, value) VALUES (?1, ?2)"
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  [STMT_DELETE_SETTING] = "DELETE FROM settings WHERE key = ?1",
};

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
/* Boxed records                                                            */

/**
 * sw_journal_check_new:
 * @outcome: an outcome key, e.g. "SEE_DOCTOR_SOON"
 *
 * Returns: (transfer full): a check result with empty answers and rules
 */
SwJournalCheck *
sw_journal_check_new (const char *outcome)
{
  SwJournalCheck *check = g_new0 (SwJournalCheck, 1);

  check->outcome = g_strdup (outcome);
  check->answers = g_strdup ("");
  check->deciding_rules = g_strdup ("");
  check->also_noted = g_strdup ("");

  return check;
}

SwJournalCheck *
sw_journal_check_copy (const SwJournalCheck *check)
{
  SwJournalCheck *copy;

  g_return_val_if_fail (check != NULL, NULL);

  copy = g_new0 (SwJournalCheck, 1);
  copy->id = check->id;
  copy->time_us = check->time_us;
  copy->outcome = g_strdup (check->outcome);
  copy->urgency = g_strdup (check->urgency);
  copy->answers = g_strdup (check->answers);
  copy->deciding_rules = g_strdup (check->deciding_rules);
  copy->also_noted = g_strdup (check->also_noted);

  return copy;
}

void
sw_journal_check_free (SwJournalCheck *check)
{
  if (check == NULL)
    return;

  g_free (check->outcome);
  g_free (check->urgency);
  g_free (check->answers);
  g_free (check->deciding_rules);
  g_free (check->also_noted);
  g_free (check);
}

SwJournalItem *
sw_journal_item_copy (const SwJournalItem *item)
{
  SwJournalItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = g_memdup2 (item, sizeof *item);
  copy->key = g_strdup (item->key);
  copy->sub_key = g_strdup (item->sub_key);
  copy->text = g_strdup (item->text);

  return copy;
}

void
sw_journal_item_free (SwJournalItem *item)
{
  if (item == NULL)
    return;

  g_free (item->key);
  g_free (item->sub_key);
  g_free (item->text);
  g_free (item);
}

const char *
sw_journal_break_kind_to_key (SwJournalBreakKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (break_kinds), NULL);

  return break_kinds[kind];
}

const char *
sw_journal_compress_kind_to_key (SwJournalCompressKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (compress_kinds), NULL);

  return compress_kinds[kind];
}

static int
break_kind_from_key (const char *key)
{
  if (key == NULL)
    return -1;

  for (guint i = 0; i < G_N_ELEMENTS (break_kinds); i++)
    if (strcmp (break_kinds[i], key) == 0)
      return (int) i;

  return -1;
}

/* ------------------------------------------------------------------------ */
/* Statements                                                               */

static StmtLease *
lease_stmt (SwJournal  *self,
            StmtId      id,
            GError    **error)
{
  g_assert (id < N_STMTS);
  g_assert (self->db != NULL);

  if (self->stmts[id] == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                                   &self->stmts[id], NULL);
      if (rc != SQLITE_OK)
        {
          _sw_journal_set_db_error (self, NULL, rc, error);
          return NULL;
        }
    }

  return self->stmts[id];
}

static gboolean
step_done (SwJournal     *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
run_stmt (SwJournal  *self,
          StmtId      id,
          GError    **error)
{
  g_autoptr(StmtLease) stmt = lease_stmt (self, id, error);

  return stmt != NULL && step_done (self, stmt, error);
}

static gboolean
begin_transaction (SwJournal  *self,
                   GError    **error)
{
  return run_stmt (self, STMT_BEGIN, error);
}

static gboolean
commit_transaction (SwJournal  *self,
                    GError    **error)
{
  if (run_stmt (self, STMT_COMMIT, error))
    return TRUE;

  /* A failed COMMIT may leave the transaction open. */
  if (!sqlite3_get_autocommit (self->db))
    run_stmt (self, STMT_ROLLBACK, NULL);

  return FALSE;
}

static void
rollback_transaction (SwJournal *self)
{
  if (!sqlite3_get_autocommit (self->db))
    run_stmt (self, STMT_ROLLBACK, NULL);
}

typedef gboolean (*WriteFunc) (SwJournal  *self,
                               gpointer    data,
                               GError    **error);

/* Runs one write. The file is looked at first (see sw-journal-file.c); a
 * write that meets a damaged file runs once more in the recovered journal.
 * @write leaves no transaction open when it fails. */
static gboolean
run_write (SwJournal  *self,
           WriteFunc   write,
           gpointer    data,
           GError    **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!_sw_journal_prepare_write (self, error))
    return FALSE;

  if (write (self, data, &local_error))
    return TRUE;

  if (!g_error_matches (local_error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_CORRUPT) ||
      !_sw_journal_recover_damaged (self))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_debug ("Writing again to the recovered journal %s", self->path);
  return _sw_journal_prepare_write (self, error) && write (self, data, error);
}

static gint64
now_us (SwJournal *self)
{
  return sw_clock_get_real_us (self->clock);
}

static gboolean
resolve_time (SwJournal  *self,
              gint64      time_us,
              gint64     *resolved,
              GError    **error)
{
  if (time_us == SW_JOURNAL_TIME_NOW)
    time_us = now_us (self);

  if (time_us < 0)
    {
      g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                           _("The record’s date is not valid."));
      return FALSE;
    }

  *resolved = time_us;
  return TRUE;
}

static void
emit_changed (SwJournal         *self,
              SwJournalItemType  type)
{
  g_signal_emit (self, signals[CHANGED], 0, type);
}

void
_sw_journal_emit_changed (SwJournal         *self,
                          SwJournalItemType  type)
{
  emit_changed (self, type);
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
   * #SwJournal::recovered). Writes by other processes (the reminder daemon)
   * are not seen.
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
/* Symptom entries                                                          */

static void
bind_entry (sqlite3_stmt   *stmt,
            SwSymptomEntry *entry)
{
  gint64 modified = sw_symptom_entry_get_modified (entry);

  sqlite3_bind_text (stmt, 1, sw_symptom_entry_get_uuid (entry), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, sw_symptom_entry_get_created (entry));
  if (modified > 0)
    sqlite3_bind_int64 (stmt, 3, modified);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_text (stmt, 4, sw_body_area_to_key (sw_symptom_entry_get_body_area (entry)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, sw_side_to_key (sw_symptom_entry_get_side (entry)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, sw_symptom_entry_get_pain (entry));
  sqlite3_bind_int (stmt, 7, (int) sw_symptom_entry_get_kinds (entry));
  sqlite3_bind_int (stmt, 8, (int) sw_symptom_entry_get_triggers (entry));
  sqlite3_bind_text (stmt, 9, sw_symptom_entry_get_note (entry), -1, SQLITE_TRANSIENT);
}

/* Reads the ENTRY_COLUMNS of the current row. */
static SwSymptomEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  SwSymptomEntry *entry = sw_symptom_entry_new ();
  SwBodyArea area = SW_BODY_AREA_OTHER;
  SwSide side = SW_SIDE_BOTH;
  int pain = sqlite3_column_int (stmt, 6);

  sw_body_area_from_key ((const char *) sqlite3_column_text (stmt, 4), &area);
  sw_side_from_key ((const char *) sqlite3_column_text (stmt, 5), &side);

  sw_symptom_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
  sw_symptom_entry_set_uuid (entry, (const char *) sqlite3_column_text (stmt, 1));
  sw_symptom_entry_set_created (entry, sqlite3_column_int64 (stmt, 2));
  sw_symptom_entry_set_modified (entry, sqlite3_column_int64 (stmt, 3));
  sw_symptom_entry_set_body_area (entry, area);
  sw_symptom_entry_set_side (entry, side);
  sw_symptom_entry_set_pain (entry, CLAMP (pain, 0, 10));
  sw_symptom_entry_set_kinds (entry, sqlite3_column_int (stmt, 7) & SW_SYMPTOM_KIND_ALL);
  sw_symptom_entry_set_triggers (entry, sqlite3_column_int (stmt, 8) & SW_TRIGGER_ALL);
  sw_symptom_entry_set_note (entry, (const char *) sqlite3_column_text (stmt, 9));

  return entry;
}

/* Gives a new entry its uuid and time, once: a retry after a failed save
 * keeps both. */
static void
stamp_new_entry (SwJournal      *self,
                 SwSymptomEntry *entry)
{
  if (sw_symptom_entry_get_uuid (entry) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      sw_symptom_entry_set_uuid (entry, uuid);
    }

  if (sw_symptom_entry_get_created (entry) == 0)
    sw_symptom_entry_set_created (entry, now_us (self));
}

/**
 * sw_journal_add_entry:
 * @entry: a new entry (id 0); its uuid and created time are filled in if
 *   unset
 *
 * Saves @entry and sets its id. On failure nothing is saved and @entry keeps
 * what the person typed, so the form can offer to try again.
 */
static gboolean
insert_entry (SwJournal  *self,
              gpointer    data,
              GError    **error)
{
  SwSymptomEntry *entry = data;
  g_autoptr(StmtLease) stmt = lease_stmt (self, STMT_INSERT_ENTRY, error);

  if (stmt == NULL)
    return FALSE;

  bind_entry (stmt, entry);
  if (!step_done (self, stmt, error))
    return FALSE;

  sw_symptom_entry_set_id (entry, sqlite3_last_insert_rowid (self->db));
  return TRUE;
}

gboolean
sw_journal_add_entry (SwJournal       *self,
                      SwSymptomEntry  *entry,
                      GError         **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (entry), FALSE);
  g_return_val_if_fail (sw_symptom_entry_get_id (entry) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sw_symptom_entry_validate (entry, error))
    return FALSE;

  stamp_new_entry (self, entry);
  if (!run_write (self, insert_entry, entry, error))
    return FALSE;

  emit_changed (self, SW_JOURNAL_ITEM_SYMPTOM);
  return TRUE;
}

/**
 * sw_journal_update_entry:
 * @entry: a saved entry (id set), with its new content
 *
 * Saves the changes and sets the entry's modified time to now. Its uuid
 * cannot change.
 */
static void
set_entry_gone_error (GError **error)
{
  g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_NOT_FOUND,
                       _("This entry is no longer in the journal."));
}

/* @data: a copy of the entry, with its new modified time */
static gboolean
update_row (SwJournal  *self,
            gpointer    data,
            GError    **error)
{
  SwSymptomEntry *saved = data;
  g_autoptr(StmtLease) stmt = lease_stmt (self, STMT_UPDATE_ENTRY, error);

  if (stmt == NULL)
    return FALSE;

  bind_entry (stmt, saved);
  sqlite3_bind_int64 (stmt, 10, sw_symptom_entry_get_id (saved));
  if (!step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      set_entry_gone_error (error);
      return FALSE;
    }

  return TRUE;
}

gboolean
sw_journal_update_entry (SwJournal       *self,
                         SwSymptomEntry  *entry,
                         GError         **error)
{
  g_autoptr(SwSymptomEntry) saved = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (entry), FALSE);
  g_return_val_if_fail (sw_symptom_entry_get_id (entry) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sw_symptom_entry_validate (entry, error))
    return FALSE;

  /* The modified time is set on a copy until the row is written. */
  saved = sw_symptom_entry_copy (entry);
  sw_symptom_entry_set_modified (saved, MAX (now_us (self), 1));
  if (!run_write (self, update_row, saved, error))
    return FALSE;

  sw_symptom_entry_set_modified (entry, sw_symptom_entry_get_modified (saved));
  emit_changed (self, SW_JOURNAL_ITEM_SYMPTOM);
  return TRUE;
}

/**
 * sw_journal_delete_entry:
 *
 * Removes an entry.
 *
 * Returns: (transfer full): the entry as it was, to hand to
 *   sw_journal_restore_entry () for Undo; %NULL with @error set on failure
 *   (%SW_JOURNAL_ERROR_NOT_FOUND if there is no such entry)
 */
typedef struct
{
  gint64          id;
  SwSymptomEntry *deleted;
} Deletion;

static gboolean
delete_row (SwJournal  *self,
            gpointer    data,
            GError    **error)
{
  Deletion *deletion = data;
  g_autoptr(StmtLease) stmt = lease_stmt (self, STMT_DELETE_ENTRY, error);
  g_autoptr(SwSymptomEntry) entry = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, deletion->id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      entry = entry_from_row (stmt);
      rc = sqlite3_step (stmt);
    }

  /* The delete commits when the statement finishes. */
  if (rc != SQLITE_DONE)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return FALSE;
    }

  if (entry == NULL)
    {
      set_entry_gone_error (error);
      return FALSE;
    }

  deletion->deleted = g_steal_pointer (&entry);
  return TRUE;
}

SwSymptomEntry *
sw_journal_delete_entry (SwJournal  *self,
                         gint64      id,
                         GError    **error)
{
  Deletion deletion = { id, NULL };

  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!run_write (self, delete_row, &deletion, error))
    return NULL;

  emit_changed (self, SW_JOURNAL_ITEM_SYMPTOM);
  return deletion.deleted;
}

static gboolean
insert_restored (SwJournal  *self,
                 gpointer    data,
                 GError    **error)
{
  SwSymptomEntry *entry = data;
  g_autoptr(StmtLease) stmt = lease_stmt (self, STMT_RESTORE_ENTRY, error);

  if (stmt == NULL)
    return FALSE;

  bind_entry (stmt, entry);
  sqlite3_bind_int64 (stmt, 10, sw_symptom_entry_get_id (entry));
  return step_done (self, stmt, error);
}

/**
 * sw_journal_restore_entry:
 * @entry: an entry returned by sw_journal_delete_entry ()
 *
 * Puts a deleted entry back with its id, uuid and times.
 */
gboolean
sw_journal_restore_entry (SwJournal       *self,
                          SwSymptomEntry  *entry,
                          GError         **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (entry), FALSE);
  g_return_val_if_fail (sw_symptom_entry_get_id (entry) > 0, FALSE);
  g_return_val_if_fail (sw_symptom_entry_get_uuid (entry) != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sw_symptom_entry_validate (entry, error) ||
      !run_write (self, insert_restored, entry, error))
    return FALSE;

  emit_changed (self, SW_JOURNAL_ITEM_SYMPTOM);
  return TRUE;
}

/**
 * sw_journal_get_entry:
 *
 * Returns: (transfer full): the entry with this id, or %NULL with
 *   %SW_JOURNAL_ERROR_NOT_FOUND
 */
SwSymptomEntry *
sw_journal_get_entry (SwJournal  *self,
                      gint64      id,
                      GError    **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  int rc;

  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _sw_journal_prepare_read (self);

  stmt = lease_stmt (self, STMT_GET_ENTRY, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return entry_from_row (stmt);

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_NOT_FOUND,
                         _("This entry is no longer in the journal."));
  else
    _sw_journal_set_db_error (self, NULL, rc, error);

  return NULL;
}

/* Local midnight at the start of @date, in microseconds. A midnight that a
 * daylight-saving jump skips becomes the first moment of the day. */
static gint64
day_start_us (GTimeZone   *tz,
              const GDate *date)
{
  g_autoptr(GDateTime) start = g_date_time_new (tz,
                                                g_date_get_year (date),
                                                g_date_get_month (date),
                                                g_date_get_day (date),
                                                0, 0, 0);

  return g_date_time_to_unix (start) * G_USEC_PER_SEC;
}

/* [start, end) of the local days first_day … last_day. */
static void
day_range_us (const GDate *first_day,
              const GDate *last_day,
              gint64      *start_us,
              gint64      *end_us)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  GDate after = *last_day;

  g_date_add_days (&after, 1);
  *start_us = day_start_us (tz, first_day);
  *end_us = day_start_us (tz, &after);
}

static gboolean
valid_day_range (const GDate *first_day,
                 const GDate *last_day)
{
  return first_day != NULL && last_day != NULL &&
         g_date_valid (first_day) && g_date_valid (last_day) &&
         g_date_compare (first_day, last_day) <= 0;
}

static GPtrArray *
collect_entries (SwJournal     *self,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

/**
 * sw_journal_list_entries:
 * @first_day: the first local day, inclusive
 * @last_day: the last local day, inclusive
 *
 * Returns: (transfer container) (element-type SwSymptomEntry): the entries
 *   made on those days, newest first
 */
GPtrArray *
sw_journal_list_entries (SwJournal    *self,
                         const GDate  *first_day,
                         const GDate  *last_day,
                         GError      **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  gint64 start_us, end_us;

  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (valid_day_range (first_day, last_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _sw_journal_prepare_read (self);

  stmt = lease_stmt (self, STMT_LIST_ENTRIES, error);
  if (stmt == NULL)
    return NULL;

  day_range_us (first_day, last_day, &start_us, &end_us);
  sqlite3_bind_int64 (stmt, 1, start_us);
  sqlite3_bind_int64 (stmt, 2, end_us);

  return collect_entries (self, stmt, error);
}

/**
 * sw_journal_list_all_entries:
 *
 * Returns: (transfer container) (element-type SwSymptomEntry): every entry,
 *   oldest first (the order of an export)
 */
GPtrArray *
sw_journal_list_all_entries (SwJournal  *self,
                             GError    **error)
{
  g_autoptr(StmtLease) stmt = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _sw_journal_prepare_read (self);

  stmt = lease_stmt (self, STMT_LIST_ALL_ENTRIES, error);
  if (stmt == NULL)
    return NULL;

  return collect_entries (self, stmt, error);
}

typedef struct
{
  GPtrArray *entries;
  GArray    *new_ids;     /* gint64 per entry, 0 if it was already there */
  guint      n_imported;
} Import;

static gboolean
insert_imported (SwJournal  *self,
                 gpointer    data,
                 GError    **error)
{
  Import *import = data;

  import->n_imported = 0;
  if (!begin_transaction (self, error))
    return FALSE;

  for (guint i = 0; i < import->entries->len; i++)
    {
      SwSymptomEntry *entry = g_ptr_array_index (import->entries, i);
      g_autoptr(StmtLease) stmt = lease_stmt (self, STMT_IMPORT_ENTRY, error);

      g_array_index (import->new_ids, gint64, i) = 0;
      if (stmt == NULL)
        goto fail;

      bind_entry (stmt, entry);
      if (!step_done (self, stmt, error))
        goto fail;

      if (sqlite3_changes (self->db) > 0)
        {
          g_array_index (import->new_ids, gint64, i) = sqlite3_last_insert_rowid (self->db);
          import->n_imported++;
        }
    }

  return commit_transaction (self, error);

fail:
  rollback_transaction (self);
  return FALSE;
}

/**
 * sw_journal_import_entries:
 * @entries: (element-type SwSymptomEntry): entries from another journal,
 *   with their uuids
 * @n_imported: (out) (optional): how many were added
 * @n_skipped: (out) (optional): how many were already here (same uuid)
 *
 * Adds all the entries in one transaction, keeping their uuids and times:
 * either every new one is saved or none is. Imported entries get their new
 * ids; skipped ones keep id 0.
 */
gboolean
sw_journal_import_entries (SwJournal  *self,
                           GPtrArray  *entries,
                           guint      *n_imported,
                           guint      *n_skipped,
                           GError    **error)
{
  g_autoptr(GArray) new_ids = NULL;
  Import import;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < entries->len; i++)
    if (!sw_symptom_entry_validate (g_ptr_array_index (entries, i), error))
      return FALSE;

  for (guint i = 0; i < entries->len; i++)
    stamp_new_entry (self, g_ptr_array_index (entries, i));

  new_ids = g_array_sized_new (FALSE, TRUE, sizeof (gint64), entries->len);
  g_array_set_size (new_ids, entries->len);
  import = (Import) { entries, new_ids, 0 };

  if (!run_write (self, insert_imported, &import, error))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    if (g_array_index (new_ids, gint64, i) > 0)
      sw_symptom_entry_set_id (g_ptr_array_index (entries, i), g_array_index (new_ids, gint64, i));

  if (n_imported != NULL)
    *n_imported = import.n_imported;
  if (n_skipped != NULL)
    *n_skipped = entries->len - import.n_imported;

  if (import.n_imported > 0)
    emit_changed (self, SW_JOURNAL_ITEM_SYMPTOM);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Other records                                                            */

static gboolean
is_outcome_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (g_strcmp0 (outcomes[i], key) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
check_text (const char  *text,
            GError     **error)
{
  if (text == NULL || g_utf8_validate (text, -1, NULL))
    return TRUE;

  g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                       _("The record contains characters that are not valid text."));
  return FALSE;
}

/* Joins keys with commas; a key may not be empty or hold a comma. */
static char *
join_keys (const char * const  *keys,
           GError             **error)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (*keys[i] == '\0' || strchr (keys[i], ',') != NULL || !check_text (keys[i], error))
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                         _("“%s” is not a valid key."), keys[i]);
          return NULL;
        }
      if (i > 0)
        g_string_append_c (joined, ',');
      g_string_append (joined, keys[i]);
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* A value for one parameter of an INSERT: a number, a text, or SQL NULL. */
typedef struct
{
  gboolean    is_text;
  gint64      number;
  const char *text;   /* NULL with is_text: SQL NULL */
} Value;

#define VALUE_INT(n)  ((Value) { FALSE, (n), NULL })
#define VALUE_TEXT(t) ((Value) { TRUE, 0, (t) })
#define VALUE_NULL    ((Value) { TRUE, 0, NULL })

/* One new row: the statement, its parameters in order, and the new id. */
typedef struct
{
  StmtId  stmt;
  Value   values[6];
  gint64  id;
} Record;

static gboolean
insert_record (SwJournal  *self,
               gpointer    data,
               GError    **error)
{
  Record *record = data;
  g_autoptr(StmtLease) stmt = lease_stmt (self, record->stmt, error);
  int n_params;

  if (stmt == NULL)
    return FALSE;

  n_params = sqlite3_bind_parameter_count (stmt);
  g_assert (n_params <= (int) G_N_ELEMENTS (record->values));

  for (int i = 0; i < n_params; i++)
    {
      const Value *value = &record->values[i];

      if (!value->is_text)
        sqlite3_bind_int64 (stmt, i + 1, value->number);
      else if (value->text != NULL)
        sqlite3_bind_text (stmt, i + 1, value->text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, i + 1);
    }

  if (!step_done (self, stmt, error))
    return FALSE;

  record->id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* Saves @record and tells the journal's users a record of @type came. */
static gboolean
add_record (SwJournal          *self,
            Record             *record,
            SwJournalItemType   type,
            gint64             *id_out,
            GError            **error)
{
  if (!run_write (self, insert_record, record, error))
    return FALSE;

  if (id_out != NULL)
    *id_out = record->id;

  emit_changed (self, type);
  return TRUE;
}

/**
 * sw_journal_add_check:
 * @check: a checker result; time_us 0 means now
 *
 * Saves @check and sets its id and time.
 */
gboolean
sw_journal_add_check (SwJournal       *self,
                      SwJournalCheck  *check,
                      GError         **error)
{
  gint64 time_us;
  gint64 id;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (check != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_time (self, check->time_us, &time_us, error))
    return FALSE;

  if (!is_outcome_key (check->outcome) ||
      (check->urgency != NULL && g_strcmp0 (check->urgency, "today") != 0 &&
       g_strcmp0 (check->urgency, "soon") != 0))
    {
      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                   _("“%s” is not a result the symptom checker gives."),
                   check->outcome != NULL ? check->outcome : "");
      return FALSE;
    }

  if (!check_text (check->answers, error) || !check_text (check->deciding_rules, error) ||
      !check_text (check->also_noted, error))
    return FALSE;

  if (!add_record (self, &(Record) {
                     STMT_INSERT_CHECK,
                     { VALUE_INT (time_us), VALUE_TEXT (check->outcome),
                       VALUE_TEXT (check->urgency),
                       VALUE_TEXT (check->answers ? check->answers : ""),
                       VALUE_TEXT (check->deciding_rules ? check->deciding_rules : ""),
                       VALUE_TEXT (check->also_noted ? check->also_noted : "") },
                     0 },
                   SW_JOURNAL_ITEM_CHECK, &id, error))
    return FALSE;

  check->id = id;
  check->time_us = time_us;
  return TRUE;
}

/* A row of STMT_LAST_CHECK or STMT_LIST_CHECKS. */
static SwJournalCheck *
check_from_row (sqlite3_stmt *stmt)
{
  SwJournalCheck *check = sw_journal_check_new ((const char *) sqlite3_column_text (stmt, 2));

  check->id = sqlite3_column_int64 (stmt, 0);
  check->time_us = sqlite3_column_int64 (stmt, 1);
  check->urgency = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  g_free (check->answers);
  check->answers = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  g_free (check->deciding_rules);
  check->deciding_rules = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  g_free (check->also_noted);
  check->also_noted = g_strdup ((const char *) sqlite3_column_text (stmt, 6));

  return check;
}

/**
 * sw_journal_get_last_check:
 * @check_out: (out) (transfer full) (nullable): the newest check result, or
 *   %NULL if there is none
 */
gboolean
sw_journal_get_last_check (SwJournal       *self,
                           SwJournalCheck **check_out,
                           GError         **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  int rc;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (check_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _sw_journal_prepare_read (self);

  *check_out = NULL;

  stmt = lease_stmt (self, STMT_LAST_CHECK, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return FALSE;
    }

  *check_out = check_from_row (stmt);
  return TRUE;
}

/**
 * sw_journal_list_checks:
 * @first_day: the first local day, inclusive
 * @last_day: the last local day, inclusive
 *
 * The check results saved on those days, with their answers, for a report.
 *
 * Returns: (transfer container) (element-type SwJournalCheck): newest first
 */
GPtrArray *
sw_journal_list_checks (SwJournal    *self,
                        const GDate  *first_day,
                        const GDate  *last_day,
                        GError      **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  gint64 start_us, end_us;
  int rc;

  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (valid_day_range (first_day, last_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _sw_journal_prepare_read (self);

  stmt = lease_stmt (self, STMT_LIST_CHECKS, error);
  if (stmt == NULL)
    return NULL;

  day_range_us (first_day, last_day, &start_us, &end_us);
  sqlite3_bind_int64 (stmt, 1, start_us);
  sqlite3_bind_int64 (stmt, 2, end_us);

  checks = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_journal_check_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (checks, check_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return NULL;
    }

  return g_steal_pointer (&checks);
}

/**
 * sw_journal_add_break_event:
 * @time_us: when it happened (see #SwJournalBreakKind), or %SW_JOURNAL_TIME_NOW
 * @length_s: the break's length in seconds, or -1 if it has none
 * @id_out: (out) (optional): the new record's id
 */
gboolean
sw_journal_add_break_event (SwJournal           *self,
                            gint64               time_us,
                            SwJournalBreakKind   kind,
                            int                  length_s,
                            gint64              *id_out,
                            GError             **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (kind < G_N_ELEMENTS (break_kinds), FALSE);
  g_return_val_if_fail (length_s >= -1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_time (self, time_us, &time_us, error))
    return FALSE;

  return add_record (self, &(Record) {
                       STMT_INSERT_BREAK,
                       { VALUE_INT (time_us), VALUE_TEXT (break_kinds[kind]),
                         length_s >= 0 ? VALUE_INT (length_s) : VALUE_NULL },
                       0 },
                     SW_JOURNAL_ITEM_BREAK, id_out, error);
}

/**
 * sw_journal_add_exercise_session:
 * @plan: the plan key, e.g. "office"
 * @exercises: (array zero-terminated=1) (nullable): keys of the exercises done
 * @id_out: (out) (optional): the new record's id
 */
gboolean
sw_journal_add_exercise_session (SwJournal           *self,
                                 gint64               time_us,
                                 const char          *plan,
                                 const char * const  *exercises,
                                 guint                duration_s,
                                 gboolean             completed,
                                 gint64              *id_out,
                                 GError             **error)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (duration_s <= G_MAXINT, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_time (self, time_us, &time_us, error))
    return FALSE;

  if (*plan == '\0' || !check_text (plan, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                             _("The exercise session has no plan."));
      return FALSE;
    }

  joined = join_keys (exercises, error);
  if (joined == NULL)
    return FALSE;

  return add_record (self, &(Record) {
                       STMT_INSERT_EXERCISE,
                       { VALUE_INT (time_us), VALUE_TEXT (plan), VALUE_TEXT (joined),
                         VALUE_INT (duration_s), VALUE_INT (completed ? 1 : 0) },
                       0 },
                     SW_JOURNAL_ITEM_EXERCISE, id_out, error);
}

/**
 * sw_journal_add_compress_session:
 * @time_us: when the session started
 * @id_out: (out) (optional): the new record's id
 */
gboolean
sw_journal_add_compress_session (SwJournal              *self,
                                 gint64                  time_us,
                                 SwJournalCompressKind   kind,
                                 guint                   duration_s,
                                 gint64                 *id_out,
                                 GError                **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (kind < G_N_ELEMENTS (compress_kinds), FALSE);
  g_return_val_if_fail (duration_s <= G_MAXINT, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_time (self, time_us, &time_us, error))
    return FALSE;

  return add_record (self, &(Record) {
                       STMT_INSERT_COMPRESS,
                       { VALUE_INT (time_us), VALUE_TEXT (compress_kinds[kind]),
                         VALUE_INT (duration_s) },
                       0 },
                     SW_JOURNAL_ITEM_COMPRESS, id_out, error);
}

/**
 * sw_journal_add_posture_check:
 * @score: 0 to 100
 * @ticked: (array zero-terminated=1) (nullable): keys of the ticked items
 * @id_out: (out) (optional): the new record's id
 */
gboolean
sw_journal_add_posture_check (SwJournal           *self,
                              gint64               time_us,
                              guint                score,
                              const char * const  *ticked,
                              gint64              *id_out,
                              GError             **error)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_time (self, time_us, &time_us, error))
    return FALSE;

  if (score > 100)
    {
      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                   _("A posture score must be between 0 and 100, not %u."), score);
      return FALSE;
    }

  joined = join_keys (ticked, error);
  if (joined == NULL)
    return FALSE;

  return add_record (self, &(Record) {
                       STMT_INSERT_POSTURE,
                       { VALUE_INT (time_us), VALUE_INT (score), VALUE_TEXT (joined) },
                       0 },
                     SW_JOURNAL_ITEM_POSTURE, id_out, error);
}

/**
 * sw_journal_get_last_posture_check:
 * @item_out: (out) (transfer full) (nullable): the latest posture check, as a
 *   timeline item (value: the score, text: the ticked keys), or %NULL when
 *   none was ever saved
 *
 * Latest means the latest time; of two at the same time, the last saved.
 */
gboolean
sw_journal_get_last_posture_check (SwJournal      *self,
                                   SwJournalItem **item_out,
                                   GError        **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  SwJournalItem *item;
  int rc;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (item_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _sw_journal_prepare_read (self);

  *item_out = NULL;

  stmt = lease_stmt (self, STMT_LAST_POSTURE, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return FALSE;
    }

  item = g_new0 (SwJournalItem, 1);
  item->type = SW_JOURNAL_ITEM_POSTURE;
  item->id = sqlite3_column_int64 (stmt, 0);
  item->time_us = sqlite3_column_int64 (stmt, 1);
  item->value = sqlite3_column_int (stmt, 2);
  item->text = g_strdup ((const char *) sqlite3_column_text (stmt, 3));

  *item_out = item;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Views                                                                    */

/**
 * sw_journal_list_timeline:
 * @first_day: the first local day, inclusive
 * @last_day: the last local day, inclusive
 *
 * Every kind of record on those days, for the history view.
 *
 * Returns: (transfer container) (element-type SwJournalItem): newest first
 */
GPtrArray *
sw_journal_list_timeline (SwJournal    *self,
                          const GDate  *first_day,
                          const GDate  *last_day,
                          GError      **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gint64 start_us, end_us;
  int rc;

  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (valid_day_range (first_day, last_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _sw_journal_prepare_read (self);

  stmt = lease_stmt (self, STMT_TIMELINE, error);
  if (stmt == NULL)
    return NULL;

  day_range_us (first_day, last_day, &start_us, &end_us);
  sqlite3_bind_int64 (stmt, 1, start_us);
  sqlite3_bind_int64 (stmt, 2, end_us);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_journal_item_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SwJournalItem *item = g_new0 (SwJournalItem, 1);

      item->type = (SwJournalItemType) sqlite3_column_int (stmt, 0);
      item->id = sqlite3_column_int64 (stmt, 1);
      item->time_us = sqlite3_column_int64 (stmt, 2);
      item->key = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      item->sub_key = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      item->value = sqlite3_column_int (stmt, 5);
      item->flags = (guint) sqlite3_column_int (stmt, 6);
      item->text = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      g_ptr_array_add (items, item);
    }

  if (rc != SQLITE_DONE)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/**
 * sw_journal_get_first_day:
 * @day_out: (out caller-allocates): the local day of the oldest record the
 *   timeline lists; cleared (not valid) when there is none
 *
 * Lets the history know whether there is anything older than what it shows.
 */
gboolean
sw_journal_get_first_day (SwJournal  *self,
                          GDate      *day_out,
                          GError    **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  int rc;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (day_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _sw_journal_prepare_read (self);

  g_date_clear (day_out, 1);

  stmt = lease_stmt (self, STMT_FIRST_TIME, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return FALSE;
    }

  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      g_autoptr(GDateTime) first = NULL;

      first = g_date_time_new_from_unix_local (sqlite3_column_int64 (stmt, 0) / G_USEC_PER_SEC);
      if (first != NULL)
        g_date_set_dmy (day_out, (GDateDay) g_date_time_get_day_of_month (first),
                        (GDateMonth) g_date_time_get_month (first),
                        (GDateYear) g_date_time_get_year (first));
    }

  return TRUE;
}

/* Longest sitting streak, in words: the reminder daemon logs break events;
 * a break taken (completed or natural, logged when it ends with its length)
 * ends a streak when it began (time - length) and starts the next when it
 * ends. Any other event (due, shown, started, snoozed, skipped) shows the
 * person was still at the desk and extends the current streak to its time;
 * the first event of a day starts that day's first streak. So the figure is
 * a lower bound: sitting before the day's first event, or after its last,
 * is not seen, and a streak never crosses midnight. */
typedef struct
{
  gint64 streak_start;
  gint64 longest;
} StreakState;

static void
streak_add_event (StreakState        *state,
                  gint64              time_us,
                  gint64              day_start,
                  SwJournalBreakKind  kind,
                  gint64              length_s)
{
  if (kind == SW_JOURNAL_BREAK_COMPLETED || kind == SW_JOURNAL_BREAK_NATURAL)
    {
      gint64 move_start = MAX (time_us - MAX (length_s, 0) * G_USEC_PER_SEC, day_start);

      if (state->streak_start >= 0)
        state->longest = MAX (state->longest, move_start - state->streak_start);
      state->longest = MAX (state->longest, 0);
      state->streak_start = time_us;
    }
  else
    {
      if (state->streak_start < 0)
        state->streak_start = time_us;
      state->longest = MAX (state->longest, time_us - state->streak_start);
    }
}

/**
 * sw_journal_get_daily_summary:
 * @first_day: the first local day, inclusive
 * @last_day: the last local day, inclusive
 *
 * One #SwJournalDay per local day for the trend chart: the worst pain, the
 * number of entries, breaks taken and skipped, and the longest sitting
 * streak the break events show (a lower bound, see above; -1 on a day with
 * no break events).
 *
 * Returns: (transfer full) (element-type SwJournalDay): oldest day first
 */
GArray *
sw_journal_get_daily_summary (SwJournal    *self,
                              const GDate  *first_day,
                              const GDate  *last_day,
                              GError      **error)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GArray) days = NULL;
  g_autofree StreakState *streaks = NULL;
  g_autofree gint64 *bounds = NULL;
  guint n_days;
  guint day;
  int rc;

  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (valid_day_range (first_day, last_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _sw_journal_prepare_read (self);

  tz = g_time_zone_new_local ();
  n_days = (guint) g_date_days_between (first_day, last_day) + 1;
  days = g_array_sized_new (FALSE, TRUE, sizeof (SwJournalDay), n_days);
  g_array_set_size (days, n_days);
  bounds = g_new (gint64, n_days + 1);
  streaks = g_new (StreakState, n_days);

  for (guint i = 0; i <= n_days; i++)
    {
      GDate date = *first_day;

      g_date_add_days (&date, i);
      bounds[i] = day_start_us (tz, &date);

      if (i < n_days)
        {
          SwJournalDay *d = &g_array_index (days, SwJournalDay, i);

          d->date = date;
          d->start_us = bounds[i];
          d->max_pain = -1;
          d->longest_sitting_min = -1;
          streaks[i].streak_start = -1;
          streaks[i].longest = -1;
        }
    }

  {
    g_autoptr(StmtLease) stmt = lease_stmt (self, STMT_SUMMARY_ENTRIES, error);

    if (stmt == NULL)
      return NULL;

    sqlite3_bind_int64 (stmt, 1, bounds[0]);
    sqlite3_bind_int64 (stmt, 2, bounds[n_days]);

    day = 0;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 created = sqlite3_column_int64 (stmt, 0);
        SwJournalDay *d;

        while (day + 1 < n_days && created >= bounds[day + 1])
          day++;

        d = &g_array_index (days, SwJournalDay, day);
        d->n_entries++;
        d->max_pain = MAX (d->max_pain, sqlite3_column_int (stmt, 1));
      }

    if (rc != SQLITE_DONE)
      {
        _sw_journal_set_db_error (self, NULL, rc, error);
        return NULL;
      }
  }

  {
    g_autoptr(StmtLease) stmt = lease_stmt (self, STMT_SUMMARY_BREAKS, error);

    if (stmt == NULL)
      return NULL;

    sqlite3_bind_int64 (stmt, 1, bounds[0]);
    sqlite3_bind_int64 (stmt, 2, bounds[n_days]);

    day = 0;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 time_us = sqlite3_column_int64 (stmt, 0);
        int kind = break_kind_from_key ((const char *) sqlite3_column_text (stmt, 1));
        SwJournalDay *d;

        if (kind < 0)
          continue;

        while (day + 1 < n_days && time_us >= bounds[day + 1])
          day++;

        d = &g_array_index (days, SwJournalDay, day);
        if (kind == SW_JOURNAL_BREAK_COMPLETED || kind == SW_JOURNAL_BREAK_NATURAL)
          d->breaks_taken++;
        else if (kind == SW_JOURNAL_BREAK_SKIPPED)
          d->breaks_skipped++;

        streak_add_event (&streaks[day], time_us, bounds[day], (SwJournalBreakKind) kind,
                          sqlite3_column_int64 (stmt, 2));
      }

    if (rc != SQLITE_DONE)
      {
        _sw_journal_set_db_error (self, NULL, rc, error);
        return NULL;
      }
  }

  for (guint i = 0; i < n_days; i++)
    if (streaks[i].longest >= 0)
      g_array_index (days, SwJournalDay, i).longest_sitting_min =
        (int) (streaks[i].longest / (60 * G_USEC_PER_SEC));

  return g_steal_pointer (&days);
}

/**
 * sw_journal_is_flare_active:
 * @user_switch_on: whether the "I'm having a flare-up" switch is on (its
 *   14-day limit is the caller's business)
 *
 * CONTENT-SPEC 2.3: a flare is active when the switch is on, or a check
 * result less than 72 h old was WATCH_AND_SELF_CARE or SEE_DOCTOR_SOON, or
 * a symptom entry less than 72 h old has pain ≥ 4 or is radiating, numb,
 * tingling or weak. "Less than 72 h old": time > now − 72 h, so a record
 * exactly 72 h old no longer counts, matching the compress rule's 72 h.
 * Records dated in the future (a clock set back) count.
 *
 * Returns: whether a flare is active; %FALSE with @error set on failure
 */
gboolean
sw_journal_is_flare_active (SwJournal  *self,
                            gboolean    user_switch_on,
                            GError    **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  int rc;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (user_switch_on)
    return TRUE;

  _sw_journal_prepare_read (self);

  stmt = lease_stmt (self, STMT_FLARE, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, now_us (self) - FLARE_WINDOW_US);
  sqlite3_bind_int (stmt, 2, SW_SYMPTOM_KIND_NERVE_SIGNS);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return FALSE;
    }

  return sqlite3_column_int (stmt, 0) != 0;
}

static gboolean
get_setting (SwJournal  *self,
             const char *key,
             char      **value_out,
             GError    **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  int rc;

  *value_out = NULL;

  stmt = lease_stmt (self, STMT_GET_SETTING, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value_out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* @data: the onset as text, or NULL to forget it */
static gboolean
write_onset (SwJournal  *self,
             gpointer    data,
             GError    **error)
{
  const char *value = data;
  g_autoptr(StmtLease) stmt = NULL;

  stmt = lease_stmt (self, value != NULL ? STMT_SET_SETTING : STMT_DELETE_SETTING, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, SETTING_ONSET, -1, SQLITE_STATIC);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);

  return step_done (self, stmt, error);
}

/**
 * sw_journal_set_onset:
 * @onset: (nullable): when the person says this episode began, or %NULL to
 *   forget it and go back to the date the entries show
 */
gboolean
sw_journal_set_onset (SwJournal  *self,
                      GDateTime  *onset,
                      GError    **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (onset != NULL)
    value = g_strdup_printf ("%" G_GINT64_FORMAT, g_date_time_to_unix (onset) * G_USEC_PER_SEC +
                                                  g_date_time_get_microsecond (onset));

  return run_write (self, write_onset, value, error);
}

static GDateTime *
date_time_from_us (gint64 us)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_local (us / G_USEC_PER_SEC);

  return g_date_time_add (seconds, us % G_USEC_PER_SEC);
}

/**
 * sw_journal_get_onset:
 * @onset_out: (out) (transfer full) (nullable): the onset the person set,
 *   or %NULL
 */
gboolean
sw_journal_get_onset (SwJournal   *self,
                      GDateTime  **onset_out,
                      GError     **error)
{
  g_autofree char *value = NULL;
  gint64 us;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (onset_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _sw_journal_prepare_read (self);

  *onset_out = NULL;

  if (!get_setting (self, SETTING_ONSET, &value, error))
    return FALSE;

  if (value != NULL && g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &us, NULL))
    *onset_out = date_time_from_us (us);

  return TRUE;
}

/**
 * sw_journal_get_episode_onset:
 * @onset_out: (out) (transfer full) (nullable): when the current episode
 *   began, or %NULL if there is no current episode
 *
 * CONTENT-SPEC 2.3: the onset the person set if any; else the earliest
 * entry with pain ≥ 1 in the latest run of such entries in which no two
 * neighbours are more than 7 days apart, provided the run's last entry is
 * at most 7 days old. Entries with pain 0 neither extend nor break a run.
 */
gboolean
sw_journal_get_episode_onset (SwJournal   *self,
                              GDateTime  **onset_out,
                              GError     **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  gint64 earliest = -1;
  int rc;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (onset_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sw_journal_get_onset (self, onset_out, error))
    return FALSE;
  if (*onset_out != NULL)
    return TRUE;

  stmt = lease_stmt (self, STMT_PAINFUL_ENTRIES, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 created = sqlite3_column_int64 (stmt, 0);

      if (earliest < 0)
        {
          if (now_us (self) - created > EPISODE_GAP_US)
            break;
        }
      else if (earliest - created > EPISODE_GAP_US)
        break;

      earliest = created;
    }

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return FALSE;
    }

  if (earliest >= 0)
    *onset_out = date_time_from_us (earliest);

  return TRUE;
}
