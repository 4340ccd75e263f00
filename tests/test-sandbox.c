/* test-sandbox.c: a plan file is only data
 *
 * Plans come from strangers, so nothing in one may make Wireplan open another
 * file, start a program or reach the network. Here every free-text value of the
 * example plans and of a catalogue file is replaced by something that would do
 * one of those if any code treated it as a path, a command, a URL or a format
 * string. A child process then reads, checks, writes, pastes, compares and
 * builds the wiring sheet of them under a seccomp filter that stops it at the
 * first system call that could open a file, create a process or a socket, or
 * change the file system. The files are read before the filter is installed, and
 * the same work is done once on the untouched plans first, so that what Wireplan
 * legitimately loads once (its own translations) is already loaded.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "wp-catalogue.h"
#include "wp-clip.h"
#include "wp-diff.h"
#include "wp-plan-io.h"
#include "wp-problem.h"
#include "wp-sheet.h"
#include "wp-hostile.h"
#include "wp-test-util.h"
#include "wp-validator.h"

#if defined(__x86_64__)
#define SANDBOX_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define SANDBOX_ARCH AUDIT_ARCH_AARCH64
#else
#error "test-sandbox knows the system call numbers of x86_64 and aarch64 only"
#endif

static const char * const examples[] = {
  "club-gig.wireplan",
  "home-studio.wireplan",
  "installed-70v.wireplan",
};

typedef struct {
  GPtrArray *plans;       /* of char*: plan files as text */
  char      *catalogue;   /* a catalogue file as text */
} Inputs;

static void
inputs_read (Inputs   *inputs,
             gboolean  poisoned)
{
  g_autofree char *catalogue_path = wp_test_fixture_path ("data", "catalogue",
                                                          "microphones.json", NULL);
  guint next = 0;

  inputs->plans = g_ptr_array_new_with_free_func (g_free);
  for (gsize i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *path = wp_test_fixture_path ("data", "examples", examples[i], NULL);
      char *text = NULL;

      if (poisoned)
        text = wp_hostile_read (path, TRUE, &next);
      else
        g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_ptr_array_add (inputs->plans, text);
    }
  if (poisoned)
    inputs->catalogue = wp_hostile_read (catalogue_path, FALSE, &next);
  else
    g_assert_true (g_file_get_contents (catalogue_path, &inputs->catalogue, NULL, NULL));
}

static void
inputs_clear (Inputs *inputs)
{
  g_clear_pointer (&inputs->plans, g_ptr_array_unref);
  g_clear_pointer (&inputs->catalogue, g_free);
}

/* Everything Wireplan does with a plan that needs no display. */
static void
work_on (Inputs *inputs)
{
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) previous = NULL;

  g_assert_true (wp_catalogue_load_data (catalogue, inputs->catalogue,
                                         strlen (inputs->catalogue), "microphones.json",
                                         TRUE, &error));
  g_assert_no_error (error);
  g_assert_nonnull (wp_catalogue_search (catalogue, "mic"));

  for (guint i = 0; i < inputs->plans->len; i++)
    {
      const char *text = g_ptr_array_index (inputs->plans, i);
      g_autoptr(WpPlan) plan = wp_plan_load_from_data (text, strlen (text), examples[i], &error);
      g_autoptr(WpValidator) validator = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GPtrArray) pasted_devices = NULL;
      g_autoptr(GPtrArray) pasted_cables = NULL;
      g_autoptr(GPtrArray) diff = NULL;
      g_autoptr(GPtrArray) devices = NULL;
      g_autoptr(GPtrArray) cables = NULL;
      g_autofree char *saved = NULL;
      g_autofree char *csv = NULL;
      g_autofree char *clip = NULL;
      WpSheet *sheet;
      gsize length;

      g_assert_no_error (error);
      validator = wp_validator_new (plan);
      problems = wp_validator_get_problems (validator);
      for (guint p = 0; p < problems->len; p++)
        g_assert_nonnull (((WpProblem *) g_ptr_array_index (problems, p))->message);

      saved = wp_plan_to_data (plan, &length);
      g_assert_cmpuint (length, >, 0);

      sheet = wp_sheet_new (plan, NULL);
      csv = wp_sheet_to_csv (sheet);
      g_assert_nonnull (csv);
      wp_sheet_free (sheet);

      devices = g_ptr_array_new ();
      cables = g_ptr_array_new ();
      for (guint d = 0; d < wp_plan_get_n_devices (plan); d++)
        g_ptr_array_add (devices, wp_plan_get_device (plan, d));
      for (guint c = 0; c < wp_plan_get_n_cables (plan); c++)
        g_ptr_array_add (cables, wp_plan_get_cable (plan, c));
      clip = wp_clip_copy (plan, (WpDevice * const *) devices->pdata, devices->len,
                           (WpCable * const *) cables->pdata, cables->len);
      g_assert_true (wp_clip_paste_prepare (plan, clip, strlen (clip), 40, 40,
                                            &pasted_devices, &pasted_cables, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (pasted_devices->len, ==, devices->len);

      if (previous != NULL)
        diff = wp_diff_plans (previous, plan);
      g_set_object (&previous, plan);
    }
}

static void
on_forbidden_call (int        signal_number,
                   siginfo_t *info,
                   void      *context)
{
  char message[96];
  int length = snprintf (message, sizeof message,
                         "forbidden system call %d while working on a plan\n",
                         info->si_syscall);

  /* write() and _exit() are allowed; nothing else is safe here. */
  if (write (STDERR_FILENO, message, length) < 0)
    _exit (4);
  _exit (3);
}

#define LOAD_FIELD(field) BPF_STMT (BPF_LD | BPF_W | BPF_ABS, offsetof (struct seccomp_data, field))
#define TRAP_IF(nr) BPF_JUMP (BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1), \
                    BPF_STMT (BPF_RET | BPF_K, SECCOMP_RET_TRAP)

static void
install_filter (void)
{
  struct sock_filter program[] = {
    LOAD_FIELD (arch),
    BPF_JUMP (BPF_JMP | BPF_JEQ | BPF_K, SANDBOX_ARCH, 1, 0),
    BPF_STMT (BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
    LOAD_FIELD (nr),
    /* Files: opening (for reading or writing) and changing the file system. */
    TRAP_IF (__NR_openat),
    TRAP_IF (__NR_openat2),
    TRAP_IF (__NR_open_by_handle_at),
    TRAP_IF (__NR_name_to_handle_at),
    TRAP_IF (__NR_unlinkat),
    TRAP_IF (__NR_renameat),
    TRAP_IF (__NR_renameat2),
    TRAP_IF (__NR_mkdirat),
    TRAP_IF (__NR_symlinkat),
    TRAP_IF (__NR_linkat),
    TRAP_IF (__NR_truncate),
    TRAP_IF (__NR_fchmodat),
    TRAP_IF (__NR_mknodat),
#ifdef __NR_open
    TRAP_IF (__NR_open),
    TRAP_IF (__NR_creat),
    TRAP_IF (__NR_unlink),
    TRAP_IF (__NR_rename),
    TRAP_IF (__NR_mkdir),
    TRAP_IF (__NR_rmdir),
    TRAP_IF (__NR_symlink),
    TRAP_IF (__NR_link),
    TRAP_IF (__NR_chmod),
    TRAP_IF (__NR_mknod),
#endif
    /* Programs. */
    TRAP_IF (__NR_execve),
    TRAP_IF (__NR_execveat),
#ifdef __NR_fork
    TRAP_IF (__NR_fork),
    TRAP_IF (__NR_vfork),
#endif
    TRAP_IF (__NR_clone3),
    /* The network, and any other socket. */
    TRAP_IF (__NR_socket),
    TRAP_IF (__NR_socketpair),
    TRAP_IF (__NR_connect),
    TRAP_IF (__NR_bind),
    TRAP_IF (__NR_sendto),
    TRAP_IF (__NR_sendmsg),
    /* clone() makes a thread or a process; only a thread is allowed. */
    BPF_JUMP (BPF_JMP | BPF_JEQ | BPF_K, __NR_clone, 0, 3),
    BPF_STMT (BPF_LD | BPF_W | BPF_ABS, offsetof (struct seccomp_data, args[0])),
    BPF_JUMP (BPF_JMP | BPF_JSET | BPF_K, CLONE_THREAD, 1, 0),
    BPF_STMT (BPF_RET | BPF_K, SECCOMP_RET_TRAP),
    BPF_STMT (BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog filter = { G_N_ELEMENTS (program), program };
  struct sigaction action = { 0 };

  action.sa_sigaction = on_forbidden_call;
  action.sa_flags = SA_SIGINFO;
  g_assert_cmpint (sigaction (SIGSYS, &action, NULL), ==, 0);
  g_assert_cmpint (prctl (PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), ==, 0);
  g_assert_cmpint (prctl (PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &filter), ==, 0);
}

/* The filter works: without it this test would prove nothing. */
static void
test_filter_stops_open (void)
{
  if (g_test_subprocess ())
    {
      install_filter ();
      /* Trapped: the handler exits. */
      (void) syscall (__NR_openat, AT_FDCWD, "/etc/hostname", 0);
      _exit (0);
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*forbidden system call*");
}

static void
test_hostile_plans (void)
{
  if (g_test_subprocess ())
    {
      Inputs plain = { 0 };
      Inputs hostile = { 0 };

      inputs_read (&plain, FALSE);
      inputs_read (&hostile, TRUE);
      work_on (&plain);
      /* A failed assertion prints in the locale's charset: the conversion tables are
       * read from files once. */
      g_free (g_locale_from_utf8 ("…", -1, NULL, NULL, NULL));

      install_filter ();
      work_on (&hostile);
      fflush (stdout);
      /* Not exit(): the sanitizers' exit handlers may read /proc, which is fine but
       * outside what the filter lets through. */
      _exit (0);
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_stderr_unmatched ("*forbidden system call*");
  g_test_trap_assert_passed ();
}

/* The hostile texts really reach the plans: a test of nothing would pass too. */
static void
test_texts_are_in_the_plans (void)
{
  Inputs hostile = { 0 };
  g_autoptr(GError) error = NULL;
  const char *text;
  g_autoptr(WpPlan) plan = NULL;
  WpDevice *device;

  inputs_read (&hostile, TRUE);
  text = g_ptr_array_index (hostile.plans, 0);
  plan = wp_plan_load_from_data (text, strlen (text), examples[0], &error);
  g_assert_no_error (error);
  device = wp_plan_get_device (plan, 0);
  g_assert_true (g_strv_contains (wp_hostile_texts (),
                                  wp_device_get_name (device)));
  g_assert_nonnull (strstr (hostile.catalogue, "/etc/passwd"));
  inputs_clear (&hostile);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/filter-stops-open", test_filter_stops_open);
  g_test_add_func ("/sandbox/texts-are-in-the-plans", test_texts_are_in_the_plans);
  g_test_add_func ("/sandbox/hostile-plans", test_hostile_plans);

  return g_test_run ();
}
