/* wp-render-marks.c: cable states and port verdicts, filled by the caller */
#include "config.h"

#include <string.h>

#include "wp-problem.h"
#include "wp-render-marks.h"

struct _WpCableStates
{
  GHashTable *states;   /* owned cable id -> WpCableState */
};

struct _WpPortVerdicts
{
  GHashTable *devices;  /* WpDevice -> GByteArray of WpPortVerdict, by port index */
};

WpCableStates *
wp_cable_states_new (void)
{
  WpCableStates *self = g_new0 (WpCableStates, 1);

  self->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
wp_cable_states_free (WpCableStates *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->states);
  g_free (self);
}

void
wp_cable_states_clear (WpCableStates *self)
{
  g_return_if_fail (self != NULL);
  g_hash_table_remove_all (self->states);
}

/* Records STATE for the cable unless it already has a worse one. */
void
wp_cable_states_add (WpCableStates *self,
                     const char    *cable_id,
                     WpCableState   state)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cable_id != NULL);
  g_return_if_fail (state < WP_N_CABLE_STATES);

  if (state <= wp_cable_states_lookup (self, cable_id))
    return;
  g_hash_table_replace (self->states, g_strdup (cable_id), GUINT_TO_POINTER (state));
}

static WpCableState
state_of_problem (const WpProblem *problem)
{
  if (problem->waived)
    return WP_CABLE_STATE_WAIVED;
  switch (problem->severity)
    {
    case WP_SEVERITY_ERROR:
      return WP_CABLE_STATE_ERROR;
    case WP_SEVERITY_WARNING:
      return WP_CABLE_STATE_WARNING;
    case WP_SEVERITY_INFO:
    default:
      return WP_CABLE_STATE_INFO;
    }
}

/* Marks every cable of every problem (a GPtrArray of WpProblem) with its worst state. */
void
wp_cable_states_add_problems (WpCableStates *self,
                              GPtrArray     *problems)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (problems != NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);

      for (guint c = 0; c < problem->cables->len; c++)
        wp_cable_states_add (self, g_ptr_array_index (problem->cables, c),
                             state_of_problem (problem));
    }
}

/* Forgets the cable's state: it is OK until problems are added for it again. */
void
wp_cable_states_remove (WpCableStates *self,
                        const char    *cable_id)
{
  g_return_if_fail (self != NULL);

  g_hash_table_remove (self->states, cable_id);
}

WpCableState
wp_cable_states_lookup (WpCableStates *self,
                        const char    *cable_id)
{
  g_return_val_if_fail (self != NULL, WP_CABLE_STATE_OK);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->states, cable_id));
}

WpPortVerdicts *
wp_port_verdicts_new (void)
{
  WpPortVerdicts *self = g_new0 (WpPortVerdicts, 1);

  self->devices = g_hash_table_new_full (NULL, NULL, NULL,
                                         (GDestroyNotify) g_byte_array_unref);
  return self;
}

void
wp_port_verdicts_free (WpPortVerdicts *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->devices);
  g_free (self);
}

void
wp_port_verdicts_clear (WpPortVerdicts *self)
{
  g_return_if_fail (self != NULL);
  g_hash_table_remove_all (self->devices);
}

/* DEVICE is not referenced: clear the verdicts before its plan lets it go. */
void
wp_port_verdicts_set (WpPortVerdicts *self,
                      WpDevice       *device,
                      guint           port,
                      WpPortVerdict   verdict)
{
  GByteArray *verdicts;

  g_return_if_fail (self != NULL);
  g_return_if_fail (WP_IS_DEVICE (device));
  g_return_if_fail (port < wp_device_get_n_ports (device));

  verdicts = g_hash_table_lookup (self->devices, device);
  if (verdicts == NULL)
    {
      verdicts = g_byte_array_sized_new (wp_device_get_n_ports (device));
      g_hash_table_insert (self->devices, device, verdicts);
    }
  if (verdicts->len <= port)
    {
      guint old_len = verdicts->len;

      g_byte_array_set_size (verdicts, port + 1);
      memset (verdicts->data + old_len, WP_PORT_VERDICT_NONE, port + 1 - old_len);
    }
  verdicts->data[port] = (guint8) verdict;
}

WpPortVerdict
wp_port_verdicts_lookup (WpPortVerdicts *self,
                         WpDevice       *device,
                         guint           port)
{
  GByteArray *verdicts;

  g_return_val_if_fail (self != NULL, WP_PORT_VERDICT_NONE);

  verdicts = g_hash_table_lookup (self->devices, device);
  if (verdicts == NULL || port >= verdicts->len)
    return WP_PORT_VERDICT_NONE;
  return verdicts->data[port];
}

gboolean
wp_port_verdicts_has_device (WpPortVerdicts *self,
                             WpDevice       *device)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return g_hash_table_contains (self->devices, device);
}
