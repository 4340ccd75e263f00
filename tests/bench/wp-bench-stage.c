/* wp-bench-stage.c: the recipe of one stage of a realistic benchmark plan */
#include "config.h"

#include "wp-bench-stage.h"

const char * const wp_bench_zone_names[N_ZONES] = {
  "Stage", "Stage rack", "FOH", "Monitor world", "Amp rack", "PA",
};

/* One stage, in the order it is wired: what a stage cannot do without first, so that
 * a stage short of cables loses its extras (phones, talkback, network). */
const Part wp_bench_parts[] = {
  { "generic.dynamic-vocal-mic", "Vocal 1", ZONE_STAGE, ROLE_SOURCE, { ROLE_MULTICORE }, 0 },
  { "generic.dynamic-vocal-mic", "Vocal 2", ZONE_STAGE, ROLE_SOURCE, { ROLE_MULTICORE }, 0 },
  { "generic.dynamic-vocal-mic", "Vocal 3", ZONE_STAGE, ROLE_SOURCE, { ROLE_MULTICORE }, 0 },
  { "generic.wireless-mic-receiver", "Wireless 1", ZONE_STAGE, ROLE_SOURCE, { ROLE_MULTICORE }, ONE_OUT },
  { "generic.wireless-mic-receiver", "Wireless 2", ZONE_STAGE, ROLE_SOURCE, { ROLE_MULTICORE }, ONE_OUT },
  { "generic.dynamic-kick-mic", "Kick", ZONE_STAGE, ROLE_SOURCE, { ROLE_MULTICORE }, 0 },
  { "generic.dynamic-instrument-mic", "Snare", ZONE_STAGE, ROLE_SOURCE, { ROLE_MULTICORE }, 0 },
  { "generic.dynamic-drum-clip-mic", "Tom", ZONE_STAGE, ROLE_SOURCE, { ROLE_MULTICORE }, 0 },
  { "generic.small-diaphragm-condenser-mic", "OH L", ZONE_STAGE, ROLE_SOURCE, { ROLE_MULTICORE }, 0 },
  { "generic.small-diaphragm-condenser-mic", "OH R", ZONE_STAGE, ROLE_SOURCE, { ROLE_MULTICORE }, 0 },
  { "generic.passive-electric-guitar", "Guitar", ZONE_STAGE, ROLE_SOURCE, { ROLE_GUITAR_AMP }, 0 },
  { "generic.guitar-amp-head", "Guitar amp", ZONE_STAGE, ROLE_GUITAR_AMP, { ROLE_CABINET, ROLE_MULTICORE }, 0 },
  { "generic.guitar-cabinet-4x12", "Guitar cab", ZONE_STAGE, ROLE_CABINET, { ROLE_NONE }, 0 },
  { "generic.dynamic-instrument-mic", "Guitar cab mic", ZONE_STAGE, ROLE_SOURCE, { ROLE_MULTICORE }, 0 },
  { "generic.passive-bass-guitar", "Bass", ZONE_STAGE, ROLE_SOURCE, { ROLE_DI }, 0 },
  { "generic.active-di", "Bass DI", ZONE_STAGE, ROLE_DI, { ROLE_MULTICORE }, 0 },
  { "generic.stereo-keyboard", "Keys", ZONE_STAGE, ROLE_SOURCE, { ROLE_DI }, 0 },
  { "generic.stereo-di", "Keys DI", ZONE_STAGE, ROLE_DI, { ROLE_MULTICORE }, 0 },

  { "generic.analog-snake-24x8", "Multicore", ZONE_STAGE_RACK, ROLE_MULTICORE,
    { ROLE_FOH }, THROUGH },

  /* Insert sends as direct outs, through the patchbay to the outboard and to the
   * monitor desk; see wp_bench_routes[] for the rest. */
  { "generic.analog-console-24", "FOH desk", ZONE_FOH, ROLE_FOH, { ROLE_PATCH }, 0 },
  { "generic.trs-patchbay-48", "FOH patchbay", ZONE_FOH, ROLE_PATCH,
    { ROLE_OUTBOARD, ROLE_MONITOR_DESK }, THROUGH },
  { "generic.noise-gate-4ch", "Drum gates", ZONE_FOH, ROLE_OUTBOARD, { ROLE_FOH }, 0 },
  { "generic.stereo-compressor", "Vocal comp", ZONE_FOH, ROLE_OUTBOARD, { ROLE_FOH }, 0 },
  { "generic.digital-reverb", "Reverb", ZONE_FOH, ROLE_OUTBOARD, { ROLE_FOH }, 0 },
  { "generic.speaker-processor", "Drive rack", ZONE_FOH, ROLE_DRIVE,
    { ROLE_FILL, ROLE_PA_AMP }, 0 },

  { "generic.analog-console-24", "Monitor desk", ZONE_MONITORS, ROLE_MONITOR_DESK, { ROLE_NONE }, 0 },
  { "generic.graphic-eq-2x31", "Wedge EQ 1", ZONE_MONITORS, ROLE_WEDGE_EQ, { ROLE_WEDGE_AMP }, 0 },
  { "generic.graphic-eq-2x31", "Wedge EQ 2", ZONE_MONITORS, ROLE_WEDGE_EQ, { ROLE_WEDGE_AMP }, 0 },
  { "generic.iem-transmitter", "IEM 1", ZONE_MONITORS, ROLE_IEM, { ROLE_NONE }, 0 },

  { "generic.power-amp-4ch", "PA amp", ZONE_AMPS, ROLE_PA_AMP, { ROLE_PA }, 0 },
  /* Fed over the network: the delay line is far from FOH. */
  { "generic.dsp-amp-4ch-dante", "Delay amp", ZONE_AMPS, ROLE_PA_AMP, { ROLE_NETWORK, ROLE_PA }, 0 },
  { "generic.power-amp-4ch", "Wedge amp", ZONE_AMPS, ROLE_WEDGE_AMP, { ROLE_WEDGE }, 0 },

  { "generic.passive-fullrange-15", "Main L", ZONE_PA, ROLE_PA, { ROLE_NONE }, 0 },
  { "generic.passive-fullrange-15", "Main R", ZONE_PA, ROLE_PA, { ROLE_NONE }, 0 },
  { "generic.passive-sub-2x18-4ohm", "Sub L", ZONE_PA, ROLE_PA, { ROLE_NONE }, 0 },
  { "generic.passive-sub-2x18-4ohm", "Sub R", ZONE_PA, ROLE_PA, { ROLE_NONE }, 0 },
  { "generic.passive-fullrange-12", "Delay L", ZONE_PA, ROLE_PA, { ROLE_NONE }, 0 },
  { "generic.passive-fullrange-12", "Delay R", ZONE_PA, ROLE_PA, { ROLE_NONE }, 0 },
  { "generic.active-speaker-12", "Front fill L", ZONE_PA, ROLE_FILL, { ROLE_NONE }, 0 },
  { "generic.active-speaker-12", "Front fill R", ZONE_PA, ROLE_FILL, { ROLE_NONE }, 0 },
  { "generic.passive-wedge", "Wedge 1", ZONE_STAGE, ROLE_WEDGE, { ROLE_NONE }, 0 },
  { "generic.passive-wedge", "Wedge 2", ZONE_STAGE, ROLE_WEDGE, { ROLE_NONE }, 0 },
  { "generic.passive-wedge", "Wedge 3", ZONE_STAGE, ROLE_WEDGE, { ROLE_NONE }, 0 },
  { "generic.passive-wedge", "Wedge 4", ZONE_STAGE, ROLE_WEDGE, { ROLE_NONE }, 0 },

  { "generic.multitrack-recorder-dante", "Recorder", ZONE_FOH, ROLE_RECORD, { ROLE_NETWORK }, 0 },
  { "generic.audio-network-switch-10", "Switch", ZONE_FOH, ROLE_NETWORK, { ROLE_NONE }, 0 },
  { "generic.dynamic-vocal-mic", "Talkback", ZONE_FOH, ROLE_SOURCE, { ROLE_FOH }, 0 },
  { "generic.laptop", "Playback", ZONE_FOH, ROLE_SOURCE, { ROLE_FOH }, ONE_OUT },
  { "generic.studio-headphones-80", "FOH phones", ZONE_FOH, ROLE_LISTEN, { ROLE_NONE }, 0 },
  { "generic.studio-headphones-80", "Monitor phones", ZONE_MONITORS, ROLE_LISTEN, { ROLE_NONE }, 0 },
};

/* Where some outputs go first. */
const Route wp_bench_routes[] = {
  { "FOH desk", "main", ROLE_DRIVE, NULL },
  { "FOH desk", "phones", ROLE_LISTEN, NULL },
  { "Drum gates", "out", ROLE_FOH, "ins" },
  { "Vocal comp", "out", ROLE_FOH, "ins" },
  { "Reverb", "out", ROLE_FOH, "st" },
  { "Monitor desk", "aux", ROLE_WEDGE_EQ, NULL },
  { "Monitor desk", "aux", ROLE_IEM, NULL },
  { "Monitor desk", "phones", ROLE_LISTEN, NULL },
  { "Drive rack", "net", ROLE_NETWORK, NULL },
};

/* The rules a mistake may break: those a crew gets wrong, not absurd ones (a cable
 * from a loudspeaker into a MIDI input). */
const char * const wp_bench_mistake_rules[] = {
  "level-too-hot", "level-too-low", "line-drives-speaker", "speaker-into-input",
  "phantom-missing", "phantom-on-source", "phantom-on-ribbon", "outputs-joined",
  "adapter-needed", "same-gender", "instrument-loading", "not-bridging",
  "stereo-into-balanced", "stereo-to-mono", "load-below-minimum",
  "unequal-parallel-load", "output-overloaded", "digital-converter-needed",
  "speaker-on-jack",
};

const guint wp_bench_n_parts = G_N_ELEMENTS (wp_bench_parts);
const guint wp_bench_n_routes = G_N_ELEMENTS (wp_bench_routes);
const guint wp_bench_n_mistake_rules = G_N_ELEMENTS (wp_bench_mistake_rules);
