/* wp-recovery.c: copies of modified plans, so a crash loses no work
 *
 * Each copy is a plan file "<pid>-<n>.wireplan" beside a small "<pid>-<n>.json"
 * that names the plan file it was a copy of. The process id tells a running
 * writer's copies (left alone) from a crashed one's (offered back): Wireplan
 * runs as several processes at once, one per start.
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-c/json.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "wp-json.h"
#include "wp-plan-io.h"
#include "wp-recovery.h"

struct _WpRecovery
{
  GObject  parent_instance;

  char    *path;       /* the copy, once written */
};

G_DEFINE_FINAL_TYPE (WpRecovery, wp_recovery, G_TYPE_OBJECT)

static void
wp_recovery_finalize (GObject *object)
{
  g_free (WP_RECOVERY (object)->path);

  G_OBJECT_CLASS (wp_recovery_parent_class)->finalize (object);
}

static void
wp_recovery_class_init (WpRecoveryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_recovery_finalize;
}

static void
wp_recovery_init (WpRecovery *self)
{
}

/* $XDG_STATE_HOME/wireplan/recovery */
char *
wp_recovery_get_directory (void)
{
  return g_build_filename (g_get_user_state_dir (), "wireplan", "recovery", NULL);
}

/* A recovery slot for one window; nothing is written until wp_recovery_write(). */
WpRecovery *
wp_recovery_new (void)
{
  return g_object_new (WP_TYPE_RECOVERY, NULL);
}

static char *
sidecar_of (const char *path)
{
  g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".wireplan"));

  return g_strconcat (stem, ".json", NULL);
}

static char *
new_path (void)
{
  static guint counter;
  g_autofree char *dir = wp_recovery_get_directory ();
  g_autofree char *name = g_strdup_printf ("%d-%u.wireplan", (int) getpid (), ++counter);

  return g_build_filename (dir, name, NULL);
}

/* Writes @plan's copy (atomically: a crash while writing leaves the last one),
 * with @original, the file it belongs to (NULL: never saved). */
gboolean
wp_recovery_write (WpRecovery  *self,
                   WpPlan      *plan,
                   GFile       *original,
                   GError     **error)
{
  g_autofree char *dir = wp_recovery_get_directory ();
  g_autofree char *data = NULL;
  g_autofree char *sidecar = NULL;
  g_autofree char *original_path = original != NULL ? g_file_get_path (original) : NULL;
  g_autoptr(json_object) about = json_object_new_object ();
  const char *about_text;
  gsize length;

  g_return_val_if_fail (WP_IS_RECOVERY (self), FALSE);
  g_return_val_if_fail (WP_IS_PLAN (plan), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }
  if (self->path == NULL)
    self->path = new_path ();

  data = wp_plan_to_data (plan, &length);
  if (!wp_write_file_atomically (self->path, data, length, error))
    return FALSE;
  json_object_object_add (about, "original",
                          original_path != NULL ? json_object_new_string (original_path) : NULL);
  json_object_object_add (about, "time", json_object_new_int64 (g_get_real_time ()));
  about_text = json_object_to_json_string_ext (about, JSON_C_TO_STRING_PLAIN);
  sidecar = sidecar_of (self->path);
  return wp_write_file_atomically (sidecar, about_text, strlen (about_text), error);
}

/* Removes the copy, after a clean save, a discard or a close without changes. */
void
wp_recovery_discard (WpRecovery *self)
{
  g_autofree char *sidecar = NULL;

  g_return_if_fail (WP_IS_RECOVERY (self));

  if (self->path == NULL)
    return;
  sidecar = sidecar_of (self->path);
  g_unlink (self->path);
  g_unlink (sidecar);
  g_clear_pointer (&self->path, g_free);
}

/* The copy written last, or NULL. */
const char *
wp_recovery_get_path (WpRecovery *self)
{
  g_return_val_if_fail (WP_IS_RECOVERY (self), NULL);
  return self->path;
}

void
wp_recovery_entry_free (WpRecoveryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->path);
  g_free (entry->original);
  g_free (entry);
}

void
wp_recovery_entry_remove (const WpRecoveryEntry *entry)
{
  g_autofree char *sidecar = sidecar_of (entry->path);

  g_unlink (entry->path);
  g_unlink (sidecar);
}

static gboolean
is_running (int pid)
{
  return pid == getpid () || kill (pid, 0) == 0 || errno == EPERM;
}

/* Anything in the folder may be damaged: only a regular file is a copy, and its note
 * is read within the readers' limits (never a pipe that would block) and trusted
 * only for an absolute path and a time after the epoch. */
static WpRecoveryEntry *
read_entry (const char *dir,
            const char *name)
{
  g_autoptr(WpRecoveryEntry) entry = g_new0 (WpRecoveryEntry, 1);
  g_autofree char *sidecar = NULL;
  g_autofree char *text = NULL;
  g_autoptr(json_object) about = NULL;
  json_object *value;
  GStatBuf info;
  gsize length;

  entry->path = g_build_filename (dir, name, NULL);
  sidecar = sidecar_of (entry->path);
  if (g_lstat (entry->path, &info) != 0 || !S_ISREG (info.st_mode))
    return NULL;
  entry->saved_time = (gint64) info.st_mtime * G_USEC_PER_SEC;
  /* The copy counts even if its note is lost; it is then shown as never saved. */
  if ((text = wp_read_file_contents (sidecar, &length, NULL)) != NULL
      && (about = json_tokener_parse (text)) != NULL
      && json_object_is_type (about, json_type_object))
    {
      if (json_object_object_get_ex (about, "original", &value)
          && json_object_is_type (value, json_type_string)
          && g_path_is_absolute (json_object_get_string (value)))
        entry->original = g_strdup (json_object_get_string (value));
      if (json_object_object_get_ex (about, "time", &value)
          && json_object_is_type (value, json_type_int)
          && json_object_get_int64 (value) > 0)
        entry->saved_time = json_object_get_int64 (value);
    }
  return g_steal_pointer (&entry);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  gint64 time_a = (*(WpRecoveryEntry **) a)->saved_time;
  gint64 time_b = (*(WpRecoveryEntry **) b)->saved_time;

  return (time_a < time_b) - (time_a > time_b);
}

/* Returns: (element-type WpRecoveryEntry): the copies whose writer is gone,
 * newest first. */
GPtrArray *
wp_recovery_list_abandoned (void)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_recovery_entry_free);
  g_autofree char *dir = wp_recovery_get_directory ();
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      char *end = NULL;
      gint64 pid;
      WpRecoveryEntry *entry;

      if (!g_str_has_suffix (name, ".wireplan"))
        continue;
      pid = g_ascii_strtoll (name, &end, 10);
      if (end == name || *end != '-' || pid <= 0 || pid > G_MAXINT || is_running ((int) pid))
        continue;
      entry = read_entry (dir, name);
      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, newest_first);
  return entries;
}
