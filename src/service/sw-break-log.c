/* sw-break-log.c: the daemon's break events on their way to the journal
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-break-log.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/**
 * SwBreakLog:
 *
 * Writes the reminder daemon's break events to the journal, in the order
 * they happened and with the time they happened, and keeps those the
 * journal cannot take (a read-only folder, a full disk, a file-size limit,
 * a journal replaced under us) in memory until it can: a journal that
 * cannot be written costs the log for a while, never the reminders.
 *
 * There is no retry timer. The pending events go first whenever the next
 * one is added, and whenever the daemon calls sw_break_log_flush() at a
 * wakeup it has anyway. Before each write the journal file is looked at: if
 * it is no longer the one we opened (replaced or deleted) or no longer
 * starts like an SQLite database (overwritten), the connection is dropped
 * and the journal opened again, which moves a damaged file aside and starts
 * a new one, so nothing more goes into a file nobody will read. A journal
 * that opened read-only is opened again at each try, and serves reads
 * meanwhile (see sw_break_log_get_journal()).
 *
 * At most %SW_BREAK_LOG_MAX_PENDING events wait; past that the oldest is
 * dropped and counted.
 */

/* The first 16 bytes of every SQLite 3 database. */
#define SQLITE_HEADER "SQLite format 3"

typedef struct
{
  gint64             time_us;
  SwJournalBreakKind kind;
  int                length_s;
} Event;

struct _SwBreakLog
{
  GObject    parent_instance;

  GFile     *file;
  SwClock   *clock;
  char      *path;

  /* NULL while it cannot be opened */
  SwJournal *journal;
  /* The file the journal was opened on, to notice it being replaced */
  dev_t      journal_dev;
  ino_t      journal_ino;

  GArray    *pending;
  guint      n_dropped;
};

G_DEFINE_FINAL_TYPE (SwBreakLog, sw_break_log, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  WRITTEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
has_sqlite_header (int fd)
{
  char header[sizeof SQLITE_HEADER];
  gsize n_read = 0;

  while (n_read < sizeof header)
    {
      gssize n = read (fd, header + n_read, sizeof header - n_read);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      n_read += (gsize) n;
    }

  return memcmp (header, SQLITE_HEADER, sizeof header) == 0;
}

/* Whether the file at our path is still the database we opened. */
static gboolean
journal_file_intact (SwBreakLog *self)
{
  struct stat st;
  gboolean intact;
  int fd;

  fd = g_open (self->path, O_RDONLY, 0);
  if (fd < 0)
    {
      g_debug ("The journal %s is gone (%s): opening it again", self->path, g_strerror (errno));
      return FALSE;
    }

  intact = fstat (fd, &st) == 0 &&
           st.st_dev == self->journal_dev &&
           st.st_ino == self->journal_ino;
  if (!intact)
    g_debug ("The journal %s was replaced: opening it again", self->path);
  else if (!(intact = has_sqlite_header (fd)))
    g_debug ("The journal %s was overwritten: opening it again", self->path);

  g_close (fd, NULL);

  return intact;
}

static void
open_journal (SwBreakLog *self)
{
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  self->journal = sw_journal_open (self->file, self->clock, &error);
  if (self->journal == NULL)
    {
      g_debug ("Cannot open the journal for break events: %s", error->message);
      return;
    }

  if (g_stat (self->path, &st) == 0)
    {
      self->journal_dev = st.st_dev;
      self->journal_ino = st.st_ino;
    }
}

/* A journal we can write to now, opening it again if need be. */
static gboolean
ensure_writable (SwBreakLog *self)
{
  if (self->journal != NULL &&
      (sw_journal_is_read_only (self->journal) || !journal_file_intact (self)))
    g_clear_object (&self->journal);

  if (self->journal == NULL)
    open_journal (self);

  return self->journal != NULL && !sw_journal_is_read_only (self->journal);
}

/* Whether the journal may take the event later; an event it refuses as
 * such never will. */
static gboolean
error_is_transient (const GError *error)
{
  return !g_error_matches (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID);
}

/* Whether another connection might do better than this one. */
static gboolean
error_wants_reopen (const GError *error)
{
  return !g_error_matches (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_FULL) &&
         !g_error_matches (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_BUSY);
}

/**
 * sw_break_log_flush:
 *
 * Writes the pending events, oldest first, stopping at the first the
 * journal cannot take. The daemon calls it at each of its wakeups.
 *
 * Returns: whether nothing is pending any more
 */
gboolean
sw_break_log_flush (SwBreakLog *self)
{
  guint done = 0;
  guint written = 0;

  g_return_val_if_fail (SW_IS_BREAK_LOG (self), FALSE);

  if (self->pending->len == 0)
    return TRUE;

  if (!ensure_writable (self))
    {
      g_debug ("%u break events wait for the journal", self->pending->len);
      return FALSE;
    }

  for (; done < self->pending->len; done++)
    {
      Event *event = &g_array_index (self->pending, Event, done);
      g_autoptr(GError) error = NULL;

      if (sw_journal_add_break_event (self->journal, event->time_us, event->kind,
                                      event->length_s, NULL, &error))
        {
          written++;
          continue;
        }

      if (!error_is_transient (error))
        {
          g_debug ("The journal refuses a break event, which is dropped: %s", error->message);
          self->n_dropped++;
          continue;
        }

      g_debug ("%u break events wait for the journal: %s",
               self->pending->len - done, error->message);
      if (error_wants_reopen (error))
        g_clear_object (&self->journal);
      break;
    }

  g_array_remove_range (self->pending, 0, done);

  if (written > 0)
    g_signal_emit (self, signals[WRITTEN], 0, written);

  return self->pending->len == 0;
}

/**
 * sw_break_log_add:
 * @time_us: when it happened, wall clock µs
 * @length_s: the break's length in seconds, or -1
 *
 * Writes the event after those still pending, or keeps it with them.
 */
void
sw_break_log_add (SwBreakLog         *self,
                  gint64              time_us,
                  SwJournalBreakKind  kind,
                  int                 length_s)
{
  Event event = { time_us, kind, length_s };

  g_return_if_fail (SW_IS_BREAK_LOG (self));
  g_return_if_fail (length_s >= -1);

  if (self->pending->len >= SW_BREAK_LOG_MAX_PENDING)
    {
      g_array_remove_index (self->pending, 0);
      self->n_dropped++;
      g_debug ("The journal has been unwritable for %u break events; the oldest is dropped",
               SW_BREAK_LOG_MAX_PENDING);
    }

  g_array_append_val (self->pending, event);
  sw_break_log_flush (self);
}

/* GObject */

static void
sw_break_log_constructed (GObject *object)
{
  SwBreakLog *self = SW_BREAK_LOG (object);

  G_OBJECT_CLASS (sw_break_log_parent_class)->constructed (object);

  if (self->file == NULL)
    self->file = sw_journal_get_default_file ();
  self->path = g_file_get_path (self->file);

  open_journal (self);
}

static void
sw_break_log_dispose (GObject *object)
{
  SwBreakLog *self = SW_BREAK_LOG (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (sw_break_log_parent_class)->dispose (object);
}

static void
sw_break_log_finalize (GObject *object)
{
  SwBreakLog *self = SW_BREAK_LOG (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->pending, g_array_unref);

  G_OBJECT_CLASS (sw_break_log_parent_class)->finalize (object);
}

static void
sw_break_log_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SwBreakLog *self = SW_BREAK_LOG (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_break_log_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SwBreakLog *self = SW_BREAK_LOG (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_break_log_class_init (SwBreakLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sw_break_log_constructed;
  object_class->dispose = sw_break_log_dispose;
  object_class->finalize = sw_break_log_finalize;
  object_class->get_property = sw_break_log_get_property;
  object_class->set_property = sw_break_log_set_property;

  /* The journal file; the default journal when unset. */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, SW_TYPE_CLOCK, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwBreakLog::written:
   * @self: the log
   * @n_events: how many break events were just committed
   *
   * Emitted after one or more events went into the journal, for other
   * processes that read it to be told.
   */
  signals[WRITTEN] =
    g_signal_new ("written", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
sw_break_log_init (SwBreakLog *self)
{
  self->pending = g_array_new (FALSE, FALSE, sizeof (Event));
}

/**
 * sw_break_log_new:
 * @file: (nullable): the journal file, or %NULL for the default journal
 * @clock: the journal's clock
 *
 * Opens the journal now, if it can be.
 *
 * Returns: (transfer full): the log
 */
SwBreakLog *
sw_break_log_new (GFile   *file,
                  SwClock *clock)
{
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (SW_IS_CLOCK (clock), NULL);

  return g_object_new (SW_TYPE_BREAK_LOG, "file", file, "clock", clock, NULL);
}

/**
 * sw_break_log_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal as last opened, for
 *   reading (it may be read-only), or %NULL if it cannot be opened
 */
SwJournal *
sw_break_log_get_journal (SwBreakLog *self)
{
  g_return_val_if_fail (SW_IS_BREAK_LOG (self), NULL);

  return self->journal;
}

/**
 * sw_break_log_get_n_pending:
 *
 * Returns: how many events wait for the journal
 */
guint
sw_break_log_get_n_pending (SwBreakLog *self)
{
  g_return_val_if_fail (SW_IS_BREAK_LOG (self), 0);

  return self->pending->len;
}

/**
 * sw_break_log_get_n_dropped:
 *
 * Returns: how many events were lost: the oldest past
 *   %SW_BREAK_LOG_MAX_PENDING, and any the journal refused as such
 */
guint
sw_break_log_get_n_dropped (SwBreakLog *self)
{
  g_return_val_if_fail (SW_IS_BREAK_LOG (self), 0);

  return self->n_dropped;
}
