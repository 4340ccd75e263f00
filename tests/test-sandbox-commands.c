/* test-sandbox-commands.c: what the wireplan commands do with hostile files
 *
 * The other half of test-sandbox.c, for the real binary with its fonts,
 * renderers and exporters: every command runs under strace on two plans and a
 * user catalogue file, first as shipped and then with every free-text value made
 * hostile (wp-hostile.c). A hostile file must not make the command run a program,
 * open a socket, write outside the folder it works in, or open any file the
 * command did not open for the harmless files, other than a font of the system's
 * for characters the harmless files do not have.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "wp-hostile.h"
#include "wp-test-util.h"

static const char * const commands[][8] = {
  { "check", "plan.wireplan", NULL },
  { "check", "--json", "--strict", "plan.wireplan", "other.wireplan", NULL },
  { "export", "plan.wireplan", "-o", "sheet.pdf", NULL },
  { "export", "plan.wireplan", "-o", "diagram.svg", "--format", "svg", NULL },
  { "export", "plan.wireplan", "-o", "diagram.png", "--format", "png", NULL },
  { "export", "plan.wireplan", "-o", "cables.csv", "--format", "csv", NULL },
  { "format", "plan.wireplan", "-o", "formatted.wireplan", NULL },
  { "format", "other.wireplan", NULL },
  { "diff", "plan.wireplan", "other.wireplan", NULL },
  { "catalogue", "--json", "mic", NULL },
};

typedef struct {
  char       *dir;
  char       *strace;
  GHashTable *opened;   /* paths outside dir opened with the harmless files */
} Fixture;

static gboolean
is_inside (Fixture    *fixture,
           const char *path)
{
  return !g_path_is_absolute (path) || g_str_has_prefix (path, fixture->dir);
}

/* The system call of a line of strace -f: after the process id and its padding. */
static const char *
call_of (const char *line)
{
  line += strspn (line, "0123456789");
  return line + strspn (line, " ");
}

static gboolean
writes (const char *line)
{
  static const char * const changing[] = {
    "creat(", "rename", "unlink", "rmdir(", "mkdir", "link(", "linkat(", "symlink",
    "chmod(", "fchmodat(", "truncate(", "mknod", "utimensat(",
  };
  const char *call = call_of (line);

  if (g_str_has_prefix (call, "open"))
    return strstr (call, "O_WRONLY") != NULL || strstr (call, "O_RDWR") != NULL
           || strstr (call, "O_CREAT") != NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (changing); i++)
    if (g_str_has_prefix (call, changing[i]))
      return TRUE;
  return FALSE;
}

/* The paths a line of strace names (its quoted strings). */
static GPtrArray *
paths_of (const char *line)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *start = strchr (line, '"');

  while (start != NULL)
    {
      const char *end = strchr (start + 1, '"');

      if (end == NULL)
        break;
      g_ptr_array_add (paths, g_strndup (start + 1, end - start - 1));
      start = strchr (end + 1, '"');
    }
  return paths;
}

/* Checks one strace log; adds the paths outside the folder to @opened. */
static void
check_log (Fixture    *fixture,
           const char *log,
           const char *command,
           GHashTable *opened)
{
  g_auto(GStrv) lines = g_strsplit (log, "\n", -1);
  guint n_execs = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *call = call_of (line);
      g_autoptr(GPtrArray) paths = NULL;

      if (g_str_has_prefix (call, "execve"))
        {
          if (n_execs++ > 0)
            g_error ("wireplan %s ran a program: %s", command, line);
          continue;
        }
      if ((g_str_has_prefix (call, "clone") && strstr (call, "CLONE_THREAD") == NULL)
          || g_str_has_prefix (call, "fork") || g_str_has_prefix (call, "vfork"))
        g_error ("wireplan %s started a process: %s", command, line);
      if (g_str_has_prefix (call, "socket") || g_str_has_prefix (call, "connect")
          || g_str_has_prefix (call, "bind") || g_str_has_prefix (call, "send"))
        g_error ("wireplan %s used a socket: %s", command, line);

      paths = paths_of (call);
      for (guint p = 0; p < paths->len; p++)
        {
          const char *path = g_ptr_array_index (paths, p);

          if (writes (line) && !is_inside (fixture, path))
            g_error ("wireplan %s changed a file outside its folder: %s", command, line);
          if (!is_inside (fixture, path))
            g_hash_table_add (opened, g_strdup (path));
        }
    }
  g_assert_cmpuint (n_execs, ==, 1);
}

static void
write_inputs (Fixture  *fixture,
              gboolean  hostile)
{
  static const char * const plans[][2] = {
    { "club-gig.wireplan", "plan.wireplan" },
    { "home-studio.wireplan", "other.wireplan" },
  };
  g_autofree char *devices = g_build_filename (fixture->dir, "data", "wireplan", "devices", NULL);
  g_autofree char *catalogue = wp_test_fixture_path ("data", "catalogue", "microphones.json", NULL);
  g_autofree char *mine = g_build_filename (devices, "mine.json", NULL);
  g_autofree char *text = NULL;
  guint next = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      g_autofree char *source = wp_test_fixture_path ("data", "examples", plans[i][0], NULL);
      g_autofree char *target = g_build_filename (fixture->dir, plans[i][1], NULL);
      g_autofree char *plan = NULL;

      if (hostile)
        plan = wp_hostile_read (source, TRUE, &next);
      else
        g_assert_true (g_file_get_contents (source, &plan, NULL, NULL));
      g_assert_true (g_file_set_contents (target, plan, -1, NULL));
    }
  g_assert_cmpint (g_mkdir_with_parents (devices, 0700), ==, 0);
  if (hostile)
    text = wp_hostile_read (catalogue, FALSE, &next);
  else
    g_assert_true (g_file_get_contents (catalogue, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (mine, text, -1, NULL));
}

/* Runs every command under strace; returns the paths outside the folder they opened. */
static GHashTable *
run_commands (Fixture *fixture)
{
  GHashTable *opened = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *log_path = g_build_filename (fixture->dir, "strace.log", NULL);
  g_autofree char *data_home = g_build_filename (fixture->dir, "data", NULL);
  g_autofree char *asan_options = NULL;
  g_auto(GStrv) env = g_get_environ ();

  /* Everything a command may write for itself (font caches, say) stays in the folder. */
  env = g_environ_setenv (env, "HOME", fixture->dir, TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", fixture->dir, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", fixture->dir, TRUE);
  env = g_environ_setenv (env, "XDG_STATE_HOME", fixture->dir, TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", data_home, TRUE);
  /* In the sanitizer build, the leak checker would start a helper process that
   * attaches to wireplan with ptrace, which strace already does; leaks are other
   * tests' business. */
  asan_options = g_strconcat (g_environ_getenv (env, "ASAN_OPTIONS") != NULL
                              ? g_environ_getenv (env, "ASAN_OPTIONS") : "",
                              ":detect_leaks=0", NULL);
  env = g_environ_setenv (env, "ASAN_OPTIONS", asan_options, TRUE);

  for (gsize c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *log = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status;

      static const char * const trace[] = {
        "-f", "-qq", "-s", "4096", "-e", "trace=%file,%network,%process", "-o",
      };

      g_ptr_array_add (argv, fixture->strace);
      for (gsize i = 0; i < G_N_ELEMENTS (trace); i++)
        g_ptr_array_add (argv, (gpointer) trace[i]);
      g_ptr_array_add (argv, log_path);
      g_ptr_array_add (argv, (gpointer) g_getenv ("WIREPLAN"));
      for (guint i = 0; commands[c][i] != NULL; i++)
        g_ptr_array_add (argv, (gpointer) commands[c][i]);
      g_ptr_array_add (argv, NULL);

      g_spawn_sync (fixture->dir, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                    &out, &err, &status, &error);
      g_assert_no_error (error);
      /* check exits 1 when a plan has errors; 2 or more is a failure. */
      if (!WIFEXITED (status) || WEXITSTATUS (status) > 1)
        g_error ("wireplan %s failed (%d): %s", commands[c][0], status, err);
      g_assert_true (g_file_get_contents (log_path, &log, NULL, NULL));
      check_log (fixture, log, commands[c][0], opened);
    }
  return opened;
}

static void
test_hostile_files_open_nothing_more (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GHashTable) plain = NULL;
  g_autoptr(GHashTable) hostile = NULL;
  g_autoptr(GString) extra = g_string_new (NULL);
  GHashTableIter iter;
  gpointer path;

  fixture.strace = g_find_program_in_path ("strace");
  if (fixture.strace == NULL)
    g_error ("strace is needed for this test: build-aux/install-deps.sh installs it");
  fixture.dir = wp_test_make_temp_dir ();

  write_inputs (&fixture, FALSE);
  plain = run_commands (&fixture);
  write_inputs (&fixture, TRUE);
  hostile = run_commands (&fixture);

  /* Other characters may need other fonts: the system's, chosen by fontconfig. */
  g_hash_table_iter_init (&iter, hostile);
  while (g_hash_table_iter_next (&iter, &path, NULL))
    if (!g_hash_table_contains (plain, path) && !g_str_has_prefix (path, "/usr/share/fonts/"))
      g_string_append_printf (extra, " %s", (const char *) path);
  g_assert_cmpstr (extra->str, ==, "");
  /* The exports were written. */
  for (const char * const *name = (const char *[]) { "sheet.pdf", "diagram.svg", "diagram.png",
                                                     "cables.csv", "formatted.wireplan", NULL };
       *name != NULL; name++)
    {
      g_autofree char *output = g_build_filename (fixture.dir, *name, NULL);

      g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));
    }

  wp_test_remove_tree (fixture.dir);
  g_free (fixture.dir);
  g_free (fixture.strace);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/commands", test_hostile_files_open_nothing_more);

  return g_test_run ();
}
