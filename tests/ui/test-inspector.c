/* test-inspector.c: the inspector shows the selection and edits it through the
 * history, driven through its real widgets on club-gig.wireplan.
 */
#include "config.h"

#include <math.h>

#include "wp-inspector.h"
#include "wp-ui-test-util.h"

typedef struct {
  WpPlan      *plan;
  WpDocument  *document;
  WpHistory   *history;
  WpSelection *selection;
  GtkWindow   *window;
  WpInspector *inspector;
} Fixture;

static void
fixture_set_up_with (Fixture *fixture,
                     WpPlan  *plan)
{
  fixture->plan = plan;
  fixture->document = wp_document_new (fixture->plan);
  fixture->history = wp_document_get_history (fixture->document);
  fixture->selection = wp_document_get_selection (fixture->document);
  fixture->inspector = WP_INSPECTOR (wp_inspector_new ());
  wp_inspector_set_document (fixture->inspector, fixture->document);
  g_assert_true (wp_inspector_get_document (fixture->inspector) == fixture->document);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 380, 800);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->inspector));
  wp_ui_test_present (fixture->window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_set_up_with (fixture, wp_test_load_example ("club-gig.wireplan"));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  WpDocument *document = fixture->document;

  gtk_window_destroy (fixture->window);
  wp_ui_test_iterate ();
  /* The inspector let go of the document. */
  g_object_add_weak_pointer (G_OBJECT (document), (gpointer *) &document);
  g_clear_object (&fixture->document);
  g_assert_null (document);
  g_clear_object (&fixture->plan);
}

/* The widget called @name under @root (its GtkWidget:name), or NULL. */
static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The widget called @name on the page shown: it must be there and on screen. */
static GtkWidget *
shown (Fixture    *fixture,
       const char *name)
{
  GtkWidget *widget = find_named (GTK_WIDGET (fixture->inspector), name);

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_get_mapped (widget));
  return widget;
}

static void
select_device (Fixture    *fixture,
               const char *id)
{
  WpDevice *device = wp_plan_find_device (fixture->plan, id);

  g_assert_nonnull (device);
  wp_selection_select_device (fixture->selection, device, WP_SELECT_REPLACE);
  wp_ui_test_iterate ();
}

static WpCable *
select_cable (Fixture    *fixture,
              const char *id)
{
  WpCable *cable = wp_plan_find_cable (fixture->plan, id);

  g_assert_nonnull (cable);
  wp_selection_select_cable (fixture->selection, cable, WP_SELECT_REPLACE);
  wp_ui_test_iterate ();
  return cable;
}

/* Types @text into an entry row and confirms it with Enter. */
static void
enter_text (GtkWidget  *row,
            const char *text)
{
  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
  wp_ui_test_iterate ();
}

static const char *
row_subtitle (GtkWidget *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* The problem of @rule on cable @cable_id, as the validator has it now. */
static WpProblem *
find_problem (Fixture    *fixture,
              const char *cable_id,
              const char *rule)
{
  g_autoptr(GPtrArray) problems =
    wp_validator_get_cable_problems (wp_document_get_validator (fixture->document), cable_id);

  for (guint i = 0; i < problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (problem->rule, rule))
        return wp_problem_copy (problem);
    }
  return NULL;
}

static void
test_plan_details (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *hint = shown (fixture, "inspector-hint");
  GtkWidget *title = shown (fixture, "meta-title");
  GtkWidget *venue = shown (fixture, "meta-venue");

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (hint)), ==, "Select a device or cable to inspect it");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Club gig: The Lanterns");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (shown (fixture, "meta-date"))), ==, "2026-11-28");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (shown (fixture, "meta-author"))), ==, "FOH: Alex");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (shown (fixture, "meta-revision"))), ==, "B");

  enter_text (venue, "The Barn");
  g_assert_cmpstr (wp_plan_get_meta (fixture->plan, WP_META_VENUE), ==, "The Barn");
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_cmpstr (wp_plan_get_meta (fixture->plan, WP_META_VENUE), ==, "The Hall, Main Street");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (venue)), ==, "The Hall, Main Street");
  g_assert_false (wp_history_get_can_undo (fixture->history));

  /* The notes are written when the focus leaves them. */
  gtk_widget_grab_focus (shown (fixture, "meta-notes"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (shown (fixture, "meta-notes"))),
                            "Load in at 15:00.", -1);
  g_assert_cmpstr (wp_plan_get_meta (fixture->plan, WP_META_NOTES), !=, "Load in at 15:00.");
  gtk_widget_grab_focus (title);
  wp_ui_test_iterate ();
  g_assert_cmpstr (wp_plan_get_meta (fixture->plan, WP_META_NOTES), ==, "Load in at 15:00.");
}

static void
test_device_name (Fixture       *fixture,
                  gconstpointer  data)
{
  WpDevice *kick = wp_plan_find_device (fixture->plan, "kick");
  GtkWidget *name;

  select_device (fixture, "kick");
  name = shown (fixture, "device-name");
  g_assert_false (gtk_widget_get_mapped (find_named (GTK_WIDGET (fixture->inspector),
                                                     "inspector-hint")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Kick");
  g_assert_cmpstr (row_subtitle (shown (fixture, "device-model")), ==, "generic.dynamic-kick-mic");
  g_assert_cmpstr (row_subtitle (shown (fixture, "device-zone")), ==, "Stage");

  enter_text (name, "Kick in");
  g_assert_cmpstr (wp_device_get_name (kick), ==, "Kick in");
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_cmpstr (wp_device_get_name (kick), ==, "Kick");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Kick");
  g_assert_true (wp_history_redo (fixture->history));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Kick in");

  /* Leaving the field confirms it too. */
  gtk_widget_grab_focus (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "Kick drum");
  g_assert_cmpstr (wp_device_get_name (kick), ==, "Kick in");
  gtk_widget_grab_focus (shown (fixture, "device-notes"));
  wp_ui_test_iterate ();
  g_assert_cmpstr (wp_device_get_name (kick), ==, "Kick drum");
  g_assert_cmpstr (wp_history_get_undo_label (fixture->history), ==, "Edit device “Kick in”");
}

/* What was typed and not confirmed is written before the inspector turns to
 * another object, to the object it was typed for. */
static void
test_commit_on_selection_change (Fixture       *fixture,
                                 gconstpointer  data)
{
  WpDevice *kick = wp_plan_find_device (fixture->plan, "kick");
  WpDevice *snare = wp_plan_find_device (fixture->plan, "snare");
  GtkTextBuffer *notes;

  select_device (fixture, "kick");
  gtk_editable_set_text (GTK_EDITABLE (shown (fixture, "device-name")), "Kick out");
  notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (shown (fixture, "device-notes")));
  gtk_text_buffer_set_text (notes, "Beta 91 inside", -1);
  g_assert_cmpstr (wp_device_get_name (kick), ==, "Kick");

  select_device (fixture, "snare");
  g_assert_cmpstr (wp_device_get_name (kick), ==, "Kick out");
  g_assert_cmpstr (wp_device_get_notes (kick), ==, "Beta 91 inside");
  g_assert_cmpstr (wp_device_get_name (snare), ==, "Snare");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (shown (fixture, "device-name"))), ==, "Snare");
}

/* Showing objects and switching pages writes nothing. */
static void
test_no_feedback (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *devices[] = { "kick", "desk", "amp1", "w3", "bassdi" };
  const char *cables[] = { "c1", "c4", "c26", "c41", "c35" };

  for (guint i = 0; i < G_N_ELEMENTS (devices); i++)
    {
      select_device (fixture, devices[i]);
      select_cable (fixture, cables[i]);
    }
  wp_selection_select_zone (fixture->selection, wp_plan_find_zone (fixture->plan, "foh"));
  wp_ui_test_iterate ();
  wp_selection_select_all (fixture->selection);
  wp_ui_test_iterate ();
  wp_selection_clear (fixture->selection);
  wp_ui_test_iterate ();
  g_assert_false (wp_history_get_can_undo (fixture->history));
  g_assert_false (wp_history_get_modified (fixture->history));
}

static void
test_phantom (Fixture       *fixture,
              gconstpointer  data)
{
  WpDevice *desk = wp_plan_find_device (fixture->plan, "desk");
  g_autoptr(WpProblem) before = find_problem (fixture, "c4", "phantom-missing");
  g_autoptr(WpProblem) after = NULL;
  g_autoptr(WpProblem) undone = NULL;
  GtkWidget *phantom;

  g_assert_nonnull (before);
  select_device (fixture, "desk");
  phantom = shown (fixture, "phantom:mic4");
  shown (fixture, "pad:mic4");
  /* Outputs supply no phantom and have no pad. */
  g_assert_null (find_named (GTK_WIDGET (fixture->inspector), "phantom:main-l"));
  g_assert_null (find_named (GTK_WIDGET (fixture->inspector), "pad:main-l"));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (phantom)));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (shown (fixture, "phantom:mic3"))));

  gtk_switch_set_active (GTK_SWITCH (phantom), TRUE);
  wp_ui_test_iterate ();
  g_assert_cmpint (wp_device_find_port (desk, "mic4", NULL)->phantom_on, ==, WP_FLAG_YES);
  after = find_problem (fixture, "c4", "phantom-missing");
  g_assert_null (after);
  g_assert_cmpstr (wp_history_get_undo_label (fixture->history), ==,
                   "Change port “Ch 4 mic” of “FOH console”");

  g_assert_true (wp_history_undo (fixture->history));
  g_assert_cmpint (wp_device_find_port (desk, "mic4", NULL)->phantom_on, ==, WP_FLAG_NO);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (shown (fixture, "phantom:mic4"))));
  undone = find_problem (fixture, "c4", "phantom-missing");
  g_assert_nonnull (undone);
  g_assert_false (wp_history_get_can_undo (fixture->history));

  /* The pad is its own attribute. */
  gtk_switch_set_active (GTK_SWITCH (shown (fixture, "pad:mic4")), TRUE);
  g_assert_cmpint (wp_device_find_port (desk, "mic4", NULL)->pad_on, ==, WP_FLAG_YES);
  g_assert_cmpint (wp_device_find_port (desk, "mic4", NULL)->phantom_on, ==, WP_FLAG_NO);
}

/* Bridge mode only where the port declares it. */
static void
test_bridged (Fixture       *fixture,
              gconstpointer  data)
{
  WpDevice *amp = wp_plan_find_device (fixture->plan, "amp1");
  GtkWidget *bridged;

  select_device (fixture, "amp1");
  bridged = shown (fixture, "bridged:bridge");
  g_assert_null (find_named (GTK_WIDGET (fixture->inspector), "bridged:out-a"));
  g_assert_null (find_named (GTK_WIDGET (fixture->inspector), "phantom:in-a"));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (bridged)));
  gtk_switch_set_active (GTK_SWITCH (bridged), FALSE);
  g_assert_cmpint (wp_device_find_port (amp, "bridge", NULL)->bridged, ==, WP_FLAG_NO);
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (shown (fixture, "bridged:bridge"))));
}

/* The transformer tap of a 70 V speaker; empty is unknown. */
static void
test_tap (Fixture       *fixture,
          gconstpointer  data)
{
  WpDevice *speaker;
  GtkSpinButton *tap;

  g_clear_object (&fixture->document);
  g_clear_object (&fixture->plan);
  gtk_window_destroy (fixture->window);
  fixture_set_up_with (fixture, wp_test_load_example ("installed-70v.wireplan"));
  speaker = wp_plan_find_device (fixture->plan, "cs1");

  select_device (fixture, "cs1");
  tap = GTK_SPIN_BUTTON (shown (fixture, "tap:in"));
  g_assert_null (find_named (GTK_WIDGET (fixture->inspector), "tap:thru"));
  g_assert_cmpfloat (gtk_spin_button_get_value (tap), ==, 6);
  gtk_spin_button_set_value (tap, 10);
  g_assert_cmpfloat (wp_device_find_port (speaker, "in", NULL)->cv_tap_w, ==, 10);
  gtk_editable_set_text (GTK_EDITABLE (tap), "");
  gtk_spin_button_update (tap);
  g_assert_true (isnan (wp_device_find_port (speaker, "in", NULL)->cv_tap_w));
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_cmpfloat (wp_device_find_port (speaker, "in", NULL)->cv_tap_w, ==, 6);
  g_assert_cmpfloat (gtk_spin_button_get_value (tap), ==, 6);
}

static void
test_cable_fields (Fixture       *fixture,
                   gconstpointer  data)
{
  WpCable *cable = select_cable (fixture, "c1");
  GtkWidget *label = shown (fixture, "cable-label");
  GtkSpinButton *length = GTK_SPIN_BUTTON (shown (fixture, "cable-length"));
  GtkWidget *colour = shown (fixture, "cable-colour");

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shown (fixture, "cable-ends"))), ==,
                   "“Kick” Out → “Stage box 16x4” Ch 1 (stage)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (label)), ==, "MIC-01");
  g_assert_cmpfloat (gtk_spin_button_get_value (length), ==, 8);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (length)), ==, "8");

  enter_text (label, "KICK-IN");
  g_assert_cmpstr (wp_cable_get_label (cable), ==, "KICK-IN");

  gtk_widget_grab_focus (GTK_WIDGET (length));
  gtk_editable_set_text (GTK_EDITABLE (length), "12.25");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (length)), "activate");
  g_assert_cmpfloat (wp_cable_get_length_m (cable), ==, 12.25);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (length)), ==, "12.25");

  /* Empty is unknown; what is not a number changes nothing. */
  gtk_editable_set_text (GTK_EDITABLE (length), "");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (length)), "activate");
  g_assert_true (isnan (wp_cable_get_length_m (cable)));
  gtk_editable_set_text (GTK_EDITABLE (length), "long");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (length)), "activate");
  g_assert_true (isnan (wp_cable_get_length_m (cable)));

  gtk_widget_activate_action (GTK_WIDGET (fixture->inspector), "inspector.set-cable-colour",
                              "s", "Red");
  g_assert_cmpstr (wp_cable_get_color (cable), ==, "Red");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (colour)), ==, "Red");
  enter_text (colour, "Red/white");
  g_assert_cmpstr (wp_cable_get_color (cable), ==, "Red/white");

  /* Each edit is its own step, and undo shows in the fields. */
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (colour)), ==, "");
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_cmpfloat (wp_cable_get_length_m (cable), ==, 12.25);
  g_assert_cmpfloat (gtk_spin_button_get_value (length), ==, 12.25);
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_cmpfloat (wp_cable_get_length_m (cable), ==, 8);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (length)), ==, "8");
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_cmpstr (wp_cable_get_label (cable), ==, "MIC-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (label)), ==, "MIC-01");
  g_assert_false (wp_history_get_can_undo (fixture->history));
}

/* The open waive dialog. */
static AdwMessageDialog *
find_dialog (void)
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

/* Answers the open dialog as its button would: the response, then closing. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  wp_ui_test_iterate ();
}

/* Clicks the Waive button of a problem of @cable and gives @note as the reason. */
static void
waive_with (GtkWidget  *button,
            WpCable    *cable,
            const char *rule,
            const char *note)
{
  AdwMessageDialog *dialog;
  GtkEditable *entry;

  g_signal_emit_by_name (button, "clicked");
  wp_ui_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  entry = GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "waive-note"));
  g_assert_nonnull (entry);

  /* A waiver needs its reason. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "waive"));
  gtk_editable_set_text (entry, "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "waive"));
  adw_message_dialog_response (dialog, "waive");
  g_assert_false (wp_cable_is_waived (cable, rule));

  gtk_editable_set_text (entry, note);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "waive"));
  respond (dialog, "waive");
}

static void
test_problems (Fixture       *fixture,
               gconstpointer  data)
{
  WpCable *cable;
  GtkWidget *row;
  g_autoptr(WpProblem) waived = NULL;
  g_autoptr(WpProblem) unwaived = NULL;

  /* The wedges pull their amplifier below its minimum load: an error of the
   * whole net, shown on each of its cables, which may not be waived. */
  for (guint i = 0; i < 3; i++)
    {
      const char *ids[] = { "c41", "c42", "c43" };

      select_cable (fixture, ids[i]);
      row = shown (fixture, "problem:load-below-minimum");
      g_assert_null (find_named (row, "waive"));
    }
  g_assert_null (find_named (GTK_WIDGET (fixture->inspector), "problem:level-too-hot"));

  cable = select_cable (fixture, "c26");
  row = shown (fixture, "problem:level-too-hot");
  g_assert_null (find_named (row, "unwaive"));

  /* Cancelling records nothing. */
  g_signal_emit_by_name (find_named (row, "waive"), "clicked");
  wp_ui_test_iterate ();
  g_assert_nonnull (find_dialog ());
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (find_dialog ()), "waive-note")),
                         "Never mind");
  respond (find_dialog (), "cancel");
  g_assert_null (find_dialog ());
  g_assert_false (wp_cable_is_waived (cable, "level-too-hot"));
  g_assert_false (wp_history_get_can_undo (fixture->history));

  waive_with (find_named (row, "waive"), cable, "level-too-hot", "DI pad engaged on the night");
  g_assert_cmpstr (wp_cable_find_waiver (cable, "level-too-hot", NULL)->note, ==,
                   "DI pad engaged on the night");
  waived = find_problem (fixture, "c26", "level-too-hot");
  g_assert_true (waived->waived);
  row = shown (fixture, "problem:level-too-hot");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (row, "waiver-note"))), ==,
                   "Waived: DI pad engaged on the night");
  g_assert_null (find_named (row, "waive"));

  g_signal_emit_by_name (find_named (row, "unwaive"), "clicked");
  wp_ui_test_iterate ();
  g_assert_false (wp_cable_is_waived (cable, "level-too-hot"));
  unwaived = find_problem (fixture, "c26", "level-too-hot");
  g_assert_false (unwaived->waived);
  row = shown (fixture, "problem:level-too-hot");
  g_assert_nonnull (find_named (row, "waive"));
  g_assert_null (find_named (row, "waiver-note"));

  g_assert_true (wp_history_undo (fixture->history));
  g_assert_true (wp_cable_is_waived (cable, "level-too-hot"));
  g_assert_nonnull (find_named (shown (fixture, "problem:level-too-hot"), "unwaive"));
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_false (wp_cable_is_waived (cable, "level-too-hot"));
  g_assert_nonnull (find_named (shown (fixture, "problem:level-too-hot"), "waive"));
}

/* Two speakers of different impedance on one amplifier output. */
static const char net_plan[] =
  "{ \"format\": \"wireplan\", \"version\": 1, \"meta\": {}, \"zones\": [],"
  "  \"devices\": ["
  "    { \"id\": \"amp\", \"name\": \"Amp\", \"x\": 0, \"y\": 0, \"ports\": ["
  "      { \"id\": \"out\", \"name\": \"Out\", \"direction\": \"out\", \"signal\": \"analog\","
  "        \"level\": \"speaker\", \"connector\": \"speakon-nl4\", \"min_load_ohm\": 2 } ] },"
  "    { \"id\": \"s1\", \"name\": \"Top\", \"x\": 0, \"y\": 0, \"ports\": ["
  "      { \"id\": \"in\", \"name\": \"In\", \"direction\": \"in\", \"signal\": \"analog\","
  "        \"level\": \"speaker\", \"connector\": \"speakon-nl4\", \"impedance_ohm\": 8 } ] },"
  "    { \"id\": \"s2\", \"name\": \"Sub\", \"x\": 0, \"y\": 0, \"ports\": ["
  "      { \"id\": \"in\", \"name\": \"In\", \"direction\": \"in\", \"signal\": \"analog\","
  "        \"level\": \"speaker\", \"connector\": \"speakon-nl4\", \"impedance_ohm\": 4 } ] } ],"
  "  \"cables\": ["
  "    { \"id\": \"k1\", \"from\": { \"device\": \"amp\", \"port\": \"out\" },"
  "      \"to\": { \"device\": \"s1\", \"port\": \"in\" } },"
  "    { \"id\": \"k2\", \"from\": { \"device\": \"amp\", \"port\": \"out\" },"
  "      \"to\": { \"device\": \"s2\", \"port\": \"in\" } } ] }";

/* A problem of a net is waived on all of its cables at once. */
static void
test_waive_net (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WpPlan *plan = wp_test_load_string (net_plan, &error);
  WpCable *k1, *k2;
  GtkWidget *row;
  g_autoptr(WpProblem) problem = NULL;

  g_assert_no_error (error);
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->plan);
  gtk_window_destroy (fixture->window);
  fixture_set_up_with (fixture, plan);
  k1 = wp_plan_find_cable (plan, "k1");
  k2 = wp_plan_find_cable (plan, "k2");

  select_cable (fixture, "k2");
  row = shown (fixture, "problem:unequal-parallel-load");
  waive_with (find_named (row, "waive"), k2, "unequal-parallel-load",
              "Sub and top share the channel on purpose");
  g_assert_true (wp_cable_is_waived (k1, "unequal-parallel-load"));
  g_assert_true (wp_cable_is_waived (k2, "unequal-parallel-load"));
  problem = find_problem (fixture, "k2", "unequal-parallel-load");
  g_assert_true (problem->waived);
  g_assert_nonnull (find_named (shown (fixture, "problem:unequal-parallel-load"), "unwaive"));

  /* One step. */
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_false (wp_cable_is_waived (k1, "unequal-parallel-load"));
  g_assert_false (wp_cable_is_waived (k2, "unequal-parallel-load"));
  g_assert_false (wp_history_get_can_undo (fixture->history));
}

static void
test_zone (Fixture       *fixture,
           gconstpointer  data)
{
  WpZone *zone = wp_plan_find_zone (fixture->plan, "amps");
  GtkWidget *name;

  wp_selection_select_zone (fixture->selection, zone);
  wp_ui_test_iterate ();
  name = shown (fixture, "zone-name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Amp rack");
  g_assert_cmpstr (row_subtitle (shown (fixture, "zone-size")), ==, "1500 × 700");
  enter_text (name, "Dimmer city");
  g_assert_cmpstr (wp_zone_get_name (zone), ==, "Dimmer city");
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Amp rack");
}

static void
test_several (Fixture       *fixture,
              gconstpointer  data)
{
  WpDevice *devices[] = {
    wp_plan_find_device (fixture->plan, "kick"),
    wp_plan_find_device (fixture->plan, "snare"),
    wp_plan_find_device (fixture->plan, "ohl"),
  };
  WpCable *cables[] = {
    wp_plan_find_cable (fixture->plan, "c1"),
    wp_plan_find_cable (fixture->plan, "c2"),
  };
  GtkWidget *summary;

  wp_selection_set (fixture->selection, devices, 3, cables, 2, WP_SELECT_REPLACE);
  wp_ui_test_iterate ();
  summary = shown (fixture, "inspector-summary");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==, "3 devices and 2 cables selected");
  /* Nothing to edit. */
  g_assert_false (gtk_widget_get_mapped (find_named (GTK_WIDGET (fixture->inspector), "device-name")));
  g_assert_false (gtk_widget_get_mapped (find_named (GTK_WIDGET (fixture->inspector), "cable-label")));
  g_assert_false (gtk_widget_get_mapped (find_named (GTK_WIDGET (fixture->inspector), "meta-title")));

  wp_selection_set (fixture->selection, devices, 1, cables, 1, WP_SELECT_REPLACE);
  wp_ui_test_iterate ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==, "1 device and 1 cable selected");
  wp_selection_set (fixture->selection, NULL, 0, cables, 2, WP_SELECT_REPLACE);
  wp_ui_test_iterate ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==, "2 cables selected");
  wp_selection_set (fixture->selection, devices, 2, NULL, 0, WP_SELECT_REPLACE);
  wp_ui_test_iterate ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==, "2 devices selected");

  /* Back to one: its page. */
  wp_selection_set (fixture->selection, devices, 1, NULL, 0, WP_SELECT_REPLACE);
  wp_ui_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (shown (fixture, "device-name"))), ==, "Kick");
}

/* A removed device leaves the selection and the inspector. */
static void
test_removed (Fixture       *fixture,
              gconstpointer  data)
{
  WpDevice *kick = wp_plan_find_device (fixture->plan, "kick");

  select_device (fixture, "kick");
  gtk_editable_set_text (GTK_EDITABLE (shown (fixture, "device-name")), "Kick typed");
  wp_history_remove_devices (fixture->history, &kick, 1);
  wp_ui_test_iterate ();
  shown (fixture, "meta-title");
  g_assert_true (wp_history_undo (fixture->history));
  g_assert_cmpstr (wp_device_get_name (wp_plan_find_device (fixture->plan, "kick")), ==, "Kick");
}

/* Names from a plan file are text, never markup: "&" and "<" show as typed. */
static void
test_markup_in_names (void)
{
  Fixture fixture = { 0 };
  g_autofree char *path = wp_test_fixture_path ("data", "examples", "club-gig.wireplan", NULL);
  g_autofree char *text = NULL;
  g_autofree char *odd = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GError) error = NULL;
  GtkLabel *model, *zone;
  WpDevice *kick;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  parts = g_strsplit (text, "generic.dynamic-kick-mic", -1);
  odd = g_strjoinv ("Kick <b>mk2</b> & co", parts);
  fixture_set_up_with (&fixture, wp_test_load_string (odd, &error));
  g_assert_no_error (error);
  kick = wp_plan_find_device (fixture.plan, "kick");
  wp_plan_set_zone_name (fixture.plan, wp_plan_find_zone (fixture.plan, wp_device_get_zone (kick)),
                         "Stage <left> & \"wings");
  select_device (&fixture, "kick");

  model = wp_ui_test_find_label (shown (&fixture, "device-model"), "subtitle");
  zone = wp_ui_test_find_label (shown (&fixture, "device-zone"), "subtitle");
  g_assert_cmpstr (gtk_label_get_text (model), ==, "Kick <b>mk2</b> & co");
  g_assert_cmpstr (gtk_label_get_text (zone), ==, "Stage <left> & \"wings");
  fixture_tear_down (&fixture, NULL);
}

static void
test_no_document (void)
{
  GtkWidget *inspector = g_object_ref_sink (wp_inspector_new ());
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpDocument) document = wp_document_new (plan);

  /* Without a document nothing can be edited. */
  g_assert_null (wp_inspector_get_document (WP_INSPECTOR (inspector)));
  g_assert_false (gtk_widget_is_sensitive (find_named (inspector, "meta-title")));
  g_object_set (inspector, "document", document, NULL);
  g_assert_true (wp_inspector_get_document (WP_INSPECTOR (inspector)) == document);
  g_assert_true (gtk_widget_is_sensitive (find_named (inspector, "meta-title")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (inspector, "meta-title"))), ==,
                   "Club gig: The Lanterns");
  wp_selection_select_device (wp_document_get_selection (document),
                              wp_plan_find_device (plan, "desk"), WP_SELECT_REPLACE);
  g_assert_nonnull (find_named (inspector, "phantom:mic1"));
  wp_inspector_set_document (WP_INSPECTOR (inspector), NULL);
  g_assert_null (wp_inspector_get_document (WP_INSPECTOR (inspector)));
  g_assert_false (gtk_widget_is_sensitive (find_named (inspector, "meta-title")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (inspector, "meta-title"))), ==, "");
  g_assert_null (find_named (inspector, "phantom:mic1"));
  /* The old document's selection no longer reaches it. */
  wp_selection_select_device (wp_document_get_selection (document),
                              wp_plan_find_device (plan, "kick"), WP_SELECT_REPLACE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (inspector, "device-name"))), !=, "Kick");
  g_object_unref (inspector);
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/inspector/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("plan-details", test_plan_details);
  ADD ("device-name", test_device_name);
  ADD ("commit-on-selection-change", test_commit_on_selection_change);
  ADD ("no-feedback", test_no_feedback);
  ADD ("phantom", test_phantom);
  ADD ("bridged", test_bridged);
  ADD ("tap", test_tap);
  ADD ("cable-fields", test_cable_fields);
  ADD ("problems", test_problems);
  ADD ("waive-net", test_waive_net);
  ADD ("zone", test_zone);
  ADD ("several", test_several);
  ADD ("removed", test_removed);
#undef ADD
  g_test_add_func ("/inspector/no-document", test_no_document);
  g_test_add_func ("/inspector/markup-in-names", test_markup_in_names);
  return g_test_run ();
}
