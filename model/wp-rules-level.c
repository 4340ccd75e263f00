/* wp-rules-level.c: levels and impedance: the level matrix of RULES.md
 * (level-too-hot, level-too-low, line-drives-speaker, speaker-into-input,
 * low-z-into-cv, cv-into-low-z), cv-voltage-mismatch, instrument-loading,
 * not-bridging and ribbon-loading */
#include "config.h"

#include <math.h>

#include "wp-rules-private.h"

typedef enum {
  CELL_UNKNOWN,
  CELL_OK,
  CELL_LOW,
  CELL_HOT,
  CELL_DRIVES,
  CELL_DRIVES_WARNING,
  CELL_INTO,
  CELL_LOW_Z_INTO_CV,
  CELL_CV_INTO_LOW_Z,
} Cell;

/* Rows and columns of the matrix: cv70 and cv100 share one. */
enum {
  CLASS_MIC,
  CLASS_INSTRUMENT,
  CLASS_LINE_CONSUMER,
  CLASS_LINE_PRO,
  CLASS_HEADPHONE,
  CLASS_SPEAKER,
  CLASS_CV,
  N_CLASSES
};

#define OK CELL_OK
#define LOW CELL_LOW
#define HOT CELL_HOT
#define DRV CELL_DRIVES
#define DRW CELL_DRIVES_WARNING
#define INT CELL_INTO

/* Source level (row) into input level (column), as RULES.md writes it. */
static const Cell matrix[N_CLASSES][N_CLASSES] = {
  /*                 mic  instr cons pro  phone speaker             cv */
  /* mic */        { OK,  LOW,  LOW, LOW, DRV,  DRV,                DRV },
  /* instrument */ { OK,  OK,   LOW, LOW, DRV,  DRV,                DRV },
  /* consumer */   { HOT, HOT,  OK,  LOW, DRW,  DRV,                DRV },
  /* pro */        { HOT, HOT,  HOT, OK,  DRW,  DRV,                DRV },
  /* headphone */  { HOT, HOT,  OK,  OK,  OK,   DRW,                DRV },
  /* speaker */    { INT, INT,  INT, INT, INT,  OK,                 CELL_LOW_Z_INTO_CV },
  /* cv */         { INT, INT,  INT, INT, INT,  CELL_CV_INTO_LOW_Z, OK },
};

#undef OK
#undef LOW
#undef HOT
#undef DRV
#undef DRW
#undef INT

static int
level_class (WpLevel level)
{
  switch (level)
    {
    case WP_LEVEL_MIC:
      return CLASS_MIC;
    case WP_LEVEL_INSTRUMENT:
      return CLASS_INSTRUMENT;
    case WP_LEVEL_LINE_CONSUMER:
      return CLASS_LINE_CONSUMER;
    case WP_LEVEL_LINE_PRO:
      return CLASS_LINE_PRO;
    case WP_LEVEL_HEADPHONE:
      return CLASS_HEADPHONE;
    case WP_LEVEL_SPEAKER:
      return CLASS_SPEAKER;
    case WP_LEVEL_CV70:
    case WP_LEVEL_CV100:
      return CLASS_CV;
    case WP_LEVEL_UNSET:
    default:
      return -1;
    }
}

static Cell
level_cell (const WpConnection *connection,
            const WpInputView  *input)
{
  int row = level_class (connection->source->level);
  int column = level_class (input->level);

  if (!wp_connection_is_oriented (connection) || !wp_connection_is_analog (connection)
      || row < 0 || column < 0)
    return CELL_UNKNOWN;
  return matrix[row][column];
}

static void
check_hot (const WpConnection *connection,
           const WpInputView  *input,
           const char         *a,
           const char         *b,
           GPtrArray          *problems)
{
  const WpPort *sink = connection->sink;
  const char *la = wp_rules_level_name (connection->source->level);
  const char *lb = wp_rules_level_name (input->level);
  gboolean mic = input->level == WP_LEVEL_MIC;
  gboolean pad = mic && !isnan (sink->pad_db) && sink->pad_db >= 20;
  g_autofree char *pad_db = pad ? wp_rules_format_number (sink->pad_db) : NULL;

  if (pad && sink->pad_on == WP_FLAG_YES)
    wp_rules_report (problems, connection, "level-too-hot", WP_SEVERITY_INFO,
                     g_strdup_printf (_("%s sends %s into %s, which expects %s; its %s dB pad is "
                                        "on and takes the level down."), a, la, b, lb, pad_db),
                     g_strdup (_("Nothing to do; keep the pad on.")));
  else
    wp_rules_report (problems, connection, "level-too-hot", WP_SEVERITY_WARNING,
                     g_strdup_printf (_("%s sends %s into %s, which expects %s: the input will "
                                        "clip."),
                                      a, la, b, lb),
                     pad ? g_strdup_printf (_("Switch on the %s dB pad on %s."), pad_db, b)
                     : mic ? g_strdup_printf (_("Connect %s to a line input, or put a -20 dB "
                                                "inline pad in front of %s."), a, b)
                     : g_strdup_printf (_("Connect %s to an input made for %s, or turn it down and "
                                          "put an inline attenuator in front of %s."), a, la, b));
}

static void
check_low (const WpConnection *connection,
           const WpInputView  *input,
           const char         *a,
           const char         *b,
           GPtrArray          *problems)
{
  const char *la = wp_rules_level_name (connection->source->level);
  const char *lb = wp_rules_level_name (input->level);
  char *message, *fix;

  if (connection->source->level == WP_LEVEL_LINE_CONSUMER)
    {
      message = g_strdup_printf (_("%s sends %s into %s, which expects %s: it comes out about 12 "
                                   "dB low."), a, la, b, lb);
      fix = g_strdup_printf (_("Raise the gain on %s by about 12 dB, or put a -10 dBV to +4 dBu "
                               "level converter between them."), b);
    }
  else
    {
      message = g_strdup_printf (_("%s sends %s into %s, which expects %s: the signal will be "
                                   "faint and noisy."), a, la, b, lb);
      if (connection->source->level == WP_LEVEL_MIC)
        fix = g_strdup_printf (_("Connect %s to a microphone input, or put a microphone preamp "
                                 "between them."), a);
      else
        fix = g_strdup_printf (_("Put a DI box between %s and a microphone input, or use an "
                                 "instrument (Hi-Z) input."), a);
    }
  wp_rules_report (problems, connection, "level-too-low", WP_SEVERITY_WARNING, message, fix);
}

static void
check_drives (const WpConnection *connection,
              const WpInputView  *input,
              WpSeverity          severity,
              const char         *a,
              const char         *b,
              GPtrArray          *problems)
{
  const char *la = wp_rules_level_name (connection->source->level);
  const char *lb = wp_rules_level_name (input->level);
  char *fix;

  if (input->level == WP_LEVEL_HEADPHONE)
    fix = g_strdup_printf (_("Put a headphone amplifier between %s and %s, or plug the headphones "
                             "into a headphone output."), a, b);
  else if (input->level == WP_LEVEL_SPEAKER)
    fix = g_strdup_printf (_("Put a power amplifier between %s and %s, or use an active "
                             "speaker."), a, b);
  else
    fix = g_strdup_printf (_("Drive %s from a constant-voltage (70 V or 100 V) amplifier output "
                             "fed by %s."), b, a);
  wp_rules_report (problems, connection, "line-drives-speaker", severity,
                   g_strdup_printf (_("%s puts out %s, which cannot drive %s (it takes "
                                      "%s)."), a, la, b, lb),
                   fix);
}

static void
check_cv_voltage (const WpConnection *connection,
                  const WpInputView  *input,
                  GPtrArray          *problems)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  WpLevel line = connection->source->level;

  if (level_class (line) != CLASS_CV || line == input->level)
    return;
  wp_rules_name_ends (connection, &a, &b);
  if (line == WP_LEVEL_CV100)
    wp_rules_report (problems, connection, "cv-voltage-mismatch", WP_SEVERITY_ERROR,
                     g_strdup_printf (_("%s runs a 100 V line into %s, which has a 70 V "
                                        "transformer: every tap takes twice its power."), a, b),
                     g_strdup_printf (_("Use a 100 V transformer (or its 100 V taps) on %s, or run "
                                        "the amplifier's line at 70 V."), b));
  else
    wp_rules_report (problems, connection, "cv-voltage-mismatch", WP_SEVERITY_INFO,
                     g_strdup_printf (_("%s runs a 70 V line into %s, which has a 100 V "
                                        "transformer: it gets half its tap power."), a, b),
                     g_strdup_printf (_("Select the next higher tap on %s if it needs more "
                                        "level."), b));
}

/* FALSE where the levels make the cable wrong as drawn (it needs an amplifier in
 * between, or would destroy the input): then its connectors do not matter. */
gboolean
wp_rules_check_levels (const WpConnection *connection,
                       GPtrArray          *problems)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  WpInputView input;
  Cell cell;

  wp_connection_get_input (connection, &input);
  cell = level_cell (connection, &input);
  if (cell == CELL_UNKNOWN)
    return TRUE;
  /* Most levels fit: then only the voltage of a constant-voltage line can be wrong. */
  if (cell == CELL_OK)
    {
      check_cv_voltage (connection, &input, problems);
      return TRUE;
    }

  wp_rules_name_ends (connection, &a, &b);
  switch (cell)
    {
    case CELL_HOT:
      check_hot (connection, &input, a, b, problems);
      break;
    case CELL_LOW:
      check_low (connection, &input, a, b, problems);
      break;
    case CELL_DRIVES:
      check_drives (connection, &input, WP_SEVERITY_ERROR, a, b, problems);
      break;
    case CELL_DRIVES_WARNING:
      check_drives (connection, &input, WP_SEVERITY_WARNING, a, b, problems);
      break;
    case CELL_INTO:
      wp_rules_report (problems, connection, "speaker-into-input", WP_SEVERITY_ERROR,
                       g_strdup_printf (_("%s carries %s into %s, which takes %s: it can destroy "
                                          "the input or the headphones."), a,
                                        wp_rules_level_name (connection->source->level), b,
                                        wp_rules_level_name (input.level)),
                       g_strdup_printf (_("Connect %s to loudspeakers only, and feed %s from an "
                                          "output of its own level."), a, b));
      break;
    case CELL_LOW_Z_INTO_CV:
      wp_rules_report (problems, connection, "low-z-into-cv", WP_SEVERITY_WARNING,
                       g_strdup_printf (_("%s is a low-impedance speaker output and %s has a "
                                          "constant-voltage transformer: it will play very "
                                          "quietly."), a, b),
                       g_strdup_printf (_("Drive %s from a constant-voltage amplifier output, or "
                                          "set its transformer to the low-impedance setting if it "
                                          "has one."), b));
      break;
    case CELL_CV_INTO_LOW_Z:
      wp_rules_report (problems, connection, "cv-into-low-z", WP_SEVERITY_ERROR,
                       g_strdup_printf (_("%s drives %s into %s, a low-impedance speaker without a "
                                          "transformer: it overloads the amplifier and can burn "
                                          "out the speaker."),
                                        a, wp_rules_level_name (connection->source->level), b),
                       g_strdup_printf (_("Fit a line transformer to %s, or drive it from a "
                                          "low-impedance amplifier output."), b));
      break;
    case CELL_OK:
    case CELL_UNKNOWN:
    default:
      g_assert_not_reached ();
    }
  return cell != CELL_DRIVES && cell != CELL_INTO && cell != CELL_CV_INTO_LOW_Z;
}

/* Loading is judged only where the levels fit at all (or are unknown) and the
 * input impedance is known. */
static gboolean
loading_applies (const WpConnection *connection,
                 const WpInputView  *input)
{
  Cell cell = level_cell (connection, input);

  return wp_connection_is_oriented (connection) && wp_connection_is_analog (connection)
         && !isnan (input->impedance_ohm)
         && (cell == CELL_UNKNOWN || cell == CELL_OK || cell == CELL_LOW || cell == CELL_HOT);
}

/* instrument-loading: a source of 5 kohm or more, or of instrument level, into
 * less than 500 kohm. */
gboolean
wp_rules_is_instrument_loading (const WpConnection *connection,
                                const WpInputView  *input)
{
  const WpPort *source = connection->source;

  return loading_applies (connection, input) && input->impedance_ohm < 500e3
         && (source->impedance_ohm >= 5e3 || source->level == WP_LEVEL_INSTRUMENT);
}

void
wp_rules_check_impedance (const WpConnection *connection,
                          GPtrArray          *problems)
{
  const WpPort *source = connection->source;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *zs = NULL;
  g_autofree char *zin = NULL;
  WpLevel level = source->level;
  gboolean instrument, bridging, ribbon;
  WpInputView input;

  wp_connection_get_input (connection, &input);
  if (!loading_applies (connection, &input))
    return;

  instrument = wp_rules_is_instrument_loading (connection, &input);
  bridging = !instrument && !isnan (source->impedance_ohm)
             && input.impedance_ohm < 10 * source->impedance_ohm
             && (level == WP_LEVEL_LINE_CONSUMER || level == WP_LEVEL_LINE_PRO
                 || level == WP_LEVEL_HEADPHONE);
  ribbon = source->mic_type == WP_MIC_TYPE_RIBBON && !isnan (source->impedance_ohm)
           && input.impedance_ohm < 5 * source->impedance_ohm;
  if (!instrument && !bridging && !ribbon)
    return;

  wp_rules_name_ends (connection, &a, &b);
  zs = isnan (source->impedance_ohm) ? NULL : wp_rules_format_ohm (source->impedance_ohm);
  zin = wp_rules_format_ohm (input.impedance_ohm);
  if (instrument)
    wp_rules_report (problems, connection, "instrument-loading", WP_SEVERITY_WARNING,
                     zs != NULL
                     ? g_strdup_printf (_("%s is a high-impedance source (%s) and %s has an "
                                          "input impedance of only %s: the tone turns dull and "
                                          "weak."), a, zs, b, zin)
                     : g_strdup_printf (_("%s is an instrument output and %s has an input "
                                          "impedance of only %s: the tone turns dull and "
                                          "weak."), a, b, zin),
                     g_strdup (_("Use a DI box, or an instrument (Hi-Z) input of 500 kohm or "
                                 "more.")));
  else if (bridging)
    {
      g_autofree char *needed = wp_rules_format_ohm (10 * source->impedance_ohm);

      wp_rules_report (problems, connection, "not-bridging", WP_SEVERITY_WARNING,
                       g_strdup_printf (_("%s has a source impedance of %s and %s an input "
                                          "impedance of %s, less than ten times as much: level and "
                                          "low end are lost."),
                                        a, zs, b, zin),
                       g_strdup_printf (_("Use an input of %s or more, or put a buffer amplifier "
                                          "between them."), needed));
    }

  if (ribbon)
    {
      g_autofree char *needed = wp_rules_format_ohm (5 * source->impedance_ohm);

      wp_rules_report (problems, connection, "ribbon-loading", WP_SEVERITY_WARNING,
                       g_strdup_printf (_("%s is a passive ribbon microphone of %s and %s has an "
                                          "input impedance of %s, less than five times as much: it "
                                          "loses level and low end."), a, zs, b, zin),
                       g_strdup_printf (_("Use a preamp with an input impedance of %s or more "
                                          "(many have a ribbon setting), or an inline ribbon "
                                          "booster."), needed));
    }
}
