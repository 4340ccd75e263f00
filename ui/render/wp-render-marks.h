/* wp-render-marks.h: what the caller tells the renderer about cables and ports
 *
 * The renderer does not run the rules: the caller fills these from its problem list
 * (cable states) or from checking a cable being drawn against each port (verdicts).
 */
#pragma once

#include "wp-plan.h"
#include "wp-render-style.h"

G_BEGIN_DECLS

typedef struct _WpCableStates WpCableStates;
typedef struct _WpPortVerdicts WpPortVerdicts;

WpCableStates  *wp_cable_states_new          (void);
void            wp_cable_states_free         (WpCableStates    *self);
void            wp_cable_states_clear        (WpCableStates    *self);
void            wp_cable_states_add          (WpCableStates    *self,
                                              const char       *cable_id,
                                              WpCableState      state);
void            wp_cable_states_add_problems (WpCableStates    *self,
                                              GPtrArray        *problems);
void            wp_cable_states_remove       (WpCableStates    *self,
                                              const char       *cable_id);
WpCableState    wp_cable_states_lookup       (WpCableStates    *self,
                                              const char       *cable_id);

WpPortVerdicts *wp_port_verdicts_new         (void);
void            wp_port_verdicts_free        (WpPortVerdicts   *self);
void            wp_port_verdicts_clear       (WpPortVerdicts   *self);
void            wp_port_verdicts_set         (WpPortVerdicts   *self,
                                              WpDevice         *device,
                                              guint             port,
                                              WpPortVerdict     verdict);
WpPortVerdict   wp_port_verdicts_lookup      (WpPortVerdicts   *self,
                                              WpDevice         *device,
                                              guint             port);
gboolean        wp_port_verdicts_has_device  (WpPortVerdicts   *self,
                                              WpDevice         *device);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpCableStates, wp_cable_states_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpPortVerdicts, wp_port_verdicts_free)

G_END_DECLS
